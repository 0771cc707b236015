// The worker's start-up check of stored data, and "Delete all my data". Its own module: migrations bring in
// the history code, which the pages that only read storage should not load.
import { ext } from '../ext.ts';
import { getItem, setItem } from './index.ts';
import { migrate } from './migrations.ts';
import { SCHEMA_VERSION, SCHEMA_VERSION_ITEM } from './schema.ts';

const area = () => ext().storage.local;

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
  if (version === 0) {
    // Nothing stored yet (a fresh install, or after "Delete all my data").
    await setItem(SCHEMA_VERSION_ITEM, SCHEMA_VERSION);
    return { version: SCHEMA_VERSION, fresh: true };
  }
  // An older version: migrate (pure), then write everything in one call. A migration that throws writes
  // nothing, so the old data stays as it was; the error goes to the caller, which reports it.
  const migrated = migrate(await area().get(null), version, SCHEMA_VERSION);
  await area().set(migrated);
  return { version: SCHEMA_VERSION, fresh: false };
}

/** Remove everything Spruce keeps in this browser (local and sync storage). */
export async function clearAll(): Promise<void> {
  await area().clear();
  await ext().storage.sync.clear();
}
