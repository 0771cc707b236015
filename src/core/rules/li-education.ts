import { AS_OF, counted, couldNotRead, fail, listOf, pass } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.education'];

export default defineRule({
  id: 'li-education',
  platform: 'linkedin',
  section: 'education',
  weight: 3,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {
    min: { default: 1, min: 0, max: 10, unit: 'count' },
  },
  check({ linkedin }, { thresholds }) {
    const education = linkedin.fields.education;
    if (education.state === 'unknown') return couldNotRead('.unread', education);
    const n = listOf(education).length;
    return n >= thresholds.min ? pass(counted('.ok', n)) : fail(counted('.few', n, thresholds.min));
  },
});
