// The worker's evaluation: each reading with the user's settings and the other network's latest reading.
import { describe, expect, it } from 'vitest';
import { absent, found } from '../../src/core/field.ts';
import { othersAgain, reevaluateAll, reportFor } from '../../src/background/evaluate.ts';
import { afterReading, reconcileAll, rescoreLatest } from '../../src/background/data.ts';
import { NO_GOALS } from '../../src/core/goals.ts';
import { add, type Todos } from '../../src/core/todos.ts';
import { appendFor, dayOf, entries, entryFromReport, type History } from '../../src/core/history.ts';
import { DEFAULT_SETTINGS, validateSettings } from '../../src/storage/settings.ts';
import type { Snapshot } from '../../src/storage/schema.ts';
import { NOW, li, xp } from './rules/helpers.ts';

const status = (report: ReturnType<typeof reportFor>, rule: string) =>
  report.results.find((r) => r.rule === rule)?.status;

describe('the worker’s evaluation', () => {
  it('leaves the cross-network rules out until both networks have been read', () => {
    const report = reportFor(li(), NOW, {}, DEFAULT_SETTINGS);
    expect(status(report, 'li-photo')).toBeDefined();
    expect(status(report, 'cross-name')).toBeUndefined();
  });

  it('checks across networks with the latest reading of the other one', () => {
    const older: Snapshot = {
      profile: xp({ name: found('Somebody Else') }),
      readAt: '2026-01-01T00:00:00.000Z',
    };
    const newer: Snapshot = { profile: { ...xp(), key: 'x:second' }, readAt: '2026-11-01T00:00:00.000Z' };
    const report = reportFor(li(), NOW, { 'x:old': older, 'x:second': newer }, DEFAULT_SETTINGS);
    // The helper pair is one person with the same name on both networks; the older X reading is not.
    expect(status(report, 'cross-name')).toBe('pass');
  });

  describe('with two X profiles of hers (a personal and a work account)', () => {
    const personal: Snapshot = { profile: xp(), readAt: '2026-11-01T00:00:00.000Z' };
    const workProfile = { ...xp({ name: found('Northfield Library') }), key: 'x:northfieldlib' };
    const work: Snapshot = { profile: workProfile, readAt: '2026-11-02T00:00:00.000Z' };
    const linkedin: Snapshot = { profile: li(), readAt: '2026-11-03T00:00:00.000Z' };
    const all = {
      [personal.profile.key]: personal,
      [work.profile.key]: work,
      [linkedin.profile.key]: linkedin,
    };
    const chose = (key?: string) => validateSettings({ ...DEFAULT_SETTINGS, main: key ? { x: key } : {} });
    const crossOf = (report: ReturnType<typeof reportFor>) =>
      report.results.filter((r) => r.rule.startsWith('cross-')).map((r) => r.rule);

    it('compares the one read last when she has not chosen, and scores the other on X’s checks alone', () => {
      expect(status(reportFor(li(), NOW, all, chose()), 'cross-name')).toBe('fail');
      expect(crossOf(reportFor(work.profile, work.readAt, all, chose()))).toHaveLength(3);
      expect(crossOf(reportFor(personal.profile, personal.readAt, all, chose()))).toEqual([]);
    });

    it('compares the one she chose, whichever was read last', () => {
      const settings = chose(personal.profile.key);
      expect(status(reportFor(li(), NOW, all, settings), 'cross-name')).toBe('pass');
      expect(crossOf(reportFor(personal.profile, personal.readAt, all, settings))).toHaveLength(3);
      // The work account: its own score, no "the names differ" against her LinkedIn.
      const workReport = reportFor(work.profile, work.readAt, all, settings);
      expect(crossOf(workReport)).toEqual([]);
      expect(workReport.results.every((r) => r.rule.startsWith('x-'))).toBe(true);
    });

    it('goes back to the one read last when the chosen one is no longer kept', () => {
      const settings = chose('x:forgotten');
      expect(status(reportFor(li(), NOW, all, settings), 'cross-name')).toBe('fail');
    });

    // She asked to track "use the same name" from the work account's card while it was the one compared.
    const tracked = (): Todos =>
      add(
        [],
        {
          id: 't1',
          title: 'X: same name',
          origin: { kind: 'rule', rule: 'cross-name', profileKey: workProfile.key },
        },
        NOW,
      );
    const keyOf = (list: Todos) => (list[0]?.origin.kind === 'rule' ? list[0].origin.profileKey : null);

    it('moves a cross-network to-do to the profile compared once she reads another of hers last', () => {
      const settings = chose();
      const readAt = '2026-11-04T00:00:00.000Z';
      // As the worker does with a new reading of her personal account: stored, then the others again.
      const snapshots: Record<string, Snapshot> = { ...all };
      const report = reportFor(personal.profile, readAt, snapshots, settings);
      snapshots[personal.profile.key] = { profile: personal.profile, readAt, report };
      const paired = othersAgain(snapshots, personal.profile.key, settings);
      Object.assign(snapshots, paired);
      const after = afterReading(
        { snapshots, todos: tracked(), goals: NO_GOALS, history: {}, settings },
        personal.profile,
        report,
        readAt,
        NOW,
        paired,
      );
      // Her LinkedIn is compared with the personal account now: its report was made again too.
      expect(status(paired[linkedin.profile.key]!.report!, 'cross-name')).toBe('pass');
      // The personal account is now the one compared, and there the names agree: ticked off.
      expect(status(report, 'cross-name')).toBe('pass');
      expect(keyOf(after.todos)).toBe(personal.profile.key);
      expect(after.todos[0]?.done).toEqual({ at: readAt, auto: true });
    });

    it('moves it when she chooses another profile as the one compared, and leaves it on the one chosen', () => {
      const mine = chose(personal.profile.key);
      const moved = reconcileAll(tracked(), reevaluateAll(all, mine), NO_GOALS, mine, NOW);
      expect(keyOf(moved)).toBe(personal.profile.key);
      expect(moved[0]?.done?.auto).toBe(true);
      // The work account chosen: it stays there, open, as the names still differ; the list is the same one,
      // so the worker writes nothing.
      const work = chose(workProfile.key);
      const list = tracked();
      expect(reconcileAll(list, reevaluateAll(all, work), NO_GOALS, work, NOW)).toBe(list);
      // No reading of her profile kept at all: nothing to follow, nothing moves.
      expect(reconcileAll(tracked(), {}, NO_GOALS, mine, NOW)).toEqual(tracked());
    });

    it('keeps only a key of the same network as a choice', () => {
      const main = { linkedin: 'x:robinreads', x: 'x:robinreads', other: 'x:a' };
      expect(validateSettings({ main }).main).toEqual({ x: 'x:robinreads' });
      expect(validateSettings({ main: { x: 'x:' } }).main).toEqual({});
      expect(validateSettings({ main: 'x:robinreads' }).main).toEqual({});
    });
  });

  it('scores each network on its own rules and the cross-network ones, never the other network’s', () => {
    const both = { [li().key]: { profile: li(), readAt: NOW }, [xp().key]: { profile: xp(), readAt: NOW } };
    const platforms = (report: ReturnType<typeof reportFor>) =>
      [...new Set(report.results.map((r) => r.rule.split('-')[0]))].sort();
    const linkedin = reportFor(li(), NOW, both, DEFAULT_SETTINGS);
    const x = reportFor(xp(), NOW, both, DEFAULT_SETTINGS);
    expect(platforms(linkedin)).toEqual(['cross', 'li']);
    expect(platforms(x)).toEqual(['cross', 'x']);
    // The LinkedIn score is the same whether or not X has been read, but for the cross-network checks.
    const alone = reportFor(li(), NOW, {}, DEFAULT_SETTINGS);
    const own = (report: ReturnType<typeof reportFor>) =>
      report.results.filter((r) => r.rule.startsWith('li-')).map((r) => [r.rule, r.status]);
    expect(own(linkedin)).toEqual(own(alone));
  });

  it('re-evaluates every stored reading when the settings change', () => {
    const snapshots: Record<string, Snapshot> = {
      [li().key]: { profile: li(), readAt: NOW, report: reportFor(li(), NOW, {}, DEFAULT_SETTINGS) },
    };
    expect(status(snapshots[li().key]!.report!, 'li-banner')).toBeDefined();
    const off = validateSettings({ checklist: { disabled: ['li-banner'] } });
    const after = reevaluateAll(snapshots, off);
    expect(status(after[li().key]!.report!, 'li-banner')).toBeUndefined();
    expect(after[li().key]!.readAt).toBe(NOW);
  });

  it('rescores the newest history row when it records the stored reading, and leaves older rows alone', () => {
    const weak = li({ banner: absent });
    const today = dayOf(NOW);
    const report = reportFor(weak, NOW, {}, DEFAULT_SETTINGS);
    let history: History = appendFor({}, weak.key, {
      ...entryFromReport('2020-01-01', report, weak),
      score: 10,
    });
    history = appendFor(history, weak.key, entryFromReport(today, report, weak));
    const off = validateSettings({ checklist: { disabled: ['li-banner'] } });
    const snapshots = reevaluateAll({ [weak.key]: { profile: weak, readAt: NOW, report } }, off);
    const after = rescoreLatest(history, snapshots);
    const scores = entries(after[weak.key]!).map((e) => [e.day, e.score]);
    expect(scores).toEqual([
      ['2020-01-01', 10],
      [today, snapshots[weak.key]!.report!.score],
    ]);
    expect(snapshots[weak.key]!.report!.score).not.toBe(report.score);
    // A newest row of another day records another reading: left as it is.
    const older = { [weak.key]: { ...snapshots[weak.key]!, readAt: '2019-06-01T12:00:00.000Z' } };
    expect(rescoreLatest(history, older)).toBe(history);
  });
});
