import { AS_OF, info } from './helpers.ts';
import { defineRule } from './types.ts';

// Information only, and not measured: the Profile model has no share of replies (a profile page's Posts tab
// hides replies). Kept in the list so the advice is shown and a future reader field has a home.
export default defineRule({
  id: 'x-conversation',
  platform: 'x',
  section: 'posts',
  title: 'A conversation, not a broadcast',
  why: 'Accounts that only post announcements and never reply are a one-way conversation; replying to others is how people get to know you on X.',
  fix: 'Reply to a few people in your field each week, and answer questions people ask you.',
  weight: 0,
  fixability: 0.7,
  source: 'heuristic',
  sourceNote: 'Information only: never counts towards the score.',
  asOf: AS_OF,
  inputs: [],
  thresholds: {},
  check() {
    return info(
      'Not measured: Spruce doesn’t count replies yet. Open your Replies tab: if it is nearly empty, the account mostly broadcasts.',
    );
  },
});
