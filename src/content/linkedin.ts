// Content script entry for www.linkedin.com: only LinkedIn's reader ships in LinkedIn tabs.
import { isLinkedInProfile } from '../readers/linkedin/url.ts';
import { readLinkedIn } from '../readers/linkedin/read.ts';
import { createOverlay } from '../overlay/overlay.ts';
import { linkedInAnchor } from '../overlay/linkedin.ts';
import { startContent } from './start.ts';

startContent({
  isProfile: isLinkedInProfile,
  read: readLinkedIn,
  overlay: createOverlay('linkedin', linkedInAnchor),
});
