#!/usr/bin/env node
// `npm run bench`: what Spruce costs, measured on this machine. It builds the extension, loads it into
// Debian's Chromium beside the same Chromium without it, and serves the shared captures on their real
// LinkedIn and X URLs (the E2E suite's fixture server and host mapping: nothing leaves the machine). It
// prints a table and writes the same figures to bench/results.json so two runs can be compared.
//   npm run bench                      build, then measure (7 runs of every timed figure)
//   npm run bench -- --no-build        measure dist/chrome as it is
//   npm run bench -- --runs 11         more runs (fewer than 7 is allowed for a quick look, but noisier)
//   npm run bench -- --peer <dir>      also measure another unpacked extension on the same pages
// Timings are medians with min and max, never pass/fail: they depend on the machine and on what else runs.
// The only assertion is that every measurement could be made; if one could not, the exit code is 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { BUDGETS_KB, bundleSizes } from './sizes.mjs';
import {
  answerWelcome,
  CHROMIUM,
  chromiumVersion,
  contentScriptAnchors,
  countReads,
  launch,
  mutate,
  renderTime,
  sampleLoad,
  stopWorkers,
  sleep,
  waitForReading,
} from './bench/chromium.mjs';
import { grid, paired, stats, table } from './bench/table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: npm run bench -- [--no-build] [--runs N] [--peer <unpacked extension dir>]';

// How long a page gets to settle, from the start of its navigation: our extension has read and stored the
// page well before this; the other variants get the same time, so each variant's cumulative figures cover the
// same stretch of the page's life.
const SETTLE_MS = 1500;
// The MutationObserver test: 1,000 mutations at 20 per animation frame (about 0.8 s), then time for the
// content script's debounced re-read to fire. Its delay doubles while re-reads find nothing new (250, 500,
// 1000 ms...): the read a mutation scheduled near the end is due within about 1 s of the last mutation.
const MUTATIONS = 1000;
// Half of them inside the profile (<main>), half in the messaging overlay outside it (bench/make-busy-page.mjs).
const BOTH_LISTS = ['bench-churn-profile', 'bench-churn'];
const PER_FRAME = 20;
const AFTER_MUTATIONS_MS = 1500;
const LONG_TASK_MS = 50;

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        'no-build': { type: 'boolean', default: false },
        runs: { type: 'string', default: '7' },
        peer: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (err) {
    console.error(`${err.message}\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const runs = Number(parsed.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs needs a whole number of runs, not "${parsed.runs}"\n${USAGE}`);
    process.exit(2);
  }
  const peer = parsed.peer ? resolve(parsed.peer) : undefined;
  if (peer && !existsSync(join(peer, 'manifest.json'))) {
    console.error(`--peer: no manifest.json in ${peer} (give the folder of an unpacked extension)`);
    process.exit(2);
  }
  return { build: !parsed['no-build'], runs, peer };
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(osRelease)?.[1] ?? process.platform,
    node: process.version,
    // How busy the machine was when the bench started (1-minute load average): figures are only comparable
    // between runs on an otherwise quiet machine.
    loadAverage: Number(loadavg()[0].toFixed(2)),
  };
}

const progress = (s) => process.stdout.write(s);

