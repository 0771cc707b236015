import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'x-avatar',
  platform: 'x',
  section: 'avatar',
  weight: 3,
  fixability: 1,
  asOf: AS_OF,
  inputs: ['x.avatar'],
  thresholds: {},
  check({ x }) {
    const field = x.fields.avatar;
    if (field.state === 'unknown') return couldNotRead('.unread', field);
    return field.state === 'found' ? pass('.set') : fail('.none');
  },
});
