// The on-page hints in real browsers, on the served owner pages: markers next to their sections, isolation
// from the page's CSS both ways, hostile profile text, SPA navigations, the options page's switch, and an
// extension reload (Chromium). What the overlay costs (`spruce:overlay` measures) is printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  Site,
  clearSnapshots,
  defaultSite,
  localStorageOf,
  page,
  sleep,
  spaNavigate,
  screenshotPath,
  startWorld,
  stopWorld,
  type StoredReading,
  waitForSnapshot,
  type World,
} from './harness.ts';
import type { Tab } from './browsers.ts';

const ROBIN = 'https://www.linkedin.com/in/robin-ashgrove/';
const HOSTILE_CSS = `<style>* { all: unset !important; } html, body, * { font-size: 40px !important; }
  button { display: block !important; width: 500px !important; height: 90px !important; color: lime !important; }
  div, section { position: relative !important; transform: scale(1.2) !important; }</style></head>`;
const SCRIPTY = '<img src=x onerror="window.__pwned=1"> <svg onload="window.__pwned=2"></svg>';

/** Robin's page with a hostile stylesheet, hostile text, or as another profile of the same owner. */
const robin = () => page('linkedin-owner.html');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const variants: Record<string, () => string> = {
  plain: robin,
  hostileCss: () => robin().replace('</head>', HOSTILE_CSS),
  hostileText: () =>
    robin()
      .replace('Librarian at Northfield Public Library', escape(`Librarian ${SCRIPTY}`))
      .replace("the library's digital skills sessions.", escape(`digital skills ${SCRIPTY}`)),
  // LinkedIn in Arabic or Hebrew: the whole page right to left.
  rtl: () => robin().replace(/<html([^>]*)>/, '<html$1 dir="rtl">'),
};
/** A second profile page of the same owner (for the navigation test): another slug, name, and a long About. */
const sam = () =>
  robin()
    .replaceAll('robin-ashgrove', 'sam-birch')
    .replaceAll('Robin Ashgrove', 'Sam Birch')
    .replace(
      "I look after the local-studies collection and run the library's digital skills sessions.",
      'I help people find the records of their town and teach the digital skills that let them. '.repeat(8),
    );

type Box = { x: number; y: number; w: number; h: number };
interface Seen {
  host: number;
  markers: { section: string; box: Box; hidden: boolean | string; label: string }[];
  chip: string;
  styles: Record<string, string>[];
}

/** What the overlay shows, read from the page (the shadow root is open). */
function overlayState(tab: Tab): Promise<Seen> {
  return tab.evaluate(() => {
    const hosts = document.querySelectorAll('spruce-overlay');
    const root = hosts[0]?.shadowRoot;
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const buttons = Array.from(root?.querySelectorAll('button') ?? []) as HTMLButtonElement[];
    const keys = [
      'font-size',
      'font-family',
      'color',
      'background-color',
      'width',
      'height',
      'position',
      'display',
    ];
    return {
      host: hosts.length,
      markers: buttons
        .filter((b) => b.classList.contains('m'))
        .map((b) => ({
          section: b.name,
          box: box(b),
          hidden: b.hidden,
          label: b.getAttribute('aria-label') ?? '',
        })),
      chip: root?.querySelector('.c button')?.textContent ?? '',
      styles: buttons.slice(0, 3).map((b) => {
        const cs = getComputedStyle(b);
        return Object.fromEntries(keys.map((k) => [k, cs.getPropertyValue(k)]));
      }),
    };
  });
}

/** The chip the stored report of `key` makes. */
async function chipOf(world: World, key: string): Promise<string> {
  const snapshots = (await localStorageOf(world.inspector)).snapshots as Record<string, StoredReading>;
  return `Spruce ${snapshots[key]?.report?.score}/100`;
}

/** The score chip shown in `tab`, when it reads `chip` ("Spruce 61/100"). */
const waitForChip = (tab: Tab, chip: string, what: string, ms = 10_000) =>
  tab.waitFor(
    (c: string) =>
      document.querySelector('spruce-overlay')?.shadowRoot?.querySelector('.c button')?.textContent === c,
    chip,
    ms,
    what,
  );

