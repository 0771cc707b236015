// The read side of the score history (src/core/history.ts): the stored form's types and decoding rows into
// entries. Its own module so that the popup, which only shows the history, does not bundle the worker's
// writing side (validation, encoding, facts of a reading); history.ts re-exports everything here, so other
// code imports from history.ts as before. The exports marked "internal" are for history.ts only. "What
// changed" (diff, changeSince, describeChange) is in history-change.ts, which the worker never loads.
//
// Pure: no DOM, no browser API, no clock.

/** A calendar day, 'YYYY-MM-DD'. */
export type Day = string;
/** An ISO 8601 date-time, as the caller's clock gave it ("2025-03-01T09:30:00.000Z"). */
export type IsoTime = string;

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

/** The running state while rows are folded: each rule's mark, and the facts known. */
/** Internal (history.ts): the running state while rows are folded. */
export interface State {
  rules: Map<string, RuleMark>;
  facts: Facts;
}
export const fresh = (): State => ({ rules: new Map(), facts: {} });

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
export function stateAfter(history: ProfileHistory, n: number): State {
  const state = fresh();
  for (let i = 0; i < n; i++) fold(state, history[i] as Row);
  return state;
}

export function entryOf(state: State, row: Row): HistoryEntry {
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

/** The entries of a stored history, oldest first. */
export function entries(history: ProfileHistory): HistoryEntry[] {
  const state = fresh();
  return history.map((row) => {
    fold(state, row);
    return entryOf(state, row);
  });
}
