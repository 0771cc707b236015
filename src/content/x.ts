// Content script entry for x.com and twitter.com: only X's reader ships in X tabs.
import { isXProfile } from '../readers/x/url.ts';
import { readX } from '../readers/x/read.ts';
import { keepingTimeline } from './x-timeline.ts';
import { createOverlay } from '../overlay/overlay.ts';
import { xAnchor } from '../overlay/x.ts';
import { startContent } from './start.ts';

// ownOnly: on someone else's profile the reader stops at its owner check (nothing of it is kept anyway).
startContent({
  isProfile: isXProfile,
  read: keepingTimeline((doc: Document, href: string) => readX(doc, href, { ownOnly: true })),
  overlay: () => createOverlay('x', xAnchor),
});
