// The real content script reading the shared captures on their real URLs, in real Chromium and Firefox.
// The captures are other members' pages; the owner-view transforms of the reader tests
// (test/unit/readers/helpers.ts) turn some into what their owner would see. What the browser stores must
// equal what the unit-tested reader gives for the same HTML under jsdom.
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLinkedIn } from '../../src/readers/linkedin/read.ts';
import { readX } from '../../src/readers/x/read.ts';
import type { Profile } from '../../src/core/profile.ts';
import {
  LINKEDIN_CAPTURES as LI,
  X_CAPTURES as X,
  asEmberOwner,
  asSduiOwner,
  asXOwner,
  type Undo,
} from '../unit/readers/helpers.ts';
import {
  BROWSERS,
  canonicalJson,
  capture,
  offline,
  clearSnapshots,
  defaultSite,
  localStorageOf,
  sleep,
  spaNavigate,
  startWorld,
  stopWorld,
  waitForSnapshot,
  type World,
} from './harness.ts';
import { BUSY_URL, busyPage } from '../../bench/make-busy-page.mjs';

interface Served {
  url: string;
  html: string;
  /** The reading of the same HTML in node, by the same reader. */
  expected: Profile;
}

const pathOf = (url: string) => new URL(url).pathname;

/** Parse a capture, optionally turn it into its owner's view, and serialise it for the server. */
function serve(file: string, url: string, transform?: (doc: Document) => Undo): Served {
  const html = offline(capture(file), url, transform);
  const again = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const read = url.startsWith('https://x.com/') ? readX : readLinkedIn;
  const expected = read(again.window.document, url);
  again.window.close();
  return { url, html, expected };
}

const slugOf = (url: string) => pathOf(url).split('/')[2]!;

