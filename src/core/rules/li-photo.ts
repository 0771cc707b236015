import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.photo'];

export default defineRule({
  id: 'li-photo',
  platform: 'linkedin',
  section: 'photo',
  sourceNote: true,
  weight: 3,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin }) {
    const photo = linkedin.fields.photo;
    if (photo.state === 'unknown') return couldNotRead('.unread', photo);
    return photo.state === 'found' ? pass('.set') : fail('.none');
  },
});
