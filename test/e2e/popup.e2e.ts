// The popup of the built extension in real Chromium and Firefox: first run with the starter plan, the own
// profile's score and top fixes, a to-do added from a failing rule that survives reopening the popup and is
// ticked, the to-dos and progress tabs, axe-core on every view, and screenshots in light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from './browsers.ts';
import {
  axeViolations,
  BROWSERS,
  defaultSite,
  localStorageOf,
  page,
  screenshotPath,
  setLocalStorage,
  startWorld,
  stopWorld,
  tabIdOf,
  waitForSnapshot,
  type World,
} from './harness.ts';

const PROFILE = 'https://www.linkedin.com/in/robin-ashgrove/';

/** "Report a reading problem" in the popup: the file it saves, as text. */
async function reportProblem(popup: Tab): Promise<string> {
  await popup.evaluate(() => {
    const w = window as unknown as { saved: Blob[] };
    w.saved = [];
    const make = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => (w.saved.push(b as Blob), make(b));
  });
  await popup.click('[data-testid="report-problem"] summary');
  await popup.click('[data-testid="report-problem"] button');
  return popup.waitFor(
    async () => {
      const saved = (window as unknown as { saved: Blob[] }).saved[0];
      return saved ? saved.text() : '';
    },
    undefined,
    10_000,
    'the anonymised page saved',
  );
}

interface StoredTodo {
  id: string;
  title: string;
  notes?: string;
  origin: { kind: string; rule?: string; goal?: string };
  done: { at: string; auto: boolean } | null;
}

