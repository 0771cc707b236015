// Pure URL predicates for LinkedIn. No DOM, no browser API. Tested both ways in test/unit/readers/url.test.ts.

const HOSTS = new Set(['www.linkedin.com', 'linkedin.com']);

// A public profile slug: 3-100 letters, digits, hyphens (LinkedIn Help "Manage your public profile URL");
// older and localised slugs may also carry percent-encoded characters and underscores. Most are ASCII: that
// pattern is tried first, and the Unicode one (in linkedInPage) is written where it is used, so the page makes
// it only for a slug that needs it (a literal with \p{...} made at the top of the content script costs about
// 0.2 ms on every LinkedIn page, the feed included).
const ASCII_SLUG = /^[A-Za-z0-9_%-]{2,100}$/;

/** Where on a member's profile a URL points. */
export type LinkedInPage =
  { kind: 'profile'; slug: string } | { kind: 'details'; slug: string; section: string } | { kind: 'other' };

// Shared: callers only read it.
const OTHER: LinkedInPage = Object.freeze({ kind: 'other' });

const parse = (href: string): URL | null => {
  try {
    return new URL(href);
  } catch {
    return null;
  }
};

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * Classify a LinkedIn URL. `/in/<slug>/` and the overlays drawn over it (`/in/<slug>/overlay/...`,
 * `/in/<slug>/edit/...`) are the profile page; `/in/<slug>/details/<section>/` are the full lists; other
 * sub-pages (`/recent-activity/...`) are not the profile.
 */
export function linkedInPage(href: string): LinkedInPage {
  const url = parse(href);
  if (!url || url.protocol !== 'https:' || !HOSTS.has(url.hostname)) return OTHER;
  // /in/<slug>/<sub>/<section>/...
  const [root, raw, sub, section] = url.pathname.split('/').filter(Boolean);
  if (root !== 'in' || !raw) return OTHER;
  const slug = decode(raw);
  if (!ASCII_SLUG.test(slug) && !/^[\p{L}\p{N}_%-]{2,100}$/u.test(slug)) return OTHER;
  if (sub === 'details' && section) return { kind: 'details', slug, section };
  // The profile itself, or an overlay drawn over it.
  if (!sub || sub === 'overlay' || sub === 'edit') return { kind: 'profile', slug };
  return OTHER;
}

export const isLinkedInProfile = (href: string): boolean => linkedInPage(href).kind === 'profile';

/** `/in/me/` is LinkedIn's alias for the viewer's own profile: a sure own-profile hint when seen. */
export const isLinkedInSelfAlias = (href: string): boolean => {
  const page = linkedInPage(href);
  return page.kind !== 'other' && page.slug.toLowerCase() === 'me';
};

/**
 * LinkedIn's auto-assigned public URL is the member's name plus a random suffix, e.g.
 * "jane-doe-35520a61" or "jane-doe-b2a7184b": a final hyphenated part of 6-12 hexadecimal characters with
 * at least one digit. A custom slug ("janedoe", "jane-doe-librarian") is not. Every suffix seen in the
 * captures' links is hexadecimal ("4487975", "43812a", "7975a4243"); slugs members chose with digits in
 * them (a 2024 capture links to one shaped like "jane-roe00000"; "jane-doe-dev2024") are custom, so a
 * letter beyond "f" rules a suffix out.
 */
export function isAutoAssignedSlug(slug: string): boolean {
  const suffix = /-([0-9a-z]{6,12})$/i.exec(slug)?.[1]?.toLowerCase();
  if (!suffix) return false;
  return /^[0-9a-f]+$/.test(suffix) && /\d/.test(suffix);
}
