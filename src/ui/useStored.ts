// The pages' one way to show stored data: load it, load it again whenever storage changes, stop when the
// page goes, and mark the first render of real data (`spruce:rendered`, read by `npm run bench`; a mark
// in an extension page is private to it). `first`, when given, is a quicker load shown until the first
// `load` answers (the popup's data as stored, without waiting for the worker to wake).
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Client } from './client.ts';

export function useStored<T>(
  client: Client,
  load: () => Promise<T>,
  first?: () => Promise<T | null>,
): [T | null, (next: T) => void] {
  const [state, setState] = useState<T | null>(null);

  // Started as the first render is committed, not after the browser has painted it (when useEffect would
  // run): the data's round trips then overlap that first frame.
  useLayoutEffect(() => {
    const controller = new AbortController();
    let loaded = false;
    const reload = async () => {
      const value = await load();
      loaded = true;
      if (!controller.signal.aborted) setState(value);
    };
    first?.().then(
      (value) => value !== null && !loaded && !controller.signal.aborted && setState(value),
      () => undefined, // the full load says why
    );
    void reload();
    client.watch(() => void reload(), controller.signal);
    return () => controller.abort();
    // `load` reads through `client`; a new client is a new source.
  }, [client]);

  // Marked in the animation frame that paints the data: its callbacks run just before that frame's layout
  // and paint. (A useEffect runs after a frame and a timer, which can be a whole frame after the paint.)
  useLayoutEffect(() => {
    if (state) requestAnimationFrame(() => performance.mark('spruce:rendered'));
  }, [state !== null]);

  return [state, setState];
}
