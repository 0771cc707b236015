import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  clearSync,
  hashText,
  itemBytes,
  joinFromSync,
  pullSync,
  pushSync,
  splitForSync,
} from '../../../src/storage/sync.ts';
import { SYNC_QUOTA } from '../../../src/core/limits.ts';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings.ts';
import type { Todo } from '../../../src/core/todos.ts';
import { fakeArea, installStorage } from '../fake-browser.ts';

afterEach(() => vi.unstubAllGlobals());

const todo = (i: number, title = `To-do number ${i}`): Todo => ({
  id: `t${i}`,
  title,
  createdAt: '2026-11-27T10:00:00.000Z',
  origin: { kind: 'manual' },
  done: null,
});

describe('splitting for storage.sync', () => {
  it('every item fits the per-item quota and the pieces join back exactly (any text, any size)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30_000 }),
        fc.integer({ min: 64, max: 8192 }),
        (text, per) => {
          const items = splitForSync(text, per);
          for (const [k, v] of Object.entries(items)) expect(itemBytes(k, v)).toBeLessThanOrEqual(per);
          expect(joinFromSync(items, Object.keys(items).length)).toBe(text);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never cuts an emoji in half, even where JSON escapes make items grow', () => {
    const text = '😀"\\\n'.repeat(5000);
    const items = splitForSync(text);
    for (const v of Object.values(items)) expect(v).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
    expect(joinFromSync(items, Object.keys(items).length)).toBe(text);
  });

  it('a missing piece gives nothing rather than half the data', () => {
    const items = splitForSync('x'.repeat(20_000));
    delete items['spruce:1'];
    expect(joinFromSync(items, 3)).toBeNull();
  });
});

describe('pushing to storage.sync', () => {
  const now = '2026-11-27T12:00:00.000Z';

  it('writes every piece and the meta in ONE set() call, and skips writing when nothing changed', async () => {
    const sync = fakeArea();
    installStorage(fakeArea(), sync);
    const data = { settings: DEFAULT_SETTINGS, todos: Array.from({ length: 120 }, (_, i) => todo(i)) };
    const status = await pushSync(data, now, { state: 'off' });
    expect(status.state).toBe('ok');
    expect(sync.setCalls).toBe(1);
    expect(sync.data.size).toBeGreaterThan(2);
    expect(await pushSync(data, now, status)).toBe(status);
    expect(sync.setCalls).toBe(1);
  });

  it('removes pieces left over from a longer copy', async () => {
    const sync = fakeArea();
    installStorage(fakeArea(), sync);
    const long = { settings: DEFAULT_SETTINGS, todos: Array.from({ length: 200 }, (_, i) => todo(i)) };
    await pushSync(long, now, { state: 'off' });
    const before = sync.data.size;
    await pushSync({ settings: DEFAULT_SETTINGS, todos: [] }, now, { state: 'off' });
    expect(sync.data.size).toBeLessThan(before);
    expect([...sync.data.keys()].sort()).toEqual(['spruce:0', 'spruce:meta']);
  });

  it('over the 100 KB total it writes nothing and says so in plain words', async () => {
    const sync = fakeArea();
    installStorage(fakeArea(), sync);
    const todos = Array.from({ length: 400 }, (_, i) => todo(i, 'A long to-do title '.repeat(15)));
    const status = await pushSync({ settings: DEFAULT_SETTINGS, todos }, now, { state: 'off' });
    expect(status.state).toBe('error');
    expect(status.bytes).toBeGreaterThan(SYNC_QUOTA.total);
    expect(status.message).toMatch(/more than the 100 KB your browser syncs/);
    expect(sync.data.size).toBe(0);
  });

  it('a quota or rate error from the browser becomes an error status, never an exception', async () => {
    const sync = fakeArea();
    sync.failSet = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    installStorage(fakeArea(), sync);
    const status = await pushSync({ settings: DEFAULT_SETTINGS, todos: [] }, now, { state: 'off' });
    expect(status).toMatchObject({ state: 'error' });
    expect(status.message).toContain('QUOTA_BYTES_PER_ITEM');
    expect(status.message).toContain('kept in this browser');
  });

  it('pulls a newer copy written by another browser, and ignores its own', async () => {
    const sync = fakeArea();
    installStorage(fakeArea(), sync);
    const mine = await pushSync({ settings: DEFAULT_SETTINGS, todos: [todo(1)] }, now, { state: 'off' });
    expect(await pullSync(mine)).toBeNull();
    // Another browser writes later.
    await pushSync({ settings: DEFAULT_SETTINGS, todos: [todo(1), todo(2)] }, '2026-11-28T08:00:00.000Z', {
      state: 'off',
    });
    const remote = await pullSync(mine);
    expect((remote?.data as { todos: Todo[] }).todos).toHaveLength(2);
    await clearSync();
    expect(sync.data.size).toBe(0);
  });

  it('hashes tell texts apart', () => {
    expect(hashText('a')).not.toBe(hashText('b'));
    expect(hashText('same')).toBe(hashText('same'));
  });
});
