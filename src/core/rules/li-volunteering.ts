import { AS_OF, countOf, counted, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.volunteering'];

export default defineRule({
  id: 'li-volunteering',
  platform: 'linkedin',
  section: 'volunteering',
  sourceNote: true,
  weight: 1,
  fixability: 0.8,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin }) {
    const field = linkedin.fields.volunteering;
    if (field.state === 'unknown') return couldNotRead('.unread', field);
    const n = countOf(field);
    return n > 0 ? pass(counted('.ok', n)) : fail('.none');
  },
});
