// The node side of `npm run bench`: the pages it serves (captures turned into their owner's view with the
// reader tests' transforms, the synthetic busy page) and the storage figure (ten years of history).
// scripts/bench.mjs loads this file through vite's runnerImport so it can use the project's TypeScript
// modules; it must use static imports only (a dynamic import() fails once the runner has closed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readLinkedIn } from '../../src/readers/linkedin/read.ts';
import { readX } from '../../src/readers/x/read.ts';
import type { LinkedInProfile, Profile, XProfile } from '../../src/core/profile.ts';
import { absent, found, unknown } from '../../src/core/field.ts';
import { addDays, appendFor, entryFromReport, type History } from '../../src/core/history.ts';
import { reportFor } from '../../src/background/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../src/storage/settings.ts';
import type { Snapshot } from '../../src/storage/schema.ts';
import {
  LINKEDIN_CAPTURES as LI,
  X_CAPTURES as X,
  asEmberOwner,
  asXOwner,
  type Undo,
  rng,
} from '../../test/unit/readers/helpers.ts';
import { PAGES, ROOT, capture } from '../../test/e2e/harness.ts';
import { FIXTURE_HOSTS } from '../../test/e2e/browsers.ts';
import { startServer } from '../../test/e2e/server.ts';
import { BUSY_URL, busyPage } from '../../bench/make-busy-page.mjs';

export { BUSY_URL, FIXTURE_HOSTS, ROOT, startServer };

/** A page as the bench serves it, with what the reader makes of it in node. */
export interface BenchPage {
  url: string;
  html: string;
  /** The storage key the content script files the reading under. */
  key: string;
  /** The reader's verdict in node: true = the owner's view (the extension stores it). */
  own: boolean | null;
  /** Fields the reader leaves unknown on this page. */
  unknownFields: string[];
  /** Elements and all nodes (text included) once parsed. */
  elements: number;
  nodes: number;
}

const readerFor = (url: string) => (url.startsWith('https://x.com/') ? readX : readLinkedIn);

/**
 * Parse a page, optionally turn it into its owner's view, drop its scripts, and serialise it for the server.
 * As in test/e2e/reading.e2e.ts: the captures' own scripts could only fail offline and would add their own
 * noise to the timings; the JSON-LD data block stays (data, not code).
 */
