import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'x-pinned',
  platform: 'x',
  section: 'pinned',
  title: 'Pinned post',
  why: 'A pinned post stays at the top of your profile, so new visitors see your best or most representative post first, not whatever you posted last.',
  fix: 'Pin a post that shows your work or what you are about: open the post, then “…” → “Pin to your profile”.',
  weight: 1,
  fixability: 0.9,
  source: 'X blog on pinned posts',
  asOf: AS_OF,
  inputs: ['x.pinned'],
  thresholds: {},
  check({ x }) {
    const field = x.fields.pinned;
    if (field.state === 'unknown') return couldNotRead('the pinned post', field);
    return field.state === 'found' ? pass('A post is pinned to the profile.') : fail('No pinned post.');
  },
});
