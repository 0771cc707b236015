// The content script's MutationObserver re-reads a page only for elements added inside its <main> (or for a
// new <main>): src/content/reading.ts. That is only safe while the readers need nothing else of <body> that
// can arrive later. Every capture and synthetic page, as found and turned into its owner's view, must read
// exactly the same with everything outside <main> removed, the <head> and the <code> elements kept: LinkedIn
// embeds data in those with the page's HTML (its owner check reads the viewer from them on the first read).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readLinkedIn } from '../../../src/readers/linkedin/read.ts';
import { readX } from '../../../src/readers/x/read.ts';
import { BUSY_URL, busyPage } from '../../../bench/make-busy-page.mjs';
import { CAPTURE_FILES, captureUrl } from '../captures.ts';
import { asOwner, ownerLayout, OWN, SHARED } from './helpers.ts';
import { readFileSync } from 'node:fs';

/** Removes every element of <body> that is neither <main>, around it, in it, nor a <code>; how many went. */
function keepOnlyMain(doc: Document): number {
  const main = doc.getElementsByTagName('main')[0];
  if (!main) throw new Error('the page has no <main>');
  let removed = 0;
  const prune = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      if (main.contains(child) || child.tagName === 'CODE') continue;
      if (child.contains(main)) prune(child);
      else if (child.querySelector('code')) prune(child);
      else {
        child.remove();
        removed++;
      }
    }
  };
  prune(doc.body);
  return removed;
}

const read = (doc: Document, url: string) =>
  url.startsWith('https://x.com/') ? readX(doc, url) : readLinkedIn(doc, url);

function check(html: string, urlOf: (doc: Document) => string): void {
  for (const owner of [false, true]) {
    const doc = new JSDOM(html).window.document;
    const url = urlOf(doc);
    if (owner && !ownerLayout(doc, url)) continue;
    if (owner) asOwner(doc, url);
    const whole = read(doc, url);
    keepOnlyMain(doc);
    expect(read(doc, url), owner ? 'owner view' : 'as found').toEqual(whole);
  }
}

describe('the readers read nothing of <body> outside <main> but <code> elements', () => {
  for (const file of CAPTURE_FILES) {
    it(file, () => check(readFileSync(SHARED + file, 'utf8'), (doc) => captureUrl(doc, file)));
  }
  it.each([
    ['linkedin/owner-2024-ember-ja.html', 'https://www.linkedin.com/in/robin-quill-librarian/'],
    ['linkedin/owner-2026-sdui-fr.html', 'https://www.linkedin.com/in/camille-exemple-0b12cd34/'],
    ['x/owner-robinquill-fr.html', 'https://x.com/robinquill'],
  ])('%s', (file, url) => check(readFileSync(OWN + file, 'utf8'), () => url));
  it("the bench's busy page", () => check(busyPage(), () => BUSY_URL));

  it('removes something on the pages that have more than <main>, and would see a reader that looked elsewhere', () => {
    const file = CAPTURE_FILES.find((f) => f.includes('2024-signed-in-full'));
    expect(file).toBeDefined();
    const html = readFileSync(SHARED + file!, 'utf8');
    expect(keepOnlyMain(new JSDOM(html).window.document)).toBeGreaterThan(10);
    expect(keepOnlyMain(new JSDOM(busyPage()).window.document)).toBeGreaterThan(2);
    // The top card moved out of <main>: the readers find it there (page-wide fallback), and the pruned page
    // reads differently, so check() would fail for a page whose profile is not all in <main>.
    const doc = new JSDOM(html).window.document;
    const url = captureUrl(doc, file!);
    const main = doc.getElementsByTagName('main')[0]!;
    main.before(doc.querySelector('section[data-member-id]')!);
    const whole = read(doc, url);
    keepOnlyMain(doc);
    expect(read(doc, url)).not.toEqual(whole);
  });
});
