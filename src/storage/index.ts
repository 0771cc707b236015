// The typed storage module: the only place that touches browser.storage. Each item name fixes its value
// type (src/storage/schema.ts); values are validated on every load, so a corrupt or older value never
// reaches the UI as the wrong shape. Writes belong to the background worker (the single writer).
import type { Storage } from 'webextension-polyfill';
import { ext } from '../ext.ts';
import type { Item, ItemName, LocalItems } from './schema.ts';

export type { LocalItems, ItemName, Item, Settings, Snapshot, Meta, SyncStatus, Site } from './schema.ts';
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
