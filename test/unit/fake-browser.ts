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

type Listener = (message: unknown, sender: unknown, reply: (answer: unknown) => void) => unknown;

/**
 * Install `chrome.runtime` and `chrome.storage` with the given areas (the code under test reaches them through
 * src/ext.ts). Returns `deliver`, which hands a message to the listeners the code registered, as the browser
 * would, and resolves with the answer.
 */
export function installStorage(local: FakeArea, sync: FakeArea = fakeArea()) {
  const listeners: Listener[] = [];
  const onInstalled: ((details: { reason: string }) => void)[] = [];
  const runtime = {
    id: 'spruce-test',
    getURL: (p: string) => `chrome-extension://spruce-test/${p}`,
    getManifest: () => ({ version: '0.0.0-test' }),
    onMessage: {
      addListener: (l: Listener) => listeners.push(l),
      removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    },
    onInstalled: { addListener: (l: (details: { reason: string }) => void) => onInstalled.push(l) },
  };
  vi.stubGlobal('chrome', {
    runtime,
    // Keys and substitutions as text, so a test sees which message was asked for.
    i18n: { getMessage: (key: string, subs: string[] = []) => [key, ...subs].join(' | ') },
    storage: { local, sync, onChanged: { addListener() {}, removeListener() {} } },
  });
  return {
    /** runtime.onInstalled, as after an install ('install') or an update ('update'). */
    installed(reason: string): void {
      for (const l of onInstalled) l({ reason });
    },
    deliver(message: unknown, sender: Record<string, unknown>): Promise<unknown> {
      return new Promise((resolve) => {
        for (const l of listeners) if (l(message, { id: 'spruce-test', ...sender }, resolve) === true) return;
        resolve(undefined);
      });
    },
  };
}

/** A sender that is one of the extension's own pages, and one that is a content script in a tab. */
export const EXTENSION_PAGE = { url: 'chrome-extension://spruce-test/src/options/index.html' };
export const CONTENT_SCRIPT = { url: 'https://www.linkedin.com/in/robin-ashgrove/', tab: { id: 7 } };

/** The area's contents as one canonical text (key order independent), for byte-identical comparisons. */
export const dump = (area: FakeArea): string => JSON.stringify([...area.data.entries()].sort());

export type Answer = { ok: boolean; reply?: any; error?: string };

/**
 * The worker module (src/background/index.ts) started afresh on these storage areas, as the browser starts
 * it. `ask(name, payload, sender)` hands it one message (from an extension page unless a sender is given).
 */
export async function startWorkerOn(local: FakeArea, sync?: FakeArea) {
  const { deliver, installed } = installStorage(local, sync);
  vi.resetModules();
  await import('../../src/background/index.ts');
  const ask = async (name: string, payload: unknown, sender: Record<string, unknown> = EXTENSION_PAGE) =>
    (await deliver({ spruce: 1, name, payload }, sender)) as Answer;
  return { ask, installed };
}
