import { AS_OF, couldNotRead, fail, pass, textOf } from './helpers.ts';
import { quoted } from '../i18n.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['x.location'];

export default defineRule({
  id: 'x-location',
  platform: 'x',
  section: 'location',
  weight: 1,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {},
  check({ x }) {
    const location = x.fields.location;
    if (location.state === 'unknown') return couldNotRead('.unread', location);
    const text = textOf(location);
    return text ? pass('.set', quoted(text)) : fail('.none');
  },
});
