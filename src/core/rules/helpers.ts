// Small shared pieces for rule files: outcome constructors and the "couldn't read" wording. Pure.
import type { Field, Unknown, ExperienceEntry } from '../profile.ts';
import type { Outcome } from './types.ts';

type Extra = Pick<Outcome, 'why' | 'fix'>;

export const pass = (detail: string, extra: Extra = {}): Outcome => ({ status: 'pass', detail, ...extra });
export const fail = (detail: string, extra: Extra = {}): Outcome => ({ status: 'fail', detail, ...extra });
export const warn = (detail: string, extra: Extra = {}): Outcome => ({ status: 'warn', detail, ...extra });
export const info = (detail: string, extra: Extra = {}): Outcome => ({ status: 'info', detail, ...extra });
export const notKnown = (detail: string, extra: Extra = {}): Outcome => ({
  status: 'unknown',
  detail,
  ...extra,
});

/** "Couldn't read the headline on this page (reason)": never "you have no headline". */
export const couldNotRead = (what: string, f: Unknown): Outcome =>
  notKnown(`Couldn't read ${what} on this page${f.reason ? ` (${f.reason})` : ''}, so this wasn't checked.`);

/** A text field's trimmed value: '' when absent or blank. Call only on a field that is not unknown. */
export const textOf = (f: Field<string>): string => (f.state === 'found' ? f.value.trim() : '');

/** A count field's value: 0 when absent ("absent when the page shows no such section"). */
export const countOf = (f: Field<number>): number => (f.state === 'found' ? Math.max(0, f.value) : 0);

/** A list field's entries: [] when absent. */
export const listOf = <T>(f: Field<T[]>): T[] => (f.state === 'found' ? f.value : []);

/** Current positions, for rules that compare against the job title. */
export const currentRoles = (experience: Field<ExperienceEntry[]>): ExperienceEntry[] =>
  listOf(experience).filter((e) => e.current);

/** "Title at Company", or the title alone. */
export const roleName = (e: ExperienceEntry): string =>
  e.company.trim() ? `${e.title.trim()} at ${e.company.trim()}` : e.title.trim();

/** When the rules' thresholds and sources were last reviewed (CHECKLIST.md). */
export const AS_OF = '2026-11';
