// The score history of each profile, kept small enough to hold ten years of daily readings in storage.local:
// at most one entry per profile per day (the latest reading of the day wins), and "what changed" between two
// entries as data (diff) and as words (describeChange).
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

/** A calendar day, 'YYYY-MM-DD'. */
export type Day = string;
/** An ISO 8601 date-time, as the caller's clock gave it ("2025-03-01T09:30:00.000Z"). */
export type IsoTime = string;

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

/** The day part of an ISO date-time as written (a local-offset time gives the local day). */
export const dayOf = (time: IsoTime): Day => time.slice(0, 10);

/** The day `n` days after (or before, n < 0) `day`. */
export function addDays(day: Day, n: number): Day {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
}

// ---- Facts --------------------------------------------------------------------------------------------------

/** How a fact is worded: a text length, a count, or a flag (1 = set, 0 = not set). */
export type FactKind = 'length' | 'count' | 'flag';

/**
 * Every fact, in the order changes are described: how it is worded, and its code in stored rows (short, since
 * followers and connections change most days). Never rename or recode one: stored rows use the codes.
 */
export const FACT_DEFS = {
  headline: ['length', 'h'],
  about: ['length', 'a'],
  bio: ['length', 'b'],
  photo: ['flag', 'p'],
  avatar: ['flag', 'av'],
  banner: ['flag', 'bn'],
  header: ['flag', 'hd'],
  location: ['flag', 'l'],
  website: ['flag', 'w'],
  customUrl: ['flag', 'u'],
  pinned: ['flag', 'pn'],
  experience: ['count', 'e'],
  education: ['count', 'ed'],
  skills: ['count', 's'],
  recommendations: ['count', 'r'],
  featured: ['count', 'ft'],
  certifications: ['count', 'ct'],
  volunteering: ['count', 'v'],
  languages: ['count', 'lg'],
  connections: ['count', 'c'],
  followers: ['count', 'f'],
  following: ['count', 'fg'],
} as const satisfies Record<string, readonly [FactKind, string]>;
export type Fact = keyof typeof FACT_DEFS;
export type FactCode = (typeof FACT_DEFS)[Fact][1];
export const FACTS = Object.keys(FACT_DEFS) as Fact[];
export const isFact = (s: string): s is Fact => Object.hasOwn(FACT_DEFS, s);
export const factKind = (f: Fact): FactKind => FACT_DEFS[f][0];
const CODE_TO_FACT: ReadonlyMap<string, Fact> = new Map(FACTS.map((f) => [FACT_DEFS[f][1], f]));
/** The fact a stored code stands for, or undefined. */
export const factOfCode = (code: string): Fact | undefined => CODE_TO_FACT.get(code);

/** Known facts of one reading; a fact that is missing was unknown. Values are whole numbers >= 0. */
export type Facts = { [F in Fact]?: number };

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

// ---- Entries and rows ---------------------------------------------------------------------------------------

/** One day of one profile's history, decoded. */
export interface HistoryEntry {
  day: Day;
  /** 0..100, whole. */
  score: number;
  /** 0..1, to three decimals (as the report gives it). */
  coverage: number;
  /** Rules that failed or warned, sorted. */
  failing: string[];
  /** Rules that passed, sorted: lets diff() say "fixed" only of a rule seen passing, never of an unknown one. */
  passing: string[];
  facts: Facts;
}

/** A rule's state in a row: failing (fail or warn), passing, or neither (null: unknown, info, not evaluated). */
export type RuleMark = 'fail' | 'pass';

/**
 * The changes a row carries over the entry before it: `rules` maps each rule whose state changed to its new
 * state (null = neither failing nor passing any more), and each fact that changed is under its code
 * (FACT_DEFS), null when it became unknown. Keys are written in one order (rules first, sorted; then facts in
 * FACTS order), so a row is canonical.
 */
export type RowChanges = { rules?: Record<string, RuleMark | null> } & { [C in FactCode]?: number | null };
/** A stored row: [day, score, coverage in thousandths, changes?]. */
export type Row = [day: Day, score: number, coverage: number, changes?: RowChanges];
/** One profile's stored history: rows in strictly increasing day order. */
export type ProfileHistory = readonly Row[];
/** Every profile's history, by profile key ("linkedin:<slug>"). */
export type History = Readonly<Record<string, ProfileHistory>>;

/**
 * A rule id as the registry writes them ("li-headline", "x-bio", "cross-name"): lower case words joined by
 * hyphens, at least two, so no id is ever "constructor" or "__proto__" when used as a key.
 */
export const isRuleId = (s: unknown): s is string =>
  typeof s === 'string' && s.length <= 64 && /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(s);

/** The running state while rows are folded: each rule's mark, and the facts known. */
interface State {
  rules: Map<string, RuleMark>;
  facts: Facts;
}
const fresh = (): State => ({ rules: new Map(), facts: {} });

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

