import { AS_OF, notKnown } from './helpers.ts';
import { defineRule } from './types.ts';

// Unknown by design: the Profile model (src/core/profile.ts) has no LinkedIn activity field yet, and the
// profile page only shows activity in a lazily loaded card. When a reader provides one, check it here
// against `maxDays`, as x-recent does for X.
export default defineRule({
  id: 'li-activity',
  platform: 'linkedin',
  section: 'activity',
  title: 'Recent activity',
  why: 'A post or comment in the last month shows you are active and puts your name in front of your network.',
  fix: 'Share or comment on something in your field at least once a month; a thoughtful comment on someone else’s post counts.',
  weight: 1,
  fixability: 0.6,
  source: 'heuristic',
  sourceNote: '30 days is a heuristic, not a LinkedIn figure.',
  asOf: AS_OF,
  inputs: [],
  thresholds: {
    maxDays: {
      default: 30,
      min: 1,
      max: 365,
      unit: 'days',
      label: 'Active if the last post or comment is at most',
    },
  },
  check() {
    return notKnown(
      'Spruce doesn’t read LinkedIn activity yet, so this wasn’t checked. Look at the Activity section of your profile.',
    );
  },
});