/** Deep equality that ignores key order (extension storage does not keep it). */
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The reading of a page after an SPA swap of its body: the <head> (with X's JSON-LD) stays the old page's. */
function bodyOnlyReading(s: Served): Profile {
  const dom = new JSDOM(s.html, { url: s.url, virtualConsole: new VirtualConsole() });
  dom.window.document.head.replaceChildren();
  const p = (s.url.startsWith('https://x.com/') ? readX : readLinkedIn)(dom.window.document, s.url);
  dom.window.close();
  return p;
}

const ember = serve(LI.full.file, LI.full.url, (d) => asEmberOwner(d, slugOf(LI.full.url)));
const sdui = serve(LI.complete.file, LI.complete.url, (d) => asSduiOwner(d, slugOf(LI.complete.url)));
const xJason = serve(X.jason.file, X.jason.url, asXOwner);
const xNikita = serve(X.nikita.file, X.nikita.url, asXOwner);
const someoneElse = serve(LI.sparse.file, LI.sparse.url);
const someoneElseOnX = serve(X.cz.file, X.cz.url);

describe.each(BROWSERS)('reading the captures in %s', (browserName) => {
  let world: World;
  beforeAll(async () => {
    const site = defaultSite();
    for (const s of [ember, sdui, xJason, xNikita, someoneElse, someoneElseOnX]) {
      site.set(`${new URL(s.url).host}${pathOf(s.url)}`, () => s.html);
    }
    site.set(`${new URL(BUSY_URL).host}${pathOf(BUSY_URL)}`, busyPage);
    world = await startWorld(browserName, site);
  }, 90_000);
  afterAll(() => stopWorld(world));

  it('the owner-view captures are what the test says they are', () => {
    for (const s of [ember, sdui, xJason, xNikita]) expect(s.expected.own, s.url).toBe(true);
    for (const s of [someoneElse, someoneElseOnX]) expect(s.expected.own, s.url).toBe(false);
  });

  it.each([
    ['the 2024 Ember layout', ember],
    ['the 2025-26 layout', sdui],
    ['an X profile', xJason],
    ['another X profile', xNikita],
  ])('reads %s on its real URL exactly as the reader does in node', async (_, s) => {
    const tab = await world.driver.open(s.url);
    const want = JSON.parse(JSON.stringify(s.expected.fields));
    // The page may be read more than once while it settles: wait for the reading to match, then compare
    // (a mismatch shows as a diff of the last stored reading).
    const snap = await waitForSnapshot(
      world.inspector,
      s.expected.key,
      (x) => same(x.profile.fields, want),
      8000,
    ).catch(() => waitForSnapshot(world.inspector, s.expected.key));
    expect(snap.profile.fields).toEqual(want);
    expect(snap.profile.layout).toBe(s.expected.layout);
    expect(snap.profile.own).toBe(true);
    // The reader's own time in the page (the content script measures it; npm run bench reports it too).
    console.log(`${browserName} ${s.url}: read in ${snap.readMs?.toFixed(2)} ms`);
    // Firefox's clock in a page ticks in whole milliseconds: a read shorter than that (a warm X page) is 0 there.
    if (browserName === 'firefox') expect(snap.readMs).toBeGreaterThanOrEqual(0);
    else expect(snap.readMs).toBeGreaterThan(0);
    await tab.close();
  });

  it('keeps nothing of other members’ profiles', async () => {
    const tabs = [await world.driver.open(someoneElse.url), await world.driver.open(someoneElseOnX.url)];
    await sleep(2000);
    const snapshots = ((await localStorageOf(world.inspector)).snapshots ?? {}) as Record<string, unknown>;
    expect(Object.keys(snapshots)).not.toContain(someoneElse.expected.key);
    expect(Object.keys(snapshots)).not.toContain(someoneElseOnX.expected.key);
    for (const t of tabs) await t.close();
  });

  it('re-reads for what arrives in the profile, and not for the page around it', async () => {
    // The bench's busy owner page: it ends after Education, so the reader waits for Skills and keeps
    // observing; its messaging overlay is outside <main>.
    const tab = await world.driver.open(BUSY_URL);
    await waitForSnapshot(world.inspector, 'linkedin:wren-calloway');
    await sleep(1000);
    const reads = () => tab.evaluate(() => performance.getEntriesByName('spruce:read').length);
    const before = await reads();
    expect(before).toBeGreaterThanOrEqual(1);
    // 100 new conversations in the messaging overlay, arriving over about 200 ms and staying.
    await tab.evaluate(async () => {
      const list = document.getElementById('bench-churn')!;
      for (let i = 0; i < 100; i++) {
        const li = document.createElement('li');
        li.append(Object.assign(document.createElement('p'), { textContent: `New message ${i}` }));
        list.prepend(li);
        if (i % 10 === 9) await new Promise((r) => setTimeout(r, 20));
      }
    });
    await sleep(1500); // well past the re-read's 250 ms delay
    expect(await reads()).toBe(before);
    // Something arrives inside the profile: the page is read again.
    await tab.evaluate(() => {
      document
        .querySelector('main')!
        .append(Object.assign(document.createElement('div'), { textContent: '…' }));
    });
    await tab.waitFor(
      (n: number) => performance.getEntriesByName('spruce:read').length > n,
      before,
      5000,
      'a re-read after an addition inside <main>',
    );
    await tab.close();
  });

  it('re-reads on pushState between two profiles and never files the old one’s data under the new', async () => {
    await clearSnapshots(world.inspector);
    const tab = await world.driver.open('https://www.linkedin.com/in/robin-ashgrove/');
    await waitForSnapshot(world.inspector, 'linkedin:robin-ashgrove');
    // LinkedIn-style: the URL changes first, the old profile stays on screen for a moment.
    await spaNavigate(tab, pathOf(sdui.url), 800);
    const want = JSON.parse(JSON.stringify(bodyOnlyReading(sdui).fields));
    const b = await waitForSnapshot(
      world.inspector,
      sdui.expected.key,
      (x) => same(x.profile.fields, want),
      8000,
    ).catch(() => waitForSnapshot(world.inspector, sdui.expected.key));
    expect(b.profile.fields.name).toEqual({ state: 'found', value: 'Jane Smith' });
    expect(b.profile.fields).toEqual(want);
    // And back: Robin's reading is Robin's.
    await spaNavigate(tab, '/in/robin-ashgrove/', 800);
    await sleep(1000);
    const all = (await localStorageOf(world.inspector)).snapshots as Record<string, { profile: Profile }>;
    expect(Object.keys(all).sort()).toEqual(['linkedin:janesmith', 'linkedin:robin-ashgrove']);
    expect(all['linkedin:robin-ashgrove']!.profile.fields.name).toEqual({
      state: 'found',
      value: 'Robin Ashgrove',
    });
    expect(all['linkedin:janesmith']!.profile.fields.name).toEqual({ state: 'found', value: 'Jane Smith' });
    await tab.close();
  });

  it('on X too: pushState from one profile to another', async () => {
    await clearSnapshots(world.inspector);
    const tab = await world.driver.open('https://x.com/robinreads');
    await waitForSnapshot(world.inspector, 'x:robinreads');
    await spaNavigate(tab, pathOf(xNikita.url), 800);
    // The exact counts came from the <head>'s JSON-LD, which this swap leaves behind: the visible
    // (abbreviated) counts are read instead, never the previous profile's figures.
    const want = JSON.parse(JSON.stringify(bodyOnlyReading(xNikita).fields));
    const b = await waitForSnapshot(
      world.inspector,
      xNikita.expected.key,
      (x) => same(x.profile.fields, want),
      8000,
    ).catch(() => waitForSnapshot(world.inspector, xNikita.expected.key));
    expect(b.profile.fields).toEqual(want);
    const robin = (await localStorageOf(world.inspector)).snapshots as Record<string, { profile: Profile }>;
    expect(robin['x:robinreads']!.profile.fields.name).toEqual({ state: 'found', value: 'Robin Ashgrove' });
    await tab.close();
  });
});
