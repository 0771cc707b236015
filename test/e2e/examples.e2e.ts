// Examples to learn from, in the built extension in real Chromium and real Firefox: another member's LinkedIn
// profile and someone's X profile, served at their real addresses in tabs of their own, are kept from the
// options page (the tab's content script hands its page over, the options page reads it), stored apart from
// her own profiles, shown beside hers check by check, and removed. The popup on such a page leads there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tab } from './browsers.ts';
import { scoreOf } from '../../src/core/score.ts';
import type { Status } from '../../src/core/rules/types.ts';
import {
  axeViolations,
  BROWSERS,
  capture,
  defaultSite,
  localStorageOf,
  offline,
  screenshotPath,
  startWorld,
  stopWorld,
  tabIdOf,
  waitForSnapshot,
  type StoredReading,
  type World,
} from './harness.ts';

const HERS = 'linkedin:robin-ashgrove';
const OTHER_URL = 'https://www.linkedin.com/in/eduardo-alvarez-nowak/';
const OTHER = 'linkedin:eduardo-alvarez-nowak';
const X_URL = 'https://x.com/jason';
const X_KEY = 'x:jason';
// The 2026 layout's capture shows neither the owner's nor a visitor's signs that Spruce knows.
const UNSURE_URL = 'https://www.linkedin.com/in/janesmith/';
const UNSURE = 'linkedin:janesmith';

/** The tab's content script answers the extension (it has read the page and found it is not hers). */
async function answering(world: World, url: string): Promise<number> {
  const id = await tabIdOf(world.inspector, url);
  if (id === undefined) throw new Error(`no tab at ${url}`);
  await world.inspector.waitFor(
    async (tabId: number) => {
      type Api = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      const answer = (await api.tabs
        .sendMessage(tabId, { spruce: 1, name: 'page/html', payload: null })
        .catch(() => undefined)) as { ok?: boolean } | undefined;
      return answer?.ok === true;
    },
    id,
    15_000,
    `the content script of ${url} answering`,
  );
  return id;
}

/** Click the button of a tab row (by the profile key it offers) in the Examples section. */
const keep = (options: Tab, key: string) =>
  options.click(`[data-testid="example-tabs"] li[data-key="${key}"] button`);

const statusIs = (tab: Tab, re: string) =>
  tab.waitFor(
    (r: string) =>
      new RegExp(r).test(
        document.querySelector('[role="status"]')?.textContent?.replace(/[\u2068\u2069]/g, '') ?? '',
      ),
    re,
    15_000,
    `status /${re}/`,
  );

