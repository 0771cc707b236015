// Every selector alternative is proved by a saved page (refined-github keeps a twin list of expected
// matches for the same reason): each must match in at least one capture, or be listed below as not yet
// proved, with where it comes from. A selector that stops matching everywhere is found here, not by a user.
import { describe, expect, it } from 'vitest';
import * as LI from '../../../src/readers/linkedin/selectors.ts';
import * as X from '../../../src/readers/x/selectors.ts';
import { LINKEDIN_CAPTURES, X_CAPTURES, capture } from './helpers.ts';

/** Flatten a selectors module into [name, selector] pairs (functions are called with a sample argument). */
function flatten(mod: Record<string, unknown>, samples: Record<string, string>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (name: string, v: unknown): void => {
    if (NOT_SELECTORS.has(name)) return;
    if (typeof v === 'string') out.push([name, v]);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(`${name}[${i}]`, x));
    else if (typeof v === 'function')
      walk(name, (v as (s: string) => unknown)(samples[name] ?? samples.default ?? ''));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(`${name}.${k}`, x);
  };
  for (const [k, v] of Object.entries(mod)) walk(k, v);
  return out;
}

// Not CSS selectors: values compared to attribute text or put into URLs, or patterns links must match.
const NOT_SELECTORS = new Set(['pinIconPath', 'ownerEdit']);

// Alternatives no capture shows yet, each with where it comes from. Remove an entry once a capture proves
// it; the test fails when an entry is proved, so the table stays true. "unverified" marks our own guesses.
const UNPROVED_LINKEDIN: Record<string, string> = {
  'section[data-view-name="profile-top-card"]': 'DOM.md (the tag is not certain)',
  'section[componentkey$="Topcard"]': 'DOM.md: com.linkedin.sdui.profile.card.ref<id>Topcard',
  'div[componentkey$="Topcard"]': 'DOM.md (the tag is not certain)',
  'section.pv-top-card': 'older Ember (2023), Ember scrapers',
  'section[data-view-name^="profile-card-"]': 'DOM.md (the tag is not certain)',
  'section[componentkey^="com.linkedin.sdui.profile.card"]':
    'DOM.md; other tools read section[componentkey$="About"]',
  'div[componentkey^="com.linkedin.sdui.profile.card"]': 'DOM.md (the tag is not certain)',
  'div[data-testid^="profile_"][data-testid*="TopLevel"]':
    'another tool reads div[data-testid^="profile_ExperienceTopLevelSection_"]',
  'div[componentkey^="entity-collection-item"], li[componentkey^="entity-collection-item"]':
    'DOM.md; other tools',
  '[componentkey="topcard-logo-image-referencekey"] img': "another tool's notes on the 2026 page",
  '[data-testid="expandable-text-box"]': 'DOM.md; other tools',
  '.inline-show-more-text': 'Ember scrapers',
  'img.profile-photo-edit__preview': 'DOM.md (owner view)',
  'a[href*="/mynetwork/invite-connect/connections"]': 'unverified (owner view)',
  'a[data-view-name="profile-opportunity-card"]': 'DOM.md (owner view)',
  'button[data-view-name="profile-add-section"]': 'unverified guess (owner view)',
  'a[data-view-name="profile-add-section"]': 'unverified guess (owner view)',
  'a[href*="/messaging/compose"]': 'unverified guess (2026 Message button)',
  'a[href*="/preload/custom-invite"]': 'unverified guess (2026 Connect button)',
  'section.pv-open-to-carousel-card': 'DOM.md (owner view)',
  '.pv-open-to-carousel-card': 'DOM.md (owner view)',
  'img[title*="#OPEN_TO_WORK"]': 'DOM.md; Ember scrapers (a member who is open to work)',
};
const UNPROVED_X: Record<string, string> = {
  'a[href="/jason/followers" i]': 'before Sep 2023 (insin/control-panel-for-twitter #416)',
  'a[href$="/followers"]': 'before Sep 2023 (insin/control-panel-for-twitter #416)',
  'div[data-testid="emptyState"]': 'unverified here: no capture of an account without posts',
  '[data-testid="emptyState"]': 'unverified here: no capture of an account without posts',
  'a[data-testid="editProfileButton"]': 'DOM.md (owner view)',
  'a[href="/settings/profile"]': 'DOM.md (owner view)',
  '[data-testid="editProfileButton"]': 'DOM.md (owner view)',
};

// Proof means a capture of a real page: our synthetic pages exercise the code paths (the owner views no
// capture shows) but prove nothing about LinkedIn or X.
const linkedinPages = Object.values(LINKEDIN_CAPTURES).map((c) => capture(c.file));
const xPages = Object.values(X_CAPTURES).map((c) => capture(c.file));

function matchesSomewhere(pages: Document[], selector: string): number {
  // `:scope` selectors are relative to an Ember card.
  const sel = selector.replace(':scope', LI.emberCard);
  return pages.reduce((n, doc) => n + (doc.querySelector(sel) ? 1 : 0), 0);
}

describe('LinkedIn selectors', () => {
  const all = flatten(LI as unknown as Record<string, unknown>, { default: 'skills' });

  it.each(all)('%s is valid CSS', (_name, sel) => {
    expect(() => linkedinPages[0]?.querySelector(sel.replace(':scope', LI.emberCard))).not.toThrow();
  });

  it('every alternative matches a saved page or is listed as known from reports', () => {
    const unproved = all
      .filter(([, sel]) => matchesSomewhere(linkedinPages, sel) === 0)
      .map(([, sel]) => sel);
    expect(unproved.filter((sel) => !(sel in UNPROVED_LINKEDIN))).toEqual([]);
    // ...and the list holds only what is still unproved.
    expect(Object.keys(UNPROVED_LINKEDIN).filter((sel) => !unproved.includes(sel))).toEqual([]);
  });
});

describe('X selectors', () => {
  const all = flatten(X as unknown as Record<string, unknown>, { default: 'jason', followButtonFor: '3840' });

  it.each(all)('%s is valid CSS', (_name, sel) => {
    expect(() => xPages[0]?.querySelector(sel)).not.toThrow();
  });

  it('every alternative matches a saved page or is listed as known from reports', () => {
    const unproved = all.filter(([, sel]) => matchesSomewhere(xPages, sel) === 0).map(([, sel]) => sel);
    expect(unproved.filter((sel) => !(sel in UNPROVED_X))).toEqual([]);
    expect(Object.keys(UNPROVED_X).filter((sel) => !unproved.includes(sel))).toEqual([]);
  });
});
