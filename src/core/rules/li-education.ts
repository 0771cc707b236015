import { AS_OF, couldNotRead, fail, listOf, pass } from './helpers.ts';
import { plural } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-education',
  platform: 'linkedin',
  section: 'education',
  title: 'Education',
  why: 'Education is one of the first filters in searches and a common thing to have in common with people (alumni). The All-Star criteria required at least one entry.',
  fix: 'Add at least one entry under Education: a degree, a professional qualification course, or your school.',
  weight: 3,
  fixability: 1,
  source: 'LinkedIn All-Star profile criteria (2012)',
  asOf: AS_OF,
  inputs: ['linkedin.education'],
  thresholds: {
    min: { default: 1, min: 0, max: 10, unit: 'count', label: 'Education entries wanted' },
  },
  check({ linkedin }, { thresholds }) {
    const education = linkedin.fields.education;
    if (education.state === 'unknown') return couldNotRead('Education', education);
    const n = listOf(education).length;
    return n >= thresholds.min
      ? pass(`${plural(n, 'education entry', 'education entries')}.`)
      : fail(`${plural(n, 'education entry', 'education entries')} (${thresholds.min} or more advised).`);
  },
});
