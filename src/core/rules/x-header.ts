import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['x.header'];

export default defineRule({
  id: 'x-header',
  platform: 'x',
  section: 'header',
  weight: 1,
  fixability: 0.9,
  asOf: AS_OF,
  thresholds: {},
  check({ x }) {
    const field = x.fields.header;
    if (field.state === 'unknown') return couldNotRead('.unread', field);
    return field.state === 'found' ? pass('.set') : fail('.none');
  },
});