/** Fold one row's changes into `state` (mutated: append() allocates next to nothing per row). */
function fold(state: State, row: Row): void {
  const changes = row[3];
  if (!changes) return;
  for (const key in changes) {
    if (key === 'rules') {
      const rules = changes.rules ?? {};
      for (const id in rules) {
        const mark = rules[id];
        if (mark) state.rules.set(id, mark);
        else state.rules.delete(id);
      }
      continue;
    }
    const fact = CODE_TO_FACT.get(key);
    if (!fact) continue;
    const v = changes[key as FactCode];
    if (v === null || v === undefined) delete state.facts[fact];
    else state.facts[fact] = v;
  }
}

/** The state after the first `n` rows. */
function stateAfter(history: ProfileHistory, n: number): State {
  const state = fresh();
  for (let i = 0; i < n; i++) fold(state, history[i] as Row);
  return state;
}

function entryOf(state: State, row: Row): HistoryEntry {
  const failing: string[] = [];
  const passing: string[] = [];
  for (const [id, mark] of state.rules) (mark === 'fail' ? failing : passing).push(id);
  return {
    day: row[0],
    score: row[1],
    coverage: row[2] / 1000,
    failing: failing.sort(),
    passing: passing.sort(),
    facts: { ...state.facts },
  };
}

/** Two rows say the same (rows are canonical: encode() writes keys in one order and only real changes). */
const sameRow = (a: Row, b: Row): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The entries of a stored history, oldest first. */
export function entries(history: ProfileHistory): HistoryEntry[] {
  const state = fresh();
  return history.map((row) => {
    fold(state, row);
    return entryOf(state, row);
  });
}

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

// ---- What changed -------------------------------------------------------------------------------------------

export interface FactChange {
  fact: Fact;
  kind: FactKind;
  from: number;
  to: number;
}

/** What changed from entry `a` to a later entry `b`. */
export interface HistoryDiff {
  from: Day;
  to: Day;
  score: { from: number; to: number; delta: number };
  coverage: { from: number; to: number };
  /** Facts known on both days that differ, in FACTS order. Nothing is said of a fact unknown on either day. */
  facts: FactChange[];
  /** Rules failing (or warning) in `a` and passing in `b`. A rule that became unknown is in neither list. */
  fixed: string[];
  /** Rules failing (or warning) in `b` that were not in `a`. */
  nowFailing: string[];
}

export function diff(a: HistoryEntry, b: HistoryEntry): HistoryDiff {
  const facts: FactChange[] = [];
  for (const f of FACTS) {
    const from = a.facts[f];
    const to = b.facts[f];
    if (from !== undefined && to !== undefined && from !== to)
      facts.push({ fact: f, kind: factKind(f), from, to });
  }
  const passing = new Set(b.passing);
  const wasFailing = new Set(a.failing);
  return {
    from: a.day,
    to: b.day,
    score: { from: a.score, to: b.score, delta: b.score - a.score },
    coverage: { from: a.coverage, to: b.coverage },
    facts,
    fixed: a.failing.filter((r) => passing.has(r)),
    nowFailing: b.failing.filter((r) => !wasFailing.has(r)),
  };
}

/**
 * What changed since `day` ("since last week": `changeSince(h, addDays(today, -7))`): from the entry that stood on
 * that day (or, when the history starts later, its first entry) to the newest. Undefined when there are not two
 * different days to compare.
 */
export function changeSince(history: ProfileHistory, day: Day): HistoryDiff | undefined {
  const all = entries(history);
  const last = all.at(-1);
  const base = all.filter((e) => e.day <= day).at(-1) ?? all[0];
  return last && base && base.day !== last.day ? diff(base, last) : undefined;
}

// ---- Words --------------------------------------------------------------------------------------------------

const plural = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;

/**
 * Every English word the history uses, in one place so it can move to _locales. Rule names are short nouns
 * for "fixed: photo, About; now failing: keywords"; describeChange() takes a function to name rules
 * otherwise (e.g. from the rule titles of the catalog).
 */
