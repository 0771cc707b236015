// What LinkedIn and X do to their pages without notice, done to every capture: classes renamed, hooks
// stripped, sections dropped or reordered, the UI translated. The reading may lose things (unknown), it may
// never invent them: nothing that is there reads "absent", and every found value stays what it was.
import { describe, expect, it } from 'vitest';
import type { Field, LinkedInProfile, XProfile } from '../../../src/core/profile.ts';
import { readLinkedIn } from '../../../src/readers/linkedin/read.ts';
import { readX } from '../../../src/readers/x/read.ts';
import {
  FRENCH_UI,
  JAPANESE_UI,
  LINKEDIN_CAPTURES,
  X_CAPTURES,
  capture,
  expectNoFalseClaims,
  remove,
  renameClasses,
  renameHeadings,
  replaceText,
  reverseOrder,
  rng,
  stripHooks,
  withMutation,
} from './helpers.ts';

type Fields = Record<string, Field<unknown>>;
const fieldsOf = (p: LinkedInProfile | XProfile): Fields => p.fields as unknown as Fields;

/** Own may be lost (null), never flipped. */
function expectOwnKept(before: boolean | null, after: boolean | null): void {
  if (after !== null) expect(after).toBe(before);
}

// Where each counted/listed field's section is, in each layout (for dropping and reordering in tests).
const SECTION: Record<string, string[]> = {
  about: ['#about', '[data-view-name="profile-card-about"]', 'section[data-section="summary"]'],
  experience: [
    '#experience',
    '[data-view-name="profile-card-experience"]',
    'section[data-section="experience"]',
  ],
  education: [
    '#education',
    '[data-view-name="profile-card-education"]',
    'section[data-section="educationsDetails"]',
  ],
  skills: ['#skills', '[data-view-name="profile-card-skills"]'],
  certifications: [
    '#licenses_and_certifications',
    '[data-view-name="profile-card-licenses-and-certifications"]',
    'section[data-section="certifications"]',
  ],
  volunteering: ['#volunteering_experience', 'section[data-section="volunteering"]'],
  languages: ['#languages', 'section[data-section="languages"]'],
  recommendations: [
    '#recommendations',
    '[data-view-name="profile-card-recommendations"]',
    'section[data-section="recommendations"]',
  ],
  featured: ['#featured', '[data-view-name="profile-card-featured"]'],
};
const HEADING: Record<string, string> = {
  about: 'About',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
};

function sectionOf(doc: Document, field: string): Element | null {
  for (const sel of SECTION[field] ?? []) {
    const el = doc.querySelector(sel);
    // Ember names its sections by an anchor <div id> inside them.
    if (el) return el.tagName === 'DIV' && el.id ? el.closest('section') : el;
  }
  for (const h2 of doc.querySelectorAll('section h2')) {
    if (h2.textContent?.trim() === HEADING[field]) return h2.closest('section');
  }
  return null;
}

const linkedin = Object.entries(LINKEDIN_CAPTURES);

