// Content script entry for www.linkedin.com: only LinkedIn's reader ships in LinkedIn tabs.
import { isLinkedInProfile } from '../readers/linkedin/url.ts';
import { readLinkedIn } from '../readers/linkedin/read.ts';
import { startContent } from './start.ts';

startContent({ isProfile: isLinkedInProfile, read: readLinkedIn });
