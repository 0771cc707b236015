import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-photo',
  platform: 'linkedin',
  section: 'photo',
  title: 'Profile photo',
  why: 'People look for a face before they read anything else, and a photo lets people you have met recognise you.',
  fix: 'Add a recent head-and-shoulders photo where your face fills most of the frame, and set its visibility to “Public” or “All LinkedIn members”.',
  weight: 3,
  fixability: 1,
  source:
    'LinkedIn Profile Checklist (premium.linkedin.com, “get noticed”); LinkedIn All-Star profile criteria (2012)',
  sourceNote:
    'LinkedIn’s own checklist says a photo makes a profile 7 times more likely to be viewed. The widely quoted “21 times” has no primary source.',
  asOf: AS_OF,
  inputs: ['linkedin.photo'],
  thresholds: {},
  check({ linkedin }) {
    const photo = linkedin.fields.photo;
    if (photo.state === 'unknown') return couldNotRead('the profile photo', photo);
    return photo.state === 'found'
      ? pass('A profile photo is set.')
      : fail('No profile photo: the page shows the default silhouette.');
  },
});
