import { AS_OF, countOf, couldNotRead, fail, pass, warn } from './helpers.ts';
import { num, plural } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-skills',
  platform: 'linkedin',
  section: 'skills',
  title: 'Skills',
  why: 'Skills are matched against searches and job posts, and people can endorse them. The All-Star criteria asked for at least 3; LinkedIn’s own advice is 5 or more.',
  fix: 'Add at least 5 skills that match the work you want, the most important first (you can list up to 100).',
  weight: 3,
  fixability: 1,
  source:
    'LinkedIn All-Star profile criteria (2012); LinkedIn’s “add 5 or more skills” advice (secondary source)',
  sourceNote: 'The cap on listed skills went from 50 to 100 in February 2024.',
  asOf: AS_OF,
  inputs: ['linkedin.skills'],
  thresholds: {
    failUnder: { default: 3, min: 0, max: 100, unit: 'count', label: 'Too few below' },
    warnUnder: { default: 5, min: 0, max: 100, unit: 'count', label: 'Suggest more below' },
    cap: { default: 100, min: 1, max: 1000, unit: 'count', label: 'LinkedIn’s skills limit' },
  },
  check({ linkedin }, { thresholds }) {
    const skills = linkedin.fields.skills;
    if (skills.state === 'unknown') return couldNotRead('Skills', skills);
    const n = countOf(skills);
    const detail = `${plural(n, 'skill')} listed (of up to ${num(thresholds.cap)})`;
    if (n < thresholds.failUnder) return fail(`${detail}; at least ${thresholds.failUnder} needed.`);
    if (n < thresholds.warnUnder) return warn(`${detail}; ${thresholds.warnUnder} or more advised.`);
    return pass(`${detail}.`);
  },
});
