// An extension update (or reload) while LinkedIn tabs are open: the old content script, now orphaned, must
// stop quietly ("Extension context invalidated" handled). (After chrome.runtime.reload() this headless
// Chromium keeps an unpacked extension's pages blocked, so what new tabs get is not checked here.)
// Chromium only: Firefox replaces a temporary add-on's content scripts on reload, and WebDriver BiDi offers
// no way to reload one without uninstalling it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, defaultSite, sleep, spaNavigate, startWorld, stopWorld, type World } from './harness.ts';

describe.runIf(BROWSERS.includes('chromium'))('an extension update with tabs open (chromium)', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld('chromium', defaultSite());
  }, 60_000);
  afterAll(() => stopWorld(world));

  it('leaves no errors in tabs that were open: the orphaned content script stops quietly', async () => {
    const feed = await world.driver.open('https://www.linkedin.com/feed/');
    await sleep(300);
    await world.driver.reloadExtension!();
    // The orphaned script sees the navigation, finds its extension gone, and stops without a word.
    await spaNavigate(feed, '/in/robin-ashgrove/');
    await sleep(1500);
    expect(world.driver.pageErrors).toEqual([]);

    // And the orphan no longer reacts at all: another navigation, still no error.
    await spaNavigate(feed, '/feed/');
    await spaNavigate(feed, '/in/robin-ashgrove/');
    await sleep(1000);
    expect(world.driver.pageErrors).toEqual([]);
    await feed.close();
  });
});
