// Optional sync: when the user switches it on, her settings and to-dos are copied to storage.sync, which
// the browser carries to her other browsers signed in to the same account. History and readings stay local.
//
// storage.sync's quotas (Chrome; Firefox's are alike): 8,192 bytes per item (key + JSON value), 102,400 bytes
// in all, 120 writes a minute, 1,800 an hour. So the data is written as one JSON text cut into items
// ("spruce:0", "spruce:1"... plus "spruce:meta"), all in ONE set() call, only when it changed (a hash of the
// text is kept), and the worker batches changes (src/background/index.ts waits a moment after the last one).
// Over the total quota, or on any error, nothing breaks: everything keeps working from local storage, and
// the options page says why syncing stopped.
import { ext } from '../ext.ts';
import { SYNC_QUOTA } from '../core/limits.ts';
import type { Todo } from '../core/todos.ts';
import { messageOf } from '../messages.ts';
import { isRecord, type Settings, type SyncStatus } from './schema.ts';
import { validateTodos } from './items.ts';

const PREFIX = 'spruce:';
const META = `${PREFIX}meta`;

export interface Synced {
  settings: Settings;
  todos: Todo[];
}

interface SyncMeta {
  /** How many chunk items. */
  n: number;
  hash: string;
  /** When written (ISO). */
  at: string;
}

const utf8 = (s: string): number => new TextEncoder().encode(s).length;

/** Bytes an item takes against the quotas: its key and its value as JSON. */
export const itemBytes = (key: string, value: unknown): number => utf8(key) + utf8(JSON.stringify(value));

/** FNV-1a over UTF-16 units: enough to tell whether the text changed. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Cut a text into items that each fit `perItem` bytes. Cuts fall between UTF-16 code units but never inside
 * a surrogate pair, and joining the chunks gives the text back exactly.
 */
export function splitForSync(text: string, perItem: number = SYNC_QUOTA.perItem): Record<string, string> {
  const out: Record<string, string> = {};
  let start = 0;
  let i = 0;
  while (start < text.length) {
    const key = `${PREFIX}${i}`;
    // Worst case JSON grows a character to 6 bytes (\\u escapes); try big, then shrink until it fits.
    let end = Math.min(text.length, start + perItem);
    for (;;) {
      if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
      if (itemBytes(key, text.slice(start, end)) <= perItem) break;
      end = start + Math.max(1, Math.floor((end - start) * 0.8));
    }
    out[key] = text.slice(start, end);
    start = end;
    i++;
  }
  return out;
}

export function joinFromSync(items: Record<string, unknown>, n: number): string | null {
  let text = '';
  for (let i = 0; i < n; i++) {
    const chunk = items[`${PREFIX}${i}`];
    if (typeof chunk !== 'string') return null;
    text += chunk;
  }
  return text;
}

/**
 * Write the synced copy when it changed. Returns the status to store. Never throws: a quota or any other
 * error comes back as an 'error' status in plain words.
 */
export async function pushSync(data: Synced, now: string, previous: SyncStatus): Promise<SyncStatus> {
  const text = JSON.stringify(data);
  const hash = hashText(text); // syncedHash(data), without making the text twice
  if (previous.state === 'ok' && previous.hash === hash) return previous;
  const chunks = splitForSync(text);
  const n = Object.keys(chunks).length;
  const meta: SyncMeta = { n, hash, at: now };
  const bytes = Object.entries(chunks).reduce((sum, [k, v]) => sum + itemBytes(k, v), itemBytes(META, meta));
  const kb = (b: number) => `${Math.ceil(b / 1024)} KB`;
  // An error keeps the hash of the last copy this browser wrote: that copy is still its own, not another
  // browser's (pullSync), so to-dos deleted since are not merged back from it.
  const kept = previous.hash ? { hash: previous.hash } : {};
  if (bytes > SYNC_QUOTA.total - 1024)
    return {
      state: 'error',
      at: now,
      bytes,
      ...kept,
      message: `Your settings and to-dos take ${kb(bytes)}, more than the ${kb(SYNC_QUOTA.total)} your browser syncs. They are kept in this browser only until they are smaller.`,
    };
  try {
    const sync = ext().storage.sync;
    const old = await sync.get(null);
    await sync.set({ ...chunks, [META]: meta });
    // Written: the synced copy is this one now, whatever happens next. Pieces left from a longer copy are
    // past meta.n, so nobody reads them; one that cannot be removed now (the write-rate limit) goes next time.
    const stale = Object.keys(old).filter((k) => k.startsWith(PREFIX) && k !== META && !(k in chunks));
    if (stale.length) await sync.remove(stale).catch(() => undefined);
    return { state: 'ok', at: now, bytes, hash };
  } catch (err) {
    return {
      state: 'error',
      at: now,
      bytes,
      ...kept,
      message: `Syncing stopped: ${messageOf(err)}. Everything still works and is kept in this browser.`,
    };
  }
}

/** The hash pushSync gives this data: equal to the status's hash when nothing changed since the last push. */
export const syncedHash = (data: Synced): string => hashText(JSON.stringify(data));

/**
 * This browser's to-dos and another browser's, when both changed since they last synced (or when sync is
 * switched on where a synced copy already exists): this browser's in its order, then the other's that it
 * lacks (by id), less any that would clash with one before it (validateTodos). Nothing is dropped for being
 * older: a to-do deleted on one side may come back, which is better than losing one.
 */
export function mergeTodos(local: readonly Todo[], remote: unknown): Todo[] {
  const ids = new Set(local.map((t) => t.id));
  return validateTodos([...local, ...validateTodos(remote).filter((t) => !ids.has(t.id))]);
}

/** Remove the synced copy (sync switched off). */
export async function clearSync(): Promise<void> {
  const sync = ext().storage.sync;
  const keys = Object.keys(await sync.get(null)).filter((k) => k.startsWith(PREFIX));
  if (keys.length) await sync.remove(keys);
}

/**
 * The synced copy, when another browser wrote it after our last push (its hash is not the one we pushed:
 * only a push changes it); else null, or undefined when there is no copy at all (never pushed, or cleared by
 * another browser). A failed push keeps the hash of the one before it. Without a hash of ours (sync just
 * switched on, or no push of ours ever succeeded) any copy counts. Times are not compared: the browsers'
 * clocks may disagree.
 */
export async function pullSync(
  status: SyncStatus,
): Promise<{ data: unknown; hash: string; at: string } | null | undefined> {
  const items = await ext().storage.sync.get(null);
  const meta = items[META];
  if (meta === undefined) return undefined;
  if (
    !isRecord(meta) ||
    typeof meta.n !== 'number' ||
    typeof meta.hash !== 'string' ||
    typeof meta.at !== 'string'
  )
    return null;
  if (meta.hash === status.hash) return null;
  const text = joinFromSync(items, meta.n);
  if (text === null || hashText(text) !== meta.hash) return null;
  try {
    return { data: JSON.parse(text) as unknown, hash: meta.hash, at: meta.at };
  } catch {
    return null;
  }
}
