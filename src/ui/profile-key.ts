// The profile a page's address shows, for the popup and the options page.
import { profileKey } from '../core/profile.ts';
import { linkedInPage } from '../readers/linkedin/url.ts';
import { xPage } from '../readers/x/url.ts';

/**
 * profileKeyOf() of src/readers/index.ts, from the URL modules alone: importing readers/index.ts would bundle
 * part of the LinkedIn reader (its module-level set-up cannot be tree-shaken), 1.3 KB the popup has no room for.
 */
export function profileKeyOf(href: string): string | null {
  const li = linkedInPage(href);
  if (li.kind === 'profile') return profileKey('linkedin', li.slug);
  const x = xPage(href);
  return x.kind === 'profile' ? profileKey('x', x.handle) : null;
}
