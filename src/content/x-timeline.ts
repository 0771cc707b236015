// X's reading in a tab, over time. X drops the posts far above the view once she scrolls down: the pinned post
// and the newest post, read while the top of the timeline was on the page, stand until it is back (the reader
// says unknown meanwhile, and a reading that knew less would replace the stored one). The same day only: in
// a tab left open overnight, yesterday's newest post may no longer be the newest.
import type { XProfile } from '../core/profile.ts';

/** `read`, with the timeline's fields of today's last reading of the same profile kept where it now says unknown. */
export function keepingTimeline<A extends unknown[]>(
  read: (...args: A) => XProfile,
): (...args: A) => XProfile {
  let last: XProfile | undefined;
  let day = '';
  return (...args) => {
    const p = read(...args);
    const today = new Date().toDateString();
    if (last?.key === p.key && day === today)
      for (const k of ['pinned', 'lastPostAt'] as const)
        if (p.fields[k].state === 'unknown') (p.fields as Record<typeof k, unknown>)[k] = last.fields[k];
    day = today;
    return (last = p);
  };
}
