// The browser's own extension API: Firefox's `browser`, or Chrome's `chrome`, whose Manifest V3 APIs return
// promises. Every part of Spruce uses it directly: each has a size budget (README, "Size budgets") and the
// polyfill's runtime adds 10 KB to each. webextension-polyfill's types describe the API for all of them.
import type { Browser } from 'webextension-polyfill';

/** The extension API, or undefined once the extension has been reloaded or removed under this page. */
export function extensionApi(): Browser | undefined {
  const g = globalThis as { browser?: Browser; chrome?: Browser };
  return g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : undefined;
}

/** The extension API where it must exist (the worker, the extension pages). */
export function ext(): Browser {
  const api = extensionApi();
  if (!api) throw new Error('Extension context invalidated');
  return api;
}