describe.each(linkedin)('LinkedIn capture %s under mutation', (_name, c) => {
  const doc = capture(c.file);
  const base = readLinkedIn(doc, c.url);
  const read = (): LinkedInProfile => readLinkedIn(doc, c.url);

  it('survives every class being renamed', () => {
    for (const seed of [1, 2]) {
      const after = withMutation(() => renameClasses(doc, seed), read);
      expectNoFalseClaims(fieldsOf(base), fieldsOf(after));
      expectOwnKept(base.own, after.own);
    }
  });

  it('claims nothing absent when every hook is stripped (ids, classes, data-* names)', () => {
    const after = withMutation(() => stripHooks(doc), read);
    expectNoFalseClaims(fieldsOf(base), fieldsOf(after));
    expectOwnKept(base.own, after.own);
    for (const f of Object.values(after.fields)) expect(f.state).not.toBe('absent');
  });

  it('keeps its reading when the sections are reordered', () => {
    const sections = Object.keys(SECTION)
      .map((f) => sectionOf(doc, f))
      .filter((s): s is Element => s !== null);
    const after = withMutation(() => reverseOrder(sections), read);
    expect(after.fields).toEqual(base.fields);
  });

  const present = Object.keys(SECTION).filter((f) => sectionOf(doc, f) !== null);
  it.runIf(present.length > 0).each(present)('loses only %s when that section is dropped', (field) => {
    const section = sectionOf(doc, field);
    const after = withMutation(() => remove(section ? [section] : []), read);
    expectNoFalseClaims(fieldsOf(base), fieldsOf(after), [field]);
  });

  it('reads a French UI the same way', () => {
    const after = withMutation(() => replaceText(doc.body, FRENCH_UI), read);
    expect(after.fields).toEqual(base.fields);
    expect(after.own).toBe(base.own);
  });

  it('reads a Japanese UI the same way', () => {
    const after = withMutation(() => replaceText(doc.body, JAPANESE_UI), read);
    expect(after.fields).toEqual(base.fields);
  });

  it('claims nothing absent when headings are in a language it does not know', () => {
    const rand = rng(7);
    const gibberish = (): string =>
      Array.from({ length: 9 }, () => String.fromCharCode(0x3041 + Math.floor(rand() * 80))).join('');
    // Section headings only: the 2026 name and the public headline are <h2>s too.
    const keep = new Set(
      [base.fields.name, base.fields.headline].flatMap((f) => (f.state === 'found' ? [f.value] : [])),
    );
    const after = withMutation(
      () => renameHeadings(doc, gibberish, (h2) => !keep.has(h2.textContent?.trim() ?? '')),
      read,
    );
    expectNoFalseClaims(fieldsOf(base), fieldsOf(after));
    // Pages with structural hooks do not depend on headings at all.
    if (base.layout !== 'unknown') expect(after.fields).toEqual(base.fields);
  });
});

describe('LinkedIn: hooks gone, headings left', () => {
  it('still finds the sections of a 2026 page by their headings, and claims no absence', () => {
    const c = LINKEDIN_CAPTURES.complete;
    const doc = capture(c.file);
    const base = readLinkedIn(doc, c.url);
    const after = withMutation(
      () => stripHooks(doc),
      () => readLinkedIn(doc, c.url),
    );
    expect(after.layout).toBe('unknown');
    expect(after.fields.skills).toEqual(base.fields.skills);
    expect(after.fields.experience).toEqual(base.fields.experience);
    expect(after.fields.about).toEqual(base.fields.about);
    // Found by heading only: sections the page lacks are no longer claimed absent.
    expect(after.fields.volunteering.state).toBe('unknown');
    expect(after.fields.languages.state).toBe('unknown');
  });

  it('reads the heading-only page in French as in English', () => {
    const c = LINKEDIN_CAPTURES.fallback;
    const doc = capture(c.file);
    const base = readLinkedIn(doc, c.url);
    const after = withMutation(
      () => replaceText(doc.body, FRENCH_UI),
      () => readLinkedIn(doc, c.url),
    );
    expect(after.fields).toEqual(base.fields);
    expect(after.health.recognised).toContain('skills (heading)');
  });
});

describe('LinkedIn: a section dropped from a page whose end is in sight reads absent', () => {
  it('skills gone from a loaded Ember page is a real absence', () => {
    const c = LINKEDIN_CAPTURES.full;
    const doc = capture(c.file);
    const after = withMutation(
      () => remove([sectionOf(doc, 'skills') as Element]),
      () => readLinkedIn(doc, c.url),
    );
    expect(after.fields.skills).toEqual({ state: 'absent' });
  });

  it('skills gone while the page end has not rendered is unknown', () => {
    const c = LINKEDIN_CAPTURES.full;
    const doc = capture(c.file);
    // The "People also viewed"/"People you may know"/"Pages for you" cards and Interests have not loaded yet.
    const later = [
      '#interests',
      '#browsemap_recommendation',
      '#pymk_recommendation_from_school',
      '#company_recommendation',
    ]
      .map((s) => doc.querySelector(s)?.closest('section'))
      .filter((s): s is HTMLElement => s !== null && s !== undefined);
    const after = withMutation(
      () => remove([sectionOf(doc, 'skills') as Element, ...later]),
      () => readLinkedIn(doc, c.url),
    );
    expect(after.fields.skills.state).toBe('unknown');
    expect(after.fields.featured).toEqual({ state: 'absent' }); // Experience has rendered below its slot
    expect(after.fields.experience).toEqual(readLinkedIn(doc, c.url).fields.experience);
  });
});

