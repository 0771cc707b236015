// A fixed-seed corpus of made-up readings for every rule: each rule's input fields drawn from the pools below
// (every combination when there are few), with its thresholds and the keywords varied. Used by the text golden
// (text-golden.test.ts) and by the message meta-test (rules-meta.test.ts). Append to the pools rather than
// edit them: the golden lists outcomes by case number.
import {
  type ExperienceEntry,
  type Field,
  type LinkedInFields,
  type LinkedInProfile,
  type XFields,
  type XProfile,
} from '../../../src/core/profile.ts';
import { absent, found, unknown } from '../../../src/core/field.ts';
import { evaluate, type Report } from '../../../src/core/report.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import type { Rule } from '../../../src/core/rules/types.ts';
import { validateSettings, type Settings } from '../../../src/core/settings.ts';
import { ABOUT, HEADLINE, li, xp } from '../rules/helpers.ts';
import { rng as prng } from '../readers/helpers.ts';
import { inputsOf } from './rule-inputs.ts';

const seedOf = (s: string): number =>
  [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const BOILER =
  'I am an experienced librarian with over 10 years of experience in academic libraries. ' +
  'Experienced information professional with a demonstrated history of working in the higher education industry. ' +
  'Skilled in cataloguing, metadata, reference services, research support and information literacy teaching. ';
const LONG =
  'Knowledge manager and research data steward for a university library, helping researchers plan, store and share data';

export const role = (
  title: string,
  company: string,
  current: boolean,
  description: string | null,
): ExperienceEntry => ({
  title,
  company,
  current,
  description,
});
const text = (...values: string[]): Field<string>[] => values.map((v) => found(v));
const counts = (...values: number[]): Field<number>[] => values.map((v) => found(v));
const NOT_READ: Field<never>[] = [unknown('section not found'), unknown('')];
const flags: Field<true>[] = [found(true), absent, ...NOT_READ];

export const LI_POOLS: { [K in keyof LinkedInFields]: readonly LinkedInFields[K][] } = {
  name: [
    ...text('Robin Reads', 'Dr. Robin Reads (she/her) 📚', 'Robin', 'Rob Reads', 'Zoë Núñez-Smith', ''),
    absent,
    ...NOT_READ,
  ],
  headline: [
    ...text(
      HEADLINE,
      'Research Librarian',
      'Research Librarian at University of Leeds',
      'Librarian at UCL',
      'Researcher.',
      'Helping health scientists find evidence | librarian',
      LONG,
      `${'Open science, teaching and cycling enthusiast with many interests and hobbies '.repeat(2)}| systematic reviews`,
      '📚 Research librarian 📚',
      '',
    ),
    absent,
    ...NOT_READ,
  ],
  about: [
    ...text(
      ABOUT,
      BOILER + ABOUT,
      BOILER,
      'I help researchers find evidence.',
      ABOUT.slice(0, 400),
      `${ABOUT} ${ABOUT} ${ABOUT} ${ABOUT} ${ABOUT}`,
      'Knowledge management and research data are my field. robinreads.net',
      '',
    ),
    absent,
    ...NOT_READ,
  ],
  location: [
    ...text('Leeds, England, United Kingdom', 'Remote', `${'Greater Leeds Area '.repeat(5)}`, ''),
    absent,
    ...NOT_READ,
  ],
  photo: flags,
  banner: flags,
  connections: [...counts(0, 1, 2, 49, 50, 499, 500, 1204, 30000), absent, ...NOT_READ],
  followers: [...counts(0, 812), absent],
  experience: [
    found([
      role('Research Librarian', 'University of Leeds', true, 'Systematic-review searching and teaching.'),
      role('Information Officer', 'Regional NHS Trust', false, 'Ran the evidence-search service.'),
      role('Cataloguer', 'City Library', false, 'Catalogued special collections.'),
    ]),
    found([
      role('Research Librarian', 'University of Leeds', true, null),
      role('Information Officer', 'Regional NHS Trust', false, null),
      role('Cataloguer', 'City Library', false, '  '),
    ]),
    found([
      role('Knowledge Manager', '', true, 'Runs the knowledge base.'),
      role('Intern', 'Acme', false, 'Filing.'),
    ]),
    found([role('Information Officer', 'Regional NHS Trust', false, 'Ran it.')]),
    found([role('', 'Freelance', true, null)]),
    found([
      role('Helper', 'A', false, 'a'),
      role('Helper', 'B', false, 'b'),
      role('Helper', 'C', false, null),
      role('Helper', 'D', false, 'd'),
    ]),
    found([]),
    absent,
    ...NOT_READ,
  ],
  education: [
    found([{ school: 'University of Sheffield' }]),
    found([]),
    found([{ school: 'A' }, { school: 'B' }]),
    absent,
    ...NOT_READ,
  ],
  skills: [...counts(0, 1, 2, 3, 4, 5, 30, 100), absent, ...NOT_READ],
  recommendations: [...counts(0, 1, 2, 3, 7), absent, ...NOT_READ],
  featured: [...counts(0, 1, 3), absent, ...NOT_READ],
  certifications: [...counts(0, 1, 2), absent, ...NOT_READ],
  volunteering: [...counts(0, 1, 4), absent, ...NOT_READ],
  languages: [...counts(0, 1, 2), absent, ...NOT_READ],
  openToWork: [found(true), found(false), absent, ...NOT_READ],
  publicUrl: [
    ...text('robin-reads', 'robin-reads-35520a61', 'robinreads', 'someone-else'),
    absent,
    ...NOT_READ,
  ],
  customUrl: [found(true), found(false), absent, ...NOT_READ],
};

export const X_POOLS: { [K in keyof XFields]: readonly XFields[K][] } = {
  name: [
    ...text(
      'Robin Reads',
      'robinreads',
      'Robin_Reads',
      'R2D2',
      '📚',
      'Robin',
      'Dr. Robin Reads (she/her)',
      'Someone Else',
      '王芳',
      '',
    ),
    absent,
    ...NOT_READ,
  ],
  handle: [...text('robinreads', '@robinreads', 'rreads', 'bookworm_1984', 'rr', ''), absent, ...NOT_READ],
  bio: [
    ...text(
      'Research librarian helping health scientists find evidence. Systematic reviews, open access, research data.',
      'Librarian.',
      '@someone https://x.com/abc 📚',
      'Knowledge management lead. Views my own. linkedin.com/in/robin-reads',
      'Librarian. More at https://www.linkedin.com/in/Robin-Reads/',
      'Research data, open access and libraries. See linkedin.com/in/robin-r…',
      'See linkedin.com/in/someone-else for my CV',
      '',
    ),
    absent,
    ...NOT_READ,
  ],
  location: [...text('Leeds', 'Remote', ''), absent, ...NOT_READ],
  website: [
    ...text(
      'linkedin.com/in/robin-reads',
      'https://www.linkedin.com/in/Robin-Reads/',
      'linkedin.com/in/robin-re…',
      'linkedin.com/in/someone-else',
      'robinreads.net',
      'https://www.robinreads.net/about',
      'x.com/robinreads',
      'not a link',
      '',
    ),
    absent,
    ...NOT_READ,
  ],
  category: [...text('Library'), absent],
  avatar: flags,
  header: flags,
  pinned: flags,
  followers: counts(1200),
  following: counts(300),
  verified: [found(false), found(true)],
  joined: text('2012-03'),
  lastPostAt: [
    ...text(
      '2026-11-15T08:00:00.000Z',
      '2026-11-14T09:00:00.000Z',
      '2026-11-10T09:00:00.000Z',
      '2026-10-16T12:00:00.000Z',
      '2026-09-01T12:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
      'yesterday',
    ),
    absent,
    ...NOT_READ,
  ],
};

export const NOWS = [
  '2026-11-15T12:00:00.000Z',
  '2026-11-15T12:00:00.000Z',
  '2026-11-15T12:00:00.000Z',
  'not a date',
];
const KEYWORDS: readonly string[][] = [
  [],
  ['systematic reviews'],
  ['knowledge management'],
  ['knowledge management', 'research data'],
  ['systematic reviews', 'open access', 'knowledge management'],
  ['research librarian', 'evidence', 'open access', 'data'],
  ['libraries'],
  ['cycling'],
];

/** Settings for one case: the rule's thresholds at their default, bounds or anywhere between; keywords. */
function settingsFor(rule: Rule, rand: () => number, plain: boolean): Settings {
  if (plain) return validateSettings({});
  const thresholds: Record<string, number> = {};
  for (const [key, spec] of Object.entries(rule.thresholds)) {
    const r = rand();
    thresholds[key] =
      r < 0.4
        ? spec.default
        : r < 0.55
          ? spec.min
          : r < 0.7
            ? spec.max
            : spec.min + Math.floor(rand() * (spec.max - spec.min + 1));
  }
  return validateSettings({ keywords: pick(rand, KEYWORDS), thresholds: { [rule.id]: thresholds } });
}

export interface Case {
  linkedin?: LinkedInProfile;
  x?: XProfile;
  now: string;
  settings: Settings;
}

/** Cases for one rule: its input fields drawn from the pools (every combination when there are few). */
export function casesFor(rule: Rule): Case[] {
  const rand = prng(seedOf(rule.id));
  const inputs = inputsOf(rule.id);
  const pools = inputs.map((input) => {
    const [site, name] = input.split('.') as ['linkedin' | 'x', string];
    const pool = (site === 'linkedin' ? LI_POOLS : X_POOLS) as Record<string, readonly Field<unknown>[]>;
    return { site, name, values: pool[name]! };
  });
  const product = pools.reduce((n, p) => n * p.values.length, 1);
  const build = (choice: number[], plain: boolean): Case => {
    const liOver: Record<string, Field<unknown>> = {};
    const xOver: Record<string, Field<unknown>> = {};
    pools.forEach((p, i) => {
      (p.site === 'linkedin' ? liOver : xOver)[p.name] = p.values[choice[i]!]!;
    });
    const c: Case = {
      now: rule.id === 'x-recent' && !plain ? pick(rand, NOWS) : NOWS[0]!,
      settings: settingsFor(rule, rand, plain),
    };
    if (rule.platform !== 'x') c.linkedin = li(liOver as Partial<LinkedInFields>);
    if (rule.platform !== 'linkedin') c.x = xp(xOver as Partial<XFields>);
    return c;
  };
  const cases: Case[] = [];
  if (product <= 150) {
    for (let k = 0; k < product; k++) {
      let rest = k;
      const choice = pools.map((p) => {
        const i = rest % p.values.length;
        rest = Math.floor(rest / p.values.length);
        return i;
      });
      cases.push(build(choice, true));
    }
  }
  const extra = product <= 150 ? Math.min(60, product * 2) : 150;
  for (let k = 0; k < Math.max(extra, 4); k++) {
    cases.push(
      build(
        pools.map((p) => Math.floor(rand() * p.values.length)),
        false,
      ),
    );
  }
  for (const e of RARE[rule.id] ?? []) {
    const c: Case = {
      now: e.now ?? NOWS[0]!,
      settings: validateSettings({ thresholds: { [rule.id]: e.thresholds } }),
    };
    if (rule.platform !== 'x') c.linkedin = li(e.li);
    if (rule.platform !== 'linkedin') c.x = xp(e.x);
    cases.push(c);
  }
  return cases;
}

/** Outcomes the draws above rarely reach (mostly a count of one under unusual thresholds), written out. */
const RARE: Readonly<
  Record<
    string,
    { li?: Partial<LinkedInFields>; x?: Partial<XFields>; thresholds: Record<string, number>; now?: string }[]
  >
> = {
  'li-past-roles': [
    { li: { experience: found([role('Intern', 'Acme', false, null)]) }, thresholds: { minPast: 1 } },
    // A list the page cuts short ("Show all 8 experiences"): one past position shown, then three.
    {
      li: { experience: { ...found([role('Intern', 'Acme', false, null)]), partial: true } },
      thresholds: { minPast: 2 },
    },
    {
      li: {
        experience: {
          ...found([
            role('Intern', 'Acme', false, null),
            role('Clerk', 'Acme', false, 'Filed.'),
            role('Porter', 'Acme', false, null),
          ]),
          partial: true,
        },
      },
      thresholds: { minPast: 2 },
    },
  ],
  'li-skills': [
    { li: { skills: found(1) }, thresholds: { failUnder: 0, warnUnder: 5 } },
    { li: { skills: found(1) }, thresholds: { failUnder: 1, warnUnder: 1 } },
  ],
  'li-recommendations': [
    { li: { recommendations: found(1) }, thresholds: { min: 2 } },
    { li: { recommendations: found(1) }, thresholds: { min: 1, strong: 1 } },
  ],
  'li-connections': [{ li: { connections: found(1) }, thresholds: { failUnder: 0, warnUnder: 1 } }],
  'x-recent': [{ x: { lastPostAt: found('2026-11-10T09:00:00.000Z') }, thresholds: { maxDays: 1 } }],
  'cross-message': [{ x: { bio: found('Librarian. Cycling and tea.') }, thresholds: { minShared: 1 } }],
};

// ---------------------------------------------------------------------------------------------------------
// Whole reports, for formatReport

// li-banner, broken: a rule that throws is reported unknown, in its own name.
const crashing: Rule = {
  ...RULES[1]!,
  check: () => {
    throw new Error('boom');
  },
};

export const SCENARIOS: { name: string; report: () => Report }[] = [
  {
    name: 'a polished LinkedIn and X profile',
    report: () => evaluate({ linkedin: li(), x: xp(), now: NOWS[0]! }),
  },
  {
    name: 'one thing to fix (LinkedIn alone)',
    report: () => evaluate({ linkedin: li({ photo: absent }), now: NOWS[0]! }),
  },
  {
    name: 'two things to fix (X alone), one unknown',
    report: () =>
      evaluate({ x: xp({ pinned: absent, header: absent, avatar: unknown('no img') }), now: NOWS[0]! }),
  },
  {
    name: 'a sparse LinkedIn and X profile, job seeker with keywords',
    report: () =>
      evaluate(
        {
          linkedin: li({
            headline: found('Librarian at UCL'),
            about: absent,
            skills: found(2),
            recommendations: found(0),
            photo: absent,
            publicUrl: found('robin-reads-35520a61'),
            customUrl: found(false),
            experience: found([role('Librarian', 'UCL', true, null)]),
            openToWork: found(true),
          }),
          x: xp({ bio: found('Librarian.'), website: absent, name: found('robinreads'), lastPostAt: absent }),
          now: NOWS[0]!,
        },
        validateSettings({ goal: 'job-seeker', keywords: 'knowledge management, research data' }),
      ),
  },
  {
    name: 'nothing read',
    report: () =>
      evaluate(
        {
          linkedin: li(Object.fromEntries(Object.keys(LI_POOLS).map((k) => [k, unknown('not read')]))),
          x: xp(Object.fromEntries(Object.keys(X_POOLS).map((k) => [k, unknown('')]))),
          now: 'not a date',
        },
        validateSettings({ goal: 'established' }),
      ),
  },
  {
    name: 'a rule that crashes, CPD goal, one rule unknown',
    report: () =>
      evaluate(
        { linkedin: li({ banner: absent }), now: NOWS[0]! },
        validateSettings({ goal: 'cpd', keywords: ['cycling'] }),
        RULES.map((r) => (r.id === crashing.id ? crashing : r)),
      ),
  },
  {
    name: 'top 5',
    report: () =>
      evaluate({
        linkedin: li({ photo: absent, banner: absent, location: absent, skills: found(0), featured: absent }),
        now: NOWS[0]!,
      }),
  },
  {
    name: 'X alone with keywords: one fix, nothing unknown',
    report: () =>
      evaluate(
        { x: xp({ pinned: absent }), now: NOWS[0]! },
        validateSettings({ keywords: ['research data'] }),
      ),
  },
  {
    name: 'X alone with keywords, one rule unknown',
    report: () =>
      evaluate(
        { x: xp({ avatar: unknown('no img') }), now: NOWS[0]! },
        validateSettings({ goal: 'established', keywords: ['cycling'] }),
      ),
  },
];
