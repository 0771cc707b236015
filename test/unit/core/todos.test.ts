import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportLike } from '../../../src/core/history.ts';
import {
  TODO_LIMITS,
  add,
  complete,
  edit,
  findByOrigin,
  move,
  moveRuleTodos,
  reconcile,
  remove,
  reopen,
  type Todo,
  type TodoOrigin,
  type Todos,
} from '../../../src/core/todos.ts';

const T0 = '2025-03-01T09:00:00.000Z';
const T1 = '2025-03-08T09:00:00.000Z';
const T2 = '2025-03-15T09:00:00.000Z';
const LI = 'linkedin:jane-doe';
const rule = (r: string, profileKey = LI): TodoOrigin => ({ kind: 'rule', rule: r, profileKey });
type Status = ReportLike['results'][number]['status'];
const report = (statuses: Record<string, Status>): ReportLike => ({
  score: 50,
  coverage: 1,
  results: Object.entries(statuses).map(([r, status]) => ({ rule: r, status, weight: 2 })),
});

function sample(): Todos {
  let t: Todos = [];
  t = add(t, { id: 'a', title: 'Add a photo', origin: rule('li-photo') }, T0);
  t = add(t, { id: 'b', title: 'Write an About', origin: rule('li-about') }, T0);
  t = add(t, { id: 'c', title: 'Email Anna from LIKE' }, T0);
  t = add(t, { id: 'd', title: 'Join a few groups', origin: { kind: 'goal', goal: 'groups' } }, T0);
  return t;
}

describe('add', () => {
  it('appends an open to-do, manual by default, with clean text', () => {
    const t = add(
      [],
      { id: 'a', title: '  Ask   Sam\nfor a recommendation ', notes: '  by May ', due: '2025-04-01' },
      T0,
    );
    expect(t).toEqual([
      {
        id: 'a',
        title: 'Ask Sam for a recommendation',
        notes: 'by May',
        due: '2025-04-01',
        createdAt: T0,
        origin: { kind: 'manual' },
        done: null,
      },
    ]);
    expect(Object.hasOwn(add([], { id: 'b', title: 'x', notes: '  ' }, T0)[0] ?? {}, 'notes')).toBe(false);
  });
  it('adds one to-do per rule and profile, and one per goal: adding again changes nothing', () => {
    const t = sample();
    expect(add(t, { id: 'z', title: 'Photo again', origin: rule('li-photo') }, T1)).toBe(t);
    expect(add(t, { id: 'z', title: 'Groups again', origin: { kind: 'goal', goal: 'groups' } }, T1)).toBe(t);
    // ...even when the first one is done
    const done = complete(t, 'a', T1);
    expect(add(done, { id: 'z', title: 'Photo again', origin: rule('li-photo') }, T1)).toBe(done);
    // the same rule on another profile is another to-do; manual ones may repeat
    expect(
      add(t, { id: 'z', title: 'Photo on X', origin: rule('li-photo', 'linkedin:other') }, T1),
    ).toHaveLength(5);
    expect(add(t, { id: 'z', title: 'Email Anna from LIKE' }, T1)).toHaveLength(5);
    expect(findByOrigin(t, rule('li-about'))?.id).toBe('b');
    expect(findByOrigin(t, { kind: 'manual' })).toBeUndefined();
  });
  it('refuses input that is not valid, in plain words', () => {
    expect(() => add([], { id: 'a', title: '   ' }, T0)).toThrow('A to-do needs a title.');
    expect(() => add([], { id: 'a', title: 'x'.repeat(TODO_LIMITS.title + 1) }, T0)).toThrow(/at most/);
    expect(() => add([], { id: 'a', title: 'x', notes: 'x'.repeat(TODO_LIMITS.notes + 1) }, T0)).toThrow(
      /at most/,
    );
    expect(() => add([], { id: 'a', title: 'x', due: '2025-02-30' }, T0)).toThrow(/YYYY-MM-DD/);
    expect(() => add(sample(), { id: 'a', title: 'x' }, T0)).toThrow(/already exists/);
    expect(() => add([], { id: '', title: 'x' }, T0)).toThrow(/id/);
    expect(() => add([], { id: '__proto__ x', title: 'x' }, T0)).toThrow(/id/);
  });
});

