// Small shared pieces for rule files: outcome constructors and the "couldn't read" wording. Pure.
// Outcomes are messages (src/core/i18n.ts): `fail('.short', num(n))` is rule_<id>_short with $1 = n.
import { msg, type Msg, type Sub } from '../i18n.ts';
import type { Field, Unknown, ExperienceEntry } from '../profile.ts';
import { num } from '../text.ts';
import type { Outcome, Status } from './types.ts';

const outcome =
  (status: Status) =>
  (detail: string | Msg, ...subs: Sub[]): Outcome => ({
    status,
    detail: typeof detail === 'string' ? msg(detail, ...subs) : detail,
  });

export const pass = outcome('pass');
export const fail = outcome('fail');
export const warn = outcome('warn');
export const info = outcome('info');
export const notKnown = outcome('unknown');

/**
 * A plural message: its form is chosen for `n`, and $1 is n formatted ("1,204"), then `subs`. Its keys are in
 * alphabetical order, like every message in a report (see quoted() in src/core/i18n.ts).
 */
export const counted = (key: string, n: number, ...subs: Sub[]): Msg => ({
  count: n,
  key,
  subs: [num(n), ...subs],
});

/**
 * "Couldn’t read the headline on this page (reason), so this wasn’t checked": never "you have no headline".
 * `what` is the key of the thing that couldn't be read ("the headline"), usually the rule's own '.unread'.
 */
export const couldNotRead = (what: string, f: Unknown): Outcome =>
  f.reason ? notKnown('report_unread_reason', msg(what), f.reason) : notKnown('report_unread', msg(what));

/** A text field's trimmed value: '' when absent or blank. Call only on a field that is not unknown. */
export const textOf = (f: Field<string>): string => (f.state === 'found' ? f.value.trim() : '');

/** A count field's value: 0 when absent ("absent when the page shows no such section"). */
export const countOf = (f: Field<number>): number => (f.state === 'found' ? Math.max(0, f.value) : 0);

/** A list field's entries: [] when absent. */
export const listOf = <T>(f: Field<T[]>): T[] => (f.state === 'found' ? f.value : []);

/** Current positions, for rules that compare against the job title. */
export const currentRoles = (experience: Field<ExperienceEntry[]>): ExperienceEntry[] =>
  listOf(experience).filter((e) => e.current);

/** "Title at Company" (a message: "at" is a word of the language), or the title alone. */
export const roleName = (e: ExperienceEntry): Sub =>
  e.company.trim() ? msg('report_role_at', e.title.trim(), e.company.trim()) : e.title.trim();

/** When the rules' thresholds and sources were last reviewed (CHECKLIST.md). */
export const AS_OF = '2026-11';
