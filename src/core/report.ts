// evaluate(profiles, settings) -> Report: every applicable, enabled rule run once, an honest score, a coverage
// figure and the results ordered by impact. Pure: no DOM, no browser API, no clock (the caller passes `now`).
//
// Applicability: a LinkedIn rule runs only when a LinkedIn profile is given, an X rule only with an X profile,
// a cross-network rule only with both. Rules that don't apply are left out of the report altogether (not
// "unknown"): a report on a LinkedIn page alone says nothing about X. Disabled rules are left out too.
//
// Score: 100 x (weight of passed rules + half the weight of warned rules) / (weight of rules that could be
// evaluated, i.e. pass, warn or fail). Unknown results don't count either way; info results (weight 0) never
// count. Coverage: evaluated weight / weight of every rule in the report. When nothing could be evaluated the
// score is 0 and the coverage 0: read the coverage before the score.
//
// Text: a result holds messages (src/core/i18n.ts), not words; renderReport() in report-text.ts turns them into
// text with a catalog, at the edge that shows them. A rule's own keys are rule_<id>_title, _why, _fix, _source and
// _source_note; its outcomes name their messages '.case', made whole here (rule_<id>_case).
import { expandKeys, msg, rulePrefix, type Msg } from './i18n.ts';
import type { LinkedInProfile, XProfile } from './profile.ts';
import { RULES } from './rules/index.ts';
import { scoreOf } from './score.ts';
import type { Outcome, Profiles, Rule, RulePlatform, Status } from './rules/types.ts';
import { DEFAULT_SETTINGS, isEnabled, ruleSettings, weightOf, type Goal, type Settings } from './settings.ts';

/**
 * One rule's finding. Rendered (renderReport), its first seven fields are the public contract of
 * `spruce check --json`.
 */
export interface Result {
  rule: string;
  status: Status;
  /** The weight used in the score (the goal preset may change the rule's own). */
  weight: number;
  title: Msg;
  /** The measured value, quoted. */
  detail: Msg;
  fix: Msg;
  source: Msg;
  why: Msg;
  sourceNote?: Msg;
  asOf: string;
  platform: RulePlatform;
  /** The page section the rule is about, for on-page hints ('headline', 'about', 'photo', 'bio', ...). */
  section: string;
  sections?: { linkedin: string; x: string };
  /** Weight the fix would win back times how easy it is (0 for pass, unknown and info): orders the top fixes. */
  impact: number;
}

export interface Report {
  /** 0..100, a whole number. */
  score: number;
  /** 0..1: the share of the report's weight that could be evaluated. */
  coverage: number;
  results: Result[];
  /** Points won (pass = weight, warn = half) and the weight they are out of; the score is their ratio. */
  earned: number;
  evaluatedWeight: number;
  /** The weight of every rule in the report, evaluated or not. */
  totalWeight: number;
  goal: Goal;
  /** The time the report was made for, as given. */
  now: string;
}

export { scoreOf };

/** The evaluation input: the latest LinkedIn and/or X reading of the same user, and the current time (ISO). */
export type EvaluateInput = Profiles;

const LOST: Readonly<Record<Status, number>> = { pass: 0, warn: 0.5, fail: 1, unknown: 0, info: 0 };
const GROUP: Readonly<Record<Status, number>> = { fail: 0, warn: 0, unknown: 1, info: 2, pass: 3 };

/** Does the input carry the profile(s) this rule needs? */
export function applies(rule: Rule, input: EvaluateInput): boolean {
  const li = input.linkedin?.platform === 'linkedin';
  const x = input.x?.platform === 'x';
  return rule.platform === 'linkedin' ? li : rule.platform === 'x' ? x : li && x;
}

/** Convenience for one reading: `evaluateProfile(profile, now, settings)`. */
export function inputFor(profile: LinkedInProfile | XProfile, now: string): EvaluateInput {
  return profile.platform === 'linkedin' ? { linkedin: profile, now } : { x: profile, now };
}

function runRule(rule: Rule, input: EvaluateInput, settings: Settings): Result {
  const weight = weightOf(rule, settings);
  const prefix = rulePrefix(rule.id);
  const own = (part: string): Msg => ({ key: prefix + part });
  let outcome: Outcome;
  try {
    outcome = rule.check(input as Parameters<Rule['check']>[0], ruleSettings(rule, settings));
  } catch {
    // A bug in a rule must not take the whole report down, nor blame the user.
    outcome = { status: 'unknown', detail: msg('report_rule_crashed') };
  }
  // Weight-0 rules are information only: whatever they find never counts, so say "info" unless unknown.
  const status: Status = weight === 0 && outcome.status !== 'unknown' ? 'info' : outcome.status;
  const result: Result = {
    rule: rule.id,
    status,
    weight,
    title: own('title'),
    detail: expandKeys(outcome.detail, prefix),
    fix: outcome.fix ? expandKeys(outcome.fix, prefix) : own('fix'),
    source: own('source'),
    why: outcome.why ? expandKeys(outcome.why, prefix) : own('why'),
    asOf: rule.asOf,
    platform: rule.platform,
    section: rule.section,
    impact: Math.round(weight * rule.fixability * LOST[status] * 100) / 100,
  };
  if (rule.sourceNote) result.sourceNote = own('source_note');
  if (rule.sections) result.sections = { ...rule.sections };
  return result;
}

/**
 * Run the checklist. `evaluate({ linkedin, x, now }, settings)` for both networks (cross-network rules need
 * both), `evaluate({ linkedin: profile, now })` for one. `settings` should come from validateSettings().
 */
export function evaluate(
  input: EvaluateInput,
  settings: Settings = DEFAULT_SETTINGS,
  rules: readonly Rule[] = RULES,
): Report {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  const results = rules
    .filter((rule) => isEnabled(rule, settings) && applies(rule, input))
    .map((rule) => runRule(rule, input, settings))
    .sort(
      (a, b) =>
        GROUP[a.status] - GROUP[b.status] ||
        b.impact - a.impact ||
        b.weight - a.weight ||
        (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0),
    );
  return { ...scoreOf(results), results, goal: settings.goal, now: input.now };
}

/** evaluate() for a single reading. */
export const evaluateProfile = (
  profile: LinkedInProfile | XProfile,
  now: string,
  settings: Settings = DEFAULT_SETTINGS,
): Report => evaluate(inputFor(profile, now), settings);

export { topFixes } from './top-fixes.ts';
