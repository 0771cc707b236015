import { AS_OF, countOf, counted, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.featured'];

export default defineRule({
  id: 'li-featured',
  platform: 'linkedin',
  section: 'featured',
  weight: 1,
  fixability: 0.8,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin }) {
    const field = linkedin.fields.featured;
    if (field.state === 'unknown') return couldNotRead('.unread', field);
    const n = countOf(field);
    return n > 0 ? pass(counted('.ok', n)) : fail('.none');
  },
});
