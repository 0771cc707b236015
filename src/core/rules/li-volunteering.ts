import { AS_OF, countOf, couldNotRead, fail, pass } from './helpers.ts';
import { plural } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-volunteering',
  platform: 'linkedin',
  section: 'volunteering',
  title: 'Volunteering',
  why: 'Volunteering shows what you care about and skills beyond your job title; in a LinkedIn survey quoted by secondary sources, 41% of respondents said they value volunteer work as much as paid work.',
  fix: 'Add volunteer roles under “Volunteer experience”: committees, mentoring, events you helped run, professional associations.',
  weight: 1,
  fixability: 0.8,
  source: 'LinkedIn member survey on volunteering (the 41% figure, as quoted by secondary sources)',
  sourceNote:
    'Secondary source: the figure is widely quoted; the original LinkedIn publication was not checked.',
  asOf: AS_OF,
  inputs: ['linkedin.volunteering'],
  thresholds: {},
  check({ linkedin }) {
    const field = linkedin.fields.volunteering;
    if (field.state === 'unknown') return couldNotRead('Volunteer experience', field);
    const n = countOf(field);
    return n > 0 ? pass(`${plural(n, 'volunteer role')} shown.`) : fail('No volunteering listed.');
  },
});
