import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { migrate } from '../../../src/storage/migrations.ts';
import { ensureSchema, clearAll } from '../../../src/storage/upgrade.ts';
import { SCHEMA_VERSION } from '../../../src/storage/schema.ts';
import { validateSettings } from '../../../src/storage/settings.ts';
import { validateGoals, validateHistory, validateTodos } from '../../../src/storage/items.ts';
import { validateMeta } from '../../../src/storage/schema.ts';
import { dayOf, entries } from '../../../src/core/history.ts';
import { dump, fakeArea, installStorage } from '../fake-browser.ts';
import { afterReading } from '../../../src/background/data.ts';
import { NO_GOALS } from '../../../src/core/goals.ts';
import { useTimeZone } from '../time-zone.ts';

/** Stored data as Spruce 0.1 (schema 1) wrote it: settings and two readings with their reports. */
const V1 = JSON.parse(
  fs.readFileSync(new URL('../../fixtures/storage-v1.json', import.meta.url), 'utf8'),
) as Record<string, any>;

afterEach(() => vi.unstubAllGlobals());

describe('migration 1 -> 2', () => {
  const v2 = migrate(structuredClone(V1), 1, 2);

  it('keeps the readings and the checklist settings as they were', () => {
    expect(v2.snapshots).toEqual(V1.snapshots);
    expect((v2.settings as any).checklist).toEqual(V1.settings.checklist);
    expect(v2.schemaVersion).toBe(2);
  });

  it('adds the new settings with their defaults, valid as stored', () => {
    const settings = v2.settings as any;
    expect(settings.overlays).toEqual({ linkedin: true, x: true });
    expect(settings.sync).toBe(false);
    expect(validateSettings(settings)).toEqual(settings);
  });

  it('starts the history from each profile’s latest report, one entry on the day it was read', () => {
    const history = validateHistory(v2.history);
    expect(history).toEqual(v2.history);
    for (const [key, snap] of Object.entries(V1.snapshots) as [string, any][]) {
      const list = entries(history[key]!);
      expect(list).toHaveLength(1);
      expect(list[0]!.day).toBe(dayOf(snap.readAt)); // the worker's day
      expect(list[0]!.score).toBe(snap.report.score);
    }
  });

  describe('in New York (UTC-5 in March)', () => {
    useTimeZone('America/New_York');
    it('dates the entry by the local day, as the worker does, so a reading later that evening is kept', () => {
      const items = structuredClone(V1);
      const key = 'linkedin:robin-ashgrove';
      const snap = items.snapshots[key];
      snap.readAt = '2026-03-02T02:00:00.000Z'; // 21:00 on 1 March
      const history = validateHistory(migrate(items, 1, 2).history);
      expect(entries(history[key]!).map((e) => e.day)).toEqual(['2026-03-01']);
      const later = '2026-03-02T03:30:00.000Z'; // 22:30 on 1 March: the same day's entry, replaced
      const state = { history, todos: [], goals: NO_GOALS, snapshots: items.snapshots };
      const after = afterReading(state, snap.profile, { ...snap.report, score: 99 }, later, later);
      expect(entries(after.history[key]!).map((e) => [e.day, e.score])).toEqual([['2026-03-01', 99]]);
    });
  });

  it('starts empty to-dos and goals, and shows the welcome once', () => {
    expect(validateTodos(v2.todos)).toEqual([]);
    expect(validateGoals(v2.goals)).toEqual(v2.goals);
    expect(validateMeta(v2.meta)).toEqual({ welcomed: false });
  });

  it('does not change its input', () => {
    const input = structuredClone(V1);
    migrate(input, 1, 2);
    expect(input).toEqual(V1);
  });

  it('refuses versions it has no step for, naming the version', () => {
    expect(() => migrate({}, 0, 2)).toThrow('from version 0');
  });
});

describe('ensureSchema at every start', () => {
  it('migrates version 1 in one write', async () => {
    const local = fakeArea(V1);
    installStorage(local);
    await expect(ensureSchema()).resolves.toEqual({ version: SCHEMA_VERSION, fresh: false });
    expect(local.setCalls).toBe(1);
    expect(JSON.parse(local.data.get('schemaVersion')!)).toBe(2);
    expect(local.data.has('history')).toBe(true);
  });

  it('a failed migration writes nothing: the old data stays byte-identical and the error says why', async () => {
    const broken = structuredClone(V1);
    broken.snapshots['linkedin:robin-ashgrove'].report.results = 'not a list';
    const local = fakeArea(broken);
    installStorage(local);
    const before = dump(local);
    await expect(ensureSchema()).rejects.toThrow(/Updating stored data from version 1 to 2 failed/);
    expect(dump(local)).toBe(before);
    expect(local.setCalls).toBe(0);
  });

  it('refuses data from a newer Spruce and leaves it alone', async () => {
    const local = fakeArea({ schemaVersion: SCHEMA_VERSION + 1, todos: [] });
    installStorage(local);
    const before = dump(local);
    await expect(ensureSchema()).rejects.toThrow(/newer Spruce/);
    expect(dump(local)).toBe(before);
  });

  it('stamps a fresh store (first install, or after delete all), and does nothing when current', async () => {
    const local = fakeArea();
    installStorage(local);
    await expect(ensureSchema()).resolves.toEqual({ version: SCHEMA_VERSION, fresh: true });
    await expect(ensureSchema()).resolves.toEqual({ version: SCHEMA_VERSION, fresh: false });
    expect(local.setCalls).toBe(1);
  });

  it('delete all empties local and sync storage', async () => {
    const local = fakeArea(V1);
    const sync = fakeArea({ 'spruce:meta': { n: 0 } });
    installStorage(local, sync);
    await clearAll();
    expect(local.data.size + sync.data.size).toBe(0);
  });
});