describe.each(BROWSERS)('examples to learn from in %s', (browserName) => {
  let world: World;
  beforeAll(async () => {
    const site = defaultSite()
      .set('www.linkedin.com/in/eduardo-alvarez-nowak/', () =>
        offline(capture('linkedin/2024-signed-in-full.html'), OTHER_URL),
      )
      .set('x.com/jason', () => offline(capture('x/2026-signed-out-jason.html'), X_URL))
      .set('www.linkedin.com/in/janesmith/', () =>
        offline(capture('linkedin/2026-reconstructed-complete-profile.html'), UNSURE_URL),
      );
    world = await startWorld(browserName, site);
    const hers = await world.driver.open('https://www.linkedin.com/in/robin-ashgrove/');
    await waitForSnapshot(world.inspector, HERS, (s) => Boolean(s.report));
    await hers.close();
  }, 90_000);
  afterAll(() => stopWorld(world));

  it('the popup on someone else’s profile offers to keep it, and leads to the options page’s Examples', async () => {
    await world.driver.open(OTHER_URL);
    const tabId = await answering(world, OTHER_URL);
    // Nothing of that page is kept by visiting it.
    const stored = await localStorageOf(world.inspector);
    expect(Object.keys(stored.snapshots as object)).toEqual([HERS]);
    expect(stored.examples).toBeUndefined();

    const popup = await world.driver.open(world.driver.extensionUrl(`src/popup/index.html?tab=${tabId}`));
    const label = await popup.waitFor(
      () => document.querySelector('section[aria-label] button.link')?.textContent,
      undefined,
      10_000,
      'the keep-as-an-example button',
    );
    expect(label).toBe("Someone else's? Keep it as an example to learn from");
    await popup.click('section[aria-label] button.link');
    // The options page opens in a tab of its own, at its Examples section, which has the focus.
    await world.inspector.waitFor(
      () => {
        type Ext = { extension: { getViews(q: { type: string }): Window[] } };
        const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
        return (g.browser ?? g.chrome)!.extension
          .getViews({ type: 'tab' })
          .some(
            (w) =>
              w.location.pathname.endsWith('/src/options/index.html') &&
              w.location.hash === '#examples' &&
              w.document.activeElement?.id === 'examples-heading',
          );
      },
      undefined,
      15_000,
      'the options page at #examples',
    );
    await popup.close();
  });

  it('keeps another member’s LinkedIn and someone’s X profile, beside hers, apart from her own data', async () => {
    await world.driver.open(X_URL);
    await answering(world, X_URL);
    await answering(world, OTHER_URL);
    const options = await world.driver.open(world.driver.extensionUrl('src/options/index.html#examples'));
    await options.waitFor(
      (keys: string[]) =>
        keys.every((k) => document.querySelector(`[data-testid="example-tabs"] li[data-key="${k}"]`)),
      [OTHER, X_KEY],
      15_000,
      'both profile tabs offered',
    );
    // Her own profile is never offered (its tab is closed here; the feed is no profile).
    expect(
      await options.evaluate(() => document.querySelectorAll('[data-testid="example-tabs"] li').length),
    ).toBe(2);

    await keep(options, OTHER);
    await statusIs(options, '^Eduardo .* is kept as an example$');
    await keep(options, X_KEY);
    await options.waitFor(
      (k: string) => document.querySelector(`[data-testid="examples"] li[data-key="${k}"]`) !== null,
      X_KEY,
      15_000,
      'the X example kept',
    );

    const stored = await localStorageOf(world.inspector);
    const examples = stored.examples as Record<string, StoredReading>;
    expect(Object.keys(examples).sort()).toEqual([OTHER, X_KEY]);
    expect(examples[OTHER]!.profile.own).toBe(false);
    const rules = (key: string) => [
      ...new Set(examples[key]!.report!.results.map((r) => r.rule.split('-')[0])),
    ];
    expect(rules(OTHER)).toEqual(['li']);
    expect(rules(X_KEY)).toEqual(['x']);
    // Her data is as it was: no snapshot, history or to-do of theirs.
    expect(Object.keys(stored.snapshots as object)).toEqual([HERS]);
    expect(Object.keys((stored.history as object | undefined) ?? {})).not.toContain(OTHER);

    const shown = await options.waitFor(
      (key: string) => {
        const item = document.querySelector(`[data-testid="examples"] li[data-key="${key}"]`);
        const score = item?.querySelector('[data-testid="example-score"]')?.textContent;
        return score
          ? {
              score,
              quote: item!.querySelector('blockquote')?.textContent ?? '',
              checks: item!.querySelectorAll('[data-testid="example-checks"] li').length,
            }
          : null;
      },
      OTHER,
      10_000,
      'the kept example',
    );
    // Hers on the same checks: her LinkedIn's own, without the cross-network ones.
    const mine = scoreOf(
      (stored.snapshots as Record<string, StoredReading>)[HERS]!.report!.results.filter((r) =>
        r.rule.startsWith('li-'),
      ) as { status: Status; weight: number }[],
    ).score;
    if (!shown) throw new Error('no example shown');
    expect(shown.score).toBe(
      `Their score ${examples[OTHER]!.report!.score}/100, yours ${mine}/100 (on the same checks)`,
    );
    expect(shown.quote.length).toBeGreaterThan(10);
    expect(shown.checks).toBe(examples[OTHER]!.report!.results.length);
    // The X example has no LinkedIn of hers to stand beside: its score alone.
    expect(
      await options.evaluate(
        () =>
          document.querySelector(
            '[data-testid="examples"] li[data-key="x:jason"] [data-testid="example-score"]',
          )?.textContent,
      ),
    ).toMatch(/^Their score \d+\/100$/);

    await options.evaluate(() => {
      const d = document.querySelector('[data-testid="examples"] details') as HTMLDetailsElement;
      d.open = true;
    });
    // Accessible with the examples and their comparison open (axe-core).
    expect(await axeViolations(options)).toEqual([]);
    await options.setViewport(900, 900);
    await options.evaluate(() => document.getElementById('examples')?.scrollIntoView());
    await options.screenshot(screenshotPath(`options-examples-${browserName}.png`));

    // Removed, after a confirmation.
    await options.click(`[data-testid="examples"] li[data-key="${OTHER}"] button[id^="example-remove-"]`);
    await options.click(`[data-testid="examples"] li[data-key="${OTHER}"] button.danger`);
    await statusIs(options, 'is no longer kept$');
    expect(Object.keys((await localStorageOf(world.inspector)).examples as object)).toEqual([X_KEY]);
    expect(world.driver.extensionRequests).toEqual([]);
    await options.close();
  });

  it('a page that does not show whose it is (the 2026 layout) is kept once she says it is someone else’s', async () => {
    await world.driver.open(UNSURE_URL);
    await answering(world, UNSURE_URL);
    const options = await world.driver.open(world.driver.extensionUrl('src/options/index.html#examples'));
    await options.waitFor(
      (k: string) => document.querySelector(`[data-testid="example-tabs"] li[data-key="${k}"]`) !== null,
      UNSURE,
      15_000,
      'the 2026 profile offered',
    );
    await keep(options, UNSURE);
    await options.waitFor(
      () => document.activeElement?.id === 'example-unsure-yes',
      undefined,
      15_000,
      'the question, with the focus on its answer',
    );
    expect((await localStorageOf(world.inspector)).examples ?? {}).not.toHaveProperty(UNSURE);
    await options.click('#example-unsure-yes');
    await statusIs(options, 'is kept as an example$');
    const examples = (await localStorageOf(world.inspector)).examples as Record<string, StoredReading>;
    expect(examples[UNSURE]!.profile.own).toBe(null);
    expect(examples[UNSURE]!.report!.results.length).toBeGreaterThan(10);
    await options.close();
  });
});
