// Content script entry for www.linkedin.com: only LinkedIn's reader ships in LinkedIn tabs.
import { isLinkedInProfile } from '../readers/linkedin/url.ts';
import { readLinkedIn } from '../readers/linkedin/read.ts';
import { startContent } from './start.ts';

// ownOnly: on someone else's profile the reader stops at its owner check (nothing of it is kept anyway).
startContent({
  isProfile: isLinkedInProfile,
  read: (doc, href) => readLinkedIn(doc, href, { ownOnly: true }),
});