const waitForMarkers = (tab: Tab, ms = 10_000) =>
  tab.waitFor(
    () => {
      const root = document.querySelector('spruce-overlay')?.shadowRoot;
      const m = Array.from(root?.querySelectorAll('button.m') ?? []) as HTMLElement[];
      return m.length > 0 && m.every((b) => !b.hidden) && m.length;
    },
    undefined,
    ms,
    'the hint markers',
  );

/** Boxes and a few computed styles of the page's own elements. */
const pageLayout = (tab: Tab) =>
  tab.evaluate(() =>
    Array.from(document.body.querySelectorAll('*')).map((e) => {
      const r = e.getBoundingClientRect();
      const cs = getComputedStyle(e);
      return [e.tagName, r.x, r.y, r.width, r.height, cs.fontSize, cs.color, cs.margin, cs.display].join(' ');
    }),
  );

/** A settings change, as the options page sends it. */
const updateSettings = (world: World, payload: object) =>
  world.inspector.evaluate((p: object) => {
    const g = globalThis as unknown as {
      chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    const b = (globalThis as unknown as { browser?: typeof g.chrome }).browser ?? g.chrome!;
    return b.runtime.sendMessage({ spruce: 1, name: 'settings/update', payload: p });
  }, payload);
const setOverlays = (world: World, linkedin: boolean) =>
  updateSettings(world, { overlays: { linkedin, x: true } });

/** The page element each section's marker must sit on (its box, in the viewport). */
const sectionBox = (tab: Tab, section: string) =>
  tab.evaluate((s: string) => {
    const bySection: Record<string, () => Element | null | undefined> = {
      headline: () =>
        Array.from(document.querySelectorAll('p')).find((p) => p.textContent?.startsWith('Librarian')),
      about: () => document.querySelector('[data-view-name="profile-card-about"]'),
      experience: () => document.querySelector('[data-view-name="profile-card-experience"]'),
      education: () => document.querySelector('[data-view-name="profile-card-education"]'),
      skills: () => document.querySelector('[data-view-name="profile-card-skills"]'),
      photo: () => document.querySelector('[data-view-name="profile-top-card-member-photo"] img'),
      pinned: () => document.querySelector('article'),
      posts: () => document.querySelector('article'),
      bio: () => document.querySelector('[data-testid="UserDescription"]'),
      website: () => document.querySelector('[data-testid="UserUrl"]'),
      location: () =>
        document.querySelector('[data-testid="UserLocation"]') ??
        Array.from(document.querySelectorAll('p')).find(
          (p) => p.textContent === 'Leeds, England, United Kingdom',
        ),
    };
    const e = bySection[s]?.();
    if (!e) return null;
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  }, section);

/** Every marker whose section the test can find sits inside that section's box, at its right end. */
async function expectOnSections(tab: Tab, seen: Seen, rtl = false): Promise<void> {
  let checked = 0;
  for (const m of seen.markers) {
    const s = await sectionBox(tab, m.section);
    if (!s) continue;
    checked++;
    const cx = m.box.x + m.box.w / 2;
    expect(cx, m.section).toBeGreaterThanOrEqual(s.x);
    expect(cx, m.section).toBeLessThanOrEqual(s.x + s.w);
    expect(m.box.y, m.section).toBeGreaterThanOrEqual(s.y);
    expect(m.box.y, m.section).toBeLessThanOrEqual(s.y + Math.max(s.h, 30));
    // At the end of the section's line: its right edge, or its left one on a right-to-left page.
    expect(rtl ? m.box.x - s.x : s.x + s.w - (m.box.x + m.box.w), m.section).toBeLessThan(30);
  }
  expect(checked, JSON.stringify(seen.markers.map((m) => m.section))).toBeGreaterThanOrEqual(2);
  // In the page's order: the keyboard meets them top to bottom, as the eye does.
  const tops = seen.markers.filter((m) => !m.hidden).map((m) => Math.round(m.box.y));
  expect(tops, JSON.stringify(seen.markers.map((m) => m.section))).toEqual([...tops].sort((a, b) => a - b));
}

/** How many layout passes (and draws) the hints have made in this tab: their `spruce:overlay` measures. */
const passes = (tab: Tab) => tab.evaluate(() => performance.getEntriesByName('spruce:overlay').length);

/** A new window size, and the hints' layout pass after it. */
async function resize(tab: Tab, width: number, height: number): Promise<void> {
  const before = await passes(tab);
  await tab.setViewport(width, height);
  await tab.waitFor(
    (n: number) => performance.getEntriesByName('spruce:overlay').length > n,
    before,
    5000,
    'a layout pass after the resize',
  );
  await sleep(200);
}

describe.each(BROWSERS)('on-page hints in %s', (browserName) => {
  let world: World;
  let variant = 'plain';
  beforeAll(async () => {
    const site = defaultSite()
      .set('www.linkedin.com/in/robin-ashgrove/', () => variants[variant]!())
      .set('www.linkedin.com/in/sam-birch/', sam);
    world = await startWorld(browserName, site);
  }, 90_000);
  afterAll(() => stopWorld(world));

  it('draws markers next to the sections whose rules fail or warn, and a score chip', async () => {
    variant = 'plain';
    for (const url of [ROBIN, 'https://x.com/robinreads']) {
      const tab = await world.driver.open(url);
      await waitForMarkers(tab);
      const seen = await overlayState(tab);
      expect(seen.host).toBe(1);
      expect(seen.chip).toMatch(/^Spruce \d+\/100$/);
      await expectOnSections(tab, seen);
      const cost = await tab.evaluate(() =>
        performance.getEntriesByName('spruce:overlay').map((e) => Math.round(e.duration * 100) / 100),
      );
      console.log(
        `${browserName} ${url}: markers ${seen.markers.map((m) => m.section).join(', ')}; spruce:overlay ms ${cost.join(', ')}`,
      );
      if (url === ROBIN) {
        // For the README: the first marker's card open beside its section.
        await tab.evaluate(() =>
          (
            document
              .querySelector('spruce-overlay')
              ?.shadowRoot?.querySelector('button.m') as HTMLElement | null
          )?.click(),
        );
        await tab.setViewport(1100, 760);
        await tab.screenshot(screenshotPath(`overlay-linkedin-${browserName}.png`));
      }
      await tab.close();
    }
  });

  it('stays on its sections without work on scroll, and follows a resized window', async () => {
    variant = 'plain';
    const tab = await world.driver.open(ROBIN);
    await waitForMarkers(tab);
    // Let the hints settle first (the observers' first notifications make a pass of their own).
    let before = await passes(tab);
    for (let i = 0; i < 20; i++) {
      await sleep(250);
      const now = await passes(tab);
      if (now === before) break;
      before = now;
    }
    // Markers are placed in document coordinates: scrolling needs no layout pass of ours.
    for (const y of [400, 900, 200]) {
      await tab.evaluate((to: number) => window.scrollTo(0, to), y);
      await sleep(120);
    }
    expect(await passes(tab)).toBe(before);
    await expectOnSections(tab, await overlayState(tab));
    // A narrower window moves the sections: the markers follow.
    await resize(tab, 900, 800);
    await expectOnSections(tab, await overlayState(tab));
    await tab.close();
  });

  it('puts markers at the end of the text on a right-to-left page, and keeps a card within a narrow window', async () => {
    variant = 'rtl';
    const tab = await world.driver.open(ROBIN);
    await waitForMarkers(tab);
    await expectOnSections(tab, await overlayState(tab), true);
    // A narrow window: the card of the marker furthest right stays within the page's width (found by a review:
    // it ended 13 px past it and gave the page a horizontal scrollbar).
    await tab.close();
    variant = 'plain';
    const narrow = await world.driver.open(ROBIN);
    await waitForMarkers(narrow);
    await resize(narrow, 600, 800);
    const fits = await narrow.evaluate(() => {
      const root = document.querySelector('spruce-overlay')!.shadowRoot!;
      const markers = Array.from(root.querySelectorAll('button.m')) as HTMLElement[];
      const right = markers.sort(
        (a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right,
      )[0]!;
      right.click();
      const card = root.querySelector('div[role="dialog"]')!.getBoundingClientRect();
      const page = document.documentElement;
      return { card: card.right, width: page.clientWidth, scrolls: page.scrollWidth > page.clientWidth };
    });
    expect(fits.card).toBeLessThanOrEqual(fits.width);
    expect(fits.scrolls).toBe(false);
    await narrow.close();
  });

  it('looks the same under a hostile page stylesheet', async () => {
    variant = 'plain';
    const plain = await world.driver.open(ROBIN);
    await waitForMarkers(plain);
    const before = await overlayState(plain);
    await plain.close();
    variant = 'hostileCss';
    const hostile = await world.driver.open(ROBIN);
    await waitForMarkers(hostile);
    const after = await overlayState(hostile);
    await hostile.close();
    variant = 'plain';
    expect(after.styles).toEqual(before.styles);
    // Sizes to the pixel (Firefox places fractional positions a hair differently).
    expect(after.markers.map((m) => [m.section, Math.round(m.box.w), Math.round(m.box.h)])).toEqual(
      before.markers.map((m) => [m.section, Math.round(m.box.w), Math.round(m.box.h)]),
    );
    expect(before.styles[0]!['font-size']).toBe('13px');
  });

  it('changes nothing of the page’s own layout and styles (overlays on vs off)', async () => {
    variant = 'plain';
    const on = await world.driver.open(ROBIN);
    await waitForMarkers(on);
    const withHints = await pageLayout(on);
    await on.close();
    await setOverlays(world, false);
    const off = await world.driver.open(ROBIN);
    await sleep(1500);
    expect((await overlayState(off)).host).toBe(0);
    const without = await pageLayout(off);
    await off.close();
    await setOverlays(world, true);
    expect(withHints).toEqual(without);
  });

  it('renders hostile profile text as text: no element made, no script run', async () => {
    variant = 'hostileText';
    const tab = await world.driver.open(ROBIN);
    await waitForMarkers(tab);
    const result = await tab.evaluate(async () => {
      const root = document.querySelector('spruce-overlay')!.shadowRoot!;
      const texts: string[] = [];
      for (const b of Array.from(root.querySelectorAll('button.m')) as HTMLButtonElement[]) {
        b.click();
        await new Promise((r) => requestAnimationFrame(r));
        texts.push(root.querySelector('[role="dialog"]')?.textContent ?? '');
        b.click();
      }
      return {
        elements: root.querySelectorAll('img, svg, script').length,
        pwned: (window as { __pwned?: number }).__pwned ?? null,
        texts,
      };
    });
    variant = 'plain';
    expect(result.elements).toBe(0);
    expect(result.pwned).toBeNull();
    expect(result.texts.join('\n')).toContain('<img src=x onerror=');
    await tab.close();
  });

  it('keeps exactly one host, showing the current profile, after 20 pushState round trips', async () => {
    variant = 'plain';
    await clearSnapshots(world.inspector);
    const tab = await world.driver.open(ROBIN);
    await waitForMarkers(tab);
    // Both pages read once, so both have a stored report (with different scores).
    await spaNavigate(tab, '/in/sam-birch/');
    await waitForSnapshot(world.inspector, 'linkedin:sam-birch');
    expect(await chipOf(world, 'linkedin:sam-birch')).not.toBe(
      await chipOf(world, 'linkedin:robin-ashgrove'),
    );
    // Twenty quick trips (Robin, Sam, Robin...): each drops the previous page's hints.
    for (let i = 0; i < 20; i++) await spaNavigate(tab, i % 2 ? '/in/sam-birch/' : '/in/robin-ashgrove/', 20);
    for (const [path, key] of [
      ['/in/robin-ashgrove/', 'linkedin:robin-ashgrove'],
      ['/in/sam-birch/', 'linkedin:sam-birch'],
    ] as const) {
      await spaNavigate(tab, path, 20);
      const want = await chipOf(world, key);
      await waitForChip(tab, want, `the chip of ${key}`, 5000);
      await sleep(500);
      const seen = await overlayState(tab);
      expect(seen.host).toBe(1);
      expect(seen.chip).toBe(want);
    }
    // Leaving the profile removes them.
    await spaNavigate(tab, '/feed/', 20);
    await tab.waitFor(() => !document.querySelector('spruce-overlay'), undefined, 5000, 'the host to go');
    await tab.close();
  });

  it('follows her LinkedIn report when her X, read in another tab, changes its cross-network checks', async () => {
    variant = 'plain';
    await clearSnapshots(world.inspector);
    const tab = await world.driver.open(ROBIN);
    await waitForMarkers(tab);
    const before = await chipOf(world, 'linkedin:robin-ashgrove');
    const shown = await overlayState(tab);
    expect(shown.chip).toBe(before);
    // Her X read in another tab: the worker makes her LinkedIn report again with the cross-network checks.
    const x = await world.driver.open('https://x.com/robinreads');
    await waitForSnapshot(world.inspector, 'x:robinreads');
    await x.close();
    const after = await chipOf(world, 'linkedin:robin-ashgrove');
    expect(after).not.toBe(before);
    await waitForChip(tab, after, 'the LinkedIn tab’s chip showing the report made again');
    const now = await overlayState(tab);
    expect(now.host).toBe(1);
    // Her LinkedIn checks still fail as they did: their markers stay, though the report came back from
    // Chromium's storage with its messages' keys in another order than the words were made for.
    const markers = (s: Seen) => s.markers.map((m) => `${m.section}: ${m.label}`);
    expect(markers(now)).toEqual(markers(shown));
    await tab.close();
  });

  it('a hint adds the to-do the popup would add; a click outside or Escape closes its card; "Delete all my data" takes the hints away', async () => {
    variant = 'plain';
    const tab = await world.driver.open(ROBIN);
    await waitForMarkers(tab);
    const rule = await tab.evaluate(() => {
      const root = document.querySelector('spruce-overlay')!.shadowRoot!;
      (root.querySelector('button.m') as HTMLElement).click();
      const add = Array.from(root.querySelectorAll('button')).find(
        (b) => b.textContent === 'Add to my to-dos',
      );
      add!.click();
      return add!.closest('div')?.querySelector('h3')?.textContent ?? '';
    });
    type Todo = { title: string; notes?: string; origin: { kind: string; profileKey?: string } };
    const added = await world.inspector.waitFor(
      async () => {
        type Api = { storage: { local: { get(k: string): Promise<{ todos?: unknown }> } } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const { todos } = await (g.browser ?? g.chrome)!.storage.local.get('todos');
        return (todos as Todo[] | undefined)?.find((t) => t.origin.kind === 'rule') ?? null;
      },
      undefined,
      10_000,
      'the hint’s to-do',
    );
    // A real click on the page outside the hints closes the open card; so does Escape, wherever the focus is.
    const cardOpen = () =>
      tab.evaluate(() =>
        Array.from(document.querySelector('spruce-overlay')?.shadowRoot?.querySelectorAll('div') ?? []).some(
          (d) => d.getAttribute('role') === 'dialog',
        ),
      );
    expect(await cardOpen()).toBe(true);
    // A spot of the page that is neither a link (the name is one: clicking it loads the page again) nor under a
    // marker, the chip or the card (which starts 8 px from the left edge at the least).
    await tab.evaluate(() => {
      const spot = document.createElement('div');
      spot.id = 'outside';
      spot.style.cssText = 'position:fixed;left:0;top:40%;width:6px;height:6px';
      document.body.append(spot);
    });
    await tab.click('#outside');
    expect(await tab.evaluate(() => !!document.querySelector('spruce-overlay'))).toBe(true);
    expect(await cardOpen()).toBe(false);
    await tab.evaluate(() =>
      (
        document.querySelector('spruce-overlay')!.shadowRoot!.querySelector('button.m') as HTMLElement
      ).click(),
    );
    expect(await cardOpen()).toBe(true);
    await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tab.press('Escape');
    expect(await cardOpen()).toBe(false);
    expect(added!.title).toMatch(/^LinkedIn: \S/);
    expect(added!.origin.profileKey).toBe('linkedin:robin-ashgrove');
    expect(added!.notes?.length).toBeGreaterThan(10);
    expect(rule).not.toBe('');
    // She ticks it off in the popup, though the check still fails: the hint's "Add to my to-dos" opens it again
    // (before, it said "Added" of a to-do that stayed ticked; found by a review).
    type Stored = Todo & { id: string; done: unknown };
    const ask = (name: string, payload: unknown) =>
      world.inspector.evaluate(
        (m: { name: string; payload: unknown }) => {
          type Api = { runtime: { sendMessage(m: unknown): Promise<{ reply: { todos: Stored[] } }> } };
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          return (g.browser ?? g.chrome)!.runtime.sendMessage({ spruce: 1, ...m });
        },
        { name, payload },
      );
    const id = (await ask('data/get', ['todos'])).reply.todos.find((t) => t.origin.kind === 'rule')!.id;
    await ask('todos/change', { op: 'complete', id });
    await tab.evaluate(() => {
      const root = document.querySelector('spruce-overlay')!.shadowRoot!;
      (root.querySelector('button.m') as HTMLElement).click();
      Array.from(root.querySelectorAll('button'))
        .find((b) => b.textContent === 'Add to my to-dos')!
        .click();
    });
    const reopened = await world.inspector.waitFor(
      async (todoId: string) => {
        type Api = { storage: { local: { get(k: string): Promise<{ todos?: unknown }> } } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        const { todos } = await (g.browser ?? g.chrome)!.storage.local.get('todos');
        const list = (todos as { id: string; done: unknown; origin: { kind: string } }[]) ?? [];
        const rules = list.filter((t) => t.origin.kind === 'rule');
        return rules.length === 1 && rules[0]!.id === todoId && rules[0]!.done === null ? rules : null;
      },
      id,
      10_000,
      'her to-do opened again, not a second one',
    );
    expect(reopened).toHaveLength(1);
    await world.inspector.evaluate(() => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? g.chrome)!.runtime.sendMessage({ spruce: 1, name: 'data/delete', payload: null });
    });
    await tab.waitFor(() => !document.querySelector('spruce-overlay'), undefined, 5000, 'the hints to go');
    await tab.close();
    expect(world.driver.pageErrors).toEqual([]);
  });

  it('follows the options page’s switch at once', async () => {
    variant = 'plain';
    const tab = await world.driver.open(ROBIN);
    await waitForMarkers(tab);
    await setOverlays(world, false);
    await tab.waitFor(() => !document.querySelector('spruce-overlay'), undefined, 1000, 'the hints to go');
    await setOverlays(world, true);
    await waitForMarkers(tab, 1000);
    // A check switched off there: its hint goes at once (the worker's re-made report reaches the page).
    const labels = async () => (await overlayState(tab)).markers.map((m) => m.label).join(' | ');
    expect(await labels()).toContain('Headline says what you do');
    const stored = (await localStorageOf(world.inspector)).settings as { checklist: object };
    await updateSettings(world, { checklist: { ...stored.checklist, disabled: ['li-headline'] } });
    await tab.waitFor(
      () =>
        !Array.from(
          document.querySelector('spruce-overlay')?.shadowRoot?.querySelectorAll('button.m') ?? [],
        ).some((b) => b.getAttribute('aria-label')?.includes('Headline says what you do')),
      undefined,
      2000,
      'the switched-off check’s hint to go',
    );
    await updateSettings(world, { checklist: stored.checklist });
    await tab.close();
    expect(world.driver.pageErrors).toEqual([]);
  });
});

describe.runIf(BROWSERS.includes('chromium'))('on-page hints and an extension reload (chromium)', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld('chromium', new Site().set('www.linkedin.com/in/robin-ashgrove/', robin));
  }, 60_000);
  afterAll(() => stopWorld(world));

  it('leaves no orphaned host and no page errors', async () => {
    const tab = await world.driver.open(ROBIN);
    await waitForMarkers(tab);
    await world.driver.reloadExtension!();
    // The orphan notices at the page's next scroll, click, key or resize (or navigation), and removes its host.
    await tab.evaluate(() => window.dispatchEvent(new Event('scroll')));
    await tab.waitFor(
      () => !document.querySelector('spruce-overlay'),
      undefined,
      2000,
      'the orphaned host to go',
    );
    await spaNavigate(tab, '/in/robin-ashgrove/');
    await sleep(1000);
    expect(await tab.evaluate(() => document.querySelectorAll('spruce-overlay').length)).toBe(0);
    expect(world.driver.pageErrors).toEqual([]);
  });
});
