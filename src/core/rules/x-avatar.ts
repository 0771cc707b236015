import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['x.avatar'];

export default defineRule({
  id: 'x-avatar',
  platform: 'x',
  section: 'avatar',
  weight: 3,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {},
  check({ x }) {
    const field = x.fields.avatar;
    if (field.state === 'unknown') return couldNotRead('.unread', field);
    return field.state === 'found' ? pass('.set') : fail('.none');
  },
});
