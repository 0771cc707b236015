// Migrations of stored data, as pure functions from one schema version's items to the next one's. The worker
// runs them at start (src/storage/index.ts ensureSchema) and writes the result in one storage call; if one
// throws, nothing is written: the old data stays as it was, and the error is reported (the popup and the
// options page show it) until a Spruce that can read the data is installed.
import { appendFor, dayOf, entryFromReport, type History } from '../core/history.ts';
import { NO_GOALS } from '../core/goals.ts';
import type { Profile } from '../core/profile.ts';
import type { Report } from '../core/report.ts';
import { isRecord } from './schema.ts';
import { messageOf } from '../messages.ts';

export type StoredItems = Record<string, unknown>;

/** Each entry turns version `from` into `from + 1`. */
const STEPS: Record<number, (items: StoredItems) => StoredItems> = {
  // 1 -> 2: the data features. Settings gain the overlay and sync switches and hint choices (defaults);
  // to-dos and goals start empty; the history starts from each profile's latest stored report, so the
  // progress chart has its first point; the welcome is shown once.
  1(items) {
    const settings = isRecord(items.settings) ? items.settings : {};
    const snapshots = isRecord(items.snapshots) ? items.snapshots : {};
    let history: History = {};
    const readings = Object.entries(snapshots).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [key, s] of readings) {
      if (!isRecord(s) || !isRecord(s.report) || typeof s.readAt !== 'string') continue;
      // The user's local day, as the worker dates its entries (a UTC day would put an evening reading in New
      // York on the next day, and the worker's next reading that evening would then be refused as older).
      const entry = entryFromReport(dayOf(s.readAt), s.report as unknown as Report, s.profile as Profile);
      history = appendFor(history, key, entry);
    }
    return {
      ...items,
      settings: { ...settings, overlays: { linkedin: true, x: true }, sync: false, hints: {}, main: {} },
      todos: [],
      goals: NO_GOALS,
      history,
      meta: { welcomed: false },
      schemaVersion: 2,
    };
  },
};

/**
 * Bring stored items from version `from` up to `to`. Throws (with the step that failed) when a step is
 * missing or fails; the caller then writes nothing.
 */
export function migrate(items: StoredItems, from: number, to: number): StoredItems {
  let out = items;
  for (let v = from; v < to; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`Spruce cannot update stored data from version ${v}.`);
    try {
      out = step(out);
    } catch (err) {
      throw new Error(`Updating stored data from version ${v} to ${v + 1} failed: ${messageOf(err)}`, {
        cause: err,
      });
    }
  }
  return out;
}
