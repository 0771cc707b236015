import { AS_OF, countOf, counted, couldNotRead, fail, pass, warn } from './helpers.ts';
import { num } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.skills'];

export default defineRule({
  id: 'li-skills',
  platform: 'linkedin',
  section: 'skills',
  sourceNote: true,
  weight: 3,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {
    failUnder: { default: 3, min: 0, max: 100, unit: 'count' },
    warnUnder: { default: 5, min: 0, max: 100, unit: 'count' },
    cap: { default: 100, min: 1, max: 1000, unit: 'count' },
  },
  check({ linkedin }, { thresholds }) {
    const skills = linkedin.fields.skills;
    if (skills.state === 'unknown') return couldNotRead('.unread', skills);
    const n = countOf(skills);
    const cap = num(thresholds.cap);
    if (n < thresholds.failUnder) return fail(counted('.too_few', n, cap, thresholds.failUnder));
    if (n < thresholds.warnUnder) return warn(counted('.few', n, cap, thresholds.warnUnder));
    return pass(counted('.ok', n, cap));
  },
});