describe('edit, complete, reopen, remove', () => {
  it('edits title, notes and due date; null removes', () => {
    let t = edit(sample(), 'c', { title: 'Email Anna', notes: 'met at LIKE', due: '2025-03-20' });
    expect(t[2]).toMatchObject({ title: 'Email Anna', notes: 'met at LIKE', due: '2025-03-20' });
    t = edit(t, 'c', { notes: null, due: null });
    expect(Object.keys(t[2] ?? {})).not.toContain('notes');
    expect(Object.keys(t[2] ?? {})).not.toContain('due');
    expect(edit(t, 'c', { notes: '' })).toBe(t);
  });
  it('returns the same list when nothing changes', () => {
    const t = sample();
    expect(edit(t, 'c', { title: 'Email Anna from LIKE' })).toBe(t);
    expect(edit(t, 'nope', { title: 'x' })).toBe(t);
    expect(reopen(t, 'a')).toBe(t);
    expect(remove(t, 'nope')).toBe(t);
    expect(complete(t, 'nope', T1)).toBe(t);
    const done = complete(t, 'c', T1);
    expect(complete(done, 'c', T2)).toBe(done);
  });
  it('ticks by hand and reopens, leaving the other to-dos as they were', () => {
    const t = sample();
    const done = complete(t, 'c', T1);
    expect(done[2]?.done).toEqual({ at: T1, auto: false });
    expect(done[0]).toBe(t[0]);
    expect(reopen(done, 'c')[2]?.done).toBeNull();
    expect(t[2]?.done).toBeNull(); // never mutated
  });
  it('removes', () => {
    expect(remove(sample(), 'b').map((x) => x.id)).toEqual(['a', 'c', 'd']);
  });
});

describe('move', () => {
  const ids = (t: Todos) => t.map((x) => x.id);
  it('puts the to-do at the index given, the others keeping their order', () => {
    expect(ids(move(sample(), 'd', 0))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(move(sample(), 'a', 2))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(move(sample(), 'a', 99))).toEqual(['b', 'c', 'd', 'a']);
    expect(ids(move(sample(), 'c', -5))).toEqual(['c', 'a', 'b', 'd']);
    const t = sample();
    expect(move(t, 'b', 1)).toBe(t);
    expect(move(t, 'nope', 0)).toBe(t);
  });
  it('keeps the same to-dos, and puts the one moved where asked (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.nat(),
        fc.integer({ min: -3, max: 15 }),
        (n, pick, to) => {
          let t: Todos = [];
          for (let i = 0; i < n; i++) t = add(t, { id: `t${i}`, title: `to-do ${i}` }, T0);
          const id = `t${pick % n}`;
          const moved = move(t, id, to);
          expect([...moved].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
            [...t].sort((a, b) => a.id.localeCompare(b.id)),
          );
          expect(moved.findIndex((x) => x.id === id)).toBe(Math.max(0, Math.min(n - 1, to)));
        },
      ),
    );
  });
});