async function main(opts, cleanup) {
  const began = Date.now();
  if (opts.build) {
    const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('the build failed');
  }
  const dist = join(root, 'dist', 'chrome');
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error('no build in dist/chrome: run without --no-build');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const scriptFor = (host) =>
    manifest.content_scripts.find((c) => c.matches.some((m) => m.includes(host))).js[0];
  const scripts = { linkedin: scriptFor('linkedin.com'), x: scriptFor('x.com') };
  const anchors = {
    linkedin: contentScriptAnchors(join(dist, scripts.linkedin)),
    x: contentScriptAnchors(join(dist, scripts.x)),
  };

  // ---- Node-side figures first, before any browser competes for the CPU ----
  progress('preparing pages and the history simulation... ');
  const setup = (await runnerImport(join(root, 'scripts', 'bench', 'setup.ts'))).module;
  const pages = setup.benchPages();
  const storage = setup.tenYearsOfHistory(pages);
  const sizes = bundleSizes(dist);
  progress('done\n');

  // ---- Browsers ----
  // One route table, switched per scenario: the owner's view and another member's view share a URL.
  const served = new Map();
  const serve = (page) => {
    const u = new URL(page.url);
    served.clear();
    served.set(`${u.host}${u.pathname}`.replace(/\/$/, ''), page.html);
  };
  const server = await setup.startServer((host, pathname) => {
    const html = served.get(`${host}${pathname}`.replace(/\/$/, ''));
    return html === undefined ? undefined : { body: html };
  });
  cleanup.push(() => server.close());
  const world = { port: server.port, hosts: setup.FIXTURE_HOSTS };
  const ours = await launch('spruce', { ...world, extension: dist });
  cleanup.push(() => ours.close());
  if (!ours.worker) throw new Error("Spruce's service worker did not start");
  const none = await launch('none', world);
  cleanup.push(() => none.close());
  const peer = opts.peer ? await launch('peer', { ...world, extension: opts.peer }) : undefined;
  if (peer) cleanup.push(() => peer.close());
  const variants = [ours, ...(peer ? [peer] : []), none];
  const chromium = await chromiumVersion(none);

  /**
   * `runs` alternating loads of `page` in every variant (Spruce, [peer,] none, Spruce, ...), after one round
   * that is not recorded (a browser's first tab on a site pays for things the next ones do not).
   */
  async function alternate(label, page, extra = {}) {
    serve(page);
    const samples = Object.fromEntries(variants.map((v) => [v.name, []]));
    progress(`${label}: `);
    for (let round = -1; round < opts.runs; round++) {
      for (const v of variants) {
        const s = await sampleLoad(v, page.url, {
          settleMs: SETTLE_MS,
          readingKey: v === ours && page.own === true ? page.key : undefined,
          ...extra,
        });
        if (round >= 0) samples[v.name].push(s);
      }
      progress(round < 0 ? 'w' : '.');
    }
    progress('\n');
    return samples;
  }

  /**
   * The figures of one A/B scenario: each variant's own, and what each extension adds over none (pair i of
   * the differences is run i of both, taken one after the other). `phase` is 'load' or 'during'.
   */
  function summarise(samples, phase) {
    const figures = {
      scriptMs: (p) => p.scriptMs,
      compileMs: (p) => p.compileMs,
      taskMs: (p) => p.taskMs,
      cpuMs: (p) => p.cpuMs,
      layoutMs: (p) => p.layoutMs,
      styleMs: (p) => p.styleMs,
      longTasks: (p) => p.longTasks.filter((d) => d > LONG_TASK_MS).length,
    };
    const of = (name, f) => samples[name].map((s) => f(s[phase]));
    const out = { variants: {}, added: {} };
    for (const v of variants) {
      out.variants[v.name] = Object.fromEntries(
        Object.entries(figures).map(([k, f]) => [k, stats(of(v.name, f))]),
      );
      out.variants[v.name].longestTaskMs = stats(of(v.name, (p) => Math.max(0, ...p.longTasks)));
      out.variants[v.name].elements = stats(samples[v.name].map((s) => s.elements));
    }
    for (const v of variants.filter((x) => x !== none)) {
      out.added[v.name] = Object.fromEntries(
        Object.entries(figures).map(([k, f]) => [k, stats(paired(of(v.name, f), of('none', f)))]),
      );
      // Elements the extension put into the page's DOM outside its overlay host (should be 0: the hints live
      // in one shadow root, whose host is counted here as 1 on an owner's page).
      out.added[v.name].elements = stats(
        paired(
          samples[v.name].map((s) => s.elements),
          samples.none.map((s) => s.elements),
        ),
      );
    }
    const readMs = samples.spruce.map((s) => s.reading?.readMs).filter((x) => typeof x === 'number');
    if (readMs.length) out.readMs = stats(readMs);
    const overlayMs = samples.spruce.map((s) => s.overlayMs).filter((x) => x > 0);
    if (overlayMs.length) out.overlayMs = stats(overlayMs);
    const ownWork = samples.spruce
      .filter((s) => typeof s.reading?.readMs === 'number')
      .map((s) => s.reading.readMs + (s.overlayMs ?? 0));
    if (overlayMs.length && ownWork.length) out.ownWorkMs = stats(ownWork);
    out.samples = Object.fromEntries(
      variants.map((v) => [
        v.name,
        samples[v.name].map((s) => ({
          ...s[phase],
          elements: s.elements,
          ...(s.reading ? { readMs: s.reading.readMs } : {}),
        })),
      ]),
    );
    return out;
  }

  const results = {
    date: new Date().toISOString(),
    machine: { ...machine(), chromium, chromiumPath: CHROMIUM },
    options: { runs: opts.runs, settleMs: SETTLE_MS, peer: opts.peer ?? null },
    pages: Object.fromEntries(
      Object.entries(pages).map(([k, p]) => [
        k,
        { url: p.url, own: p.own, elements: p.elements, nodes: p.nodes, unknownFields: p.unknownFields },
      ]),
    ),
    loads: {},
  };

  // ---- Profile pages (the owner's view) and pages that are not the owner's profile ----
  const scenarios = [
    ['linkedinOwner', 'LinkedIn profile, owner view', 'linkedin'],
    ['xOwner', 'X profile, owner view', 'x'],
    ['feed', 'LinkedIn feed (not a profile)', 'linkedin'],
    ['linkedinOther', "another member's LinkedIn profile", 'linkedin'],
  ];
  for (const [name, label, site] of scenarios) {
    const page = pages[name];
    const since = new Date().toISOString();
    const figures = summarise(await alternate(label, page), 'load');
    // How many times the content script read the page (one extra, untimed load with call counting).
    const counted = await countReads(ours, page.url, scripts[site], anchors[site], { settleMs: SETTLE_MS });
    figures.reads = counted.load.reads;
    if (page.own !== true) {
      // Nothing of a page that is not the owner's may be stored: no reading of its key since it was served.
      const readAt = await ours.worker.evaluate(
        (k) => globalThis.chrome.storage.local.get('snapshots').then((r) => r.snapshots?.[k]?.readAt ?? null),
        page.key,
      );
      figures.storedNothing = readAt === null || readAt < since;
      if (!figures.storedNothing) throw new Error(`${label}: the extension stored a reading of ${page.key}`);
    }
    results.loads[name] = { label, ...figures };
  }
  // ---- MutationObserver: 1,000 mutations on the ~5,000-element owner page ----
  const busy = pages.busy;
  const churn = async (page) => {
    const done = await mutate(page, { listIds: BOTH_LISTS, total: MUTATIONS, perFrame: PER_FRAME });
    await sleep(AFTER_MUTATIONS_MS);
    // The reader's later reads (the first is the load's): warm, once its code is compiled and the page's
    // DOM bindings exist in the content script's world.
    const warmReadMs = await page.evaluate(() =>
      performance
        .getEntriesByName('spruce:read')
        .slice(1)
        .map((e) => e.duration),
    );
    return { ...done, warmReadMs };
  };
  const moSamples = await alternate('1,000 mutations on the busy owner page', busy, { then: churn });
  const mo = summarise(moSamples, 'during');
  mo.load = summarise(moSamples, 'load').added;
  mo.mutations = stats(moSamples.spruce.map((s) => s.then.mutations));
  mo.frames = stats(moSamples.spruce.map((s) => s.then.frames));
  mo.mutationMs = stats(moSamples.spruce.map((s) => s.then.ms));
  const warm = moSamples.spruce.flatMap((s) => s.then.warmReadMs ?? []);
  if (warm.length) mo.warmReadMs = stats(warm);
  const moCounts = await countReads(ours, busy.url, scripts.linkedin, anchors.linkedin, {
    settleMs: SETTLE_MS,
    then: (page) => mutate(page, { listIds: BOTH_LISTS, total: MUTATIONS, perFrame: PER_FRAME }),
    afterMs: AFTER_MUTATIONS_MS,
  });
  mo.readsOnLoad = moCounts.load.reads;
  mo.readsDuringMutations = moCounts.during.reads;
  mo.callbacks = moCounts.during.callbacks;
  // The same number of mutations, all outside the profile (the messaging overlay): they must wake no read.
  const outside = await countReads(ours, busy.url, scripts.linkedin, anchors.linkedin, {
    settleMs: SETTLE_MS,
    then: (page) => mutate(page, { listIds: ['bench-churn'], total: MUTATIONS, perFrame: PER_FRAME }),
    afterMs: AFTER_MUTATIONS_MS,
  });
  mo.outside = { reads: outside.during.reads, callbacks: outside.during.callbacks };
  // Re-reads caused by the extension's own insertions: the same page left alone (no page mutations) while
  // the hints are drawn and placed; any read after the first could only come from what Spruce inserted.
  const quiet = await countReads(ours, busy.url, scripts.linkedin, anchors.linkedin, {
    settleMs: SETTLE_MS,
    then: (page) => page.evaluate(() => new Promise((r) => setTimeout(r, 1000))),
    afterMs: AFTER_MUTATIONS_MS,
  });
  // Every read of a page left alone beyond the first one (on load, while the hints arrive and are placed,
  // and in the quiet second after) is one Spruce's own insertions caused.
  mo.ownInsertions = Math.max(0, quiet.load.reads - 1) + quiet.during.reads;
  mo.label = `busy owner page (${busy.elements} elements)`;
  results.mutations = mo;

  // ---- Extension pages: time to the first render of real data (readings exist by now) ----
  // The popup as she uses it: on the tab of her own LinkedIn profile, where it shows the score, the top fixes
  // and the whole checklist (`?tab=` names that tab, as in the E2E suite: opened in a tab of its own, the
  // popup would otherwise be about itself), and past the one-time welcome, answered in the warm-up round.
  serve(pages.linkedinOwner);
  const since = new Date().toISOString();
  const profileTab = await ours.context.newPage();
  cleanup.push(() => profileTab.close().catch(() => undefined));
  await profileTab.goto(pages.linkedinOwner.url, { waitUntil: 'load' });
  await waitForReading(ours, pages.linkedinOwner.key, since);
  const tabId = await ours.worker.evaluate(
    (url) => globalThis.chrome.tabs.query({ url: `${url}*` }).then((tabs) => tabs[0]?.id),
    pages.linkedinOwner.url,
  );
  if (tabId === undefined) throw new Error('the LinkedIn profile tab was not found');
  const popupPath = `${manifest.action.default_popup}?tab=${tabId}`;
  await answerWelcome(ours, popupPath);
  progress('popup and options pages: ');
  const popup = [];
  const optionsPage = [];
  for (let round = -1; round < opts.runs; round++) {
    const p = await renderTime(ours, popupPath);
    const o = await renderTime(ours, manifest.options_ui.page);
    if (round >= 0) {
      popup.push(p);
      optionsPage.push(o);
    }
    progress(round < 0 ? 'w' : '.');
  }
  progress('\n');
  results.popupMs = stats(popup.map((x) => x.renderedMs));
  results.optionsMs = stats(optionsPage.map((x) => x.renderedMs));
  results.popupDomContentLoadedMs = stats(popup.map((x) => x.domContentLoadedMs));
  results.optionsDomContentLoadedMs = stats(optionsPage.map((x) => x.domContentLoadedMs));
  results.popupSamples = popup;
  results.optionsSamples = optionsPage;

  // The popup as a user opens it a while after the last reading: the worker stopped (and with no extension page
  // open, the extension's process gone). Last: it leaves the variant's worker handle dead.
  progress('popup with the worker stopped: ');
  const cold = [];
  for (let round = 0; round < opts.runs; round++) {
    await stopWorkers(ours);
    cold.push(await renderTime(ours, popupPath));
    progress('.');
  }
  progress('\n');
  results.popupColdMs = stats(cold.map((x) => x.renderedMs));
  results.popupColdDomContentLoadedMs = stats(cold.map((x) => x.domContentLoadedMs));
  results.popupColdSamples = cold;

  results.sizes = Object.fromEntries(
    Object.entries(sizes).map(([k, v]) => [k, { bytes: v.bytes, gzip: v.gzip, files: v.files }]),
  );
  results.storage = storage;
  results.durationS = Math.round((Date.now() - began) / 100) / 10;
  return results;
}

