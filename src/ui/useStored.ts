// The pages' one way to show stored data: load it, load it again whenever storage changes, stop when the
// page goes, and mark the first render of real data (`spruce:rendered`, read by `npm run bench`; a mark
// in an extension page is private to it). `first`, when given, is a quicker load shown until the first
// `load` answers (the popup's data as stored, without waiting for the worker to wake); the third value
// says whether what is shown has come from `load` since (a change the page makes itself keeps it as it was).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Client } from './client.ts';

export function useStored<T>(
  client: Client,
  load: () => Promise<T>,
  first?: () => Promise<T | null>,
): [T | null, (change: (shown: T) => T) => void, boolean] {
  const [state, setState] = useState<T | null>(null);
  // Whether what is shown came from `load`, not from `first`.
  const [checked, setChecked] = useState(false);
  // Each load takes a number, and each change the page makes itself starts one: a load's answer is shown only
  // if no load began after it. (A change made on the quick first copy while the first load was still on its
  // way would otherwise be undone by that older answer until the storage change brought it back.)
  const latest = useRef(0);
  // The current source's load, for a change the page makes itself (set below).
  const again = useRef<(() => void) | undefined>(undefined);

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
    again.current = () => void reload();
    void reload();
    client.watch(() => void reload(), controller.signal);
    return () => {
      controller.abort();
      again.current = undefined;
    };
    // `load` reads through `client`; a new client is a new source.
  }, [client]);

  // Marked in the animation frame that paints the data: its callbacks run just before that frame's layout
  // and paint. (A useEffect runs after a frame and a timer, which can be a whole frame after the paint.)
  useLayoutEffect(() => {
    if (state) requestAnimationFrame(() => performance.mark('spruce:rendered'));
  }, [state !== null]);

  // A change the page makes itself (a to-do added: the worker's answer), made to what is shown when it is
  // applied, which may be newer than what was shown when the change was asked for. A new load follows, which
  // drops those on their way (they may have begun before the change): the checked copy, change included,
  // replaces what was shown from storage.
  const set = (change: (shown: T) => T) => {
    setState((shown) => shown && change(shown));
    again.current?.();
  };
  return [state, set, checked];
}
