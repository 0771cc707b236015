import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { afterReading, applyGoalOp, applyTodoOp } from '../../src/background/data.ts';
import { latestScores } from '../../src/background/main-profile.ts';
import { importPreview } from '../../src/background/preview.ts';
import { NO_GOALS, type Goals } from '../../src/core/goals.ts';
import { dayOf, entries } from '../../src/core/history.ts';
import type { Report } from '../../src/core/report.ts';
import { ruleById } from '../../src/core/rules/index.ts';
import type { Todos } from '../../src/core/todos.ts';
import type { Snapshot } from '../../src/storage/schema.ts';
import { checkImportedSettings, DEFAULT_SETTINGS } from '../../src/storage/settings.ts';
import { validateGoals, validateTodos } from '../../src/storage/items.ts';

const V1 = JSON.parse(fs.readFileSync(new URL('../fixtures/storage-v1.json', import.meta.url), 'utf8'));
const snapshots = V1.snapshots as Record<string, Snapshot>;
const li = snapshots['linkedin:robin-ashgrove']!;
const T0 = '2026-11-27T10:00:00.000Z';

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

describe('to-do changes as the worker applies them', () => {
  it('add gets its id from the worker; the others find the to-do by id', () => {
    const makeId = ids();
    let list: Todos = [];
    list = applyTodoOp(list, { op: 'add', title: '  Join   a group ', due: '2026-12-01' }, makeId, T0);
    list = applyTodoOp(list, { op: 'add', title: 'Write About' }, makeId, T0);
    expect(list.map((t) => [t.id, t.title, t.due])).toEqual([
      ['id1', 'Join a group', '2026-12-01'],
      ['id2', 'Write About', undefined],
    ]);
    list = applyTodoOp(list, { op: 'move', id: 'id2', index: 0 }, makeId, T0);
    list = applyTodoOp(list, { op: 'complete', id: 'id1' }, makeId, T0);
    list = applyTodoOp(
      list,
      { op: 'edit', id: 'id2', patch: { notes: 'first 270 characters matter' } },
      makeId,
      T0,
    );
    expect(list.map((t) => [t.id, t.done?.auto ?? null, t.notes])).toEqual([
      ['id2', null, 'first 270 characters matter'],
      ['id1', false, undefined],
    ]);
    list = applyTodoOp(list, { op: 'reopen', id: 'id1' }, makeId, T0);
    list = applyTodoOp(list, { op: 'remove', id: 'id2' }, makeId, T0);
    expect(list.map((t) => [t.id, t.done])).toEqual([['id1', null]]);
  });

  it('an unknown id changes nothing (same list), a bad title is refused in words', () => {
    const makeId = ids();
    const list = applyTodoOp([], { op: 'add', title: 'x' }, makeId, T0);
    expect(applyTodoOp(list, { op: 'complete', id: 'gone' }, makeId, T0)).toBe(list);
    expect(() => applyTodoOp(list, { op: 'add', title: '   ' }, makeId, T0)).toThrow(
      'A to-do needs a title.',
    );
  });
});

