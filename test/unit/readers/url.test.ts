// URL predicates, tested both ways (github-url-detection style): each predicate has its positive URLs, and
// every other predicate's positives serve as its negatives.
import { describe, expect, it } from 'vitest';
import {
  isAutoAssignedSlug,
  isLinkedInProfile,
  isLinkedInSelfAlias,
  linkedInPage,
} from '../../../src/readers/linkedin/url.ts';
import { isXProfile, xPage } from '../../../src/readers/x/url.ts';

const LINKEDIN_PROFILES: Record<string, string> = {
  'https://www.linkedin.com/in/janedoe/': 'janedoe',
  'https://www.linkedin.com/in/janedoe': 'janedoe',
  'https://linkedin.com/in/jane-doe-35520a61/': 'jane-doe-35520a61',
  'https://www.linkedin.com/in/jane-doe/?originalSubdomain=uk': 'jane-doe',
  'https://www.linkedin.com/in/jane_doe/#experience': 'jane_doe',
  'https://www.linkedin.com/in/jane-doe/overlay/contact-info/': 'jane-doe',
  'https://www.linkedin.com/in/jane-doe/edit/intro/': 'jane-doe',
  'https://www.linkedin.com/in/ren%C3%A9e-dupont/': 'renée-dupont',
  'https://www.linkedin.com/in/me/': 'me',
};

const LINKEDIN_DETAILS: Record<string, [string, string]> = {
  'https://www.linkedin.com/in/jane-doe/details/skills/': ['jane-doe', 'skills'],
  'https://www.linkedin.com/in/jane-doe/details/experience?profileUrn=urn%3Ali': ['jane-doe', 'experience'],
};

const X_PROFILES: Record<string, string> = {
  'https://x.com/jason': 'jason',
  'https://x.com/Jason/': 'Jason',
  'https://twitter.com/cz_binance': 'cz_binance',
  'https://mobile.twitter.com/jack': 'jack',
  'https://www.x.com/a_b?lang=fr': 'a_b',
  'https://x.com/nikitabier/with_replies': 'nikitabier',
  'https://x.com/nikitabier/media': 'nikitabier',
};

// Neither site's profile.
const NEITHER = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/company/acme/',
  'https://www.linkedin.com/jobs/view/123/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/in/j/',
  'https://www.linkedin.com/in/jane-doe/recent-activity/all/',
  'http://www.linkedin.com/in/jane-doe/',
  'https://evil.example/in/jane-doe/',
  'https://www.linkedin.com.evil.example/in/jane-doe/',
  'https://x.com/',
  'https://x.com/home',
  'https://x.com/explore',
  'https://x.com/settings/profile',
  'https://x.com/i/flow/login',
  'https://x.com/jason/status/1234567890',
  'https://x.com/jason/followers',
  'https://x.com/this_handle_is_too_long',
  'https://x.com/jane-doe',
  'http://x.com/jason',
  'https://example.com/jason',
  'not a url',
  '',
];

describe('LinkedIn profile URLs', () => {
  it.each(Object.entries(LINKEDIN_PROFILES))('%s is a profile of %s', (href, slug) => {
    expect(isLinkedInProfile(href)).toBe(true);
    expect(linkedInPage(href)).toEqual({ kind: 'profile', slug });
  });

  it.each(Object.entries(LINKEDIN_DETAILS))('%s is a details list', (href, [slug, section]) => {
    expect(linkedInPage(href)).toEqual({ kind: 'details', slug, section });
    expect(isLinkedInProfile(href)).toBe(false);
  });

  it.each([...Object.keys(X_PROFILES), ...NEITHER])('%s is not a LinkedIn profile', (href) => {
    expect(isLinkedInProfile(href)).toBe(false);
    expect(linkedInPage(href).kind).toBe('other');
  });

  it('knows /in/me/ is the viewer herself', () => {
    expect(isLinkedInSelfAlias('https://www.linkedin.com/in/me/')).toBe(true);
    expect(isLinkedInSelfAlias('https://www.linkedin.com/in/me/details/skills/')).toBe(true);
    for (const href of Object.keys(LINKEDIN_PROFILES).filter((h) => !h.includes('/in/me/'))) {
      expect(isLinkedInSelfAlias(href)).toBe(false);
    }
  });
});

describe('X profile URLs', () => {
  it.each(Object.entries(X_PROFILES))('%s is a profile of %s', (href, handle) => {
    expect(isXProfile(href)).toBe(true);
    expect(xPage(href)).toEqual({ kind: 'profile', handle });
  });

  it.each([...Object.keys(LINKEDIN_PROFILES), ...Object.keys(LINKEDIN_DETAILS), ...NEITHER])(
    '%s is not an X profile',
    (href) => {
      expect(isXProfile(href)).toBe(false);
    },
  );
});

describe('isAutoAssignedSlug', () => {
  // Shapes taken from the links in the captures (names invented): LinkedIn's suffixes are hexadecimal.
  it.each([
    'jane-doe-35520a61',
    'jane-doe-b2a7184b',
    'ann-lee-4487975',
    'ann-lee-43812a',
    'acme-school-7975a4243',
    'ann-lee-02a5192b7',
    'renée-dupont-0b33b03a',
  ])('%s is auto-assigned', (slug) => {
    expect(isAutoAssignedSlug(slug)).toBe(true);
  });

  it.each([
    'janedoe',
    'jane-doe',
    'jane-doe-librarian',
    'jane-roe00000', // letters beyond "f": a member's own choice (was misread as auto-assigned)
    'jane-doe-dev2024', // ditto
    'janedoe87',
    'jane-doe-facade', // hexadecimal letters but no digit: a word
    'jane-doe-1984', // too short for a suffix
    'j-doe',
  ])('%s is custom', (slug) => {
    expect(isAutoAssignedSlug(slug)).toBe(false);
  });
});
