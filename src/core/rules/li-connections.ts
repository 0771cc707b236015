import { AS_OF, countOf, counted, couldNotRead, fail, pass, warn } from './helpers.ts';
import { msg } from '../i18n.ts';
import { num } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.connections'];

export default defineRule({
  id: 'li-connections',
  platform: 'linkedin',
  section: 'connections',
  sourceNote: true,
  weight: 2,
  fixability: 0.4,
  asOf: AS_OF,
  thresholds: {
    failUnder: { default: 50, min: 0, max: 500, unit: 'count' },
    warnUnder: { default: 500, min: 0, max: 30000, unit: 'count' },
  },
  check({ linkedin }, { thresholds }) {
    const connections = linkedin.fields.connections;
    if (connections.state === 'unknown') return couldNotRead('.unread', connections);
    const n = countOf(connections);
    // "500+" reads as 500, so 500 means "500 or more" (and a fail needs fewer than 500: failUnder <= 500).
    const many = n >= 500;
    if (n < thresholds.failUnder) return fail(counted('.few', n, thresholds.failUnder));
    if (n < thresholds.warnUnder) {
      const more = num(thresholds.warnUnder);
      return warn(many ? msg('.some_many', num(n), more) : counted('.some', n, more));
    }
    return pass(many ? msg('.ok_many', num(n)) : counted('.ok', n));
  },
});
