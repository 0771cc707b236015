// What Spruce keeps in extension storage: the item types, their defaults, and validation on load.
// Pure: no browser API, so it is unit-tested in node. src/storage/index.ts does the I/O.
import type { Profile } from '../core/profile.ts';
import type { Report } from '../core/report.ts';
import type { Settings as ChecklistSettings } from '../core/settings.ts';
import type { Todo } from '../core/todos.ts';
import type { Goals } from '../core/goals.ts';
import type { History } from '../core/history.ts';

/**
 * Bumped when the stored shape changes; src/storage/index.ts checks it at every start and runs the pure
 * migrations in src/storage/migrations.ts. 1: settings {checklist} and snapshots. 2: to-dos, goals, history,
 * overlay and sync switches, hint dismissals, first-run state.
 */
export const SCHEMA_VERSION = 2;

export type Site = 'linkedin' | 'x';

/** A hint the user dismissed (until: null) or snoozed (until a time), per rule id. */
export interface HintChoice {
  until: string | null;
}

export interface Settings {
  /** Rules switched off, threshold overrides, target keywords, goal preset (src/core/settings.ts). */
  checklist: ChecklistSettings;
  /** On-page hints per site (default on). */
  overlays: Record<Site, boolean>;
  /** Keep settings and to-dos in storage.sync too (default off). */
  sync: boolean;
  /** Hints dismissed or snoozed, by rule id. */
  hints: Record<string, HintChoice>;
  /**
   * The profile of each network the cross-network checks compare, when she keeps more than one there (a
   * personal and a work X account): its key. Unset, or no longer kept: the one read last.
   */
  main: Partial<Record<Site, string>>;
}

/** First-run state and other small facts about this install (not exported, not synced). */
export interface Meta {
  /** The welcome was seen and closed (with or without the starter plan). */
  welcomed: boolean;
}

/** How syncing went last time (the options page shows it). */
export interface SyncStatus {
  state: 'off' | 'ok' | 'error';
  /** When it last wrote or failed (ISO). */
  at?: string;
  /** Bytes the synced data takes, of storage.sync's 102,400. */
  bytes?: number;
  /** In plain words, when state is 'error'. */
  message?: string;
  /** Hash of the text last written, to skip writing the same again (src/storage/sync.ts). */
  hash?: string;
}

export interface Snapshot {
  profile: Profile;
  /** ISO time of the reading. */
  readAt: string;
  /** How long the reader took in the page, in ms (the benchmark reports it). */
  readMs?: number;
  /**
   * The checklist's report on this reading, with the other network's latest reading for the cross checks.
   * Its texts are message references (src/core/i18n.ts), rendered in the user's language when shown.
   */
  report?: Report;
}

export interface LocalItems {
  schemaVersion: number;
  settings: Settings;
  /** The latest reading per profile, keyed by Profile.key ("linkedin:<slug>", "x:<handle>"). */
  snapshots: Record<string, Snapshot>;
  todos: Todo[];
  goals: Goals;
  /** Per profile key, the compact daily history (src/core/history.ts). */
  history: History;
  meta: Meta;
  syncStatus: SyncStatus;
  /**
   * Other people's profiles she keeps as examples to learn from, keyed like snapshots, each with its report
   * (her settings, its network's checks only). Local only: not synced, not in backups.
   */
  examples: Record<string, Snapshot>;
}
export type ItemName = keyof LocalItems;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isSnapshot = (v: unknown): v is Snapshot =>
  isRecord(v) &&
  typeof v.readAt === 'string' &&
  isRecord(v.profile) &&
  (v.profile.platform === 'linkedin' || v.profile.platform === 'x') &&
  typeof v.profile.key === 'string' &&
  isRecord(v.profile.fields);

/** Snapshots from storage; malformed entries are dropped rather than crashing the reader of them. */
export function validateSnapshots(raw: unknown): Record<string, Snapshot> {
  if (!isRecord(raw)) return {};
  const out: Record<string, Snapshot> = {};
  for (const [key, value] of Object.entries(raw)) if (isSnapshot(value)) out[key] = value;
  return out;
}

/** The main profile of each network: a key of that network ("x:robinreads"), or nothing. */
export function validateMain(raw: unknown): Settings['main'] {
  const out: Settings['main'] = {};
  if (!isRecord(raw)) return out;
  for (const site of ['linkedin', 'x'] as const) {
    const key = raw[site];
    if (
      typeof key === 'string' &&
      key.length <= 200 &&
      key.startsWith(`${site}:`) &&
      key.length > site.length + 1
    )
      out[site] = key;
  }
  return out;
}

export const validateMeta = (raw: unknown): Meta => ({ welcomed: isRecord(raw) && raw.welcomed === true });

/** A stored item: its name fixes its type, and every load goes through its validator. */
export interface Item<K extends ItemName> {
  readonly name: K;
  readonly validate: (raw: unknown) => LocalItems[K];
}

// One descriptor per item, so a page that reads only snapshots does not bundle the settings validator
// (which carries the whole rule list).
export const SCHEMA_VERSION_ITEM: Item<'schemaVersion'> = {
  name: 'schemaVersion',
  validate: (raw) => (typeof raw === 'number' && Number.isInteger(raw) && raw > 0 ? raw : 0),
};
export const SNAPSHOTS: Item<'snapshots'> = { name: 'snapshots', validate: validateSnapshots };
export const EXAMPLES: Item<'examples'> = { name: 'examples', validate: validateSnapshots };
