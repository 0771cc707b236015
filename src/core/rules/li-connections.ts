import { AS_OF, countOf, couldNotRead, fail, pass, warn } from './helpers.ts';
import { num, plural } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-connections',
  platform: 'linkedin',
  section: 'connections',
  title: 'Connections',
  why: 'Connections are how your profile reaches people: the more people you know there, the more often you show up as a 2nd- or 3rd-degree contact. The All-Star criteria asked for 50; from 500 LinkedIn shows “500+”.',
  fix: 'Connect with people you have actually worked, studied or met with, adding a line that says where you met. Quality beats count.',
  weight: 2,
  fixability: 0.4,
  source: 'LinkedIn All-Star profile criteria (2012); LinkedIn Help on the “500+” connections display',
  sourceNote: 'Advisory: a smaller network of people you know can be worth more than a large one.',
  asOf: AS_OF,
  inputs: ['linkedin.connections'],
  thresholds: {
    failUnder: { default: 50, min: 0, max: 500, unit: 'count', label: 'Too few below' },
    warnUnder: { default: 500, min: 0, max: 30000, unit: 'count', label: 'Suggest more below' },
  },
  check({ linkedin }, { thresholds }) {
    const connections = linkedin.fields.connections;
    if (connections.state === 'unknown') return couldNotRead('the connection count', connections);
    const n = countOf(connections);
    // "500+" reads as 500, so 500 means "500 or more".
    const detail = n >= 500 ? `${num(n)}+ connections` : plural(n, 'connection');
    if (n < thresholds.failUnder) return fail(`${detail} (${thresholds.failUnder} or more advised).`);
    if (n < thresholds.warnUnder)
      return warn(`${detail}; ${num(thresholds.warnUnder)} or more widens your reach.`);
    return pass(`${detail}.`);
  },
});
