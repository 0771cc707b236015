// The pages' client against a stand-in for the browser's API: what the popup reads straight from storage
// (asStored) and the one round trip for the tab it is about.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserClient } from '../../../src/ui/client.ts';
import { SCHEMA_VERSION } from '../../../src/storage/schema.ts';
import { liSnapshot, todo } from '../popup/fixtures.ts';

let stored: Record<string, unknown>;
const calls: string[] = [];

beforeEach(() => {
  stored = {};
  calls.length = 0;
  vi.stubGlobal('location', { search: '' });
  vi.stubGlobal('chrome', {
    runtime: { id: 'spruce', sendMessage: () => Promise.reject(new Error('the worker is asleep')) },
    storage: {
      local: {
        get: async (keys: string[]) => {
          calls.push('storage.local.get');
          return Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]]));
        },
      },
    },
    tabs: {
      query: async () => (
        calls.push('tabs.query'),
        [{ id: 7, url: 'https://www.linkedin.com/in/robin-reads/' }]
      ),
      get: async (id: number) => (calls.push('tabs.get'), { id, url: 'https://x.com/robinreads' }),
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('browserClient.asStored: the popup data without the worker', () => {
  it('reads everything in one call, and only data of this schema version', async () => {
    const snap = liSnapshot();
    Object.assign(stored, {
      snapshots: { [snap.profile.key]: snap, broken: { readAt: 3 } },
      todos: [todo(1)],
      goals: { scores: { linkedin: 90 }, people: [], groups: null, networks: [] },
      history: { [snap.profile.key]: [] },
      meta: { welcomed: true },
      settings: { main: { x: 'x:work', linkedin: 'x:not-linkedin' }, sync: true },
    });
    for (const version of [undefined, 0, SCHEMA_VERSION - 1, SCHEMA_VERSION + 1, String(SCHEMA_VERSION)]) {
      stored.schemaVersion = version;
      expect(await browserClient.asStored()).toBeNull();
    }
    stored.schemaVersion = SCHEMA_VERSION;
    calls.length = 0;
    expect(await browserClient.asStored()).toEqual({
      snapshots: { [snap.profile.key]: snap }, // checked as the worker checks them: the broken one is left out
      todos: [todo(1)],
      goals: { scores: { linkedin: 90 }, people: [], groups: null, networks: [] },
      history: { [snap.profile.key]: [] },
      meta: { welcomed: true },
      main: { x: 'x:work' }, // a LinkedIn choice that is not a LinkedIn key is no choice
    });
    expect(calls).toEqual(['storage.local.get']);
  });

  it('gives the empty value of each item that is missing or of the wrong kind', async () => {
    Object.assign(stored, { schemaVersion: SCHEMA_VERSION, todos: 'x', goals: [], history: 5, meta: null });
    expect(await browserClient.asStored()).toEqual({
      snapshots: {},
      todos: [],
      goals: { scores: {}, people: [], groups: null, networks: [] },
      history: {},
      meta: { welcomed: false },
      main: {},
    });
  });
});

describe('browserClient.activeTabUrl', () => {
  it('takes the active tab and its address in one round trip', async () => {
    expect(await browserClient.activeTabUrl()).toBe('https://www.linkedin.com/in/robin-reads/');
    expect(calls).toEqual(['tabs.query']);
  });

  it('takes the tab of ?tab=<id> when the popup is opened for one (the E2E suite)', async () => {
    vi.stubGlobal('location', { search: '?tab=12' });
    expect(await browserClient.activeTabUrl()).toBe('https://x.com/robinreads');
    expect(calls).toEqual(['tabs.get']);
  });
});
