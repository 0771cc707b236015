// The worker's messages for the options page. "Not me / remove": the worker forgets one profile (its reading,
// history and rule-born to-dos) and makes the other profiles' reports again without it (the pure transition,
// then the real handler of src/background/index.ts on an in-memory storage). "rules/list": the rules without
// their checks, so the options page need not bundle the checklist engine.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetProfile, ruleInfo } from '../../src/background/data.ts';
import { RULES } from '../../src/core/rules/index.ts';
import { reportFor } from '../../src/background/evaluate.ts';
import type { Todo } from '../../src/core/todos.ts';
import { SCHEMA_VERSION, type Snapshot } from '../../src/storage/schema.ts';
import { DEFAULT_SETTINGS } from '../../src/storage/settings.ts';
import { NOW, li, xp } from './rules/helpers.ts';

const todo = (id: string, origin: Todo['origin']): Todo => ({
  id,
  title: `To-do ${id}`,
  createdAt: NOW,
  origin,
  done: null,
});

const LI = li().key;
const X = xp().key;

function state() {
  const snapshots: Record<string, Snapshot> = {
    [LI]: { profile: li(), readAt: NOW },
    [X]: { profile: xp(), readAt: NOW },
  };
  const history = { [LI]: [['2026-11-15', 70, 900]], [X]: [['2026-11-15', 60, 800]] } as never;
  const todos = [
    todo('a', { kind: 'rule', rule: 'li-banner', profileKey: LI }),
    todo('b', { kind: 'rule', rule: 'x-bio', profileKey: X }),
    todo('c', { kind: 'manual' }),
    todo('d', { kind: 'goal', goal: 'people' }),
  ];
  return { snapshots, history, todos };
}

describe('forgetProfile()', () => {
  it('removes the profile’s snapshot, history and rule-born to-dos, and nothing else', () => {
    const before = state();
    const after = forgetProfile(before, LI);
    expect(after.forgotten).toBe(true);
    expect(Object.keys(after.snapshots)).toEqual([X]);
    expect(Object.keys(after.history)).toEqual([X]);
    expect(after.todos.map((t) => t.id)).toEqual(['b', 'c', 'd']);
    // The input is not changed.
    expect(Object.keys(before.snapshots)).toEqual([LI, X]);
    expect(before.todos).toHaveLength(4);
  });

  it('changes nothing (same objects) for a profile it does not know', () => {
    const before = state();
    const after = forgetProfile(before, 'linkedin:someone-else');
    expect(after.forgotten).toBe(false);
    expect(after.snapshots).toBe(before.snapshots);
    expect(after.history).toBe(before.history);
    expect(after.todos).toBe(before.todos);
  });

  it('forgets a profile that only has history left', () => {
    const before = state();
    delete before.snapshots[LI];
    const after = forgetProfile(before, LI);
    expect(after.forgotten).toBe(true);
    expect(after.history).not.toHaveProperty(LI);
  });
});

describe('the profile/forget message', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function worker(initial: Record<string, unknown>) {
    let store: Record<string, unknown> = structuredClone(initial);
    const area = {
      get: async (k: string | null) =>
        structuredClone(k === null ? store : k in store ? { [k]: store[k] } : {}) as Record<string, unknown>,
      set: async (items: Record<string, unknown>) => void Object.assign(store, structuredClone(items)),
      remove: async (k: string) => void delete store[k],
      clear: async () => void (store = {}),
    };
    const listeners: ((m: unknown, s: unknown, r: (a: unknown) => void) => unknown)[] = [];
    vi.stubGlobal('chrome', {
      runtime: {
        id: 'spruce-test',
        getURL: (p: string) => `chrome-extension://spruce-test/${p}`,
        getManifest: () => ({ version: '0.0.0' }),
        onMessage: { addListener: (l: (typeof listeners)[number]) => listeners.push(l) },
      },
      storage: {
        local: area,
        sync: { ...area, get: async () => ({}), clear: async () => undefined },
        onChanged: { addListener: () => undefined, removeListener: () => undefined },
      },
    });
    await import('../../src/background/index.ts');
    const ask = (
      name: string,
      payload: unknown,
      url = 'chrome-extension://spruce-test/src/options/index.html',
    ) =>
      new Promise<{ ok: boolean; reply?: unknown; error?: string }>((resolve) =>
        listeners[0]!({ spruce: 1, name, payload }, { id: 'spruce-test', url }, resolve as never),
      );
    return { ask, store: () => store };
  }

  it('forgets the profile in storage and re-evaluates the other one without it', async () => {
    const s = state();
    const withReports = {
      [LI]: { ...s.snapshots[LI]!, report: reportFor(li(), NOW, s.snapshots, DEFAULT_SETTINGS) },
      [X]: { ...s.snapshots[X]!, report: reportFor(xp(), NOW, s.snapshots, DEFAULT_SETTINGS) },
    };
    const cross = (snap: Snapshot | undefined) =>
      snap?.report?.results.some((r) => r.rule.startsWith('cross-'));
    expect(cross(withReports[X])).toBe(true);
    const { ask, store } = await worker({
      schemaVersion: SCHEMA_VERSION,
      snapshots: withReports,
      history: s.history,
      todos: s.todos,
    });
    await expect(ask('profile/forget', { key: LI })).resolves.toEqual({
      ok: true,
      reply: { forgotten: true },
    });
    const stored = store() as { snapshots: Record<string, Snapshot>; history: object; todos: Todo[] };
    expect(Object.keys(stored.snapshots)).toEqual([X]);
    expect(cross(stored.snapshots[X])).toBe(false);
    expect(Object.keys(stored.history)).toEqual([X]);
    expect(stored.todos.map((t) => t.id)).toEqual(['b', 'c', 'd']);

    await expect(ask('profile/forget', { key: LI })).resolves.toEqual({
      ok: true,
      reply: { forgotten: false },
    });
  });

  it('rules/list gives every rule in order, as plain data without its check', async () => {
    const { ask } = await worker({ schemaVersion: SCHEMA_VERSION });
    const answer = (await ask('rules/list', null)) as {
      ok: true;
      reply: { rules: ReturnType<typeof ruleInfo> };
    };
    expect(answer.ok).toBe(true);
    const { rules } = answer.reply;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules); // survives messaging unchanged
    const about = rules.find((r) => r.id === 'li-about')!;
    expect(Object.keys(about).sort()).toEqual([
      'asOf',
      'id',
      'platform',
      'sourceNote',
      'thresholds',
      'weight',
    ]);
    expect(about.thresholds.hookChars).toEqual({ default: 270, min: 100, max: 600, unit: 'characters' });
    expect(rules.find((r) => r.id === 'li-photo')).not.toHaveProperty('check');
  });

  it('answers only the extension’s own pages', async () => {
    const { ask, store } = await worker({ schemaVersion: SCHEMA_VERSION, snapshots: state().snapshots });
    const answer = await ask('profile/forget', { key: LI }, 'https://www.linkedin.com/in/robin/');
    expect(answer.ok).toBe(false);
    expect(Object.keys((store() as { snapshots: object }).snapshots)).toHaveLength(2);
  });
});