describe('goal changes as the worker applies them', () => {
  it('the groups form’s one write: target and count together, or the target alone keeping the count’s source', () => {
    const makeId = ids();
    const read = { ...NO_GOALS, groups: { target: 3, joined: 4, source: 'page' as const } };
    // Only the target changed: the count read from her groups page stays that.
    expect(applyGoalOp(read, { op: 'groups/set', target: 5 }, makeId, T0).groups).toEqual({
      target: 5,
      joined: 4,
      source: 'page',
    });
    expect(applyGoalOp(read, { op: 'groups/set', target: 5, joined: 6 }, makeId, T0).groups).toEqual({
      target: 5,
      joined: 6,
      source: 'manual',
    });
    // A bad count refuses the whole change: nothing of it is kept (the caller keeps the goals it had).
    expect(() => applyGoalOp(read, { op: 'groups/set', target: 5, joined: -1 }, makeId, T0)).toThrow(
      /groups joined/,
    );
    expect(applyGoalOp(NO_GOALS, { op: 'groups/set', target: 2, joined: 1 }, makeId, T0).groups).toEqual({
      target: 2,
      joined: 1,
      source: 'manual',
    });
  });

  it('each operation changes its part, and returns the same goals when nothing changes', () => {
    const makeId = ids();
    let g: Goals = NO_GOALS;
    g = applyGoalOp(g, { op: 'score', network: 'linkedin', target: 90 }, makeId, T0);
    g = applyGoalOp(
      g,
      { op: 'person/add', person: { name: 'Sam', profileUrl: 'linkedin.com/in/Sam-Lee' } },
      makeId,
      T0,
    );
    g = applyGoalOp(g, { op: 'groups/target', target: 3 }, makeId, T0);
    g = applyGoalOp(g, { op: 'groups/joined', joined: 2 }, makeId, T0);
    g = applyGoalOp(
      g,
      { op: 'network/add', network: { name: 'CILIP', url: 'https://www.cilip.org.uk/' } },
      makeId,
      T0,
    );
    g = applyGoalOp(g, { op: 'person/connected', id: 'id1', connected: true }, makeId, T0);
    g = applyGoalOp(g, { op: 'network/joined', id: 'id2', joined: true }, makeId, T0);
    expect(g.scores).toEqual({ linkedin: 90 });
    expect(g.people.map((p) => [p.id, p.slug, p.connected?.auto])).toEqual([['id1', 'sam-lee', false]]);
    expect(g.groups).toEqual({ target: 3, joined: 2, source: 'manual' });
    expect(g.networks.map((n) => [n.name, n.joined])).toEqual([['CILIP', true]]);
    expect(validateGoals(g)).toEqual(g);
    expect(applyGoalOp(g, { op: 'network/joined', id: 'id2', joined: true }, makeId, T0)).toBe(g);
    g = applyGoalOp(g, { op: 'person/remove', id: 'id1' }, makeId, T0);
    g = applyGoalOp(g, { op: 'network/remove', id: 'id2' }, makeId, T0);
    expect([g.people.length, g.networks.length]).toEqual([0, 0]);
  });

  it('refuses a web address that is not one, in words', () => {
    expect(() =>
      applyGoalOp(
        NO_GOALS,
        { op: 'network/add', network: { name: 'X', url: ['javascript', 'alert(1)'].join(':') } },
        ids(),
        T0,
      ),
    ).toThrow("isn't a web address");
  });
});

describe('after a reading', () => {
  const failing = li.report!.results.find((r) => r.status === 'fail')!.rule;

  it('records the local day in the history and ticks off a rule-born to-do when its rule passes', () => {
    const todos = applyTodoOp(
      [],
      { op: 'add', title: 'fix it', origin: { kind: 'rule', rule: failing, profileKey: li.profile.key } },
      ids(),
      T0,
    );
    const state = { history: {}, todos, goals: NO_GOALS, snapshots };
    const first = afterReading(state, li.profile, li.report as Report, li.readAt, T0);
    expect(entries(first.history[li.profile.key]!).map((e) => e.day)).toEqual([dayOf(li.readAt)]);
    expect(first.todos).toBe(todos); // still failing: nothing to tick

    const fixed = {
      ...li.report!,
      results: li.report!.results.map((r) => (r.rule === failing ? { ...r, status: 'pass' as const } : r)),
    } as Report;
    const later = afterReading(
      { ...state, history: first.history },
      li.profile,
      fixed,
      '2026-11-28T10:00:00.000Z',
      T0,
    );
    // Dated by the reading that showed the fix.
    expect(later.todos[0]!.done).toEqual({ at: '2026-11-28T10:00:00.000Z', auto: true });
    expect(entries(later.history[li.profile.key]!)).toHaveLength(2);
  });

  it('ticks off the score goal’s to-do when the latest score reaches the target', () => {
    const score = latestScores(snapshots, { main: {} }).linkedin!;
    const goals: Goals = { ...NO_GOALS, scores: { linkedin: score } };
    const todos = applyTodoOp(
      [],
      { op: 'add', title: 'Reach the target', origin: { kind: 'goal', goal: 'score:linkedin' } },
      ids(),
      T0,
    );
    const after = afterReading(
      { history: {}, todos, goals, snapshots },
      li.profile,
      li.report as Report,
      li.readAt,
      T0,
    );
    expect(after.todos[0]!.done?.auto).toBe(true);
  });

  it('the local day is the user’s calendar day', () => {
    const d = new Date(2026, 0, 31, 23, 59);
    expect(dayOf(d.toISOString())).toBe('2026-01-31');
  });
});

