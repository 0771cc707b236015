// The pages' one way to show stored data: load it, load it again whenever storage changes, stop when the
// page goes, and mark the first render of real data (`spruce:rendered`, read by `npm run bench`; a mark
// in an extension page is private to it). `first`, when given, is a quicker load shown until the first
// `load` answers (the popup's data as stored, without waiting for the worker to wake); the third value
// says whether what is shown has come from `load` (or from the page's own change) since.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Client } from './client.ts';

export function useStored<T>(
  client: Client,
  load: () => Promise<T>,
  first?: () => Promise<T | null>,
): [T | null, (next: T) => void, boolean] {
  const [state, setState] = useState<T | null>(null);
  // Whether what is shown came from `load` (or from the page itself), not from `first`.
  const [checked, setChecked] = useState(false);
  // Each load and each change the page makes itself takes a number: a load's answer is shown only if nothing
  // came after it began. (A change made on the quick first copy while the first load was still on its way
  // would otherwise be undone by that older answer until the storage change brought it back.)
  const latest = useRef(0);

  // Started as the first render is committed, not after the browser has painted it (when useEffect would
  // run): the data's round trips then overlap that first frame.
  useLayoutEffect(() => {
    const controller = new AbortController();
    let answered = false;
    const reload = async () => {
      const mine = ++latest.current;
      const value = await load();
      if (mine !== latest.current || controller.signal.aborted) return;
      answered = true;
      setState(value);
      setChecked(true);
    };
    // Shown only while nothing else has been: no load has answered and the page has changed nothing.
    const before = latest.current + 1;
    first?.().then(
      (value) =>
        value !== null &&
        !answered &&
        before === latest.current &&
        !controller.signal.aborted &&
        setState(value),
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

  const set = (next: T) => {
    latest.current++;
    setState(next);
    setChecked(true);
  };
  return [state, set, checked];
}
