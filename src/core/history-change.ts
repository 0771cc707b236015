// "What changed" between two entries of the score history (src/core/history.ts): as data (diff, changeSince)
// and as words (describeChange), for the popup and the Markdown report. Not in history-read.ts, whose code
// the worker shares with the pages: the worker never says what changed, so it does not load this.
//
// Pure: no DOM, no browser API, no clock.
import { list, msg, type Msg, type Sub } from './i18n.ts';
import {
  entries,
  factKind,
  FACTS,
  type Day,
  type Fact,
  type FactKind,
  type HistoryEntry,
  type ProfileHistory,
} from './history-read.ts';

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
// "What changed" as a message reference (src/core/i18n.ts): its words are the history_* messages of
// public/_locales/<lang>/messages.json, rendered by whoever shows them (render(msg, catalog)).

/** A fact or rule in a key: customUrl -> custom_url, li-photo -> li_photo. */
const snake = (s: string): string => s.replace(/[A-Z-]/g, (c) => `_${c === '-' ? '' : c.toLowerCase()}`);

/**
 * A rule's short name for "fixed: photo, About; now needs work: keywords" (history_rule_<id>; the rule titles are
 * sentences, too long for one line). A rule with no such message (an old row's rule, since removed) is named
 * by its id.
 */
export const ruleName = (id: string): Msg => ({ key: `history_rule_${snake(id)}`, fallback: id });

/**
 * One fact change ("About added", "3 skills added"): history_<fact>_added or _removed, for a length also
 * _longer or _shorter; a count's message is a plural with the number as $1.
 */
export function describeFact(c: FactChange): Msg {
  const up = c.to > c.from;
  const key = `history_${snake(c.fact)}_`;
  const n = Math.abs(c.to - c.from);
  if (c.kind === 'count') return { key: key + (up ? 'added' : 'removed'), count: n, subs: [n] };
  if (c.kind === 'length' && c.from !== 0 && c.to !== 0) return msg(key + (up ? 'longer' : 'shorter'));
  return msg(key + (up ? 'added' : 'removed'));
}

/**
 * A change in words: "+12: About added, 3 skills added; fixed: About; now needs work: keywords". The score comes
 * first (signed, or "No change in score"); then the facts, a coverage change of 5 points or more, and the rules
 * fixed and newly failing. `name` names a rule (default: ruleName).
 */
export function describeChange(d: HistoryDiff, name: (rule: string) => Sub = ruleName): Msg {
  const delta = d.score.delta;
  const head =
    delta > 0
      ? msg('history_score_up', delta)
      : delta < 0
        ? msg('history_score_down', -delta)
        : msg('history_no_change');
  const parts: Sub[] = [];
  const facts: Sub[] = d.facts.map(describeFact);
  if (Math.abs(d.coverage.to - d.coverage.from) >= 0.05)
    facts.push(msg('history_coverage', Math.round(d.coverage.from * 100), Math.round(d.coverage.to * 100)));
  if (facts.length > 0) parts.push(list(facts));
  if (d.fixed.length > 0) parts.push(msg('history_fixed', list(d.fixed.map(name))));
  if (d.nowFailing.length > 0) parts.push(msg('history_now_failing', list(d.nowFailing.map(name))));
  return parts.length > 0
    ? msg(
        'history_change',
        head,
        parts.reduce((a, b) => msg('history_parts', a, b)),
      )
    : head;
}