/** The table: every figure with its unit, what it is compared with, and the spread over the runs. */
function print(r) {
  const m = r.machine;
  const out = [];
  out.push(
    `\nSpruce bench, ${r.date}`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}; Chromium ${m.chromium} ` +
      `(${m.chromiumPath}); Node ${m.node}; ` +
      `load average at start ${m.loadAverage}`,
    `Runs: ${r.options.runs} of each timed figure, variants alternating in one session; each page settles ` +
      `${r.options.settleMs} ms from navigation start.`,
  );
  const names = Object.keys(r.loads.linkedinOwner.added);
  const label = (n) => (n === 'spruce' ? 'Spruce' : 'peer');

  // One row per figure: what the extension adds (median, min, max of the paired differences), and in the
  // note each variant's own median, so a difference can be read against the size of the whole.
  const abRows = (prefix, l, n) =>
    [
      ['script', 'scriptMs'],
      ['task', 'taskMs'],
      ['CPU', 'cpuMs'],
    ].map(([what, k]) => [
      `${prefix}${what}`,
      l.added[n][k],
      'ms',
      `with ${l.variants[n][k].median.toFixed(1)}, without ${l.variants.none[k].median.toFixed(1)}` +
        (k === 'scriptMs' ? `; V8 compile +${l.added[n].compileMs.median.toFixed(1)}` : ''),
    ]);
  const mainRows = [];
  for (const l of Object.values(r.loads)) {
    for (const n of names)
      mainRows.push(...abRows(`${l.label}: ${names.length > 1 ? `${label(n)} ` : ''}`, l, n));
    mainRows.push([`${l.label}: reads by the content script`, l.reads ?? 'not measurable', 'reads']);
  }
  out.push(
    table(
      'Main-thread time the extension adds to a page load (CDP ScriptDuration / TaskDuration, with minus ' +
        'without, paired runs; feed and other member: target indistinguishable from 0)',
      mainRows,
    ),
    'script: JavaScript run (ScriptDuration); task: every main-thread task, wall clock (TaskDuration, so it also ' +
      "counts time spent waiting for a CPU); CPU: the main thread's CPU time (ThreadTime). Reads are counted " +
      'in one extra load by V8 coverage of the built content script.',
  );

  const readRows = [];
  const readMs = [];
  for (const l of [r.loads.linkedinOwner, r.loads.xOwner, r.mutations]) {
    if (!l.readMs) continue;
    readRows.push([l.label, l.readMs, 'ms']);
    readMs.push(l.readMs.max);
  }
  if (r.mutations.warmReadMs) {
    readRows.push([`${r.mutations.label}: later reads, warm (spruce:read)`, r.mutations.warmReadMs, 'ms']);
    readMs.push(r.mutations.warmReadMs.max);
  }
  readRows.push(['largest single read (target < 50 ms)', Math.max(...readMs), 'ms']);
  for (const l of [r.loads.linkedinOwner, r.loads.xOwner]) {
    if (l.overlayMs) readRows.push([`${l.label}: drawing the hints (spruce:overlay)`, l.overlayMs, 'ms']);
    if (l.ownWorkMs)
      readRows.push([`${l.label}: read + hints, the content script's own work`, l.ownWorkMs, 'ms']);
  }
  out.push(
    table(
      "The content script's own time in the page (first reads: readMs stored with each reading; later reads: spruce:read measures; the hints' spruce:overlay measures; the report comes from the worker)",
      readRows,
      2,
    ),
  );

  const longRows = [];
  for (const l of [...Object.values(r.loads), { ...r.mutations, label: 'during the 1,000 mutations' }]) {
    for (const n of names) {
      const who = names.length > 1 ? ` (${label(n)})` : '';
      longRows.push([
        `${l.label}${who}`,
        l.added[n].longTasks,
        'tasks',
        `with ${l.variants[n].longTasks.max}, without ${l.variants.none.longTasks.max} at most in a run`,
      ]);
    }
  }
  out.push(
    table(`Long tasks (> ${LONG_TASK_MS} ms) the extension adds, with minus without (target 0)`, longRows, 0),
  );

  const mo = r.mutations;
  const moRows = [];
  for (const n of names) {
    moRows.push(...abRows(`${names.length > 1 ? `${label(n)} ` : ''}added during the mutations: `, mo, n));
    moRows.push([
      `${names.length > 1 ? `${label(n)} ` : ''}elements the extension inserted`,
      mo.added[n].elements,
      'elements',
    ]);
  }
  moRows.push(
    [
      'mutations made',
      mo.mutations,
      'mutations',
      `${PER_FRAME} per animation frame, ${mo.frames.median} frames; half in the profile, half in messaging`,
    ],
    ['observer callbacks (Spruce)', mo.callbacks ?? 'not measurable', 'calls', 'counted by V8 coverage'],
    [
      're-reads caused by the mutations',
      mo.readsDuringMutations ?? 'not measurable',
      'reads',
      'debounced, from the half in the profile',
    ],
    [
      `re-reads caused by ${MUTATIONS} mutations all in the messaging overlay`,
      mo.outside?.reads ?? 'not measurable',
      'reads',
      `outside <main>; ${mo.outside?.callbacks ?? '?'} observer callbacks`,
    ],
    [
      're-reads caused by its own insertions',
      mo.ownInsertions,
      'reads',
      'the page left alone while the hints are drawn (its host is outside <body>)',
    ],
  );
  out.push(
    table(
      `MutationObserver: ${MUTATIONS} mutations on a ${r.pages.busy.elements}-element owner page ` +
        `(${r.pages.busy.nodes} nodes), observer connected (fields unread: ${r.pages.busy.unknownFields.length})`,
      moRows,
    ),
  );

  out.push(
    table('Extension pages: navigation start to first render of real data (target < 100 ms)', [
      ['popup', r.popupMs, 'ms', `DOMContentLoaded at ${r.popupDomContentLoadedMs.median.toFixed(1)}`],
      [
        'popup, worker stopped first',
        r.popupColdMs,
        'ms',
        `DOMContentLoaded at ${r.popupColdDomContentLoadedMs.median.toFixed(1)}`,
      ],
      [
        'options page',
        r.optionsMs,
        'ms',
        `DOMContentLoaded at ${r.optionsDomContentLoadedMs.median.toFixed(1)}`,
      ],
    ]),
  );

  const kb = (b) => (b / 1024).toFixed(1);
  out.push(
    grid(
      'Bundle sizes: what the browser loads for each entry (scripts/sizes.mjs)',
      ['bundle', 'KB', 'KB gzipped', 'budget KB'],
      Object.entries(r.sizes).map(([k, v]) => [k, kb(v.bytes), kb(v.gzip), BUDGETS_KB[k] ?? '-']),
    ),
  );
  const s = r.storage;
  out.push(
    grid(
      'Storage: simulated daily history (src/core/history.ts, stored form as JSON)',
      ['history', 'rows', 'KB', 'bytes per row'],
      [
        [
          `${s.profiles} profiles x ${(s.days / 365.25).toFixed(0)} years`,
          s.rows,
          kb(s.bytes),
          (s.bytes / s.rows).toFixed(1),
        ],
      ],
    ),
  );
  out.push(`\nTotal time ${r.durationS} s. Figures written to bench/results.json.`);
  console.log(out.join('\n'));
}

const opts = options();
const cleanup = [];
/** Close the browsers and the server, newest first, each once (also on Ctrl-C, which may interrupt main). */
async function closeAll() {
  while (cleanup.length)
    await cleanup
      .pop()()
      .catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: closing the browsers`);
    void closeAll().then(() => process.exit(130));
  });
}
try {
  const results = await main(opts, cleanup);
  print(results);
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
} catch (err) {
  console.error(`\nbench failed: ${err instanceof Error ? (err.stack ?? err.message) : err}`);
  process.exitCode = 1;
} finally {
  // Never leave a browser or the server running, whatever happened.
  await closeAll();
}
