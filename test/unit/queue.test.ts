import { describe, expect, it } from 'vitest';
import { serial } from '../../src/background/queue.ts';

describe('serial()', () => {
  it('runs read-modify-write tasks one after another, so none loses an update', async () => {
    const run = serial();
    let stored = 0;
    const increment = () =>
      run(async () => {
        const value = stored;
        await new Promise((r) => setTimeout(r, Math.random() * 5));
        stored = value + 1;
        return stored;
      });
    const results = await Promise.all(Array.from({ length: 25 }, increment));
    expect(stored).toBe(25);
    expect(results).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('keeps going after a task fails', async () => {
    const run = serial();
    await expect(run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(run(async () => 'next')).resolves.toBe('next');
  });
});
