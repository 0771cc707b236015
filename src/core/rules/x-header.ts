import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'x-header',
  platform: 'x',
  section: 'header',
  title: 'Header image',
  why: 'The header is the large image across the top of your profile; a blank one makes the profile look unfinished.',
  fix: 'Add a 1500 × 500 pixel header (your work, your field, or a place that fits); keep key details away from the edges, which phones crop.',
  weight: 1,
  fixability: 0.9,
  source: 'X Help Center: header image (1500 × 500 pixels recommended)',
  asOf: AS_OF,
  inputs: ['x.header'],
  thresholds: {},
  check({ x }) {
    const field = x.fields.header;
    if (field.state === 'unknown') return couldNotRead('the header image', field);
    return field.state === 'found' ? pass('A header image is set.') : fail('No header image.');
  },
});