describe('imports', () => {
  it('settings must be exactly what Spruce stores: unknown keys and unusable values are refused', () => {
    expect(checkImportedSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(checkImportedSettings({ ...DEFAULT_SETTINGS, evil: 1 })).toMatchObject({ ok: false });
    expect(checkImportedSettings({ ...DEFAULT_SETTINGS, sync: 'yes' })).toMatchObject({ ok: false });
    expect(
      checkImportedSettings({
        ...DEFAULT_SETTINGS,
        checklist: { ...DEFAULT_SETTINGS.checklist, goal: 'astronaut' },
      }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('checklist') });
  });

  it('settings: what an update normally leaves behind is dropped, not refused', () => {
    const checklist = (over: object) => ({
      ...DEFAULT_SETTINGS,
      checklist: { ...DEFAULT_SETTINGS.checklist, ...over },
    });
    const skills = ruleById('li-skills')!;
    const [name, spec] = Object.entries(skills.thresholds)[0]!;
    // An override equal to today's default (the default changed to the user's value): nothing to keep.
    expect(
      checkImportedSettings(checklist({ thresholds: { 'li-skills': { [name]: spec.default } } })),
    ).toEqual({
      ok: true,
      value: DEFAULT_SETTINGS,
    });
    // A retired rule (disabled, with thresholds) and a retired threshold of a rule still there.
    const kept = { [name]: spec.default + 1 };
    const file = checklist({
      disabled: ['li-retired-rule', 'li-photo'],
      thresholds: { 'li-retired-rule': { max: 3 }, 'li-skills': { ...kept, retiredLimit: 7 } },
    });
    expect(checkImportedSettings(file)).toEqual({
      ok: true,
      value: {
        ...DEFAULT_SETTINGS,
        checklist: {
          ...DEFAULT_SETTINGS.checklist,
          disabled: ['li-photo'],
          thresholds: { 'li-skills': kept },
        },
      },
    });
    // A hint choice for a retired rule was already kept as it is.
    expect(
      checkImportedSettings({ ...DEFAULT_SETTINGS, hints: { 'li-retired-rule': { until: null } } }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('settings: wrong types are still refused', () => {
    for (const bad of [
      { disabled: 'li-photo' },
      { disabled: [3] },
      { thresholds: { 'li-skills': { [Object.keys(ruleById('li-skills')!.thresholds)[0]!]: '5' } } },
      { thresholds: { 'li-skills': 5 } },
      { thresholds: { 'li-retired-rule': 5 } },
      { thresholds: [] },
      { keywords: 'library' },
    ]) {
      expect(
        checkImportedSettings({ ...DEFAULT_SETTINGS, checklist: { ...DEFAULT_SETTINGS.checklist, ...bad } }),
        JSON.stringify(bad),
      ).toMatchObject({ ok: false, error: expect.stringContaining('checklist') });
    }
    expect(checkImportedSettings({ ...DEFAULT_SETTINGS, checklist: 'general' })).toMatchObject({ ok: false });
    expect(
      checkImportedSettings({ ...DEFAULT_SETTINGS, hints: { 'li-photo': { until: 'soon' } } }),
    ).toMatchObject({
      ok: false,
    });
  });

  it('the preview counts what there is now and what the file holds', () => {
    const now = { snapshots, todos: [], goals: NO_GOALS, history: {} };
    const todos = applyTodoOp([], { op: 'add', title: 'a' }, ids(), T0);
    const preview = importPreview(now, { snapshots: {}, todos, goals: NO_GOALS, history: {} }, T0);
    expect(preview.counts.profiles).toEqual({ now: 2, file: 0 });
    expect(preview.counts.todos).toEqual({ now: 0, file: 1 });
    // Days of history: two profiles read on the same day are one day.
    const history = {
      'linkedin:a': [
        ['2026-03-01', 50, 900],
        ['2026-03-02', 51, 900],
      ],
      'x:a': [['2026-03-01', 70, 1000]],
    } as never;
    const withHistory = importPreview(now, { snapshots: {}, todos, goals: NO_GOALS, history }, T0);
    expect(withHistory.counts.historyDays).toEqual({ now: 0, file: 2 });
  });
});

describe('loading stored to-dos', () => {
  it('keeps the good ones when one is damaged', () => {
    const good = applyTodoOp([], { op: 'add', title: 'a' }, ids(), T0);
    expect(validateTodos([...good, { id: 'bad' }])).toEqual(good);
    expect(validateTodos('nope')).toEqual([]);
  });
});

describe('loading stored goals', () => {
  it('keeps the good people and networks when one of them is damaged', () => {
    const makeId = ids();
    let g: Goals = NO_GOALS;
    g = applyGoalOp(g, { op: 'person/add', person: { name: 'Sam' } }, makeId, T0);
    g = applyGoalOp(g, { op: 'person/add', person: { name: 'Ana' } }, makeId, T0);
    g = applyGoalOp(
      g,
      { op: 'network/add', network: { name: 'CILIP', url: 'https://www.cilip.org.uk/' } },
      makeId,
      T0,
    );
    const damaged = {
      ...g,
      people: [g.people[0], { id: 'x', name: 42 }, g.people[1]],
      networks: [{ nope: true }, ...g.networks],
    };
    expect(validateGoals(damaged)).toEqual(g);
  });
});
