// Content script entry for www.linkedin.com: only LinkedIn's reader ships in LinkedIn tabs.
import { isLinkedInProfile } from '../readers/linkedin/url.ts';
import { readOwnLinkedIn } from '../readers/linkedin/read.ts';
import { isFirstDegree } from '../readers/linkedin/connection.ts';
import { createOverlay } from '../overlay/overlay.ts';
import { linkedInAnchor } from '../overlay/linkedin.ts';
import { startContent } from './start.ts';

// Own-only: on someone else's profile the reader stops at its owner check (nothing of it is kept anyway),
// and the guest page's code, never needed then, is left out of this script.
startContent({
  isProfile: isLinkedInProfile,
  read: readOwnLinkedIn,
  connected: isFirstDegree,
  overlay: () => createOverlay('linkedin', linkedInAnchor),
});
