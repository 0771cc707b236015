// Reads one profile page while it loads. Both sites render client-side and LinkedIn loads sections lazily
// as the user scrolls, so a first reading is often incomplete: one MutationObserver re-reads when relevant
// DOM arrives (debounced, backing off while nothing changes) and is disconnected as soon as the reading
// is complete or the page changes. Everything hangs off `run`.
import type { Profile } from '../core/profile.ts';

export interface ReadingOptions {
  read: () => Profile | null;
  /** Called with each reading that differs from the previous one, and the time the read took (ms). */
  onReading: (profile: Profile, readMs: number) => void;
  /** Our own injected UI: mutations inside it must not trigger a re-read. */
  isOwnNode?: (node: Node) => boolean;
  /** Accept the reading? (e.g. reject the previous profile's DOM still on screen after a pushState.) */
  accept?: (profile: Profile) => boolean;
  run: Run;
}

/**
 * A reading's off switch: an AbortController's job without one (the first made in a content script's world
 * costs about 0.5 ms, on every profile page). stopRun() stops it; startReading sets `stop`.
 */
export interface Run {
  stopped?: boolean;
  stop?: () => void;
}

export const stopRun = (run: Run | undefined): void => {
  if (run) {
    run.stopped = true;
    run.stop?.();
  }
};

const MIN_DELAY = 250;
const MAX_DELAY = 8000;

/** Has every field been settled (found or absent)? Then there is nothing left to wait for. */
export const isComplete = (p: Profile): boolean =>
  Object.values(p.fields).every((f: { state: string }) => f.state !== 'unknown');

/** Counters for tests and the benchmark. */
export interface ReadingStats {
  reads: number;
  submitted: number;
  observing: boolean;
  /** Total time spent inside read(), in ms. */
  readMs: number;
}

export function startReading(doc: Document, opts: ReadingOptions): ReadingStats {
  const stats: ReadingStats = { reads: 0, submitted: 0, observing: false, readMs: 0 };
  const { run } = opts;
  let lastJson = '';
  let complete = false;
  let delay = MIN_DELAY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;

  const stop = () => {
    observer?.disconnect();
    observer = undefined;
    stats.observing = false;
    clearTimeout(timer);
    timer = undefined;
  };
  run.stop = stop;

  const readNow = () => {
    timer = undefined;
    if (run.stopped) return;
    stats.reads++;
    const started = performance.now();
    const profile = opts.read();
    const readMs = performance.now() - started;
    stats.readMs += readMs;
    // Each read of the owner's page is a `spruce:read` measure for npm run bench (its first and its later,
    // warm reads). Nothing of the kind is left on anyone else's page.
    if (profile?.own === true) performance.measure('spruce:read', { start: started, duration: readMs });
    if (!profile || (opts.accept && !opts.accept(profile))) return;
    const json = JSON.stringify(profile.fields);
    if (json === lastJson) {
      delay = Math.min(delay * 2, MAX_DELAY); // nothing new: back off
      return;
    }
    lastJson = json;
    delay = MIN_DELAY;
    stats.submitted++;
    opts.onReading(profile, readMs);
    if (isComplete(profile)) {
      complete = true;
      stop();
    }
  };

  // Only added elements can bring new profile content, and only where the readers look: never inside our own
  // UI, and, once the page has a <main>, only inside it. On both sites the profile is in <main> (every capture
  // reads the same with the rest of <body> removed: test/unit/readers/main-only.test.ts), so the messaging
  // overlay, the navigation's badges and toasts wake nothing. When the <main> seen last leaves the page (a
  // page swap), the next one is looked up, and a new one counts (a second <main> beside the one seen last is
  // not looked at while that one stays). Without a <main> (a layout we do not know, or a swap half done),
  // every addition outside our UI counts.
  // This runs for every batch of the page's mutations, so it asks the DOM little: whether that <main> is still
  // in the page (looking it up again would walk the document from its start after every change), and one
  // contains() per record (a record's added nodes share its target).
  const mains = doc.getElementsByTagName('main');
  let main = mains[0];
  const relevant = (records: MutationRecord[]): boolean => {
    if (!main?.isConnected) {
      const last = main;
      main = mains[0];
      if (main && main !== last) return true;
    }
    const within = main;
    return records.some(
      (r) =>
        r.addedNodes.length > 0 &&
        (!within || within.contains(r.target)) &&
        !opts.isOwnNode?.(r.target) &&
        [...r.addedNodes].some((n) => n.nodeType === 1 && !opts.isOwnNode?.(n)),
    );
  };

  readNow();
  if (complete || run.stopped) return stats;

  observer = new MutationObserver((records) => {
    if (timer === undefined && relevant(records)) timer = setTimeout(readNow, delay);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  stats.observing = true;
  return stats;
}
