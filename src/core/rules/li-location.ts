import { AS_OF, couldNotRead, fail, pass, textOf } from './helpers.ts';
import { quoted } from '../i18n.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.location'];

export default defineRule({
  id: 'li-location',
  platform: 'linkedin',
  section: 'location',
  weight: 3,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin }) {
    const location = linkedin.fields.location;
    if (location.state === 'unknown') return couldNotRead('.unread', location);
    const text = textOf(location);
    return text ? pass('.set', quoted(text)) : fail('.none');
  },
});
