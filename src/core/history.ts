// The score history of each profile, kept small enough to hold ten years of daily readings in storage.local:
// at most one entry per profile per day (the latest reading of the day wins). "What changed" between two
// entries, as data and as words, is in history-change.ts.
//
// Stored form (compact, delta-encoded): a profile's history is a list of rows in day order,
//   ["2026-03-01", 72, 857]                                    only the score line (score, coverage in 1/1000)
//   ["2026-03-02", 74, 857, {"rules": {"li-about": "pass"}, "s": 5, "c": 131}]
// where the optional last element holds only what differs from the entry before: each rule whose state
// changed ('fail' = failed or warned, 'pass', null = neither: unknown, info or not evaluated) and each fact that
// changed, under a short code (FACT_DEFS; null = it became unknown). The first row is compared with an empty
// entry (no rules, no facts). A row means nothing on its own: decoding folds the rows from the first, so
// append() and entries() are the only ways in and out. Measured: ten years of daily readings of two busy
// profiles take well under 1 MB (test/unit/core/history.test.ts prints the figure).
//
// Facts are small numbers taken from a reading, enough to say "About added, 3 skills added": text lengths,
// counts, and 1/0 for things that are set or not. A field the reader could not read ('unknown') is not a
// fact: it is left out, and no change is ever claimed from or to it.
//
// Pure: no DOM, no browser API, no clock (days come in as 'YYYY-MM-DD' strings; the caller decides the day,
// normally the user's local date).
import type { Field, Profile } from './profile.ts';
import type { Report, Result } from './report.ts';
import {
  entries,
  entryOf,
  FACT_DEFS,
  FACTS,
  fresh,
  stateAfter,
  type Day,
  type Fact,
  type Facts,
  type History,
  type HistoryEntry,
  type IsoTime,
  type ProfileHistory,
  type RowChanges,
  type Row,
  type RuleMark,
  type State,
} from './history-read.ts';

export * from './history-read.ts';

/**
 * What the history and the to-dos need from a report: its score, coverage and each rule's status. A full
 * Report is one; nothing here reads a result's text.
 */
export interface ReportLike {
  readonly score: Report['score'];
  readonly coverage: Report['coverage'];
  readonly results: readonly Pick<Result, 'rule' | 'status' | 'weight'>[];
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A real calendar day written 'YYYY-MM-DD' (2025-02-30 is not one). */
export function isDay(s: unknown): s is Day {
  if (typeof s !== 'string') return false;
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1970;
}

/** An ISO 8601 date-time with a zone ('Z' or '+01:00'), on a real day. */
export const isIsoTime = (s: unknown): s is IsoTime => {
  if (typeof s !== 'string') return false;
  const m = TIME_RE.exec(s);
  return m !== null && isDay(m[1]);
};

/**
 * The user's local calendar day of a time, as the worker dates history entries (background/data.ts):
 * 09:00 on 1 March in Auckland is stored as '2026-02-28T20:00:00.000Z' but is the day '2026-03-01'. A time
 * that cannot be read gives its first ten characters, as written.
 */
export function dayOf(time: IsoTime): Day {
  const d = new Date(time);
  if (Number.isNaN(d.getTime())) return time.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const len = (f: Field<string>): number | undefined =>
  f.state === 'found' ? [...f.value].length : f.state === 'absent' ? 0 : undefined;
const flag = (f: Field<unknown>): number | undefined =>
  f.state === 'found' ? (f.value === false || f.value === '' ? 0 : 1) : f.state === 'absent' ? 0 : undefined;
const count = (f: Field<number | readonly unknown[]>): number | undefined =>
  f.state === 'found'
    ? Array.isArray(f.value)
      ? f.value.length
      : Math.max(0, Math.round(f.value as number))
    : f.state === 'absent'
      ? 0
      : undefined;

/** The facts of a reading: what can be counted or measured, without keeping any of the profile's text. */
export function factsOf(profile: Profile): Facts {
  const all: { [F in Fact]?: number | undefined } =
    profile.platform === 'linkedin'
      ? {
          headline: len(profile.fields.headline),
          about: len(profile.fields.about),
          photo: flag(profile.fields.photo),
          banner: flag(profile.fields.banner),
          location: flag(profile.fields.location),
          customUrl: flag(profile.fields.customUrl),
          experience: count(profile.fields.experience),
          education: count(profile.fields.education),
          skills: count(profile.fields.skills),
          recommendations: count(profile.fields.recommendations),
          featured: count(profile.fields.featured),
          certifications: count(profile.fields.certifications),
          volunteering: count(profile.fields.volunteering),
          languages: count(profile.fields.languages),
          connections: count(profile.fields.connections),
          followers: count(profile.fields.followers),
        }
      : {
          bio: len(profile.fields.bio),
          avatar: flag(profile.fields.avatar),
          header: flag(profile.fields.header),
          location: flag(profile.fields.location),
          website: flag(profile.fields.website),
          pinned: flag(profile.fields.pinned),
          followers: count(profile.fields.followers),
          following: count(profile.fields.following),
        };
  const facts: Facts = {};
  for (const f of FACTS) {
    const v = all[f];
    if (v !== undefined && Number.isFinite(v)) facts[f] = v;
  }
  return facts;
}

/**
 * A rule id as the registry writes them ("li-headline", "x-bio", "cross-name"): lower case words joined by
 * hyphens, at least two, so no id is ever "constructor" or "__proto__" when used as a key.
 */
export const isRuleId = (s: unknown): s is string =>
  typeof s === 'string' && s.length <= 64 && /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(s);

const sortedUnique = (ids: readonly string[]): string[] => [...new Set(ids)].sort();

/** The history entry for a report read on `day`, with the reading's facts when the profile is given. */
export function entryFromReport(day: Day, report: ReportLike, profile?: Profile): HistoryEntry {
  const failing = report.results.filter((r) => r.status === 'fail' || r.status === 'warn').map((r) => r.rule);
  const passing = report.results.filter((r) => r.status === 'pass').map((r) => r.rule);
  return {
    day,
    score: report.score,
    coverage: Math.round(report.coverage * 1000) / 1000,
    failing: sortedUnique(failing),
    passing: sortedUnique(passing),
    facts: profile ? factsOf(profile) : {},
  };
}

function checkEntry(e: HistoryEntry): void {
  if (!isDay(e.day)) throw new RangeError(`A history entry needs a day written YYYY-MM-DD, not "${e.day}".`);
  if (!Number.isInteger(e.score) || e.score < 0 || e.score > 100)
    throw new RangeError(`A score is a whole number from 0 to 100, not ${e.score}.`);
  if (!(e.coverage >= 0 && e.coverage <= 1))
    throw new RangeError(`Coverage is from 0 to 1, not ${e.coverage}.`);
  for (const id of [...e.failing, ...e.passing])
    if (!isRuleId(id)) throw new RangeError(`"${id}" is not a rule id.`);
  const failing = new Set(e.failing);
  const both = e.passing.find((id) => failing.has(id));
  if (both) throw new RangeError(`Rule ${both} can't be both failing and passing.`);
  for (const f of FACTS) {
    const v = e.facts[f];
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0))
      throw new RangeError(`Fact ${f} must be a count.`);
  }
}