const xs = Object.entries(X_CAPTURES);

const X_FRENCH: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Joined (\w+) (\d{4})$/, 'A rejoint X en $1 $2'],
  [/^August$/, 'août'],
  [/^Pinned$/, 'Épinglé'],
  [/^Followers$/, 'abonnés'],
  [/^Following$/, 'abonnements'],
];

describe.each(xs)('X capture %s under mutation', (_name, c) => {
  const doc = capture(c.file);
  const base = readX(doc, c.url);
  const read = (): XProfile => readX(doc, c.url);

  it('is unaffected by every class being renamed (X reads no classes)', () => {
    const after = withMutation(() => renameClasses(doc, 3), read);
    expect(after.fields).toEqual(base.fields);
    expect(after.own).toBe(base.own);
  });

  it('reads nothing, and claims no absence, without its data-testid hooks', () => {
    const after = withMutation(() => stripHooks(doc, ['data-testid']), read);
    expectNoFalseClaims(fieldsOf(base), fieldsOf(after));
    for (const f of Object.values(after.fields)) expect(f.state).toBe('unknown');
  });

  it('reads a French UI the same way', () => {
    const after = withMutation(() => replaceText(doc.body, X_FRENCH), read);
    expect(after.fields).toEqual(base.fields);
  });

  it('reads a French UI the same way without the JSON-LD', () => {
    const ld = Array.from(doc.querySelectorAll('script[data-testid="UserProfileSchema-test"]'));
    const english = withMutation(() => remove(ld), read);
    const french = withMutation(() => {
      const a = remove(ld);
      const b = replaceText(doc.body, X_FRENCH);
      return () => {
        b();
        a();
      };
    }, read);
    expect(french.fields).toEqual(english.fields);
  });

  it('does not call location/website/category absent when their row is gone', () => {
    const row = Array.from(doc.querySelectorAll('[data-testid="UserProfileHeader_Items"]'));
    const after = withMutation(() => remove(row), read);
    // The join date is also in the JSON-LD, so it stays known.
    expectNoFalseClaims(fieldsOf(base), fieldsOf(after), ['location', 'website', 'category']);
    for (const f of ['location', 'website', 'category'] as const)
      expect(after.fields[f].state).toBe('unknown');
  });

  it('does not call the header photo absent when the avatar is not rendered either', () => {
    const photos = Array.from(
      doc.querySelectorAll(
        'a[href$="/photo"], a[href$="/header_photo"], [data-testid^="UserAvatar-Container-"]',
      ),
    );
    const after = withMutation(() => remove(photos), read);
    expectNoFalseClaims(fieldsOf(base), fieldsOf(after), ['avatar', 'header']);
    expect(after.fields.header.state).toBe('unknown');
    expect(after.fields.avatar.state).toBe('unknown');
  });

  it('does not call the pinned post absent before the timeline has loaded', () => {
    const articles = Array.from(doc.querySelectorAll('article'));
    const after = withMutation(() => remove(articles), read);
    expectNoFalseClaims(fieldsOf(base), fieldsOf(after), ['pinned', 'lastPostAt']);
    expect(after.fields.pinned.state).toBe('unknown');
    expect(after.fields.lastPostAt.state).toBe('unknown');
  });
});
