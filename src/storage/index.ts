// The typed storage module: the only place that touches browser.storage. Each item name fixes its value
// type (src/storage/schema.ts); values are validated on every load, so a corrupt or older value never
// reaches the UI as the wrong shape. Writes belong to the background worker (the single writer).
import browser from 'webextension-polyfill';
import { ITEMS, SCHEMA_VERSION, type ItemName, type LocalItems } from './schema.ts';

export type { LocalItems, ItemName, Settings, Snapshot } from './schema.ts';

const area = () => browser.storage.local;

export async function getItem<K extends ItemName>(name: K): Promise<LocalItems[K]> {
  const raw = (await area().get(name))[name];
  return ITEMS[name](raw);
}

export async function setItem<K extends ItemName>(name: K, value: LocalItems[K]): Promise<void> {
  await area().set({ [name]: value });
}

/** Call `onChange` with the validated new value whenever the item changes, until `signal` aborts. */
export function watchItem<K extends ItemName>(
  name: K,
  onChange: (value: LocalItems[K]) => void,
  signal?: AbortSignal,
): void {
  if (signal?.aborted) return;
  const listener = (changes: Record<string, browser.Storage.StorageChange>, areaName: string) => {
    const change = changes[name];
    if (areaName === 'local' && change) onChange(ITEMS[name](change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * Checked at every start of the worker (not only onInstalled, which does not fire when a browser restarts
 * with an older profile): stamps the schema version on a fresh install and refuses to touch data written
 * by a newer version of Spruce.
 */
export async function ensureSchema(): Promise<{ version: number; fresh: boolean }> {
  const version = await getItem('schemaVersion');
  if (version === SCHEMA_VERSION) return { version, fresh: false };
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `Stored data is from a newer Spruce (schema ${version}); this version reads ${SCHEMA_VERSION}.`,
    );
  }
  // 0: nothing stored yet. Migrations from older versions go here as pure functions (src/storage/migrations).
  await setItem('schemaVersion', SCHEMA_VERSION);
  return { version: SCHEMA_VERSION, fresh: version === 0 };
}
