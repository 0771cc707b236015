import { AS_OF, countOf, counted, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.languages'];

export default defineRule({
  id: 'li-languages',
  platform: 'linkedin',
  section: 'languages',
  weight: 1,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin }) {
    const field = linkedin.fields.languages;
    if (field.state === 'unknown') return couldNotRead('.unread', field);
    const n = countOf(field);
    return n > 0 ? pass(counted('.ok', n)) : fail('.none');
  },
});
