// Shared set-up for the E2E suites: the fixture server with its routes, the browsers, and small helpers
// to read extension storage from an extension page.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { GECKO_ID } from '../../vite.config.ts';
import { launchChromium, launchFirefox, type BrowserName, type Driver, type Tab } from './browsers.ts';
import { startServer, type FixtureServer, type Hit } from './server.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHARED_FIXTURES = join(ROOT, '..', 'shared', 'fixtures');
export const PAGES = join(import.meta.dirname, 'pages');
export const BROWSERS: BrowserName[] = (process.env.SPRUCE_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is BrowserName => s === 'chromium' || s === 'firefox');

export const page = (name: string): string => readFileSync(join(PAGES, name), 'utf8');
export const capture = (name: string): string => readFileSync(join(SHARED_FIXTURES, name), 'utf8');

/**
 * A saved page as the fixture server can serve it at `url`, after `transform`: its own scripts dropped
 * (offline they can only fail; X's would try to boot its app and send Firefox elsewhere), the JSON-LD data
 * block kept (it is data, not code).
 */
export function offline(html: string, url: string, transform?: (doc: Document) => unknown): string {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  for (const el of dom.window.document.querySelectorAll(
    'script:not([type="application/ld+json"]), meta[http-equiv]',
  )) {
    el.remove();
  }
  transform?.(dom.window.document);
  const out = dom.serialize();
  dom.window.close();
  return out;
}

/** Pages served by host + path ("www.linkedin.com/in/robin-ashgrove/"); a trailing slash is optional. */
export class Site {
  private pages = new Map<string, () => string>();
  set(hostAndPath: string, html: () => string): this {
    this.pages.set(hostAndPath.replace(/\/$/, ''), html);
    return this;
  }
  route = (host: string, pathname: string): Hit | undefined => {
    const html = this.pages.get(`${host}${pathname}`.replace(/\/$/, ''));
    return html ? { body: html() } : undefined;
  };
}

export function defaultSite(): Site {
  return new Site()
    .set('www.linkedin.com/in/robin-ashgrove/', () => page('linkedin-owner.html'))
    .set('www.linkedin.com/feed/', () => page('linkedin-feed.html'))
    .set('x.com/robinreads', () => page('x-owner.html'))
    .set('x.com/home', () => page('x-home.html'));
}

export interface World {
  server: FixtureServer;
  driver: Driver;
  /** An extension page kept open to read storage from. */
  inspector: Tab;
}

export async function startWorld(
  name: BrowserName,
  site: Site,
  opts: { headless?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<World> {
  const server = await startServer(site.route);
  const driver =
    name === 'chromium'
      ? await launchChromium(join(ROOT, 'dist', 'chrome'), server.port, opts.headless ?? true)
      : await launchFirefox(join(ROOT, 'dist', 'firefox'), server.proxyPort, GECKO_ID, {
          colorScheme: opts.colorScheme,
        });
  const inspector = await driver.open(driver.extensionUrl('src/popup/index.html'));
  return { server, driver, inspector };
}

export async function stopWorld(world: World | undefined): Promise<void> {
  await world?.driver.close().catch(() => undefined);
  await world?.server.close().catch(() => undefined);
}

type Api = {
  storage: {
    local: {
      get(k: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(k: string): Promise<void>;
    };
  };
};
// The functions below run inside an extension page (serialised by the driver), so each names its API.

/** Forget all stored readings (from an extension page), so a test starts from nothing. */
export function clearSnapshots(tab: Tab): Promise<void> {
  return tab.evaluate(() => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.storage.local.remove('snapshots');
  });
}

/** The id of the tab showing `url` (a prefix), asked from an extension page; undefined when none does. */
export function tabIdOf(tab: Tab, url: string): Promise<number | undefined> {
  return tab.evaluate(async (prefix: string) => {
    type Tabs = { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };
    const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
    const [found] = await (g.browser ?? g.chrome)!.tabs.query({ url: `${prefix}*` });
    return found?.id;
  }, url);
}

/** JSON with object keys sorted at every level (extension storage gives keys back in its own order). */
export const canonicalJson = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );

/** Everything in the extension's local storage, read from an extension page (another context). */
export function localStorageOf(tab: Tab): Promise<Record<string, unknown>> {
  return tab.evaluate(() => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.storage.local.get(null);
  });
}

/**
 * Write items straight into the extension's local storage, past the worker (which alone writes there in use):
 * for data as a damaged disk or an older Spruce would leave it.
 */
export function setLocalStorage(tab: Tab, items: Record<string, unknown>): Promise<void> {
  return tab.evaluate((i: Record<string, unknown>) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (g.browser ?? g.chrome)!.storage.local.set(i);
  }, items);
}

export interface StoredReading {
  readAt: string;
  readMs?: number;
  report?: { score: number; coverage: number; results: { rule: string; status: string; weight: number }[] };
  profile: {
    key: string;
    platform: string;
    layout: string;
    own: boolean | null;
    fields: Record<string, { state: string; value?: unknown }>;
  };
}

/** Wait until the stored snapshot for `key` satisfies `check`. */
export async function waitForSnapshot(
  tab: Tab,
  key: string,
  check: (s: StoredReading) => boolean = () => true,
  ms = 10_000,
): Promise<StoredReading> {
  const deadline = Date.now() + ms;
  let last: StoredReading | undefined;
  while (Date.now() < deadline) {
    const all = await localStorageOf(tab);
    last = (all.snapshots as Record<string, StoredReading> | undefined)?.[key];
    if (last && check(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `no matching snapshot for ${key} after ${ms} ms (last: ${JSON.stringify(last)?.slice(0, 400)})`,
  );
}

/**
 * Simulate the sites' SPA navigation as they do it: pushState first, the old page still on screen for a
 * moment, then the new content swapped in.
 */
export function spaNavigate(tab: Tab, path: string, lingerMs = 300): Promise<void> {
  return tab.evaluate(
    async ([p, linger]: [string, number]) => {
      const response = fetch(p).then((r) => r.text());
      history.pushState({}, '', p);
      await new Promise((r) => setTimeout(r, linger));
      const next = new DOMParser().parseFromString(await response, 'text/html');
      document.title = next.title;
      const nodes = Array.from(next.body.childNodes);
      document.body.replaceChildren(...nodes.map((n) => document.adoptNode(n)));
    },
    [path, lingerMs] as [string, number],
  );
}

/** Screenshots the E2E suite makes for the README (docs/screenshots/). */
export function screenshotPath(name: string): string {
  const dir = join(ROOT, 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now (none expected). */
export async function axeViolations(tab: Tab): Promise<string[]> {
  // A string, evaluated by the driver (DevTools / WebDriver BiDi), so the page's CSP does not apply.
  if (!(await tab.evaluate(() => 'axe' in globalThis))) await tab.evaluate(AXE as unknown as () => void);
  return tab.evaluate(async () => {
    type Axe = {
      run(
        ctx: Document,
        opts: object,
      ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
    };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}
