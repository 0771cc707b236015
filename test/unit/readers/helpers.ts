// Test helpers for the readers: cached capture loading, expected-reading assertions, and the page
// mutations (class renames, dropped/reordered sections, translated headings, stripped hooks) the mutation
// tests apply. Mutations change the cached document in place and return an undo function: cloning a
// 600 KB capture costs ~300 ms in jsdom, undoing costs nothing, and each test file has its own module cache.
import fs from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { Field, LinkedInFields, XFields } from '../../../src/core/profile.ts';
import { LINKEDIN_FIELDS, X_FIELDS } from '../../../src/core/profile.ts';

/** A path relative to this folder. In a jsdom test the module's URL is not a file URL: then from the root. */
function here(rel: string): string {
  return import.meta.url.startsWith('file:')
    ? fileURLToPath(new URL(rel, import.meta.url).href)
    : `${resolve('test/unit/readers', rel)}/`;
}

/** Captures shared by the team, beside the repo (never copied into it). */
export const SHARED = here('../../../../shared/fixtures/');
/** Our own synthetic pages (invented people). */
export const OWN = here('../../fixtures/');

const cache = new Map<string, Document>();

/** Parse a page once per test file (jsdom parsing is the slow part of these tests). */
export function load(path: string): Document {
  let doc = cache.get(path);
  if (!doc) {
    doc = new JSDOM(fs.readFileSync(path, 'utf8')).window.document;
    cache.set(path, doc);
  }
  return doc;
}

export const capture = (rel: string): Document => load(SHARED + rel);
export const ownFixture = (rel: string): Document => load(OWN + rel);

/** A capture and the URL it would have been read from (slug/handle taken from the page itself). */
export interface Capture {
  file: string;
  url: string;
}

export const LINKEDIN_CAPTURES = {
  full: {
    file: 'linkedin/2024-signed-in-full.html',
    url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
  },
  privatePhoto: {
    file: 'linkedin/2024-signed-in-private-photo.html',
    url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
  },
  sparse: {
    file: 'linkedin/2024-signed-in-sparse.html',
    url: 'https://www.linkedin.com/in/vasileiosalevizos/',
  },
  // The canonical link says se.linkedin.com (the Swedish guest host); the extension runs on www.
  public: {
    file: 'linkedin/2024-public-signed-out.html',
    url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
  },
  complete: {
    file: 'linkedin/2026-reconstructed-complete-profile.html',
    url: 'https://www.linkedin.com/in/janesmith/',
  },
  fallback: {
    file: 'linkedin/2026-reconstructed-fallback-sections.html',
    url: 'https://www.linkedin.com/in/mariacosta/',
  },
  long: {
    file: 'linkedin/2026-reconstructed-long-experience.html',
    url: 'https://www.linkedin.com/in/mariarodriguez/',
  },
  minimal: {
    file: 'linkedin/2026-reconstructed-minimal-profile.html',
    url: 'https://www.linkedin.com/in/alexchen/',
  },
  missing: {
    file: 'linkedin/2026-reconstructed-missing-sections.html',
    url: 'https://www.linkedin.com/in/samjohnson/',
  },
  multilingual: {
    file: 'linkedin/2026-reconstructed-multilingual-profile.html',
    url: 'https://www.linkedin.com/in/yukitanaka/',
  },
} as const satisfies Record<string, Capture>;

export const X_CAPTURES = {
  jason: { file: 'x/2026-signed-out-jason.html', url: 'https://x.com/jason' },
  cz: { file: 'x/2026-signed-out-cz_binance.html', url: 'https://x.com/cz_binance' },
  nikita: { file: 'x/2026-signed-out-nikitabier.html', url: 'https://x.com/nikitabier' },
} as const satisfies Record<string, Capture>;

// ---- Expected readings -------------------------------------------------------------------------------

