// One harness, two browsers. Each driver loads the BUILT extension into Debian's browser and gives the
// tests the same small API. Chromium: playwright-core over CDP. Firefox ESR: puppeteer-core over WebDriver
// BiDi (docs/TESTING.md in ../shared). Neither downloads anything.
import { mkdtempSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium-args.mjs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

export interface Tab {
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Poll `fn` in the page until it returns a truthy value; returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, ms?: number, what?: string): Promise<R>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string, opts?: { fullPage?: boolean }): Promise<unknown>;
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Emulate prefers-color-scheme in this tab. False where the driver cannot (puppeteer's media emulation is
   * CDP-only, so not in Firefox over BiDi: launch Firefox with `colorScheme` instead).
   */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  close(): Promise<void>;
}

export interface Driver {
  name: BrowserName;
  /** Network requests (http, https, ws) made by the extension's own pages and its background. */
  extensionRequests: string[];
  extensionUrl(path: string): string;
  open(url: string): Promise<Tab>;
  /** Called when the user closes the browser (a visible demo). */
  onClose?(callback: () => void): void;
  /** Reload the extension as an update would (Chromium only: see reload.e2e.ts). */
  reloadExtension?(): Promise<void>;
  /** Stop the extension's service worker, as the browser does when it is idle (Chromium only). */
  stopWorker?(): Promise<void>;
  /** Console errors and uncaught exceptions seen in the pages opened so far. */
  pageErrors: string[];
  close(): Promise<void>;
}

const NETWORK = /^(https?|wss?):/;
export const FIXTURE_HOSTS = ['www.linkedin.com', 'x.com', 'twitter.com'];

const attempt = <T>(fn: () => T, fallback: T): T => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};

