import { AS_OF, info } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

// Information only, and not measured: the Profile model has no share of replies (a profile page's Posts tab
// hides replies). Kept in the list so the advice is shown and a future reader field has a home.
export const inputs: readonly InputName[] = [];

export default defineRule({
  id: 'x-conversation',
  platform: 'x',
  section: 'posts',
  sourceNote: true,
  weight: 0,
  fixability: 0.7,
  asOf: AS_OF,
  thresholds: {},
  check() {
    return info('.not_measured');
  },
});