/** Expect "unknown" (with some reason). */
export const UNKNOWN = Symbol('unknown');
export const ABSENT = { state: 'absent' } as const;
type FoundExpected = { state: 'found'; value: unknown; partial?: true };
export type Expected<T> = FoundExpected | typeof ABSENT | typeof UNKNOWN | T;

/** found(value) where value may hold asymmetric matchers (expect.stringMatching, ...). */
export const is = (value: unknown): { state: 'found'; value: unknown } => ({ state: 'found', value });

/** found(value) of a list the page cuts short ("Show all 8 experiences"): more entries than `value` exist. */
export const shownOf = (value: unknown): FoundExpected => ({ state: 'found', value, partial: true });

/** A string starting with `prefix` (keeps long member texts out of the test files). */
export const startsWith = (prefix: string): unknown =>
  expect.stringMatching(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

type ExpectedFields<F> = {
  [K in keyof F]: FoundExpected | typeof ABSENT | typeof UNKNOWN;
};

function expectFields(
  fields: Record<string, Field<unknown>>,
  expected: Record<string, unknown>,
  names: readonly string[],
): void {
  // Every field of the contract has an expectation: a new field cannot slip in untested.
  expect(Object.keys(expected).sort()).toEqual([...names].sort());
  expect(Object.keys(fields).sort()).toEqual([...names].sort());
  for (const name of names) {
    const want = expected[name];
    const got = fields[name];
    if (want === UNKNOWN) {
      expect(got, name).toMatchObject({ state: 'unknown', reason: expect.stringMatching(/\S/) });
    } else {
      expect(got, name).toEqual(want);
    }
  }
}

export const expectLinkedIn = (fields: LinkedInFields, expected: ExpectedFields<LinkedInFields>): void =>
  expectFields(fields as unknown as Record<string, Field<unknown>>, expected, LINKEDIN_FIELDS);

export const expectX = (fields: XFields, expected: ExpectedFields<XFields>): void =>
  expectFields(fields as unknown as Record<string, Field<unknown>>, expected, X_FIELDS);

// ---- Invariants under mutation -----------------------------------------------------------------------

/**
 * What a mutation may do to a reading: lose things (found/absent -> unknown), never invent them. A field
 * that reads "absent" after the mutation read "absent" before it; a field that reads "found" has the same
 * value. Fields the mutation really removed (a dropped section) may read absent or unknown, never found.
 */
export function expectNoFalseClaims(
  before: Record<string, Field<unknown>>,
  after: Record<string, Field<unknown>>,
  removed: readonly string[] = [],
): void {
  for (const [name, a] of Object.entries(after)) {
    const b = before[name];
    if (removed.includes(name)) {
      expect(a.state, `${name} was removed by the mutation`).not.toBe('found');
      continue;
    }
    if (a.state === 'absent') expect(b?.state, `${name} claimed absent after the mutation`).toBe('absent');
    if (a.state === 'found') expect(a, `${name} changed value after the mutation`).toEqual(b);
  }
}

// ---- Mutations (in place, with undo) -----------------------------------------------------------------

export type Undo = () => void;

/** A tiny deterministic PRNG so a failing mutation test is reproducible. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomWord = (rand: () => number, len = 12): string =>
  Array.from({ length: len }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join('');

function setAttrs(changes: Array<[Element, string, string | null]>): Undo {
  const old = changes.map(([el, name]) => [el, name, el.getAttribute(name)] as const);
  for (const [el, name, value] of changes) {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
  return () => {
    for (const [el, name, value] of old) {
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
    }
  };
}

/** Every class name becomes a random word (what a LinkedIn/X redeploy does to hashed classes). */
export function renameClasses(doc: Document, seed = 1): Undo {
  const rand = rng(seed);
  const names = new Map<string, string>();
  const changes: Array<[Element, string, string | null]> = [];
  for (const el of doc.querySelectorAll('[class]')) {
    const renamed = (el.getAttribute('class') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((c) => {
        let r = names.get(c);
        if (!r) names.set(c, (r = randomWord(rand)));
        return r;
      })
      .join(' ');
    changes.push([el, 'class', renamed]);
  }
  return setAttrs(changes);
}

const HOOK_ATTRIBUTES = [
  'class',
  'id',
  'data-view-name',
  'componentkey',
  'data-testid',
  'data-section',
  'data-member-id',
  'data-test-icon',
  'data-generated-suggestion-target',
  'data-field',
  'data-test-id',
  'data-modal',
];

/** Remove every structural hook: ids, classes, data-* names. Only tags, text, links and images remain. */
export function stripHooks(doc: Document, attributes: readonly string[] = HOOK_ATTRIBUTES): Undo {
  const changes: Array<[Element, string, string | null]> = [];
  for (const name of attributes) {
    for (const el of doc.querySelectorAll(`[${name}]`)) {
      // Keep the page's <head> metadata and the embedded JSON blocks: they are not layout hooks.
      if (el.closest('head') || el.tagName === 'CODE' || el.tagName === 'SCRIPT') continue;
      changes.push([el, name, null]);
    }
  }
  return setAttrs(changes);
}

/** Remove elements from the page. */
export function remove(els: readonly Element[]): Undo {
  // In document order, so that undoing in reverse puts each element back before a sibling already there.
  const ordered = [...els].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const places = ordered.map((el) => [el, el.parentNode, el.nextSibling] as const);
  for (const el of els) el.remove();
  return () => {
    for (const [el, parent, next] of [...places].reverse()) parent?.insertBefore(el, next);
  };
}

/** Reverse the order of the given elements among their siblings; undo restores each parent's children. */
export function reverseOrder(els: readonly Element[]): Undo {
  const parents = new Map<ParentNode, ChildNode[]>();
  for (const el of els)
    if (el.parentNode && !parents.has(el.parentNode))
      parents.set(el.parentNode, Array.from(el.parentNode.childNodes));
  for (const [parent, children] of parents) {
    const moving = children.filter((c) => els.includes(c as Element));
    const reversed = [...moving].reverse();
    // Put the reversed elements into the slots the originals occupied.
    const order = children.map((c) => (moving.includes(c) ? (reversed.shift() as ChildNode) : c));
    for (const c of order) parent.appendChild(c);
  }
  return () => {
    for (const [parent, children] of parents) for (const c of children) parent.appendChild(c);
  };
}

/** Replace text in every text node under `root` (translations); undo restores the original text. */
export function replaceText(root: Node, rules: ReadonlyArray<readonly [RegExp, string]>): Undo {
  const changed: Array<[Text, string]> = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const parent = t.parentElement;
    if (!parent || parent.closest('script, style, code, head')) continue;
    const before = t.nodeValue ?? '';
    // Rules see the trimmed text (so /^About$/ matches "\n  About\n"); the surrounding space is kept.
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(before) ?? [];
    let translated = core;
    for (const [re, to] of rules) translated = translated.replace(re, to);
    const after = lead + translated + trail;
    if (after !== before) {
      changed.push([t, before]);
      t.nodeValue = after;
    }
  }
  return () => {
    for (const [t, before] of changed) t.nodeValue = before;
  };
}

/** Section headings' text replaced by `f(old)` (h2 elements, both Ember copies) where `which(h2)`. */
export function renameHeadings(
  doc: Document,
  f: (old: string) => string,
  which: (h2: Element) => boolean = () => true,
): Undo {
  const changed: Array<[Text, string]> = [];
  for (const h2 of doc.querySelectorAll('h2')) {
    if (!which(h2)) continue;
    const walker = doc.createTreeWalker(h2, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      const old = t.nodeValue ?? '';
      if (!old.trim()) continue;
      changed.push([t, old]);
      t.nodeValue = f(old.trim());
    }
  }
  return () => {
    for (const [t, old] of changed) t.nodeValue = old;
  };
}

/** Run `body` with the mutation applied, always undoing it. */
export function withMutation<T>(apply: () => Undo, body: () => T): T {
  const undo = apply();
  try {
    return body();
  } finally {
    undo();
  }
}

/** English -> French UI strings LinkedIn shows (headings, counts, dates): the page a French member sees. */
export const FRENCH_UI: ReadonlyArray<readonly [RegExp, string]> = [
  [/^About$/, 'Infos'],
  [/^Featured$/, 'Sélection'],
  [/^Activity$/, 'Activité'],
  [/^Experience$/, 'Expérience'],
  [/^Education$/, 'Formation'],
  [/^Licenses & certifications$/i, 'Licences et certifications'],
  [/^Volunteering$/, 'Bénévolat'],
  [/^Skills$/, 'Compétences'],
  [/^Recommendations$/, 'Recommandations'],
  [/^Languages$/, 'Langues'],
  [/^Interests$/, 'Centres d’intérêt'],
  [/Show all (\d+) skills/, 'Afficher les $1 compétences'],
  [/Show all (\d+) licenses & certifications/, 'Afficher les $1 licences et certifications'],
  [/Show all (\d+) experiences/, 'Afficher les $1 expériences'],
  [/(\d[\d,]*) followers/, '$1 abonnés'],
  [/(\d[\d,]*\+?) connections/, '$1 relations'],
  [/^connections$/, 'relations'],
  // Dates only: a month before a year, "Present" after a dash.
  [/ (?:-|to) Present\b/, ' - aujourd’hui'],
  [/\bJan (\d{4})/g, 'janv. $1'],
  [/\bJul (\d{4})/g, 'juil. $1'],
  [/\bAug (\d{4})/g, 'août $1'],
  [/^Contact info$/i, 'Coordonnées'],
  [/ · Full-time$/, ' · Temps plein'],
];

/** Japanese UI strings (a few): headings and count labels. */
export const JAPANESE_UI: ReadonlyArray<readonly [RegExp, string]> = [
  [/^About$/, '概要'],
  [/^Experience$/, '職歴'],
  [/^Education$/, '学歴'],
  [/^Skills$/, 'スキル'],
  [/^Languages$/, '言語'],
  [/Show all (\d+) skills/, '$1件のスキルをすべて表示'],
  [/(\d[\d,]*) followers/, 'フォロワー$1人'],
  [/(\d[\d,]*\+?) connections/, 'つながり$1件'],
  [/ (?:-|to) Present\b/, ' - 現在'],
];

// ---- The owner's view -----------------------------------------------------------------------------------
// None of the shared captures is an owner's view; these documented transforms turn one into what its owner
// would see. Used by the owner tests and by the E2E suite (which serves the transformed page).

/**
 * What the owner of an Ember profile sees instead of a visitor, applied to a capture in memory:
 * - the visitor-only controls go: the non-self photo wrapper class, Connect/Message/Report (found by their
 *   icons), the connection-degree badge;
 * - the owner's pencil appears: a link to /in/<slug>/edit/intro/ in the top card;
 * - the embedded /voyager/api/me answer names the profile's member as the viewer (or, with
 *   `viewer: 'drop'`, the page has no such answer and the controls alone must tell).
 * Returns an undo function, like every mutation in helpers.ts.
 */
export function asEmberOwner(doc: Document, slug: string, viewer: 'self' | 'drop' = 'self'): Undo {
  const undos: Undo[] = [];
  const top = doc.querySelector('section[data-member-id]');
  if (!top) throw new Error('not an Ember capture');
  const wrapper = top.querySelector('.pv-top-card__non-self-photo-wrapper');
  if (wrapper) {
    wrapper.classList.remove('pv-top-card__non-self-photo-wrapper');
    undos.push(() => wrapper.classList.add('pv-top-card__non-self-photo-wrapper'));
  }
  const visitorOnly = Array.from(
    top.querySelectorAll(
      '[data-test-icon="connect-small"], [data-test-icon="send-privately-small"], [data-test-icon="report-medium"]',
    ),
  ).map((icon) => icon.closest('button, [role="button"]') ?? icon);
  undos.push(remove([...visitorOnly, ...Array.from(top.querySelectorAll('.distance-badge'))]));
  const pencil = doc.createElement('a');
  pencil.setAttribute('href', `/in/${slug}/edit/intro/?profileFormEntryPoint=PROFILE_SECTION`);
  pencil.textContent = '✎';
  top.appendChild(pencil);
  undos.push(() => pencil.remove());

  for (const datalet of doc.querySelectorAll('code[id^="datalet-bpr-guid-"]')) {
    const meta = JSON.parse(datalet.textContent ?? '{}') as { request?: string; body?: string };
    if (meta.request !== '/voyager/api/me' || !meta.body) continue;
    const body = doc.getElementById(meta.body);
    if (!body) continue;
    if (viewer === 'drop') {
      undos.push(remove([datalet, body]));
    } else {
      const before = body.textContent ?? '';
      const json = JSON.parse(before) as {
        data: Record<string, unknown>;
        included: Array<Record<string, unknown>>;
      };
      json.data.plainId = Number(top.getAttribute('data-member-id'));
      for (const item of json.included) if ('publicIdentifier' in item) item.publicIdentifier = slug;
      body.textContent = JSON.stringify(json);
      undos.push(() => (body.textContent = before));
    }
  }
  return () => undos.reverse().forEach((u) => u());
}

/**
 * What the owner of a 2025-26 (SDUI) profile sees: the pencil on the top card, a link to
 * /in/<slug>/edit/intro/. The reconstructions' section-level edit links are not owner evidence on their own.
 */
export function asSduiOwner(doc: Document, slug: string): Undo {
  const top = doc.querySelector('[data-view-name="profile-top-card"], [componentkey*="Topcard"]');
  if (!top) throw new Error('not a 2025-26 capture');
  const pencil = doc.createElement('a');
  pencil.setAttribute('href', `/in/${slug}/edit/intro/`);
  pencil.setAttribute('aria-label', 'Edit intro');
  pencil.textContent = '✎';
  top.appendChild(pencil);
  return () => pencil.remove();
}

/** What the owner of an X profile sees: "Edit profile" (a link to /settings/profile) instead of "Follow". */
export function asXOwner(doc: Document): Undo {
  const undo = remove(Array.from(doc.querySelectorAll('[data-testid$="-follow"]')));
  const edit = doc.createElement('a');
  edit.setAttribute('href', '/settings/profile');
  edit.setAttribute('data-testid', 'editProfileButton');
  const header = doc.querySelector('[data-testid="UserName"]')?.parentElement;
  if (!header) throw new Error('not an X profile page');
  header.insertBefore(edit, header.firstChild);
  return () => {
    edit.remove();
    undo();
  };
}

/**
 * Which owner-view transform above applies to a page read from `url`: 'x', 'ember' (2024) or 'sdui'
 * (2025-26), or null when none does (a signed-out page, an X page without a profile header).
 */
export function ownerLayout(doc: Document, url: string): 'x' | 'ember' | 'sdui' | null {
  if (url.startsWith('https://x.com/')) return doc.querySelector('[data-testid="UserName"]') ? 'x' : null;
  if (doc.querySelector('section[data-member-id]')) return 'ember';
  if (doc.querySelector('[data-view-name="profile-top-card"], [componentkey*="Topcard"]')) return 'sdui';
  return null;
}

/** The page turned into its owner's view by the transform ownerLayout() names (there must be one). */
export function asOwner(doc: Document, url: string, viewer: 'self' | 'drop' = 'self'): Undo {
  const slug = new URL(url).pathname.split('/')[2] ?? '';
  switch (ownerLayout(doc, url)) {
    case 'x':
      return asXOwner(doc);
    case 'ember':
      return asEmberOwner(doc, slug, viewer);
    case 'sdui':
      return asSduiOwner(doc, slug);
    default:
      throw new Error(`no owner view for ${url}`);
  }
}