export const HISTORY_WORDS = {
  noChange: 'No change in score',
  fixed: 'fixed',
  nowFailing: 'now failing',
  coverage: (from: number, to: number) => `coverage ${Math.round(from * 100)}% → ${Math.round(to * 100)}%`,
  length: {
    headline: 'headline',
    about: 'About',
    bio: 'bio',
  } satisfies Record<string, string>,
  lengthChange: {
    added: (what: string) => `${what} added`,
    removed: (what: string) => `${what} removed`,
    longer: (what: string) => `${what} expanded`,
    shorter: (what: string) => `${what} shortened`,
  },
  flag: {
    photo: ['photo added', 'photo removed'],
    avatar: ['profile photo added', 'profile photo removed'],
    banner: ['background banner added', 'background banner removed'],
    header: ['header image added', 'header image removed'],
    location: ['location added', 'location removed'],
    website: ['website added', 'website removed'],
    customUrl: ['custom URL set', 'custom URL removed'],
    pinned: ['pinned post added', 'pinned post removed'],
  } satisfies Record<string, readonly [string, string]>,
  count: {
    experience: (n: number, up: boolean) => `${plural(n, 'role', 'roles')} ${up ? 'added' : 'removed'}`,
    education: (n: number, up: boolean) =>
      `${plural(n, 'education entry', 'education entries')} ${up ? 'added' : 'removed'}`,
    skills: (n: number, up: boolean) => `${plural(n, 'skill', 'skills')} ${up ? 'added' : 'removed'}`,
    recommendations: (n: number, up: boolean) =>
      `${plural(n, 'recommendation', 'recommendations')} ${up ? 'received' : 'removed'}`,
    featured: (n: number, up: boolean) =>
      `${plural(n, 'featured item', 'featured items')} ${up ? 'added' : 'removed'}`,
    certifications: (n: number, up: boolean) =>
      `${plural(n, 'certification', 'certifications')} ${up ? 'added' : 'removed'}`,
    volunteering: (n: number, up: boolean) =>
      `${plural(n, 'volunteering role', 'volunteering roles')} ${up ? 'added' : 'removed'}`,
    languages: (n: number, up: boolean) =>
      `${plural(n, 'language', 'languages')} ${up ? 'added' : 'removed'}`,
    connections: (n: number, up: boolean) =>
      `${n} ${up ? 'new' : 'fewer'} ${n === 1 ? 'connection' : 'connections'}`,
    followers: (n: number, up: boolean) =>
      `${n} ${up ? 'more' : 'fewer'} ${n === 1 ? 'follower' : 'followers'}`,
    following: (n: number, up: boolean) => `following ${n} ${up ? 'more' : 'fewer'}`,
  } satisfies Record<string, (n: number, up: boolean) => string>,
  rules: {
    'li-photo': 'photo',
    'li-banner': 'banner',
    'li-headline': 'headline',
    'li-headline-fold': 'headline keywords up front',
    'li-about': 'About',
    'li-location': 'location',
    'li-current-role': 'current role',
    'li-past-roles': 'past roles',
    'li-education': 'education',
    'li-skills': 'skills',
    'li-recommendations': 'recommendations',
    'li-connections': 'connections',
    'li-custom-url': 'custom URL',
    'li-featured': 'Featured',
    'li-certifications': 'certifications',
    'li-volunteering': 'volunteering',
    'li-languages': 'languages',
    'li-keywords': 'keywords',
    'li-open-to-work': 'Open to work',
    'li-activity': 'recent activity',
    'x-name': 'name',
    'x-handle': 'handle',
    'x-avatar': 'profile photo',
    'x-header': 'header image',
    'x-bio': 'bio',
    'x-location': 'location',
    'x-website': 'website',
    'x-pinned': 'pinned post',
    'x-recent': 'recent posts',
    'x-conversation': 'conversation',
    'x-keywords': 'keywords',
    'cross-name': 'same name on both networks',
    'cross-message': 'same message on both networks',
    'cross-links': 'profiles linked to each other',
  } as Readonly<Record<string, string>>,
} as const;

/** A rule's short English name, or its id when it has none. */
export const ruleName = (id: string): string =>
  Object.hasOwn(HISTORY_WORDS.rules, id) ? (HISTORY_WORDS.rules[id] ?? id) : id;

/** One fact change in words ("About added", "3 skills added"). */
export function describeFact(c: FactChange): string {
  const up = c.to > c.from;
  if (c.kind === 'flag') {
    const words = HISTORY_WORDS.flag[c.fact as keyof typeof HISTORY_WORDS.flag];
    return words[up ? 0 : 1];
  }
  if (c.kind === 'length') {
    const what = HISTORY_WORDS.length[c.fact as keyof typeof HISTORY_WORDS.length];
    const w = HISTORY_WORDS.lengthChange;
    return c.from === 0
      ? w.added(what)
      : c.to === 0
        ? w.removed(what)
        : up
          ? w.longer(what)
          : w.shorter(what);
  }
  return HISTORY_WORDS.count[c.fact as keyof typeof HISTORY_WORDS.count](Math.abs(c.to - c.from), up);
}

/**
 * A change in words: "+12: About added, 3 skills added; fixed: About; now failing: keywords". The score comes
 * first (signed, or "No change in score"); then the facts, a coverage change of 5 points or more, and the rules
 * fixed and newly failing. `name` names a rule (default: the short English names above).
 */
export function describeChange(d: HistoryDiff, name: (rule: string) => string = ruleName): string {
  const delta = d.score.delta;
  const head = delta > 0 ? `+${delta}` : delta < 0 ? `${delta}` : HISTORY_WORDS.noChange;
  const parts: string[] = [];
  const facts = d.facts.map(describeFact);
  if (Math.abs(d.coverage.to - d.coverage.from) >= 0.05)
    facts.push(HISTORY_WORDS.coverage(d.coverage.from, d.coverage.to));
  if (facts.length > 0) parts.push(facts.join(', '));
  if (d.fixed.length > 0) parts.push(`${HISTORY_WORDS.fixed}: ${d.fixed.map(name).join(', ')}`);
  if (d.nowFailing.length > 0)
    parts.push(`${HISTORY_WORDS.nowFailing}: ${d.nowFailing.map(name).join(', ')}`);
  return parts.length > 0 ? `${head}: ${parts.join('; ')}` : head;
}
