// @vitest-environment jsdom
// useStored starts loading as the first render is committed, before the browser paints it: the popup's
// first render of real data waits for the data's round trips, and they then overlap that first frame
// (npm run bench: about 5 ms sooner than when they started after the paint).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { useStored } from '../../../src/ui/useStored.ts';
import { mockClient } from './mock-client.ts';

let change: ((f: (shown: string) => string) => void) | undefined;
// One client for every render: a new one is a new source, loaded again.
const client = mockClient();

function Shows({ load, first }: { load: () => Promise<string>; first?: () => Promise<string | null> }) {
  const [value, set, checked] = useStored(client, load, first);
  change = set;
  return <p>{value === null ? 'loading' : `${value}${checked ? '' : ' (unchecked)'}`}</p>;
}

/** A promise and the function that settles it. */
function later<T>() {
  let settle!: (v: T) => void;
  const promise = new Promise<T>((r) => (settle = r));
  return { promise, settle };
}

describe('useStored', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

  it('asks for the data during the first render, before anything is painted', async () => {
    const load = vi.fn(() => Promise.resolve('ready'));
    render(<Shows load={load} />, root);
    // Synchronously: no frame has run, so an effect that waits for the paint would not have started yet.
    expect(load).toHaveBeenCalledTimes(1);
    expect(root.textContent).toBe('loading');
    await vi.waitFor(() => expect(root.textContent).toBe('ready'));
  });

  it('shows the quicker first load until the full load answers, then the full load', async () => {
    const full = later<string>();
    render(<Shows load={() => full.promise} first={() => Promise.resolve('as stored')} />, root);
    await vi.waitFor(() => expect(root.textContent).toBe('as stored (unchecked)'));
    full.settle('checked');
    await vi.waitFor(() => expect(root.textContent).toBe('checked'));
  });

  it('never shows a first load that answers after the full one, or answers null, or fails', async () => {
    for (const first of [
      () => new Promise<string>((r) => setTimeout(() => r('stale'), 20)),
      () => Promise.resolve(null),
      () => Promise.reject(new Error('no storage')),
    ]) {
      const full = later<string>();
      render(<Shows key={String(first)} load={() => full.promise} first={first} />, root);
      await new Promise((r) => setTimeout(r, 5));
      if (root.textContent !== 'loading') throw new Error(`showed ${root.textContent}`);
      full.settle('checked');
      await vi.waitFor(() => expect(root.textContent).toBe('checked'));
      await new Promise((r) => setTimeout(r, 30));
      expect(root.textContent).toBe('checked');
      render(null, root);
    }
  });

  it('a change the page makes itself is not undone by a load that began before it; a new load follows it', async () => {
    const before = later<string>();
    const after = later<string>();
    const quick = later<string | null>();
    const load = vi.fn().mockReturnValueOnce(before.promise).mockReturnValueOnce(after.promise);
    render(<Shows load={load} first={() => quick.promise} />, root);
    quick.settle('as stored');
    await vi.waitFor(() => expect(root.textContent).toBe('as stored (unchecked)'));
    // Made to what is shown, and still unchecked: the worker's copy of the rest has not come yet.
    change!((shown) => `${shown}, changed here`);
    await vi.waitFor(() => expect(root.textContent).toBe('as stored, changed here (unchecked)'));
    expect(load).toHaveBeenCalledTimes(2);
    before.settle('from before the change');
    await new Promise((r) => setTimeout(r, 20));
    expect(root.textContent).toBe('as stored, changed here (unchecked)');
    after.settle('checked, changed here');
    await vi.waitFor(() => expect(root.textContent).toBe('checked, changed here'));
  });

  it('a change answered after the page went (or changed its source) starts no load', async () => {
    const load = vi.fn(() => Promise.resolve('checked'));
    render(<Shows load={load} />, root);
    await vi.waitFor(() => expect(root.textContent).toBe('checked'));
    const late = change!;
    render(null, root);
    late((shown) => `${shown} + to-do`);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a change is made to what is shown when it is applied, not to what was shown when it was asked for', async () => {
    const full = later<string>();
    const next = later<string>();
    const load = vi.fn().mockReturnValueOnce(full.promise).mockReturnValueOnce(next.promise);
    render(<Shows load={load} first={() => Promise.resolve('as stored')} />, root);
    await vi.waitFor(() => expect(root.textContent).toBe('as stored (unchecked)'));
    // The checked copy arrives while the change is on its way to the worker.
    full.settle('checked');
    await vi.waitFor(() => expect(root.textContent).toBe('checked'));
    change!((shown) => `${shown} + to-do`);
    await vi.waitFor(() => expect(root.textContent).toBe('checked + to-do'));
  });

  it('marks the first render of data in the frame that paints it', async () => {
    performance.clearMarks();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    try {
      render(<Shows load={() => Promise.resolve('ready')} />, root);
      await vi.waitFor(() => expect(root.textContent).toBe('ready'));
      expect(performance.getEntriesByName('spruce:rendered')).toHaveLength(0);
      for (const f of frames.splice(0)) f(performance.now());
      expect(performance.getEntriesByName('spruce:rendered')).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
