// The one list of checklist rules (CHECKLIST.md), in the order the checklist gives them. One rule per file,
// one line here; test/unit/core/rules-meta.test.ts checks that every rule file is registered, documented and
// has its own test file with a passing and a failing case.
import type { Rule } from './types.ts';

import liPhoto from './li-photo.ts';
import liBanner from './li-banner.ts';
import liHeadline from './li-headline.ts';
import liHeadlineFold from './li-headline-fold.ts';
import liAbout from './li-about.ts';
import liLocation from './li-location.ts';
import liCurrentRole from './li-current-role.ts';
import liPastRoles from './li-past-roles.ts';
import liEducation from './li-education.ts';
import liSkills from './li-skills.ts';
import liRecommendations from './li-recommendations.ts';
import liConnections from './li-connections.ts';
import liCustomUrl from './li-custom-url.ts';
import liFeatured from './li-featured.ts';
import liCertifications from './li-certifications.ts';
import liVolunteering from './li-volunteering.ts';
import liLanguages from './li-languages.ts';
import liKeywords from './li-keywords.ts';
import liOpenToWork from './li-open-to-work.ts';
import liActivity from './li-activity.ts';
import xName from './x-name.ts';
import xHandle from './x-handle.ts';
import xAvatar from './x-avatar.ts';
import xHeader from './x-header.ts';
import xBio from './x-bio.ts';
import xLocation from './x-location.ts';
import xWebsite from './x-website.ts';
import xPinned from './x-pinned.ts';
import xRecent from './x-recent.ts';
import xConversation from './x-conversation.ts';
import xKeywords from './x-keywords.ts';
import crossName from './cross-name.ts';
import crossMessage from './cross-message.ts';
import crossLinks from './cross-links.ts';

export const RULES: readonly Rule[] = /* @__PURE__ */ Object.freeze([
  liPhoto,
  liBanner,
  liHeadline,
  liHeadlineFold,
  liAbout,
  liLocation,
  liCurrentRole,
  liPastRoles,
  liEducation,
  liSkills,
  liRecommendations,
  liConnections,
  liCustomUrl,
  liFeatured,
  liCertifications,
  liVolunteering,
  liLanguages,
  liKeywords,
  liOpenToWork,
  liActivity,
  xName,
  xHandle,
  xAvatar,
  xHeader,
  xBio,
  xLocation,
  xWebsite,
  xPinned,
  xRecent,
  xConversation,
  xKeywords,
  crossName,
  crossMessage,
  crossLinks,
]);

/** A rule by id, or undefined. */
export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);

export type {
  Rule,
  RuleDef,
  RuleSettings,
  Outcome,
  Status,
  Profiles,
  ThresholdSpec,
  RulePlatform,
} from './types.ts';
