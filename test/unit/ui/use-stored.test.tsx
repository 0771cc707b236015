// @vitest-environment jsdom
// useStored starts loading as the first render is committed, before the browser paints it: the popup's
// first render of real data waits for the data's round trips, and they then overlap that first frame
// (npm run bench: about 5 ms sooner than when they started after the paint).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { useStored } from '../../../src/ui/useStored.ts';
import { mockClient } from './mock-client.ts';

function Shows({ load }: { load: () => Promise<string> }) {
  const [value] = useStored(mockClient(), load);
  return <p>{value ?? 'loading'}</p>;
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
});
