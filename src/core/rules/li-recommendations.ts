import { AS_OF, countOf, couldNotRead, fail, pass } from './helpers.ts';
import { plural } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-recommendations',
  platform: 'linkedin',
  section: 'recommendations',
  title: 'Recommendations',
  why: 'A recommendation is someone else vouching for your work in their own words, which counts for more than anything you write about yourself.',
  fix: 'Ask one or two people you worked with closely (a manager, a colleague, a client) for a short recommendation about a specific piece of work. Offering to write one for them helps.',
  weight: 2,
  fixability: 0.3,
  source: 'heuristic',
  sourceNote:
    'No current LinkedIn figure. LinkedIn’s profile completeness before 2012 required 3 recommendations; 1 is used as the minimum, 3 as strong.',
  asOf: AS_OF,
  inputs: ['linkedin.recommendations'],
  thresholds: {
    min: { default: 1, min: 0, max: 20, unit: 'count', label: 'Recommendations wanted' },
    strong: { default: 3, min: 1, max: 50, unit: 'count', label: 'Strong from' },
  },
  check({ linkedin }, { thresholds }) {
    const recommendations = linkedin.fields.recommendations;
    if (recommendations.state === 'unknown') return couldNotRead('Recommendations', recommendations);
    const n = countOf(recommendations);
    const detail = `${plural(n, 'recommendation')} received`;
    if (n < thresholds.min) return fail(`${detail} (${thresholds.min} or more advised).`);
    if (n < thresholds.strong) return pass(`${detail}; ${thresholds.strong} or more is strong.`);
    return pass(`${detail}.`);
  },
});
