// The typed storage module: the only place that touches browser.storage. Each item name fixes its value
// type (src/storage/schema.ts); values are validated on every load, so a corrupt or older value never
// reaches the UI as the wrong shape. Writes belong to the background worker (the single writer).
import type { Storage } from 'webextension-polyfill';
import { ext } from '../ext.ts';
import { SCHEMA_VERSION, SCHEMA_VERSION_ITEM, type Item, type ItemName, type LocalItems } from './schema.ts';

export type { LocalItems, ItemName, Item, Settings, Snapshot } from './schema.ts';
export { SNAPSHOTS } from './schema.ts';

const area = () => ext().storage.local;

export async function getItem<K extends ItemName>(item: Item<K>): Promise<LocalItems[K]> {
  const raw = (await area().get(item.name))[item.name];
  return item.validate(raw);
}

export async function setItem<K extends ItemName>(item: Item<K>, value: LocalItems[K]): Promise<void> {
  await area().set({ [item.name]: value });
}

/** Write several items in one storage call, so no reader ever sees one updated without the other. */
export async function setItems(items: Partial<LocalItems>): Promise<void> {
  await area().set(items);
}

/** Call `onChange` whenever any of the named items changes, until `signal` aborts. */
export function watchItems(names: readonly ItemName[], onChange: () => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  const listener = (changes: Record<string, Storage.StorageChange>, areaName: string) => {
    if (areaName === 'local' && names.some((n) => n in changes)) onChange();
  };
  const { onChanged } = ext().storage;
  onChanged.addListener(listener);
  signal?.addEventListener('abort', () => onChanged.removeListener(listener), { once: true });
}

/**
 * Checked at every start of the worker (not only onInstalled, which does not fire when a browser restarts
 * with an older profile): stamps the schema version on a fresh install and refuses to touch data written
 * by a newer version of Spruce.
 */
export async function ensureSchema(): Promise<{ version: number; fresh: boolean }> {
  const version = await getItem(SCHEMA_VERSION_ITEM);
  if (version === SCHEMA_VERSION) return { version, fresh: false };
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `Stored data is from a newer Spruce (schema ${version}); this version reads ${SCHEMA_VERSION}.`,
    );
  }
  // 0: nothing stored yet. Migrations from older versions go here as pure functions (src/storage/migrations).
  await setItem(SCHEMA_VERSION_ITEM, SCHEMA_VERSION);
  return { version: SCHEMA_VERSION, fresh: version === 0 };
}
