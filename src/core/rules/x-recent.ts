import { AS_OF, couldNotRead, fail, notKnown, pass } from './helpers.ts';
import { plural } from '../text.ts';
import { defineRule } from './types.ts';

const DAY = 86_400_000;

export default defineRule({
  id: 'x-recent',
  platform: 'x',
  section: 'posts',
  title: 'Posted in the last month',
  why: 'An account with no post in the last month looks abandoned; a recent post shows you are around and reachable.',
  fix: 'Post or reply about something in your field at least once a month; sharing someone else’s work with a line of your own counts.',
  weight: 2,
  fixability: 0.7,
  source: 'heuristic',
  sourceNote: '30 days is a heuristic, not an X figure.',
  asOf: AS_OF,
  inputs: ['x.lastPostAt'],
  thresholds: {
    maxDays: { default: 30, min: 1, max: 365, unit: 'days', label: 'Active if the newest post is at most' },
  },
  check({ x, now }, { thresholds }) {
    const last = x.fields.lastPostAt;
    if (last.state === 'unknown') return couldNotRead('your posts', last);
    if (last.state === 'absent') return fail('No posts on the profile.');
    const at = Date.parse(last.value);
    const today = Date.parse(now);
    if (Number.isNaN(at)) return notKnown(`The date of your newest post (“${last.value}”) couldn’t be read.`);
    if (Number.isNaN(today))
      return notKnown('Spruce wasn’t given today’s date, so the age of your newest post is unknown.');
    const days = Math.max(0, Math.floor((today - at) / DAY));
    const when = days === 0 ? 'today' : `${plural(days, 'day')} ago`;
    const date = new Date(at).toISOString().slice(0, 10);
    return days <= thresholds.maxDays
      ? pass(`Your newest post is from ${when} (${date}).`)
      : fail(`Your newest post is from ${when} (${date}); more than ${thresholds.maxDays} days.`);
  },
});
