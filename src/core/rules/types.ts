// What a checklist rule is. One rule per file in this folder, registered once in index.ts; the meta-test
// (test/unit/core/rules-meta.test.ts) checks that every rule is registered, documented and tested.
// A rule's words are not here: its title, why, fix, source, source note, threshold labels and outcomes are
// messages in public/_locales/en/messages.json, under rule_<id>_... keys (src/core/i18n.ts).
// Pure: no DOM, no browser API.
import type { Msg } from '../i18n.ts';
import type { LinkedInProfile, XProfile, LinkedInFields, XFields } from '../profile.ts';

export type Status = 'pass' | 'fail' | 'warn' | 'unknown' | 'info';
export type RulePlatform = 'linkedin' | 'x' | 'cross';

/**
 * What the rules read: the latest readings of the same user, and the time "now" (ISO 8601). Core never reads
 * the clock: the caller passes it in, so a report is reproducible.
 */
export interface Profiles {
  linkedin?: LinkedInProfile;
  x?: XProfile;
  now: string;
}

/** What a rule of each platform is given: its own profile(s) for sure, the other one maybe. */
export type ProfilesFor<P extends RulePlatform> = P extends 'linkedin'
  ? Profiles & { linkedin: LinkedInProfile }
  : P extends 'x'
    ? Profiles & { x: XProfile }
    : Profiles & { linkedin: LinkedInProfile; x: XProfile };

/**
 * An editable threshold: its default and the range a user may set. Its label for the options page ("Warn when
 * the headline is shorter than") is the message rule_<id>_threshold_<name> (thresholdMsg).
 */
export interface ThresholdSpec {
  default: number;
  min: number;
  max: number;
  unit: 'characters' | 'count' | 'days' | 'terms';
}

/** A rule's settings after defaults, the goal preset and the user's overrides are applied. */
export interface RuleSettings<K extends string = string> {
  thresholds: Record<K, number>;
  /** The user's target keywords (options page), as typed. */
  keywords: readonly string[];
}

/**
 * What a check says, as messages. `why` and `fix` replace the rule's general text when the finding is more
 * specific. A key written '.case' is the rule's own (rule_<id>_case); evaluate() makes it whole.
 */
export interface Outcome {
  status: Status;
  /** The measured value, quoted: "headline is 24 of 220 characters". */
  detail: Msg;
  why?: Msg;
  fix?: Msg;
}

/**
 * A field a rule reads, "linkedin.headline" or "x.bio". Each rule file exports the ones its check reads as
 * `inputs`, beside the rule rather than in it: documentation (the meta-test checks the names, and the test
 * corpus draws each rule's cases from them) that the extension's bundles need not carry.
 */
export type InputName = `linkedin.${keyof LinkedInFields}` | `x.${keyof XFields}`;

export interface RuleDef<P extends RulePlatform, K extends string> {
  /** Stable id ("li-headline"): settings, to-dos and history refer to it. Never rename. */
  id: string;
  platform: P;
  /** The page section the rule is about, for on-page hints: 'headline', 'about', 'photo', 'bio', ... */
  section: string;
  /** For cross-network rules: the section on each site. */
  sections?: { linkedin: string; x: string };
  /** 3 core, 2 strongly advised, 1 nice to have, 0 information only (never counts). */
  weight: 0 | 1 | 2 | 3;
  /**
   * How easy a fix is, 0..1 (heuristic): 1 = a few minutes on your own (add a photo), lower when it needs other
   * people or time (recommendations, connections). Orders the "top fixes".
   */
  fixability: number;
  /**
   * Set when the rule has a source note (rule_<id>_source_note: what the source says, or why the number is a
   * heuristic). Its title, why, fix and source (a URL, "heuristic", or the source named in words) always exist.
   */
  sourceNote?: true;
  /** When the thresholds and source were last checked, "YYYY-MM". */
  asOf: string;
  thresholds: Record<K, ThresholdSpec>;
  check(profiles: ProfilesFor<P>, settings: RuleSettings<K>): Outcome;
}

/** A registered rule, whatever its platform and thresholds. */
export type Rule = RuleDef<RulePlatform, string>;

/**
 * Declare a rule with its platform and threshold keys checked, then store it in the one list as a Rule. Marked
 * free of side effects, so a bundle that only renders a stored report leaves the rules out.
 */
export const defineRule = /* @__NO_SIDE_EFFECTS__ */ <P extends RulePlatform, K extends string = never>(
  rule: RuleDef<P, K>,
): Rule => rule as unknown as Rule;
