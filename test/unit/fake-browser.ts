// A stand-in for the browser's storage areas, for unit tests of code that does storage I/O. Values are
// stored as JSON text, as the browser does (a caller keeps no reference into storage); `failSet` makes the
// next writes reject (quota errors).
import { vi } from 'vitest';

export interface FakeArea {
  data: Map<string, string>;
  failSet?: Error;
  setCalls: number;
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

export function fakeArea(initial: Record<string, unknown> = {}): FakeArea {
  const data = new Map(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  const area: FakeArea = {
    data,
    setCalls: 0,
    async get(keys) {
      const names = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of names) if (data.has(k)) out[k] = JSON.parse(data.get(k)!);
      return out;
    },
    async set(items) {
      if (area.failSet) throw area.failSet;
      area.setCalls++;
      for (const [k, v] of Object.entries(items)) data.set(k, JSON.stringify(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
    async clear() {
      data.clear();
    },
  };
  return area;
}

/** Install `chrome.storage` with the given areas (the code under test reaches it through src/ext.ts). */
export function installStorage(local: FakeArea, sync: FakeArea = fakeArea()): void {
  vi.stubGlobal('chrome', {
    runtime: { id: 'spruce-test', getURL: (p: string) => `chrome-extension://spruce-test/${p}` },
    storage: { local, sync, onChanged: { addListener() {}, removeListener() {} } },
  });
}

/** The area's contents as one canonical text (key order independent), for byte-identical comparisons. */
export const dump = (area: FakeArea): string => JSON.stringify([...area.data.entries()].sort());
