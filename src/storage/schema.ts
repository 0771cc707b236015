// What Spruce keeps in extension storage: the item types, their defaults, and validation on load.
// Pure: no browser API, so it is unit-tested in node. src/storage/index.ts does the I/O.
import type { Profile } from '../core/profile.ts';

/** Bumped when the stored shape changes; src/storage/index.ts checks it at every start. */
export const SCHEMA_VERSION = 1;

export interface Settings {
  /** On-page hints per site. */
  overlays: { linkedin: boolean; x: boolean };
}

export interface Snapshot {
  profile: Profile;
  /** ISO time of the reading. */
  readAt: string;
  /** How long the reader took in the page, in ms (the benchmark reports it). */
  readMs?: number;
}

export interface LocalItems {
  schemaVersion: number;
  settings: Settings;
  /** The latest reading per profile, keyed by Profile.key ("linkedin:<slug>", "x:<handle>"). */
  snapshots: Record<string, Snapshot>;
}
export type ItemName = keyof LocalItems;

export const DEFAULT_SETTINGS: Settings = { overlays: { linkedin: true, x: true } };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

/** Settings from storage, with any missing or malformed part replaced by its default. */
export function validateSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const o = isRecord(r.overlays) ? r.overlays : {};
  return {
    overlays: {
      linkedin: bool(o.linkedin, DEFAULT_SETTINGS.overlays.linkedin),
      x: bool(o.x, DEFAULT_SETTINGS.overlays.x),
    },
  };
}

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

export const ITEMS: { [K in ItemName]: (raw: unknown) => LocalItems[K] } = {
  schemaVersion: (raw) => (typeof raw === 'number' && Number.isInteger(raw) && raw > 0 ? raw : 0),
  settings: validateSettings,
  snapshots: validateSnapshots,
};
