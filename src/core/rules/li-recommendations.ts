import { AS_OF, countOf, counted, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.recommendations'];

export default defineRule({
  id: 'li-recommendations',
  platform: 'linkedin',
  section: 'recommendations',
  sourceNote: true,
  weight: 2,
  fixability: 0.3,
  asOf: AS_OF,
  thresholds: {
    min: { default: 1, min: 0, max: 20, unit: 'count' },
    strong: { default: 3, min: 1, max: 50, unit: 'count' },
  },
  check({ linkedin }, { thresholds }) {
    const recommendations = linkedin.fields.recommendations;
    if (recommendations.state === 'unknown') return couldNotRead('.unread', recommendations);
    const n = countOf(recommendations);
    if (n < thresholds.min) return fail(counted('.few', n, thresholds.min));
    if (n < thresholds.strong) return pass(counted('.some', n, thresholds.strong));
    return pass(counted('.ok', n));
  },
});
