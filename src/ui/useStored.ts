// The pages' one way to show stored data: load it, load it again whenever storage changes, stop when the
// page goes, and mark the first render of real data (`spruce:rendered`, read by `npm run bench`; a mark
// in an extension page is private to it).
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Client } from './client.ts';

export function useStored<T>(client: Client, load: () => Promise<T>): [T | null, (next: T) => void] {
  const [state, setState] = useState<T | null>(null);

  // Started as the first render is committed, not after the browser has painted it (when useEffect would
  // run): the data's round trips then overlap that first frame.
  useLayoutEffect(() => {
    const controller = new AbortController();
    const reload = async () => {
      const value = await load();
      if (!controller.signal.aborted) setState(value);
    };
    void reload();
    client.watch(() => void reload(), controller.signal);
    return () => controller.abort();
    // `load` reads through `client`; a new client is a new source.
  }, [client]);

  useEffect(() => {
    if (state) performance.mark('spruce:rendered');
  }, [state !== null]);

  return [state, setState];
}
