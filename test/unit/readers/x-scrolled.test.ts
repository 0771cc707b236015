// X's timeline is a virtual list: once she scrolls down, the cells far above the view leave the page. Then the
// first post left is not her pinned or newest post, and the reader must say unknown, never "no pinned post"
// or "last posted months ago" (found by a review). The content script keeps what an earlier reading of the
// same profile saw at the top (src/content/x-timeline.ts).
import { describe, expect, it, vi } from 'vitest';
import { readX } from '../../../src/readers/x/read.ts';
import { keepingTimeline } from '../../../src/content/x-timeline.ts';
import { X_CAPTURES, capture } from './helpers.ts';

/** Remove the first `n` cells of the timeline, as X does with the ones scrolled far out of view. */
function scrollPast(doc: Document, n: number): () => void {
  const cells = [...doc.querySelectorAll('[data-testid="cellInnerDiv"]')].filter((c) =>
    c.querySelector('article'),
  );
  const gone = cells.slice(0, n).map((c) => [c, c.parentNode!, c.nextSibling] as const);
  for (const [c] of gone) c.remove();
  return () => {
    for (const [c, parent, next] of gone.reverse()) parent.insertBefore(c, next);
  };
}

describe('X timeline scrolled past its top', () => {
  it.each(Object.values(X_CAPTURES))(
    '$file: pinned and newest post unknown, not absent or older',
    ({ file, url }) => {
      const doc = capture(file);
      const before = readX(doc, url).fields;
      const undo = scrollPast(doc, 2);
      try {
        const after = readX(doc, url).fields;
        expect(after.pinned.state).toBe('unknown');
        expect(after.lastPostAt.state).toBe('unknown');
        // Nothing else changes.
        expect({ ...after, pinned: null, lastPostAt: null }).toEqual({
          ...before,
          pinned: null,
          lastPostAt: null,
        });
      } finally {
        undo();
      }
      expect(readX(doc, url).fields).toEqual(before);
    },
  );

  it('keeps what an earlier reading of the same profile saw at the top, until the top is back', () => {
    const { file, url } = Object.values(X_CAPTURES).find((c) => c.file.includes('jason'))!;
    const doc = capture(file);
    vi.useFakeTimers({ toFake: ['Date'] });
    const read = keepingTimeline(readX);
    const top = read(doc, url);
    expect(top.fields.pinned.state).toBe('found');
    const undo = scrollPast(doc, 2);
    try {
      const scrolled = read(doc, url);
      expect(scrolled.fields.pinned).toEqual(top.fields.pinned);
      expect(scrolled.fields.lastPostAt).toEqual(top.fields.lastPostAt);
      // Not the next day: in a tab left open overnight, yesterday's newest post may no longer be the newest.
      vi.setSystemTime(Date.now() + 864e5);
      try {
        expect(read(doc, url).fields.pinned.state).toBe('unknown');
      } finally {
        vi.useRealTimers();
      }
      // A tab with no earlier reading of the top says unknown.
      expect(keepingTimeline(readX)(doc, url).fields.pinned.state).toBe('unknown');
    } finally {
      undo();
    }
  });
});
