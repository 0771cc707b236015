import { AS_OF, notKnown } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

// Unknown by design: the Profile model (src/core/profile.ts) has no LinkedIn activity field yet, and the
// profile page only shows activity in a lazily loaded card. When a reader provides one, check it here
// against `maxDays`, as x-recent does for X.
export const inputs: readonly InputName[] = [];

export default defineRule({
  id: 'li-activity',
  platform: 'linkedin',
  section: 'activity',
  sourceNote: true,
  weight: 1,
  fixability: 0.6,
  asOf: AS_OF,
  thresholds: {
    maxDays: { default: 30, min: 1, max: 365, unit: 'days' },
  },
  check() {
    return notKnown('.not_read');
  },
});
