// Checklist settings: plain data (JSON, small enough for storage.sync), validated, with defaults.
// - goal: a preset that adjusts rule weights for what the user wants from their profiles;
// - keywords: the words the user wants to be found for (li-keywords, x-keywords, li-headline-fold);
// - disabled: rule ids the user turned off (removed from the score, the coverage and the results);
// - thresholds: per-rule overrides of a rule's declared thresholds, only where they differ from the default.
// Pure: no DOM, no browser API, no storage. The storage layer keeps it; the core only reads it.
import { RULES } from './rules/index.ts';
import type { Rule, RuleSettings } from './rules/types.ts';
import { parseKeywords } from './text.ts';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS } from './limits.ts';

export type Goal = 'general' | 'job-seeker' | 'established' | 'cpd';

export interface Settings {
  goal: Goal;
  keywords: string[];
  disabled: string[];
  /** ruleId -> threshold name -> value. */
  thresholds: Record<string, Record<string, number>>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = /* @__PURE__ */ Object.freeze({
  goal: 'general',
  keywords: [],
  disabled: [],
  thresholds: {},
});

/** A goal's label and description are the messages report_goal_<goal>_label and _description (goalMsg). */
export interface GoalPreset {
  /** Weights that differ from the rule's own (heuristic; information-only rules are never changed). */
  weights: Readonly<Record<string, 1 | 2 | 3>>;
}

// The weights each goal raises (why: report_goal_<goal>_description). All heuristic: no source gives per-goal
// weights.
export const GOALS: Readonly<Record<Goal, GoalPreset>> = /* @__PURE__ */ Object.freeze({
  general: {
    weights: {},
  },
  'job-seeker': {
    weights: {
      'li-keywords': 3,
      'li-headline-fold': 2,
      'li-featured': 2,
      'li-recommendations': 3,
      'li-custom-url': 3,
      'x-keywords': 3,
    },
  },
  established: {
    weights: {
      'li-featured': 2,
      'li-recommendations': 3,
      'li-activity': 2,
      'x-recent': 3,
      'x-pinned': 2,
      'cross-message': 3,
    },
  },
  cpd: {
    weights: {
      'li-certifications': 2,
      'li-volunteering': 2,
      'li-activity': 2,
      'x-recent': 3,
      'cross-links': 2,
      'cross-message': 3,
      'li-keywords': 3,
    },
  },
});

const GOAL_IDS = Object.keys(GOALS) as Goal[];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A threshold value within the rule's declared range, a whole number; null when not a number at all. */
function cleanThreshold(rule: Rule, key: string, value: unknown): number | null {
  const spec = rule.thresholds[key];
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (!spec || typeof n !== 'number' || !Number.isFinite(n)) return null;
  return Math.min(spec.max, Math.max(spec.min, Math.round(n)));
}

/**
 * Settings from anything (storage, an import file, a form): every missing or malformed part replaced by its
 * default. Never throws. Unknown rule ids and threshold names are dropped; numbers are clamped to the rule's
 * declared range; keywords may be an array or one comma-separated string; thresholds equal to the default are
 * dropped to keep the data small.
 */
export function validateSettings(raw: unknown, rules: readonly Rule[] = RULES): Settings {
  const input = isRecord(raw) ? raw : {};
  const byId = new Map(rules.map((r) => [r.id, r]));

  const goal = GOAL_IDS.includes(input.goal as Goal) ? (input.goal as Goal) : DEFAULT_SETTINGS.goal;

  const rawKeywords =
    typeof input.keywords === 'string'
      ? input.keywords
      : Array.isArray(input.keywords)
        ? input.keywords.filter((k): k is string => typeof k === 'string')
        : [];
  const keywords = parseKeywords(rawKeywords)
    .filter((k) => k.length <= MAX_KEYWORD_LENGTH)
    .slice(0, MAX_KEYWORDS);

  const disabled = Array.isArray(input.disabled)
    ? [...new Set(input.disabled.filter((id): id is string => typeof id === 'string' && byId.has(id)))]
    : [];

  const thresholds: Record<string, Record<string, number>> = {};
  if (isRecord(input.thresholds)) {
    for (const [id, values] of Object.entries(input.thresholds)) {
      const rule = byId.get(id);
      if (!rule || !isRecord(values)) continue;
      const kept: Record<string, number> = {};
      for (const [key, value] of Object.entries(values)) {
        if (!Object.hasOwn(rule.thresholds, key)) continue;
        const n = cleanThreshold(rule, key, value);
        if (n !== null && n !== rule.thresholds[key]?.default) kept[key] = n;
      }
      if (Object.keys(kept).length > 0) thresholds[id] = kept;
    }
  }
  return { goal, keywords, disabled, thresholds };
}

/** A rule's weight under the settings' goal. Information-only rules (weight 0) stay 0. */
export function weightOf(rule: Rule, settings: Settings): number {
  if (rule.weight === 0) return 0;
  return GOALS[settings.goal]?.weights[rule.id] ?? rule.weight;
}

export const isEnabled = (rule: Rule, settings: Settings): boolean => !settings.disabled.includes(rule.id);

/** What a rule's check is given: its thresholds (defaults with the user's overrides) and the keywords. */
export function ruleSettings(rule: Rule, settings: Settings): RuleSettings {
  const overrides = settings.thresholds[rule.id] ?? {};
  const thresholds: Record<string, number> = {};
  for (const [key, spec] of Object.entries(rule.thresholds)) {
    const v = overrides[key];
    thresholds[key] = typeof v === 'number' && Number.isFinite(v) ? v : spec.default;
  }
  return { thresholds, keywords: settings.keywords };
}