describe('reconcile', () => {
  it('ticks off a rule to-do when its rule passes, automatically', () => {
    const t = reconcile(sample(), LI, report({ 'li-photo': 'pass', 'li-about': 'fail' }), T1);
    expect(t[0]?.done).toEqual({ at: T1, auto: true });
    expect(t[1]?.done).toBeNull();
  });
  it('reopens an automatically ticked to-do when the rule fails or warns again', () => {
    const ticked = reconcile(sample(), LI, report({ 'li-photo': 'pass' }), T1);
    expect(reconcile(ticked, LI, report({ 'li-photo': 'fail' }), T2)[0]?.done).toBeNull();
    expect(reconcile(ticked, LI, report({ 'li-photo': 'warn' }), T2)[0]?.done).toBeNull();
  });
  it('reopens it on the same reading checked again (other settings), never on an older one', () => {
    const ticked = reconcile(sample(), LI, report({ 'li-photo': 'pass' }), T2);
    expect(reconcile(ticked, LI, report({ 'li-photo': 'fail' }), T2)[0]?.done).toBeNull();
    // Ticked off by a newer reading in another browser (synced): this browser's older reading keeps it done.
    expect(reconcile(ticked, LI, report({ 'li-photo': 'fail' }), T1)).toBe(ticked);
  });
  it('leaves a to-do ticked by hand done, whatever the report says', () => {
    const byHand = complete(sample(), 'a', T1);
    expect(reconcile(byHand, LI, report({ 'li-photo': 'fail' }), T2)).toBe(byHand);
    expect(reconcile(byHand, LI, report({ 'li-photo': 'pass' }), T2)).toBe(byHand);
  });
  it('keeps the first automatic tick when the rule passes again', () => {
    const ticked = reconcile(sample(), LI, report({ 'li-photo': 'pass' }), T1);
    expect(reconcile(ticked, LI, report({ 'li-photo': 'pass' }), T2)).toBe(ticked);
  });
  it('changes nothing on unknown, info, a rule missing from the report, or another profile', () => {
    const t = sample();
    expect(reconcile(t, LI, report({ 'li-photo': 'unknown', 'li-about': 'info' }), T1)).toBe(t);
    expect(reconcile(t, LI, report({}), T1)).toBe(t);
    expect(reconcile(t, 'linkedin:someone-else', report({ 'li-photo': 'pass' }), T1)).toBe(t);
    const ticked = reconcile(t, LI, report({ 'li-photo': 'pass' }), T1);
    expect(reconcile(ticked, LI, report({ 'li-photo': 'unknown' }), T2)).toBe(ticked);
  });
  it('never touches manual or goal to-dos', () => {
    const t = sample();
    const out = reconcile(t, LI, report({ 'li-photo': 'pass', 'li-about': 'pass' }), T1);
    expect(out[2]).toBe(t[2]);
    expect(out[3]).toBe(t[3]);
  });

  // Property: over any sequence of reports, an unknown result never ticks nor reopens a to-do; a to-do ticked by
  // hand is never reopened; reconcile is idempotent.
  const statusArb = fc.constantFrom<Status>('pass', 'fail', 'warn', 'unknown', 'info');
  const rules = ['li-photo', 'li-about', 'li-skills'];
  const step = fc.oneof(
    fc.record({
      kind: fc.constant('report' as const),
      statuses: fc.array(fc.option(statusArb), { minLength: 3, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('tick' as const), which: fc.nat({ max: 2 }) }),
    fc.record({ kind: fc.constant('reopen' as const), which: fc.nat({ max: 2 }) }),
  );
  it('never ticks or reopens on unknown, and respects ticks by hand (property)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let t: Todos = [];
        rules.forEach((r, i) => (t = add(t, { id: `r${i}`, title: r, origin: rule(r) }, T0)));
        steps.forEach((s, n) => {
          const now = `2025-04-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z`;
          if (s.kind === 'tick') t = complete(t, `r${s.which}`, now);
          else if (s.kind === 'reopen') t = reopen(t, `r${s.which}`);
          else {
            const statuses: Record<string, Status> = {};
            s.statuses.forEach((st, i) => {
              if (st) statuses[rules[i] ?? ''] = st;
            });
            const before = t;
            const after = reconcile(t, LI, report(statuses), now);
            after.forEach((todo: Todo, i) => {
              const old = before[i] as Todo;
              const st = statuses[rules[i] ?? ''];
              if (st === undefined || st === 'unknown' || st === 'info') expect(todo).toBe(old);
              if (old.done && !old.done.auto) expect(todo.done).toEqual(old.done);
              if (st === 'pass') expect(todo.done).not.toBeNull();
              if ((st === 'fail' || st === 'warn') && old.done?.auto) expect(todo.done).toBeNull();
            });
            expect(reconcile(after, LI, report(statuses), now)).toBe(after);
            t = after;
          }
        });
      }),
    );
  });
});

