import { AS_OF, counted, couldNotRead, fail, notKnown, pass } from './helpers.ts';
import { msg, quoted } from '../i18n.ts';
import { defineRule, type InputName } from './types.ts';
import { dayOf } from '../history.ts';

const DAY = 86_400_000;

export const inputs: readonly InputName[] = ['x.lastPostAt'];

export default defineRule({
  id: 'x-recent',
  platform: 'x',
  section: 'posts',
  sourceNote: true,
  weight: 2,
  fixability: 0.7,
  asOf: AS_OF,
  thresholds: {
    maxDays: { default: 30, min: 1, max: 365, unit: 'days' },
  },
  check({ x, now }, { thresholds }) {
    const last = x.fields.lastPostAt;
    if (last.state === 'unknown') return couldNotRead('.unread', last);
    if (last.state === 'absent') return fail('.none');
    const at = Date.parse(last.value);
    const today = Date.parse(now);
    if (Number.isNaN(at)) return notKnown('.bad_date', quoted(last.value, 0));
    if (Number.isNaN(today)) return notKnown('.no_today');
    const days = Math.max(0, Math.floor((today - at) / DAY));
    const when = days === 0 ? msg('.today') : counted('.days_ago', days);
    // The user's own day of the post (an evening post in New York is not dated the next day).
    const date = dayOf(last.value);
    return days <= thresholds.maxDays
      ? pass('.ok', when, date)
      : fail(counted('.old', thresholds.maxDays, when, date));
  },
});
