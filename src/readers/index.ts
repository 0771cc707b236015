// One entry for "read this page": picks the site's reader from the URL. No browser API.
import { profileKey, type Profile } from '../core/profile.ts';
import { linkedInPage } from './linkedin/url.ts';
import { readLinkedIn } from './linkedin/read.ts';
import { xPage } from './x/url.ts';
import { readX } from './x/read.ts';

export type Site = 'linkedin' | 'x';

/** Which site's profile page a URL is, or null for anything else (the feed, settings, another site). */
export function profileSite(href: string): Site | null {
  if (linkedInPage(href).kind === 'profile') return 'linkedin';
  if (xPage(href).kind === 'profile') return 'x';
  return null;
}

/** The storage key of the profile a URL shows ("linkedin:<slug>", "x:<handle>"), or null. */
export function profileKeyOf(href: string): string | null {
  const li = linkedInPage(href);
  if (li.kind === 'profile') return profileKey('linkedin', li.slug);
  const x = xPage(href);
  return x.kind === 'profile' ? profileKey('x', x.handle) : null;
}

/** Read a profile page. Null when the URL is not a LinkedIn or X profile page. */
export function readPage(doc: Document, href: string): Profile | null {
  switch (profileSite(href)) {
    case 'linkedin':
      return readLinkedIn(doc, href);
    case 'x':
      return readX(doc, href);
    default:
      return null;
  }
}
