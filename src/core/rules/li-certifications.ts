import { AS_OF, countOf, counted, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-certifications',
  platform: 'linkedin',
  section: 'certifications',
  weight: 1,
  fixability: 0.8,
  asOf: AS_OF,
  inputs: ['linkedin.certifications'],
  thresholds: {},
  check({ linkedin }) {
    const field = linkedin.fields.certifications;
    if (field.state === 'unknown') return couldNotRead('.unread', field);
    const n = countOf(field);
    return n > 0 ? pass(counted('.ok', n)) : fail('.none');
  },
});
