// Builders for rule tests: a complete, polished LinkedIn and X profile of one made-up user, to be spoiled one
// field at a time, and `check(id, profiles, settings)` which runs one rule through evaluate() and renders its
// result in English (public/_locales/en/messages.json), failing on any missing message.
import messages from '../../../public/_locales/en/messages.json';
import { catalogFrom, missing, type Catalog, type Messages } from '../../../src/core/i18n.ts';
import {
  type LinkedInFields,
  type LinkedInProfile,
  type XFields,
  type XProfile,
} from '../../../src/core/profile.ts';
import { absent, found } from '../../../src/core/field.ts';
import { evaluate } from '../../../src/core/report.ts';
import { renderResult, type TextResult } from '../../../src/core/report-text.ts';
import { ruleById } from '../../../src/core/rules/index.ts';
import { validateSettings } from '../../../src/core/settings.ts';

export const NOW = '2026-11-15T12:00:00.000Z';

/** The English catalog, as the CLI uses it. */
export const EN: Catalog = catalogFrom(messages);

/**
 * The English catalog, throwing on a key messages.json doesn't have or a $n it isn't given: for tests that must
 * prove every message.
 */
export const STRICT_EN: Catalog = (key, subs) => {
  const text = EN(key, subs);
  if (text === missing(key)) throw new Error(`messages.json has no ${key}`);
  const message = (messages as Messages)[key]?.message ?? '';
  for (const m of message.matchAll(/\$([1-9])/g)) {
    if (Number(m[1]) > subs.length) throw new Error(`${key} uses $${m[1]} but is given ${subs.length}`);
  }
  return text;
};

export const ABOUT =
  'I help health scientists find, judge and manage the evidence behind their research, fast. ' +
  'As research librarian at the University of Leeds I run systematic-review searches, teach PhD students to ' +
  'search well, and look after our open-access repository. Recent work: a search-strategy clinic that cut review ' +
  'set-up time by a third, and a data-management workshop now run in four faculties. Before that I catalogued ' +
  'special collections and ran an information service for a regional NHS trust. I care about open science, ' +
  'plain language and making libraries easy to use. Ask me about systematic reviews, research data or citation ' +
  'tools: the best way to reach me is a message here.';

export const HEADLINE =
  'Research librarian helping health scientists find, manage and share evidence | systematic reviews, open access, research data';

export function liFields(over: Partial<LinkedInFields> = {}): LinkedInFields {
  return {
    name: found('Robin Reads'),
    headline: found(HEADLINE),
    about: found(ABOUT),
    location: found('Leeds, England, United Kingdom'),
    photo: found(true),
    banner: found(true),
    connections: found(500),
    followers: found(812),
    experience: found([
      {
        title: 'Research Librarian',
        company: 'University of Leeds',
        current: true,
        description:
          'Systematic-review searching, research-data support and teaching for the Faculty of Medicine.',
      },
      {
        title: 'Information Officer',
        company: 'Regional NHS Trust',
        current: false,
        description: 'Ran the evidence-search service for clinicians.',
      },
      {
        title: 'Cataloguer',
        company: 'City Library',
        current: false,
        description: 'Catalogued special collections.',
      },
    ]),
    education: found([{ school: 'University of Sheffield' }]),
    skills: found(30),
    recommendations: found(3),
    featured: found(2),
    certifications: found(1),
    volunteering: found(1),
    languages: found(2),
    openToWork: found(false),
    publicUrl: found('robin-reads'),
    customUrl: found(true),
    ...over,
  };
}

export function xFields(over: Partial<XFields> = {}): XFields {
  return {
    name: found('Robin Reads'),
    handle: found('robinreads'),
    bio: found(
      'Research librarian helping health scientists find evidence. Systematic reviews, open access, research data.',
    ),
    location: found('Leeds'),
    website: found('linkedin.com/in/robin-reads'),
    category: found('Library'),
    avatar: found(true),
    header: found(true),
    pinned: found(true),
    followers: found(1200),
    following: found(300),
    verified: found(false),
    joined: found('2012-03'),
    lastPostAt: found('2026-11-10T09:00:00.000Z'),
    ...over,
  };
}

export const li = (over: Partial<LinkedInFields> = {}): LinkedInProfile => ({
  platform: 'linkedin',
  layout: 'linkedin-2026',
  own: true,
  url: 'https://www.linkedin.com/in/robin-reads/',
  key: 'linkedin:robin-reads',
  health: { recognised: [], unrecognised: [] },
  fields: liFields(over),
});

export const xp = (over: Partial<XFields> = {}): XProfile => ({
  platform: 'x',
  layout: 'x',
  own: true,
  url: 'https://x.com/robinreads',
  key: 'x:robinreads',
  health: { recognised: [], unrecognised: [] },
  fields: xFields(over),
});

/** Run one rule through evaluate() and return its result in English (throws when the rule doesn't apply). */
export function check(
  id: string,
  profiles: { linkedin?: LinkedInProfile; x?: XProfile; now?: string },
  settings: unknown = {},
): TextResult {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  const report = evaluate({ now: NOW, ...profiles }, validateSettings(settings), [rule]);
  const result = report.results[0];
  if (!result) throw new Error(`${id} did not apply to the profiles given`);
  return renderResult(result, STRICT_EN);
}

export { absent, found };
export { unknown } from '../../../src/core/field.ts';
