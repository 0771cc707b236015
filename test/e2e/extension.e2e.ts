// The built extension in real Chromium and real Firefox, on https://www.linkedin.com/... and https://x.com/...
// served by the local fixture server. Every test runs in both browsers.
import { FIXTURE_HOSTS } from './browsers.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  defaultSite,
  clearSnapshots,
  localStorageOf,
  screenshotPath,
  sleep,
  spaNavigate,
  startWorld,
  stopWorld,
  tabIdOf,
  waitForSnapshot,
  type StoredReading,
  type World,
} from './harness.ts';

describe.each(BROWSERS)('extension in %s', (browserName) => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld(browserName, defaultSite());
  }, 60_000);
  afterAll(() => stopWorld(world));

  it('stays idle on the LinkedIn feed and the X home timeline', async () => {
    const feed = await world.driver.open('https://www.linkedin.com/feed/');
    const home = await world.driver.open('https://x.com/home');
    await sleep(1500);
    const stored = await localStorageOf(world.inspector);
    expect(stored.snapshots ?? {}).toEqual({});
    await feed.close();
    await home.close();
  });

  it('reads the owner’s LinkedIn profile on https://www.linkedin.com/in/<slug>/ and stores it', async () => {
    const tab = await world.driver.open('https://www.linkedin.com/in/robin-ashgrove/');
    const snap = await waitForSnapshot(world.inspector, 'linkedin:robin-ashgrove');
    expect(snap.profile.platform).toBe('linkedin');
    expect(snap.profile.own).toBe(true);
    expect(snap.profile.fields.name).toEqual({ state: 'found', value: 'Robin Ashgrove' });
    expect(snap.profile.fields.headline).toEqual({
      state: 'found',
      value: 'Librarian at Northfield Public Library',
    });
    await tab.close();
  });

  it('reads the owner’s X profile on https://x.com/<handle>', async () => {
    const tab = await world.driver.open('https://x.com/robinreads');
    const snap = await waitForSnapshot(world.inspector, 'x:robinreads');
    expect(snap.profile.own).toBe(true);
    expect(snap.profile.fields.name).toEqual({ state: 'found', value: 'Robin Ashgrove' });
    expect(snap.profile.fields.followers).toEqual({ state: 'found', value: 1204 });
    expect(snap.profile.fields.avatar).toEqual({ state: 'found', value: true });
    // Fields the page shows as not there come through as "absent" (Firefox once dropped repeated ones).
    expect(snap.profile.fields.category).toEqual({ state: 'absent' });
    expect(snap.profile.fields.pinned).toEqual({ state: 'absent' });
    // The LinkedIn reading before had no X profile to compare with: its cross-network checks are made again
    // with this one, so both networks' reports say the same of them (the same name on both).
    const li = (await localStorageOf(world.inspector)).snapshots as Record<string, StoredReading>;
    const cross = (s: StoredReading | undefined) =>
      Object.fromEntries(
        (s?.report?.results ?? []).filter((r) => r.rule.startsWith('cross-')).map((r) => [r.rule, r.status]),
      );
    expect(cross(li['linkedin:robin-ashgrove'])).toEqual(cross(snap));
    expect(cross(snap)['cross-name']).toBe('pass');
    await tab.close();
  });

  it('notices SPA navigation from the feed to a profile (pushState)', async () => {
    await clearSnapshots(world.inspector);
    const tab = await world.driver.open('https://www.linkedin.com/feed/');
    await sleep(300);
    await spaNavigate(tab, '/in/robin-ashgrove/');
    expect(tab.url()).toBe('https://www.linkedin.com/in/robin-ashgrove/');
    const snap = await waitForSnapshot(world.inspector, 'linkedin:robin-ashgrove');
    expect(snap.profile.fields.name).toEqual({ state: 'found', value: 'Robin Ashgrove' });

    const x = await world.driver.open('https://x.com/home');
    await sleep(300);
    await spaNavigate(x, '/robinreads');
    await waitForSnapshot(world.inspector, 'x:robinreads');
    await tab.close();
    await x.close();
  });

  it('opens and renders the popup', async () => {
    const popup = await world.driver.open(world.driver.extensionUrl('src/popup/index.html'));
    const heading = await popup.waitFor(
      () => document.querySelector('h1')?.textContent,
      undefined,
      10_000,
      'popup heading',
    );
    expect(heading).toBe('Spruce');
    const tracked = await popup.waitFor(
      () => document.querySelector('[data-testid="tracked"]')?.textContent,
      undefined,
      10_000,
      'tracked profiles',
    );
    expect(tracked).toContain('Robin Ashgrove');
    // Each profile's score, from the report the worker stored with the reading.
    expect(tracked).toMatch(/LinkedIn · Score \d{1,3}\/100/);
    expect(tracked).toMatch(/X · Score \d{1,3}\/100/);
    await popup.setViewport(380, 420);
    await popup.screenshot(screenshotPath(`popup-${browserName}.png`));
    await popup.close();
  });

  it('shows the score, top fixes and the whole checklist for the profile in the tab', async () => {
    const profile = await world.driver.open('https://www.linkedin.com/in/robin-ashgrove/');
    await waitForSnapshot(world.inspector, 'linkedin:robin-ashgrove', (s) => Boolean(s.report));
    const tabId = await tabIdOf(world.inspector, 'https://www.linkedin.com/in/robin-ashgrove/');
    expect(tabId).toBeGreaterThan(0);
    const popup = await world.driver.open(world.driver.extensionUrl(`src/popup/index.html?tab=${tabId}`));
    const view = await popup.waitFor(
      () => {
        const score = document.querySelector('[data-testid="score"]')?.textContent;
        const fixes = document.querySelectorAll('[data-testid="top-fixes"] li').length;
        const rules = document.querySelectorAll('[data-testid="checklist"] li.rule').length;
        const heading = document.querySelector('section.card h2')?.textContent;
        return score
          ? { score, fixes, rules, heading, missing: document.body.textContent?.includes('⟦') }
          : null;
      },
      undefined,
      10_000,
      'the profile card',
    );
    if (!view) throw new Error('no profile card');
    expect(view.heading).toBe('Your LinkedIn profile');
    expect(view.score).toMatch(/^Score \d{1,3}\/100$/);
    expect(view.fixes).toBe(3);
    expect(view.rules).toBeGreaterThan(15);
    expect(view.missing).toBe(false);
    await popup.setViewport(380, 900);
    await popup.screenshot(screenshotPath(`popup-profile-${browserName}.png`));
    await popup.close();
    await profile.close();
  });

  it('makes no network request of its own', () => {
    expect(world.driver.extensionRequests).toEqual([]);
    // Firefox sends everything through the fixture proxy; these pages load nothing from elsewhere, so any
    // other host asked for (the browser's own update services aside) would have come from the extension.
    const elsewhere = world.server.proxyLog
      .map((r) => r.target.replace(/:\d+$/, ''))
      .filter(
        (host) => !FIXTURE_HOSTS.includes(host) && !/(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/.test(host),
      );
    expect(elsewhere).toEqual([]);
  });

  it('would have seen a request from an extension page (the monitor itself works)', async () => {
    await world.inspector.evaluate(() =>
      fetch('https://x.com/robinreads').then(
        () => undefined,
        () => undefined,
      ),
    );
    await sleep(300);
    expect(world.driver.extensionRequests).toContain('https://x.com/robinreads');
  });
});
