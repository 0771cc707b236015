// Message references: the core says WHICH text, the edges say it in the user's language. Every user-facing
// string of the checklist lives in public/_locales/<lang>/messages.json (the browsers' i18n format); the core
// returns { key, subs } and whoever shows the text renders it with a catalog: in the extension
// browser.i18n.getMessage, in node and tests the parsed messages.json (catalogFrom). Pure.
//
// Keys by convention (test/unit/core/rules-meta.test.ts checks that each one exists and nothing is unused):
//   rule_<id>_title, _why, _fix, _source, _source_note, _threshold_<name>   a rule's own text (ruleMsg)
//   rule_<id>_<case>          an outcome of that rule; written '.<case>' in its file (see report.ts)
//   rule_keywords_<case>      outcomes shared by the keyword rules
//   report_<...>              the report around the rules, and the goal presets
// A message with a count (Msg.count) is a plural: its forms are <key>_one, <key>_other... as the language of the
// catalog needs them (report_locale, Intl.PluralRules).
// Other words the core generates (their own tests check the keys: history, markdown, goals):
//   history_<...>             what changed between two readings (history-read.ts)
//   mdreport_<...>            the Markdown progress report (markdown.ts)
//   starter_<...>             the starter plan's to-dos and network (goals.ts)
import { clip } from './clip.ts';

/** A substitution: page text or a number formatted by the caller, or a message rendered first. */
export type Sub = string | number | Msg;

/** A reference to a message of messages.json, with the text for its $1..$9. */
export interface Msg {
  key: string;
  subs?: Sub[];
  /** Makes the message a plural: the form (key_one, key_other...) is chosen for this number. */
  count?: number;
  /** Cut each substitution to this many characters, white space collapsed, ending in "…" (quoting page text). */
  clip?: number;
  /** The text when the catalog has no such message, instead of the ⟦key⟧ marker (e.g. a rule id in old data). */
  fallback?: string;
}

/**
 * The text of a key with its substitutions (already rendered) put in. An unknown key may give '' (as
 * browser.i18n.getMessage does): render() then shows a marker. In the extension:
 * `(key, subs) => browser.i18n.getMessage(key, subs)`; in node: catalogFrom(messages.json).
 */
export type Catalog = (key: string, subs: string[]) => string;

/** The shape of a messages.json file. */
export type Messages = Record<string, { message: string; description?: string }>;

export const msg = (key: string, ...subs: Sub[]): Msg => (subs.length > 0 ? { key, subs } : { key });

/**
 * Page text in quotation marks (report_quote: “$1”), cut at `max` characters unless max is 0.
 * A message in a report has its keys in alphabetical order (clip, count, key, subs), the order Chromium's
 * storage gives them back in: the hints find a result's words by its detail's JSON (hintKey in
 * src/messages.ts), so a report read back from storage must give the same JSON as the one the words were
 * made for. test/unit/core/report.test.ts checks every report of the corpus.
 */
export const quoted = (text: Sub, max = 60): Msg =>
  max ? { clip: max, key: 'report_quote', subs: [text] } : { key: 'report_quote', subs: [text] };

/** "“a”, “b”, “c”": items joined by report_list ("$1, $2"), so a language may join them its own way. */
export const list = (items: readonly Sub[]): Sub =>
  items.length > 0 ? items.reduce((a, b) => msg('report_list', a, b)) : '';

/** What a missing message renders as: visible, never blank. */
export const missing = (key: string): string => `⟦${key}⟧`;

/** `$1`..`$9` and `$$` the way Chrome's and Firefox's i18n do it: one pass, substitutions are not re-read. */
function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$([1-9$])/g, (_, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
}

/** A catalog from a parsed messages.json: keys are case-insensitive as in the browsers; a missing key is marked. */
export function catalogFrom(messages: Messages): Catalog {
  const byKey = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v.message]));
  return (key, subs) => {
    const message = byKey.get(key.toLowerCase());
    return message === undefined ? missing(key) : substitute(message, subs);
  };
}

const pluralRules = new WeakMap<Catalog, Intl.PluralRules>();

/** The plural rules of the catalog's language (its report_locale message), English when it has none. */
function pluralsOf(catalog: Catalog): Intl.PluralRules {
  let rules = pluralRules.get(catalog);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(catalog('report_locale', []) || 'en');
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(catalog, rules);
  }
  return rules;
}

/** The text of a message: substitutions rendered first, the plural form chosen, a marker when it is missing. */
export function render(m: Msg, catalog: Catalog): string {
  const subs = (m.subs ?? []).map((s) => {
    const text = typeof s === 'object' ? render(s, catalog) : String(s);
    return m.clip ? clip(text, m.clip) : text;
  });
  const key = m.count === undefined ? m.key : `${m.key}_${pluralsOf(catalog).select(m.count)}`;
  const text = catalog(key, subs);
  return text && text !== missing(key) ? text : (m.fallback ?? missing(key));
}

// ---------------------------------------------------------------------------------------------------------
// Key conventions

/** "rule_li_about_": the start of every key of a rule. */
export const rulePrefix = (ruleId: string): string => `rule_${ruleId.replace(/-/g, '_')}_`;

export type RulePart = 'title' | 'why' | 'fix' | 'source' | 'source_note';

/** A rule's own text: its title, why, fix, source or source note. */
export const ruleMsg = (ruleId: string, part: RulePart): Msg => ({ key: rulePrefix(ruleId) + part });

/** The options page's label of a rule's threshold: "maxLength" -> rule_<id>_threshold_max_length. */
export const thresholdMsg = (ruleId: string, name: string): Msg => ({
  key: `${rulePrefix(ruleId)}threshold_${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
});

/** A goal preset's label or description: report_goal_job_seeker_label. */
export const goalMsg = (goal: string, part: 'label' | 'description'): Msg => ({
  key: `report_goal_${goal.replace(/-/g, '_')}_${part}`,
});

/**
 * A rule's outcome with its relative keys made whole: '.short' in li-about's file is rule_li_about_short.
 * Used by evaluate(), so a rule file names its messages briefly and the report holds full keys.
 */
export function expandKeys(m: Msg, prefix: string): Msg {
  const out: Msg = { ...m, key: m.key.startsWith('.') ? prefix + m.key.slice(1) : m.key };
  if (m.subs) out.subs = m.subs.map((s) => (typeof s === 'object' ? expandKeys(s, prefix) : s));
  return out;
}
