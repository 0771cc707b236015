import { AS_OF, couldNotRead, fail, pass, textOf } from './helpers.ts';
import { quoted } from '../i18n.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['x.website'];

export default defineRule({
  id: 'x-website',
  platform: 'x',
  section: 'website',
  weight: 2,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {},
  check({ x }) {
    const website = x.fields.website;
    if (website.state === 'unknown') return couldNotRead('.unread', website);
    const text = textOf(website);
    return text ? pass('.set', quoted(text)) : fail('.none');
  },
});