async function poll<R>(check: () => Promise<R>, ms: number, what: string): Promise<R> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (last) return last as R;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const said = last instanceof Error ? last.message : JSON.stringify(last);
  throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${said?.slice(0, 300)})`);
}

interface PageLike {
  url(): string;
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  click(sel: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  screenshot(opts: object): Promise<unknown>;
  close(): Promise<void>;
}

function tabFor(
  page: PageLike,
  setViewport: (w: number, h: number) => Promise<void>,
  colorScheme: (scheme: 'light' | 'dark') => Promise<boolean> = async () => false,
): Tab {
  const tab: Tab = {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg) as Promise<never>,
    waitFor: (fn, arg, ms = 10_000, what = 'a condition in the page') =>
      poll(() => tab.evaluate(fn, arg), ms, what),
    click: (sel) => page.click(sel),
    press: (key) => page.keyboard.press(key),
    screenshot: (path, opts = {}) => page.screenshot({ path, ...opts }),
    setViewport,
    colorScheme,
    close: () => page.close(),
  };
  return tab;
}

export async function launchChromium(dist: string, port: number, headless = true): Promise<Driver> {
  const profile = mkdtempSync(join(tmpdir(), 'spruce-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs({ port, hosts: FIXTURE_HOSTS, extension: dist, headless }),
  });
  const sw =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(sw.url()).host;
  const extensionRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (req) => {
    if (!NETWORK.test(req.url())) return;
    const fromWorker = Boolean(req.serviceWorker());
    const frameUrl = fromWorker ? '' : attempt(() => req.frame().url(), '');
    if (fromWorker || frameUrl.startsWith('chrome-extension://')) extensionRequests.push(req.url());
  });
  return {
    name: 'chromium',
    extensionRequests,
    extensionUrl: (path) => `chrome-extension://${id}/${path.replace(/^\//, '')}`,
    async open(url) {
      const page = await context.newPage();
      page.on('console', (m) => {
        if (process.env.SPRUCE_DEBUG) console.log('[page]', m.text());
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) pageErrors.push(m.text());
      });
      page.on('pageerror', (err) => pageErrors.push(String(err)));
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return tabFor(
        page as unknown as PageLike,
        (width, height) => page.setViewportSize({ width, height }),
        async (colorScheme) => {
          await page.emulateMedia({ colorScheme });
          return true;
        },
      );
    },
    pageErrors,
    onClose: (callback) => context.on('close', callback),
    async reloadExtension() {
      const worker = context.serviceWorkers()[0];
      if (!worker) throw new Error('no extension worker');
      // The old worker goes away; the new one starts when something needs it.
      const gone = new Promise<void>((resolve) => worker.once('close', () => resolve()));
      await worker
        .evaluate(() =>
          (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
        )
        .catch(() => undefined);
      await Promise.race([
        gone,
        new Promise((_, reject) => setTimeout(() => reject(new Error('worker did not stop')), 10_000)),
      ]);
    },
    async stopWorker() {
      // As Chrome's own guide does it (Puppeteer's worker.close()): close the worker's target, then wait
      // until the browser lists no worker of ours with that target id (the next message starts a new one).
      const browser = context.browser();
      if (!browser) throw new Error('no browser-level CDP session');
      const cdp = await browser.newBrowserCDPSession();
      const ours = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.find(
          (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`),
        );
      const target = await ours();
      if (target) {
        // Asked again every 500 ms: a close that arrives while the worker is answering a page's messages (an open
        // popup reloads its data on every storage change) can be ignored, and the worker then lives on.
        const deadline = Date.now() + 10_000;
        for (let i = 0; (await ours())?.targetId === target.targetId; i++) {
          if (Date.now() > deadline) throw new Error('worker did not stop');
          if (i % 10 === 0)
            await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      await cdp.detach();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox: puppeteer's emulateMediaFeatures needs CDP, which Firefox no longer has, and WebDriver BiDi has no
 * prefers-color-scheme emulation yet. So the page's own `@media (prefers-color-scheme: dark)` rules are applied
 * as inline styles to the elements they select (light: removed again). Runs in the page.
 */
function applyColorScheme(scheme: 'light' | 'dark'): void {
  const marked = document.querySelectorAll<HTMLElement>('[data-spruce-scheme]');
  marked.forEach((el) => {
    el.removeAttribute('style');
    el.removeAttribute('data-spruce-scheme');
  });
  if (scheme === 'light') return;
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (!(rule instanceof CSSMediaRule) || !/prefers-color-scheme:\s*dark/.test(rule.conditionText))
        continue;
      for (const inner of Array.from(rule.cssRules)) {
        if (!(inner instanceof CSSStyleRule)) continue;
        for (const el of Array.from(document.querySelectorAll<HTMLElement>(inner.selectorText))) {
          el.setAttribute('data-spruce-scheme', '');
          for (const prop of Array.from(inner.style))
            el.style.setProperty(prop, inner.style.getPropertyValue(prop));
          el.style.setProperty('color-scheme', 'dark');
        }
      }
    }
  }
}

/** Fixed so that moz-extension:// page URLs are known in advance (extensions.webextensions.uuids). */
export const FIREFOX_UUID = '3f2b8c1e-5d4a-4e7b-9c61-2a7d0e5b9f14';

export async function launchFirefox(
  dist: string,
  proxyPort: number,
  geckoId: string,
  opts: { colorScheme?: 'light' | 'dark' } = {},
): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      // Everything goes through the fixture proxy, which tunnels only the fixture hosts.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      // prefers-color-scheme for the pages (0 dark, 1 light), where a test asks for one.
      ...(opts.colorScheme
        ? { 'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1 }
        : {}),
    },
  });
  await browser.installExtension(dist);
  const base = `moz-extension://${FIREFOX_UUID}/`;
  const extensionRequests: string[] = [];
  const pageErrors: string[] = [];
  return {
    name: 'firefox',
    extensionRequests,
    pageErrors,
    extensionUrl: (path) => base + path.replace(/^\//, ''),
    async open(url) {
      const page = await browser.newPage();
      await page.bringToFront();
      // puppeteer's idea of a moz-extension page's URL stays about:blank, so attribute by what was opened.
      const extensionTab = url.startsWith('moz-extension://');
      page.on('pageerror', (err) => pageErrors.push(String(err)));
      page.on('request', (req) => {
        const from = attempt(() => req.frame()?.url() ?? '', '');
        if (NETWORK.test(req.url()) && (extensionTab || from.startsWith('moz-extension://'))) {
          extensionRequests.push(req.url());
        }
      });
      const tab = tabFor(
        page as unknown as PageLike,
        (width, height) => page.setViewport({ width, height }),
        // No real emulation over BiDi: the page's own dark rules are applied inline (enough for screenshots),
        // and false says so (a test that needs the real media query launches Firefox with `colorScheme`).
        async (scheme) => {
          await page.evaluate(applyColorScheme, scheme);
          return false;
        },
      );
      if (url.startsWith('moz-extension://')) {
        // page.goto never sees load events on moz-extension pages: navigate, then poll readyState.
        page.goto(url).catch(() => undefined);
        await tab.waitFor(
          (u: string) => location.href === u && document.readyState === 'complete',
          url,
          15_000,
          `${url} to load`,
        );
      } else {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
      }
      return tab;
    },
    async close() {
      await browser.close();
    },
  };
}