describe('moveRuleTodos', () => {
  const XP = 'x:jane',
    WORK = 'x:jane-at-work';
  const cross = (r: string) => r.startsWith('cross-');
  const toWork = (key: string) => (key.startsWith('x:') ? WORK : undefined);
  const list = (): Todos => {
    let t: Todos = [];
    t = add(t, { id: 'n', title: 'X: same name', notes: 'mine', origin: rule('cross-name', XP) }, T0);
    t = add(t, { id: 'l', title: 'X: link LinkedIn', origin: rule('cross-links', XP) }, T0);
    t = add(t, { id: 'b', title: 'X: write a bio', origin: rule('x-bio', XP) }, T0);
    t = add(t, { id: 'm', title: 'Call Anna' }, T0);
    return complete(t, 'l', T1);
  };

  it('moves the to-dos of the rules asked to the profile named, open or done, keeping everything else of them', () => {
    const before = list();
    const after = moveRuleTodos(before, cross, toWork);
    expect(after.map((t) => [t.id, t.origin.kind === 'rule' ? t.origin.profileKey : null])).toEqual([
      ['n', WORK],
      ['l', WORK],
      ['b', XP], // not a rule that moves
      ['m', null],
    ]);
    expect(after[0]).toEqual({ ...before[0], origin: rule('cross-name', WORK) });
    expect(after[1]).toEqual({ ...before[1], origin: rule('cross-links', WORK) });
    expect(after.slice(2)).toEqual(before.slice(2));
    // They are then the ones the new profile's reports tick off; one ticked by hand stays ticked.
    const later = reconcile(after, WORK, report({ 'cross-name': 'pass', 'cross-links': 'fail' }), T2);
    expect(later.map((t) => t.done)).toEqual([{ at: T2, auto: true }, { at: T1, auto: false }, null, null]);
  });

  it('a to-do ticked off automatically reopens when the profiles now compared fail its check', () => {
    const ticked = reconcile(list(), XP, report({ 'cross-name': 'pass' }), T1);
    expect(ticked[0]?.done?.auto).toBe(true);
    const moved = moveRuleTodos(ticked, cross, toWork);
    expect(reconcile(moved, WORK, report({ 'cross-name': 'fail' }), T2)[0]?.done).toBeNull();
  });

  it('returns the same list when nothing moves: no profile named, the same one, or none that moves', () => {
    const before = list();
    expect(moveRuleTodos(before, cross, () => undefined)).toBe(before);
    expect(moveRuleTodos(before, cross, (k) => k)).toBe(before);
    expect(moveRuleTodos(before, () => false, toWork)).toBe(before);
  });

  it('never makes a second to-do for a rule and profile: the old one then stays as it was', () => {
    const before = add(list(), { id: 'w', title: 'X: same name', origin: rule('cross-name', WORK) }, T1);
    const after = moveRuleTodos(before, cross, toWork);
    expect(after[0]).toBe(before[0]);
    expect(after.filter((t) => findByOrigin([t], rule('cross-name', WORK))).map((t) => t.id)).toEqual(['w']);
    expect(after[1]?.origin).toEqual(rule('cross-links', WORK)); // nothing in its way
    // Two of the same rule moving to one profile: the first moves, the second stays.
    const two = add(
      list(),
      { id: 'o', title: 'X: same name', origin: rule('cross-name', 'x:old-account') },
      T1,
    );
    const moved = moveRuleTodos(two, cross, toWork);
    expect(
      moved.filter((t) => t.origin.kind === 'rule' && t.origin.profileKey === WORK).map((t) => t.id),
    ).toEqual(['n', 'l']);
    expect(moved.find((t) => t.id === 'o')).toBe(two.find((t) => t.id === 'o'));
  });
});