export function servePage(source: string, url: string, transform?: (doc: Document) => Undo): BenchPage {
  const dom = new JSDOM(source, { url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  for (const el of doc.querySelectorAll('script:not([type="application/ld+json"]), meta[http-equiv]')) {
    el.remove();
  }
  // Frames from other hosts (trackers, fingerprinting) go too: offline each loads Chromium's network error
  // page, whose own script ran for 5 to 16 ms per load at random and drowned the content script's time.
  for (const el of doc.querySelectorAll('iframe[src^="http"]')) el.remove();
  transform?.(doc);
  const html = dom.serialize();
  dom.window.close();
  // Read what will be served (not the document before serialisation), as the content script will.
  const again = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const d = again.window.document;
  const profile = readerFor(url)(d, url);
  let nodes = 0;
  const walker = d.createTreeWalker(d, 0xffffffff);
  while (walker.nextNode()) nodes++;
  const page: BenchPage = {
    url,
    html,
    key: profile.key,
    own: profile.own,
    unknownFields: Object.entries(profile.fields)
      .filter(([, f]) => (f as { state: string }).state === 'unknown')
      .map(([name]) => name),
    elements: d.querySelectorAll('*').length,
    nodes,
  };
  again.window.close();
  return page;
}

const slugOf = (url: string) => new URL(url).pathname.split('/')[2] ?? '';

/** Every page the bench serves. Throws when a page is not what the measurement needs. */
export function benchPages() {
  const pages = {
    // The largest LinkedIn capture (2024 Ember layout), as its owner would see it: the extension does all
    // its work (reads every section, stores the reading, the worker scores it).
    linkedinOwner: servePage(capture(LI.full.file), LI.full.url, (d) => asEmberOwner(d, slugOf(LI.full.url))),
    xOwner: servePage(capture(X.jason.file), X.jason.url, asXOwner),
    // The same capture untransformed: another member's profile on the same URL.
    linkedinOther: servePage(capture(LI.full.file), LI.full.url),
    // Not a profile at all: the feed.
    feed: servePage(
      readFileSync(join(PAGES, 'linkedin-feed.html'), 'utf8'),
      'https://www.linkedin.com/feed/',
    ),
    busy: servePage(busyPage(), BUSY_URL),
  };
  const problems: string[] = [];
  for (const name of ['linkedinOwner', 'xOwner', 'busy'] as const) {
    if (pages[name].own !== true) problems.push(`${name} does not read as the owner's view`);
  }
  if (pages.linkedinOther.own !== false) problems.push('linkedinOther does not read as another member');
  // The busy page must leave something unread, or the content script stops observing after its first read.
  if (!pages.busy.unknownFields.includes('skills')) problems.push('the busy page reads skills as settled');
  if (pages.busy.elements < 4500) problems.push(`the busy page has only ${pages.busy.elements} elements`);
  if (problems.length) throw new Error(`bench pages: ${problems.join('; ')}`);
  return pages;
}

// ---- Storage: ten years of daily history -------------------------------------------------------------------

const readPage = (p: BenchPage): Profile =>
  readerFor(p.url)(new JSDOM(p.html, { url: p.url }).window.document, p.url);

/**
 * Ten years of DAILY readings of two profiles (the owner-view LinkedIn and X captures), built the way the
 * product will build it: each day each profile is read, scored by the worker's own reportFor() (with the other
 * network's latest reading, as the worker does) and recorded with append(). Counts move most days, the
 * profile is edited now and then, and 3% of readings miss part of the page. Returns the stored form's size.
 */
export function tenYearsOfHistory(pages: { linkedinOwner: BenchPage; xOwner: BenchPage }) {
  const started = performance.now();
  const r = rng(2016);
  const pick = (p: number) => r() < p;
  const li0 = readPage(pages.linkedinOwner) as LinkedInProfile;
  const x0 = readPage(pages.xOwner) as XProfile;
  const li = { ...li0, fields: { ...li0.fields } };
  const x = { ...x0, fields: { ...x0.fields } };
  const num = (f: { state: string; value?: unknown }, fallback: number) =>
    f.state === 'found' && typeof f.value === 'number' ? f.value : fallback;
  let connections = num(li.fields.connections, 300);
  let liFollowers = num(li.fields.followers, 300);
  let skills = num(li.fields.skills, 5);
  let xFollowers = num(x.fields.followers, 1000);
  let following = num(x.fields.following, 200);
  const text = (n: number) => 'w'.repeat(n);

  let history: History = {};
  const days = 3653;
  for (let d = 0; d < days; d++) {
    const day = addDays('2026-01-01', d);
    if (pick(0.45)) connections += 1 + Math.floor(r() * 3);
    if (pick(0.6)) liFollowers += Math.floor(r() * 6) - 1;
    if (pick(0.01)) skills = Math.max(0, skills + Math.floor(r() * 5) - 1);
    if (pick(0.8)) xFollowers += Math.floor(r() * 9) - 2;
    if (pick(0.15)) following = Math.max(0, following + Math.floor(r() * 4) - 1);
    li.fields.connections = found(connections);
    li.fields.followers = found(Math.max(0, liFollowers));
    li.fields.skills = found(skills);
    x.fields.followers = found(Math.max(0, xFollowers));
    x.fields.following = found(following);
    if (pick(0.02)) li.fields.about = found(text(100 + Math.floor(r() * 1800)));
    if (pick(0.01)) li.fields.headline = found(text(20 + Math.floor(r() * 200)));
    if (pick(0.005)) x.fields.bio = found(text(30 + Math.floor(r() * 130)));
    if (pick(0.003)) x.fields.pinned = x.fields.pinned.state === 'found' ? absent : found(true);
    // A reading that could not see part of the page: those fields are unknown that day only.
    const liRead = pick(0.03)
      ? { ...li, fields: { ...li.fields, about: unknown('not loaded'), skills: unknown('not loaded') } }
      : li;
    const readAt = `${day}T09:00:00.000Z`;
    const snapshots: Record<string, Snapshot> = {
      [li.key]: { profile: liRead, readAt },
      [x.key]: { profile: x, readAt },
    };
    for (const p of [liRead, x] as Profile[]) {
      const report = reportFor(p, readAt, snapshots, DEFAULT_SETTINGS);
      history = appendFor(history, p.key, entryFromReport(day, report, p));
    }
  }
  const json = JSON.stringify(history);
  const rows = Object.values(history).reduce((n, h) => n + h.length, 0);
  return {
    profiles: Object.keys(history).length,
    days,
    rows,
    bytes: new TextEncoder().encode(json).length,
    ms: performance.now() - started,
  };
}
