import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'x-avatar',
  platform: 'x',
  section: 'avatar',
  title: 'Profile picture',
  why: 'Accounts with the default picture look new, inactive or fake, and people scroll past them.',
  fix: 'Upload a clear photo of your face (400 × 400 pixels or larger), ideally the same one as on LinkedIn so people recognise you.',
  weight: 3,
  fixability: 1,
  source: 'X professional accounts guidance (400 × 400 pixels recommended)',
  asOf: AS_OF,
  inputs: ['x.avatar'],
  thresholds: {},
  check({ x }) {
    const field = x.fields.avatar;
    if (field.state === 'unknown') return couldNotRead('the profile picture', field);
    return field.state === 'found'
      ? pass('A profile picture is set.')
      : fail('No profile picture: the page shows the default one.');
  },
});