function encode(prev: State, e: HistoryEntry): Row {
  const changes: RowChanges = {};
  const marks = new Map<string, RuleMark>();
  for (const id of e.failing) marks.set(id, 'fail');
  for (const id of e.passing) marks.set(id, 'pass');
  const rules: Record<string, RuleMark | null> = {};
  let anyRule = false;
  for (const id of sortedUnique([...prev.rules.keys(), ...marks.keys()])) {
    const mark = marks.get(id) ?? null;
    if ((prev.rules.get(id) ?? null) === mark) continue;
    rules[id] = mark;
    anyRule = true;
  }
  if (anyRule) changes.rules = rules;
  let any = anyRule;
  for (const f of FACTS) {
    if (prev.facts[f] === e.facts[f]) continue;
    changes[FACT_DEFS[f][1]] = e.facts[f] ?? null;
    any = true;
  }
  const row: Row = [e.day, e.score, Math.round(e.coverage * 1000)];
  if (any) row.push(changes);
  return row;
}

/** Two rows say the same (rows are canonical: encode() writes keys in one order and only real changes). */
const sameRow = (a: Row, b: Row): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The newest entry, or undefined for an empty history. */
export function latest(history: ProfileHistory): HistoryEntry | undefined {
  const last = history.at(-1);
  if (!last) return undefined;
  const state = stateAfter(history, history.length);
  return entryOf(state, last);
}

/** The entry that stood on `day`: the newest one on or before it (undefined when the history starts later). */
export function entryOn(history: ProfileHistory, day: Day): HistoryEntry | undefined {
  let found: HistoryEntry | undefined;
  for (const e of entries(history)) {
    if (e.day > day) break;
    found = e;
  }
  return found;
}

/**
 * Record a reading. A later day adds a row; the same day as the newest row replaces it (the latest reading of
 * the day wins); an earlier day than the newest row is ignored (the history only moves forward, e.g. when the
 * clock or the time zone went back). Returns `history` itself when nothing changes, so the caller can skip the
 * write. Throws a RangeError on an entry that is not valid (bad day, score outside 0..100).
 */
export function append(history: ProfileHistory, entry: HistoryEntry): ProfileHistory {
  checkEntry(entry);
  const n = history.length;
  const lastRow = history[n - 1];
  if (!lastRow) return [encode(fresh(), entry)];
  if (entry.day < lastRow[0]) return history;
  if (entry.day === lastRow[0]) {
    const before = stateAfter(history, n - 1);
    const row = encode(before, entry);
    return sameRow(row, lastRow) ? history : [...history.slice(0, -1), row];
  }
  const state = stateAfter(history, n);
  return [...history, encode(state, entry)];
}

/** Record a reading in the history of `profileKey` (see append); `history` itself when nothing changes. */
export function appendFor(history: History, profileKey: string, entry: HistoryEntry): History {
  const before = Object.hasOwn(history, profileKey) ? history[profileKey] : undefined;
  const after = append(before ?? [], entry);
  return after === before ? history : { ...history, [profileKey]: after };
}
