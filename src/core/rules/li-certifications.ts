import { AS_OF, countOf, couldNotRead, fail, pass } from './helpers.ts';
import { plural } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-certifications',
  platform: 'linkedin',
  section: 'certifications',
  title: 'Certifications or professional status',
  why: 'Certifications and professional status (for example chartership) are checkable proof of your skills, and people search for them.',
  fix: 'Add certifications, licences or professional status under “Licenses & certifications”, with the issuing body and date.',
  weight: 1,
  fixability: 0.8,
  source: 'heuristic',
  asOf: AS_OF,
  inputs: ['linkedin.certifications'],
  thresholds: {},
  check({ linkedin }) {
    const field = linkedin.fields.certifications;
    if (field.state === 'unknown') return couldNotRead('Licenses & certifications', field);
    const n = countOf(field);
    return n > 0
      ? pass(`${plural(n, 'certification')} shown.`)
      : fail('No certifications or professional status listed.');
  },
});
