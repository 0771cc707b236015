// The content script reads with { ownOnly: true } (readOwnLinkedIn on LinkedIn, the same reading without the
// guest page's code): on someone else's profile the reader stops at its owner check. That shortcut must never change the verdict, and must change nothing at all on a page that is (or
// may be) the owner's: every capture and synthetic page, as found and turned into its owner's view, with
// classes renamed and hooks stripped.
import { describe, expect, it } from 'vitest';
import { readLinkedIn, readOwnLinkedIn } from '../../../src/readers/linkedin/read.ts';
import { readX } from '../../../src/readers/x/read.ts';
import type { Profile } from '../../../src/core/profile.ts';
import { CAPTURE_FILES, captureUrl } from '../captures.ts';
import {
  type Undo,
  asOwner,
  capture,
  ownFixture,
  renameClasses,
  stripHooks,
  ownerLayout,
  withMutation,
} from './helpers.ts';

const OWN_PAGES: ReadonlyArray<readonly [string, string]> = [
  ['linkedin/owner-2024-ember-ja.html', 'https://www.linkedin.com/in/robin-quill-librarian/'],
  ['linkedin/owner-2026-sdui-fr.html', 'https://www.linkedin.com/in/camille-exemple-0b12cd34/'],
  ['x/owner-robinquill-fr.html', 'https://x.com/robinquill'],
];

/** The page as found, and variants: its owner's view (where a transform applies), classes, hooks. */
function variants(doc: Document, url: string): Array<[string, () => Undo]> {
  const none = (): Undo => () => undefined;
  const out: Array<[string, () => Undo]> = [
    ['as found', none],
    ['classes renamed', () => renameClasses(doc, 7)],
    ['hooks stripped', () => stripHooks(doc)],
  ];
  const layout = ownerLayout(doc, url);
  if (layout) out.push(['owner view', () => asOwner(doc, url)]);
  if (layout === 'ember') out.push(['owner view, no viewer JSON', () => asOwner(doc, url, 'drop')]);
  return out;
}

function check(doc: Document, url: string): void {
  const x = url.startsWith('https://x.com/');
  const read = (ownOnly: boolean): Profile =>
    x ? readX(doc, url, { ownOnly }) : readLinkedIn(doc, url, { ownOnly });
  for (const [label, mutate] of variants(doc, url)) {
    const [full, quick, own] = withMutation(mutate, () => [
      read(false),
      read(true),
      x ? null : readOwnLinkedIn(doc, url),
    ]);
    // The content script's entry (without the guest page's code) reads exactly what ownOnly reads.
    if (own) expect(own, label).toEqual(quick);
    expect(quick.own, label).toBe(full.own);
    expect(quick.key, label).toBe(full.key);
    if (full.own !== false) {
      expect(quick, label).toEqual(full);
      continue;
    }
    // Someone else's: the name (or handle) and nothing else.
    for (const [name, field] of Object.entries(quick.fields)) {
      const kept = name === 'name' || (x && name === 'handle');
      const expected = kept ? (full.fields as unknown as Record<string, unknown>)[name] : undefined;
      if (kept && field.state !== 'unknown') expect(field, `${label}: ${name}`).toEqual(expected);
      if (!kept) expect(field.state, `${label}: ${name}`).toBe('unknown');
    }
  }
}

describe('ownOnly reads give the full read’s verdict, and the full reading on the owner’s pages', () => {
  it.each(CAPTURE_FILES)('%s', (file) => {
    const doc = capture(file);
    check(doc, captureUrl(doc, file));
  });
  it.each(OWN_PAGES)('%s', (file, url) => check(ownFixture(file), url));

  it('stops at the owner check on someone else’s profile', () => {
    const file = 'linkedin/2024-signed-in-full.html';
    const doc = capture(file);
    const p = readLinkedIn(doc, captureUrl(doc, file), { ownOnly: true });
    expect(p.own).toBe(false);
    expect(p.fields.name.state).toBe('found');
    expect(p.fields.experience.state).toBe('unknown');
  });
});
