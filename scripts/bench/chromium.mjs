// The browser side of `npm run bench`: Debian's Chromium launched the way the E2E suite launches it
// (test/e2e/browsers.ts), once per variant (our extension, a peer extension, no extension), and the
// measurements made in a tab over CDP.
/* global PerformanceObserver, requestAnimationFrame */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from '../../test/e2e/chromium-args.mjs';

export { CHROMIUM };
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs in every page before its own scripts (an init script): collects long tasks (over 50 ms) from the
 * start of the document, so a long task during the content script's first read is seen too.
 */
function collectLongTasks() {
  const durations = [];
  Object.defineProperty(globalThis, '__benchLongTasks', { value: durations });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) durations.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API in this page (an extension page): nothing to collect.
  }
}

/**
 * One browser: a persistent context with a temporary profile and the same flags as the E2E suite; with
 * `extension` (a directory) it is loaded unpacked, without it the browser is plain. Everything else is the
 * same in every variant, so differences between variants are the extension's.
 */
export async function launch(name, { extension, port, hosts }) {
  const profile = mkdtempSync(join(tmpdir(), `spruce-bench-${name}-`));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: false,
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: { width: 1280, height: 900 },
      // scripts/bench.mjs closes the browsers itself on Ctrl-C (and removes their profiles).
      handleSIGINT: false,
      handleSIGTERM: false,
      args: chromiumArgs({ port, hosts, extension }),
    });
    await context.addInitScript(collectLongTasks);
    // Our extension's worker gives its id and reads its storage. A peer extension may have no worker.
    let worker;
    if (extension) {
      worker =
        context.serviceWorkers()[0] ??
        (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined));
    }
    const id = worker ? new URL(worker.url()).host : undefined;
    return {
      name,
      context,
      worker,
      extensionUrl: (path) => `chrome-extension://${id}/${path}`,
      async close() {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

/** The browser's version ("156.0.8078.108"), as Chromium reports it over CDP. */
export async function chromiumVersion(variant) {
  const page = await variant.context.newPage();
  try {
    const cdp = await variant.context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return product.split('/').pop();
  } finally {
    await page.close();
  }
}

/** CDP Performance.getMetrics as { name: value }. */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * The main thread's time between two metric readings, in ms (CDP gives cumulative seconds): all tasks, and
 * within them script, compiling scripts, layout and style recalculation.
 */
const spent = (a, b) => ({
  taskMs: (b.TaskDuration - a.TaskDuration) * 1000,
  scriptMs: (b.ScriptDuration - a.ScriptDuration) * 1000,
  compileMs: (b.V8CompileDuration - a.V8CompileDuration) * 1000,
  layoutMs: (b.LayoutDuration - a.LayoutDuration) * 1000,
  styleMs: (b.RecalcStyleDuration - a.RecalcStyleDuration) * 1000,
  // CPU time of the main thread: unlike the durations above (wall clock), not inflated when another process
  // (the extension's worker, the other browser) holds the CPU while a task runs.
  cpuMs: (b.ThreadTime - a.ThreadTime) * 1000,
  layouts: b.LayoutCount - a.LayoutCount,
  styleRecalcs: b.RecalcStyleCount - a.RecalcStyleCount,
});

/** The stored reading for `key` (from our extension's worker), or undefined. */
async function storedReading(variant, key) {
  return variant.worker.evaluate(
    (k) => globalThis.chrome.storage.local.get('snapshots').then((r) => r.snapshots?.[k]),
    key,
  );
}

/** Wait until our extension has stored a reading of `key` made at or after `since` (an ISO time). */
export async function waitForReading(variant, key, since, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const s = await storedReading(variant, key);
    if (s && s.readAt >= since) return s;
    await sleep(100);
  }
  throw new Error(`${variant.name}: no reading of ${key} stored within ${ms} ms`);
}

/**
 * One load of `url` in a fresh tab. CDP Performance metrics are switched on before the navigation (the
 * agent's state follows the tab into the site's renderer), so ScriptDuration and TaskDuration cover the
 * whole load: parsing, style, layout, and every script, the content script's included.
 * The tab settles for `settleMs` from the start of the navigation; with `readingKey`, our extension must
 * also have stored its reading (made during this load) before the figures are taken. `then(page)` runs
 * after that and is measured on its own (the MutationObserver test).
 * Returns { load, during?, then?, reading?, elements }; load and during hold the main thread's times and
 * the long tasks' durations.
 */
export async function sampleLoad(variant, url, { settleMs, readingKey, then } = {}) {
  const longTasks = (page) => page.evaluate(() => [...(globalThis.__benchLongTasks ?? [])]);
  const page = await variant.context.newPage();
  try {
    const cdp = await variant.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const m0 = await metrics(cdp);
    const since = new Date().toISOString();
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    // Nothing is asked of the browser while the page settles: polling the worker for the reading would take
    // CPU from the page (2 cores) in this variant only. The reading is looked for afterwards.
    await sleep(Math.max(0, started + settleMs - Date.now()));
    const reading = readingKey ? await waitForReading(variant, readingKey, since) : undefined;
    const loadTasks = await longTasks(page);
    const m1 = await metrics(cdp);
    // The hints' own drawing time: the overlay's `spruce:overlay` measures (content scripts share the page's
    // performance timeline). 0 where it draws nothing.
    const overlayMs = await page.evaluate(() =>
      performance.getEntriesByName('spruce:overlay').reduce((sum, e) => sum + e.duration, 0),
    );
    const sample = { load: { ...spent(m0, m1), longTasks: loadTasks }, reading, overlayMs };
    if (then) {
      sample.then = await then(page);
      const m2 = await metrics(cdp);
      sample.during = { ...spent(m1, m2), longTasks: (await longTasks(page)).slice(loadTasks.length) };
    }
    sample.elements = await page.evaluate(() => document.querySelectorAll('*').length);
    return sample;
  } finally {
    await page.close();
    // Let the tab's teardown finish before the next sample starts.
    await sleep(150);
  }
}

/**
 * 1,000 DOM mutations in the page, the way a busy site makes them: a new item at the top of a list and the
 * removal of its last one, `perFrame` at a time, one batch per animation frame, in the lists with the ids
 * `listIds` in turn (one insertion and one removal in each). A new item stays for as many insertions as the
 * list has items, so it is still in the page when the content script's MutationObserver is called; each
 * insertion is an element, which is what wakes that observer.
 */
export function mutate(page, { listIds, total = 1000, perFrame = 10 }) {
  return page.evaluate(
    async ({ listIds, total, perFrame }) => {
      const lists = listIds.map((id) => {
        const list = document.getElementById(id);
        if (!list) throw new Error(`no #${id} in the page`);
        return list;
      });
      let done = 0;
      let frames = 0;
      const started = performance.now();
      while (done < total) {
        await new Promise((r) => requestAnimationFrame(r));
        frames++;
        for (let i = 0; i < perFrame && done < total; i++, done++) {
          const list = lists[Math.floor(done / 2) % lists.length];
          if (done % 2 === 0) {
            const li = document.createElement('li');
            const p = document.createElement('p');
            p.textContent = `New item ${done}`;
            li.append(p);
            list.prepend(li);
          } else {
            list.lastElementChild?.remove();
          }
        }
      }
      return { mutations: done, frames, ms: performance.now() - started };
    },
    { listIds, total, perFrame },
  );
}

// ---- Counting the content script's calls ---------------------------------------------------------------------
// The content script keeps its counters (reads, MutationObserver callbacks) to itself and stores only the
// readings that changed, so how many times it read a page is not in storage. V8's precise coverage counts
// every function call in the page's isolate, content scripts' isolated world included, without changing
// the extension: the bench finds the two functions in the built file by their (unminified) text.

/** Where the functions to count start and end in the built content script, found by text. */
export function contentScriptAnchors(file) {
  const source = readFileSync(file, 'utf8');
  const reads = source.indexOf('.reads++');
  const observer = source.indexOf('new MutationObserver(');
  return {
    // The function whose body holds `stats.reads++` is readNow(): one call, one read of the page.
    read: reads >= 0 ? reads : undefined,
    // The MutationObserver's callback is the function written right after `new MutationObserver(`.
    callback: observer >= 0 ? observer + 'new MutationObserver('.length : undefined,
  };
}

function countCalls(coverage, scriptUrl, anchors) {
  const script = coverage.result.find((s) => s.url === scriptUrl);
  if (!script) return { reads: 0, callbacks: 0 };
  const fns = script.functions.map((f) => f.ranges[0]);
  // The innermost function around an offset, and the function starting exactly at one.
  const around = (at) =>
    fns
      .filter((r) => r.startOffset <= at && at < r.endOffset)
      .sort((a, b) => a.endOffset - a.startOffset - (b.endOffset - b.startOffset))[0];
  const startingAt = (at) => fns.find((r) => r.startOffset === at);
  return {
    reads: anchors.read === undefined ? null : (around(anchors.read)?.count ?? 0),
    callbacks: anchors.callback === undefined ? null : (startingAt(anchors.callback)?.count ?? 0),
  };
}

/**
 * One load of `url` with call counting on: how many times the content script read the page while it loaded
 * and settled, and (with `then`) how many reads and observer callbacks happened during `then(page)` plus
 * `afterMs`. Not timed: coverage counting slows the page a little.
 */
export async function countReads(variant, url, scriptPath, anchors, { settleMs, then, afterMs = 0 }) {
  const page = await variant.context.newPage();
  try {
    const cdp = await variant.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    await sleep(Math.max(0, started + settleMs - Date.now()));
    const scriptUrl = variant.extensionUrl(scriptPath);
    // takePreciseCoverage resets the counters: the second take counts only what `then` caused.
    const load = countCalls(await cdp.send('Profiler.takePreciseCoverage'), scriptUrl, anchors);
    if (!then) return { load };
    await then(page);
    await sleep(afterMs);
    const during = countCalls(await cdp.send('Profiler.takePreciseCoverage'), scriptUrl, anchors);
    return { load, during };
  } finally {
    await page.close();
    await sleep(150);
  }
}

/**
 * Stop the extension's worker, as the browser does after 30 s with nothing to do (CDP
 * ServiceWorker.stopAllWorkers). With no extension page open, the extension's process may go too: opening the
 * popup after that is what a user who clicks the toolbar button a while later gets. The variant's `worker`
 * handle is dead afterwards: measure this last.
 */
export async function stopWorkers(variant) {
  const page = await variant.context.newPage();
  try {
    const cdp = await variant.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await page.close();
  }
  await sleep(500);
}

/**
 * The popup's one-time welcome answered ("No thanks"), as she does on her first open: the popup measured
 * after it is the one she sees every other time.
 */
export async function answerWelcome(variant, path) {
  const page = await variant.context.newPage();
  try {
    await page.goto(variant.extensionUrl(path), { waitUntil: 'load' });
    const welcome = await page
      .waitForSelector('[data-testid="no-thanks"]', { timeout: 5_000 })
      .catch(() => null);
    if (!welcome) return; // answered before (a profile that is not new)
    await welcome.click();
    await page.waitForSelector('[data-testid="welcome"]', { state: 'detached', timeout: 10_000 });
  } finally {
    await page.close();
    await sleep(150);
  }
}

/**
 * An extension page opened in a tab: the time from navigation start to its `spruce:rendered` mark, in ms.
 * The page sets it in the animation frame that paints its real content (src/ui/useStored.ts), just before
 * that frame's layout and paint.
 */
export async function renderTime(variant, path) {
  const page = await variant.context.newPage();
  try {
    await page.goto(variant.extensionUrl(path), { waitUntil: 'load' });
    const mark = await page
      .waitForFunction(() => performance.getEntriesByName('spruce:rendered')[0]?.startTime, undefined, {
        timeout: 10_000,
      })
      .catch(() => {
        throw new Error(
          `${path}: no spruce:rendered mark within 10 s (is dist/chrome built from this tree?)`,
        );
      });
    // Where the time went: the page's own scripts had run by DOMContentLoaded (the loading state shows from
    // then); the rest is waiting for the stored data and rendering it.
    const domContentLoaded = await page.evaluate(
      () => performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
    );
    return { renderedMs: await mark.jsonValue(), domContentLoadedMs: domContentLoaded };
  } finally {
    await page.close();
    await sleep(150);
  }
}
