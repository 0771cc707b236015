// The backup file's format and its export: tiny and free of the import checks (src/core/backup.ts), so the
// pages that only export do not bundle the validators. Pure.
import type { Goals } from './goals.ts';
import type { History, IsoTime, ReportLike } from './history.ts';
import type { Profile } from './profile.ts';
import type { Todos } from './todos.ts';

export const BACKUP_FORMAT = 'spruce-backup';
/** The version of the backup format this Spruce writes and reads. Older versions would be migrated here. */
export const BACKUP_VERSION = 1;

/** The latest reading of a profile, as the background keeps it. */
export interface Snapshot {
  profile: Profile;
  readAt: IsoTime;
  /** How long the reader took in the page, in ms. */
  readMs?: number;
  report?: ReportLike;
}

/** Everything Spruce keeps. `S` is the settings' type (src/storage owns it). */
export interface State<S = unknown> {
  settings: S;
  /** The latest reading per profile key. */
  snapshots: Record<string, Snapshot>;
  todos: Todos;
  goals: Goals;
  history: History;
}

export interface Backup<S = unknown> {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: IsoTime;
  data: State<S>;
}

/** The file to save: `JSON.stringify(exportData(state, now))`. */
export const exportData = <S>(
  state: State<S>,
  now: IsoTime,
  version: number = BACKUP_VERSION,
): Backup<S> => ({
  format: BACKUP_FORMAT,
  version,
  exportedAt: now,
  data: state,
});