describe.each(BROWSERS)('popup in %s', (browserName) => {
  let world: World;
  let tabId: number | undefined;
  const popupUrl = (query = '') => world.driver.extensionUrl(`src/popup/index.html${query}`);
  const todos = async () => ((await localStorageOf(world.inspector)).todos ?? []) as StoredTodo[];
  /** The stored to-do `id` once `ok` holds of it (the worker has written the change), or after 5 s as it is. */
  const storedTodo = async (id: string, ok: (t: StoredTodo | undefined) => boolean) => {
    const deadline = Date.now() + 5000;
    let todo = (await todos()).find((t) => t.id === id);
    while (!ok(todo) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      todo = (await todos()).find((t) => t.id === id);
    }
    return todo;
  };
  const shot = async (tab: Tab, view: string, scheme: 'light' | 'dark', height = 600) => {
    await tab.colorScheme(scheme);
    await tab.setViewport(380, height);
    await tab.screenshot(screenshotPath(`popup-${view}-${scheme}-${browserName}.png`));
  };

  beforeAll(async () => {
    // Her profile after LinkedIn moved its edit link: nothing on the page says whose it is.
    const unsure = () =>
      page('linkedin-owner.html')
        .replaceAll('robin-ashgrove', 'robin-unsure')
        .replace('/edit/intro/', '/profile-editor/intro/');
    world = await startWorld(browserName, defaultSite().set('www.linkedin.com/in/robin-unsure/', unsure));
  }, 60_000);
  afterAll(() => stopWorld(world));

  it('welcomes a fresh profile and adopts the starter plan when asked', async () => {
    const popup = await world.driver.open(popupUrl());
    const welcome = await popup.waitFor(
      () => document.querySelector('[data-testid="welcome"]')?.textContent,
      undefined,
      10_000,
      'the welcome',
    );
    expect(welcome).toContain('Welcome to Spruce');
    expect(welcome).toContain('nothing is sent anywhere');
    expect(await todos()).toEqual([]); // offered, never forced
    expect(await axeViolations(popup)).toEqual([]);
    await shot(popup, 'welcome', 'light');
    await popup.colorScheme('light');
    await popup.click('[data-testid="adopt-starter"]');
    await popup.waitFor(
      () =>
        !document.querySelector('[data-testid="welcome"]') &&
        document.querySelectorAll('[data-todo]').length === 4,
      undefined,
      10_000,
      'the starter plan in the to-dos tab',
    );
    const stored = await todos();
    expect(stored.map((t) => t.origin.goal)).toEqual(['score:linkedin', 'people', 'groups', 'networks']);
    // Its words come from the worker's browser.i18n (starter_* messages), the targets put in.
    expect(stored[0]).toMatchObject({
      title: 'Improve my LinkedIn profile',
      notes: 'Work through the checklist until the LinkedIn score reaches 85.',
    });
    expect(stored[2]?.notes).toBe('Join 3 groups in your field and take part in one discussion.');
    expect((await localStorageOf(world.inspector)).meta).toEqual({ welcomed: true });
    await popup.close();
  });

  it('shows the score and top fixes on the own profile; a to-do added from a failing rule stays and is ticked', async () => {
    const profile = await world.driver.open(PROFILE);
    await waitForSnapshot(world.inspector, 'linkedin:robin-ashgrove', (s) => Boolean(s.report));
    tabId = await tabIdOf(world.inspector, PROFILE);
    expect(tabId).toBeGreaterThan(0);

    let popup = await world.driver.open(popupUrl(`?tab=${tabId}`));
    const view = await popup.waitFor(
      () => {
        const score = document.querySelector('[data-testid="score"]')?.textContent;
        const fixes = Array.from(document.querySelectorAll('[data-testid="top-fixes"] li.rule'));
        return score
          ? {
              score,
              fixes: fixes.map((li) => li.getAttribute('data-rule')),
              heading: document.querySelector('#profile-heading')?.textContent,
              missing: document.body.textContent?.includes('⟦'),
            }
          : null;
      },
      undefined,
      10_000,
      'the score and top fixes',
    );
    if (!view) throw new Error('no profile card');
    expect(view.heading).toBe('Your LinkedIn profile');
    expect(view.score).toMatch(/^Score \d{1,3}\/100$/);
    expect(view.fixes).toHaveLength(3);
    expect(view.missing).toBe(false);
    const rule = view.fixes[0]!;

    // Open the first top fix and add it to the to-dos.
    await popup.click(`[data-testid="top-fixes"] li[data-rule="${rule}"] summary`);
    await popup.click(`[data-testid="top-fixes"] li[data-rule="${rule}"] button[data-act="add-todo"]`);
    await popup.waitFor(
      (r: string) =>
        document
          .querySelector(`[data-testid="top-fixes"] li[data-rule="${r}"] button[data-act="add-todo"]`)
          ?.getAttribute('aria-disabled') === 'true',
      rule,
      10_000,
      'the item shown as added',
    );
    const added = (await todos()).find((t) => t.origin.kind === 'rule');
    expect(added?.origin).toEqual({ kind: 'rule', rule, profileKey: 'linkedin:robin-ashgrove' });
    expect(added?.title).toMatch(/^LinkedIn: /);

    // The LinkedIn card holds LinkedIn's checks and the cross-network ones only, and offers "Show on page"
    // only for what the page marks (failing and warning checks).
    const items = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid="checklist"] li.rule')).map((li) => ({
        rule: li.getAttribute('data-rule') ?? '',
        marked: /\brule-(fail|warn)\b/.test(li.className),
        show: !!li.querySelector('button[data-act="show"]'),
      })),
    );
    expect(items.length).toBeGreaterThan(15);
    for (const item of items) {
      expect(item.rule).toMatch(/^(li|cross)-/);
      expect(item.show, item.rule).toBe(item.marked);
    }
    expect(items.some((i) => !i.marked)).toBe(true);

    // "Show on page": the profile's tab scrolls to the section and opens that rule's hint card.
    await popup.click(`[data-testid="top-fixes"] li[data-rule="${rule}"] button[data-act="show"]`);
    await popup.waitFor(
      (r: string) =>
        document.querySelector(`li[data-rule="${r}"]`)?.textContent?.includes('Shown on the page.'),
      rule,
      10_000,
      'the popup saying the hint is shown',
    );
    const card = await profile.waitFor(
      () => {
        const root = document.querySelector('spruce-overlay')?.shadowRoot;
        const open = root && Array.from(root.querySelectorAll('div')).find((d) => !d.classList.contains('c'));
        return open?.textContent ?? '';
      },
      undefined,
      10_000,
      'the hint card open on the page',
    );
    expect(card).toContain('Add to my to-dos');
    // One of the checks that share the marker at the top card (sections the profile lacks): its card scrolls to it.
    await popup.evaluate(() =>
      (
        document.querySelector(
          '[data-testid="checklist"] li[data-rule="li-recommendations"] button[data-act="show"]',
        ) as HTMLElement
      ).click(),
    );
    const shown = await profile.waitFor(
      () => {
        const h = document.querySelector('spruce-overlay')?.shadowRoot?.activeElement as HTMLElement | null;
        const box = h?.closest('div');
        // Until then the first "Show on page" card's heading may still hold the focus.
        if (!h || h.tagName !== 'H3' || !box || !/recommendation/i.test(h.textContent ?? '')) return null;
        const [a, b] = [h.getBoundingClientRect(), box.getBoundingClientRect()];
        return { title: h.textContent, inside: a.top >= b.top - 1 && a.bottom <= b.bottom + 1 };
      },
      undefined,
      10_000,
      'the shared card open on its recommendations check',
    );
    expect(shown?.title).toMatch(/recommendation/i);
    expect(shown?.inside).toBe(true);

    // "Report a reading problem" on the real page: the file holds the page's structure, not its words.
    const report = await reportProblem(popup);
    expect(report.length).toBeGreaterThan(1000);
    expect(report).toContain('<h1');
    for (const words of ['Robin Ashgrove', 'Northfield Public Library', 'robin-ashgrove'])
      expect(report, words).not.toContain(words);
    await popup.click('[data-testid="report-problem"] summary');
    expect(await axeViolations(popup)).toEqual([]);
    await shot(popup, 'checklist', 'light', 900);
    await shot(popup, 'checklist', 'dark', 900);
    await popup.colorScheme('light');
    await popup.close();

    // Reopen the popup: the to-do is still there, shown as added, and in the To-dos tab.
    popup = await world.driver.open(popupUrl(`?tab=${tabId}`));
    await popup.waitFor(
      (r: string) =>
        document
          .querySelector(`li[data-rule="${r}"] button[data-act="add-todo"]`)
          ?.textContent?.startsWith('In my to-dos'),
      rule,
      10_000,
      'the item still shown as added',
    );
    await popup.click('#popup-tab-todos');
    const id = added!.id;
    await popup.waitFor((i: string) => !!document.querySelector(`[data-todo="${i}"]`), id, 5000, 'the to-do');
    await popup.click(`[data-todo="${id}"] input[type="checkbox"]`);
    // The browser ticks the box at once; wait for the worker to have stored it.
    const ticked = await storedTodo(id, (t) => !!t?.done);
    expect(ticked?.done).toMatchObject({ auto: false });
    await popup.waitFor(
      (i: string) => document.querySelector(`[data-todo="${i}"]`)?.classList.contains('done'),
      id,
      5000,
      'the to-do shown as done',
    );
    // Edit, then Escape: nothing changes, and the keyboard is back on Edit.
    await popup.click(`[data-todo="${id}"] button[data-act="edit"]`);
    await popup.waitFor(
      (i: string) => !!document.activeElement?.closest(`[data-todo="${i}"] form`),
      id,
      5000,
      'the edit form, focused',
    );
    await popup.press('Escape');
    const back = await popup.waitFor(
      (i: string) =>
        !document.querySelector(`[data-todo="${i}"] form`) &&
        document.activeElement?.getAttribute('data-act'),
      id,
      5000,
      'the edit cancelled',
    );
    expect(back).toBe('edit');
    expect((await todos()).find((t) => t.id === id)?.title).toBe(added!.title);
    expect(await axeViolations(popup)).toEqual([]);
    await shot(popup, 'todos', 'light', 900);
    await shot(popup, 'todos', 'dark', 900);
    await popup.colorScheme('light');

    // Ticked by hand while its check still fails: the checklist offers to reopen it.
    await popup.click('#popup-tab-profile');
    const offer = `[data-testid="checklist"] li[data-rule="${rule}"] button[data-act="add-todo"]`;
    const said = await popup.waitFor(
      (sel: string) => document.querySelector(sel)?.textContent,
      offer,
      5000,
      'the checklist item',
    );
    expect(said).toMatch(/^Done in my to-dos, but still to fix: reopen it/);
    await popup.evaluate((sel: string) => (document.querySelector(sel) as HTMLElement).click(), offer);
    expect((await storedTodo(id, (t) => !t?.done))?.done).toBeNull();

    // Progress: the history recorded today, its chart and the goals of the starter plan.
    await popup.click('#popup-tab-progress');
    const progress = await popup.waitFor(
      () => {
        const chart = document.querySelector('[data-testid="chart"]');
        const goals = document.querySelector('[data-testid="goals"]')?.textContent;
        return chart && goals ? { alt: chart.getAttribute('aria-label'), goals } : null;
      },
      undefined,
      5000,
      'the progress tab',
    );
    if (!progress) throw new Error('no progress tab');
    expect(progress.alt).toMatch(/^Score history of Robin Ashgrove · LinkedIn: one reading, \d+ on /);
    expect(progress.goals).toMatch(/^GoalsGoals complete: \d of 3/);
    expect(await axeViolations(popup)).toEqual([]);
    await shot(popup, 'progress', 'light');
    await shot(popup, 'progress', 'dark');
    await popup.close();
    await profile.close();
  });

  it('narrower than 380 px (high zoom), every line can be scrolled to, not cut off (found by a review)', async () => {
    const profile = await world.driver.open(PROFILE);
    await waitForSnapshot(world.inspector, 'linkedin:robin-ashgrove', (s) => Boolean(s.report));
    const popup = await world.driver.open(popupUrl(`?tab=${await tabIdOf(world.inspector, PROFILE)}`));
    await popup.waitFor(
      () => document.querySelector('[data-testid="score"]')?.textContent,
      undefined,
      10_000,
      'the score',
    );
    const reach = () =>
      popup.evaluate(() => {
        const page = document.documentElement;
        page.scrollLeft = page.scrollWidth;
        const settings = Array.from(document.querySelectorAll('header button'))
          .pop()!
          .getBoundingClientRect();
        return {
          overflow: getComputedStyle(page).overflowX,
          scrolls: page.scrollWidth > page.clientWidth,
          settingsIn: settings.right <= page.clientWidth + 1,
        };
      });
    // 320 CSS px: what a Chrome popup is at 250% zoom (it is capped at 800 device pixels).
    await popup.setViewport(320, 600);
    expect(await reach()).toEqual({ overflow: 'auto', scrolls: true, settingsIn: true });
    // At its own width, no horizontal scrollbar, as before.
    await popup.setViewport(380, 600);
    expect((await reach()).overflow).toBe('hidden');
    await popup.close();
    await profile.close();
  });

  it('draws from storage while the worker sleeps, and a damaged to-do in storage does not break it', async () => {
    const profile = await world.driver.open(PROFILE);
    await waitForSnapshot(world.inspector, 'linkedin:robin-ashgrove', (s) => Boolean(s.report));
    const id = await tabIdOf(world.inspector, PROFILE);
    const kept = await todos();
    expect(kept.length).toBeGreaterThan(0);
    // Only the worker writes storage, after its checks: this stands for a damaged disk or a bug of ours.
    const setTodos = (list: unknown[]) => setLocalStorage(world.inspector, { todos: list });
    await setTodos([...kept, { id: 'damaged', origin: null }]);
    try {
      // Asleep, as after 30 s idle (Chromium: the popup then draws before the worker has woken).
      await world.driver.stopWorker?.();
      const popup = await world.driver.open(popupUrl(`?tab=${id}`));
      const score = await popup.waitFor(
        () => document.querySelector('[data-testid="score"]')?.textContent,
        undefined,
        10_000,
        'the score',
      );
      expect(score).toMatch(/^Score \d{1,3}\/100$/);
      await popup.click('#popup-tab-todos');
      // The worker's checked copy: every to-do but the damaged one, and no alert.
      const shown = await popup.waitFor(
        (n: number) => {
          const items = document.querySelectorAll('[data-todo]');
          return items.length === n ? Array.from(items, (el) => el.getAttribute('data-todo')) : null;
        },
        kept.length,
        10_000,
        'the to-dos',
      );
      expect(shown).toEqual(kept.map((t) => t.id));
      expect(
        await popup.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? null),
      ).toBeNull();
      await popup.close();
    } finally {
      await setTodos(kept);
      await profile.close();
    }
  });

  it('on another member’s profile: says it keeps only hers, not "scroll or reload"', async () => {
    await waitForSnapshot(world.inspector, 'linkedin:robin-ashgrove', (s) => Boolean(s.report));
    const other = await world.driver.open('https://www.linkedin.com/in/someone-else/');
    const id = await tabIdOf(world.inspector, 'https://www.linkedin.com/in/someone-else/');
    const popup = await world.driver.open(popupUrl(`?tab=${id}`));
    const said = await popup.waitFor(
      () => document.querySelector('section[aria-label] p')?.textContent ?? '',
      undefined,
      10_000,
      'the popup’s word on this page',
    );
    expect(said).toBe(
      "Spruce keeps only your own profile, which it knows as Robin Ashgrove; it leaves other people's profiles alone unless you keep one as an example. If this one is yours too, reload it.",
    );
    await popup.close();
    await other.close();
  });

  it('on a profile it cannot tell is hers, a reading problem can still be reported (found by a review)', async () => {
    const url = 'https://www.linkedin.com/in/robin-unsure/';
    const tab = await world.driver.open(url);
    const id = await tabIdOf(world.inspector, url);
    const popup = await world.driver.open(popupUrl(`?tab=${id}`));
    const report = await reportProblem(popup);
    expect(report).toContain('<h1');
    expect(report).not.toContain('Robin Ashgrove');
    // Nothing of the page was kept.
    const kept = await localStorageOf(world.inspector);
    expect(Object.keys((kept.snapshots ?? {}) as object)).not.toContain('linkedin:robin-unsure');
    await popup.close();
    await tab.close();
  });

  it('elsewhere: a card per profile, no reading problem to report, and no axe violations', async () => {
    const popup = await world.driver.open(popupUrl());
    const tracked = await popup.waitFor(
      () => document.querySelector('[data-testid="tracked"]')?.textContent,
      undefined,
      10_000,
      'the profile cards',
    );
    expect(tracked).toMatch(/Robin Ashgrove/);
    expect(tracked).toMatch(/LinkedIn · Score \d{1,3}\/100/);
    // The popup's own tab is not a LinkedIn or X profile: nothing of Spruce's reading to report there.
    expect(await popup.evaluate(() => !!document.querySelector('[data-testid="report-problem"]'))).toBe(
      false,
    );
    expect(await axeViolations(popup)).toEqual([]);
    await shot(popup, 'profiles', 'dark', 420);
    await popup.close();
  });

  it('left no page errors', () => {
    expect(world.driver.pageErrors).toEqual([]);
  });
});
