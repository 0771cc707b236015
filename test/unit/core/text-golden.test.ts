// The checklist's English text, pinned. Recorded from the engine as it was before its text moved to
// public/_locales/en/messages.json, so the move is proved to print the same words, byte for byte:
// - every rule's title, why, fix, source, source note and threshold labels, the goal presets, and every
//   distinct outcome (status, detail, and why/fix where the outcome replaces the rule's own) over a corpus of
//   made-up readings (field pools below, sampled with a fixed seed), in __golden__/rules.txt;
// - formatReport() on a handful of made-up reports, in __golden__/reports.txt;
// - every capture in ../shared/fixtures (and the owner's-view pages in test/fixtures): the CLI's JSON and text
//   output, formatReport() and each rule's rendered result, as SHA-256 hashes only (the captures are other
//   people's pages: their text stays out of the repo), in the inline snapshot file.
// A change of wording shows up here as a diff: check it, then record it with `npx vitest run -u`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import {
  absent,
  found,
  unknown,
  type ExperienceEntry,
  type Field,
  type LinkedInFields,
  type LinkedInProfile,
  type Profile,
  type XFields,
  type XProfile,
} from '../../../src/core/profile.ts';
import { evaluate, inputFor, type Report } from '../../../src/core/report.ts';
import { formatReport } from '../../../src/core/report-text.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import type { Rule, Status } from '../../../src/core/rules/types.ts';
import { GOALS, validateSettings, type Goal, type Settings } from '../../../src/core/settings.ts';
import { readPage } from '../../../src/readers/index.ts';
import { ABOUT, HEADLINE, li, xp } from '../rules/helpers.ts';

// ---------------------------------------------------------------------------------------------------------
// How the engine's text is reached. The one part of this file that follows the engine's API.

interface Text {
  rule: string;
  status: Status;
  weight: number;
  title: string;
  detail: string;
  fix: string;
  source: string;
  why: string;
  sourceNote?: string;
}
const textResults = (report: Report): Text[] => report.results;
const textLines = (report: Report): string[] => formatReport(report);
const ruleText = (rule: Rule) => ({
  title: rule.title,
  why: rule.why,
  fix: rule.fix,
  source: rule.source,
  sourceNote: rule.sourceNote,
  labels: Object.entries(rule.thresholds).map(([k, spec]) => [k, spec.label] as const),
});
const goalText = (goal: Goal) => ({ label: GOALS[goal].label, description: GOALS[goal].description });

// ---------------------------------------------------------------------------------------------------------
// A fixed-seed corpus of made-up readings

/** mulberry32: a tiny seeded PRNG, so the corpus never depends on a library's generator. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const seedOf = (s: string): number =>
  [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const BOILER =
  'I am an experienced librarian with over 10 years of experience in academic libraries. ' +
  'Experienced information professional with a demonstrated history of working in the higher education industry. ' +
  'Skilled in cataloguing, metadata, reference services, research support and information literacy teaching. ';
const LONG =
  'Knowledge manager and research data steward for a university library, helping researchers plan, store and share data';

const role = (
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

const LI_POOLS: { [K in keyof LinkedInFields]: readonly LinkedInFields[K][] } = {
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

const X_POOLS: { [K in keyof XFields]: readonly XFields[K][] } = {
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

const NOWS = [
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

interface Case {
  linkedin?: LinkedInProfile;
  x?: XProfile;
  now: string;
  settings: Settings;
}

/** Cases for one rule: its input fields drawn from the pools (every combination when there are few). */
function casesFor(rule: Rule): Case[] {
  const rand = prng(seedOf(rule.id));
  const inputs = rule.inputs.length > 0 ? rule.inputs : [];
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
  return cases;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering the golden files

function rulesGolden(): string {
  const out: string[] = [];
  for (const goal of Object.keys(GOALS) as Goal[]) {
    const g = goalText(goal);
    out.push(`goal ${goal}: ${g.label}`, `  ${g.description}`);
  }
  for (const rule of RULES) {
    const t = ruleText(rule);
    out.push(
      '',
      `## ${rule.id}`,
      `title: ${t.title}`,
      `why: ${t.why}`,
      `fix: ${t.fix}`,
      `source: ${t.source}`,
    );
    if (t.sourceNote !== undefined) out.push(`note: ${t.sourceNote}`);
    for (const [k, label] of t.labels) out.push(`threshold ${k}: ${label}`);
    const seen = new Map<string, { first: number; n: number }>();
    casesFor(rule).forEach((c, i) => {
      const report = evaluate({ linkedin: c.linkedin, x: c.x, now: c.now }, c.settings, [rule]);
      const [r] = textResults(report);
      if (!r) throw new Error(`${rule.id}: case ${i} did not apply`);
      expect([r.title, r.source, r.sourceNote]).toEqual([t.title, t.source, t.sourceNote]);
      const line =
        `${r.status} | ${r.detail}` +
        (r.why !== t.why ? ` | why: ${r.why}` : '') +
        (r.fix !== t.fix ? ` | fix: ${r.fix}` : '');
      const s = seen.get(line);
      if (s) s.n++;
      else seen.set(line, { first: i, n: 1 });
    });
    for (const [line, s] of seen) out.push(`${line}   (#${s.first} ×${s.n})`);
  }
  return `${out.join('\n')}\n`;
}

// li-banner, broken: a rule that throws is reported unknown, in its own name.
const crashing: Rule = {
  ...RULES[1]!,
  check: () => {
    throw new Error('boom');
  },
};

const SCENARIOS: { name: string; report: () => Report }[] = [
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
];

function reportsGolden(): string {
  const out: string[] = [];
  for (const s of SCENARIOS) {
    const report = s.report();
    out.push(`==== ${s.name}`, ...textLines(report));
    if (s.name === 'top 5') out.push('==== top 5 (top: 5)', ...formatReport(report, { top: 5 }));
    out.push('');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Captures: hashes only

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED = join(ROOT, '../shared/fixtures');
const OWN = join(ROOT, 'test/fixtures');
const CAPTURE_NOW = '2026-01-20T12:00:00.000Z';
const OWN_URLS: Record<string, string> = {
  'linkedin/owner-2024-ember-ja.html': 'https://www.linkedin.com/in/robin-quill-librarian/',
  'linkedin/owner-2026-sdui-fr.html': 'https://www.linkedin.com/in/camille-exemple-0b12cd34/',
  'x/owner-robinquill-fr.html': 'https://x.com/robinquill',
};

/** The page URL of a capture, taken from the capture itself (canonical link, or its own profile links). */
function captureUrl(doc: Document): string {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) {
    const u = new URL(canonical);
    return `${u.hostname.endsWith('linkedin.com') ? 'https://www.linkedin.com' : 'https://x.com'}${u.pathname}`;
  }
  for (const a of Array.from(doc.querySelectorAll('a[href*="/in/"]'))) {
    const m = /\/in\/([^/?#]+)\/(?:details|edit|overlay)\//.exec(a.getAttribute('href') ?? '');
    if (m) return `https://www.linkedin.com/in/${m[1]}/`;
  }
  return 'https://www.linkedin.com/in/someone-a1b2c3/';
}

const captures = [
  ...['linkedin', 'x'].flatMap((site) =>
    readdirSync(join(SHARED, site))
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ name: `${site}/${f}`, path: join(SHARED, site, f), url: '' })),
  ),
  ...Object.entries(OWN_URLS).map(([name, url]) => ({ name: `own:${name}`, path: join(OWN, name), url })),
].map((c) => {
  const doc = new JSDOM(readFileSync(c.path, 'utf8')).window.document;
  const url = c.url || captureUrl(doc);
  const profile = readPage(doc, url);
  if (!profile) throw new Error(`${c.name}: not read`);
  return { ...c, url, profile };
});

const sha = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

function hashes(report: Report): Record<string, string> {
  const out: Record<string, string> = { format: sha(textLines(report).join('\n')) };
  for (const r of textResults(report)) {
    out[r.rule] = sha(
      [r.status, r.weight, r.title, r.detail, r.fix, r.source, r.why, r.sourceNote ?? ''].join('\n'),
    );
  }
  return out;
}

async function cli(path: string, url: string, profile: Profile, json: boolean): Promise<string> {
  let stdout = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stdout += s) },
  };
  const argv = ['check', path, '--url', url, ...(json ? ['--json'] : [])];
  const code = await main(argv, io, { evaluate: () => evaluate(inputFor(profile, CAPTURE_NOW)) });
  expect(code).toBe(0);
  return stdout;
}

// ---------------------------------------------------------------------------------------------------------

describe('the checklist’s English text', () => {
  it('rules: metadata and every outcome over the corpus', async () => {
    await expect(rulesGolden()).toMatchFileSnapshot('__golden__/rules.txt');
  });

  it('formatReport on made-up reports', async () => {
    await expect(reportsGolden()).toMatchFileSnapshot('__golden__/reports.txt');
  });

  it(
    'on every capture: the CLI’s output, formatReport and each result (hashes)',
    { timeout: 60_000 },
    async () => {
      const out: Record<string, unknown> = {};
      for (const c of captures) {
        // The reading the rest is computed from: when readers change, this changes first.
        const entry: Record<string, unknown> = { reading: sha(JSON.stringify(c.profile)) };
        entry.cliJson = sha(await cli(c.path, c.url, c.profile, true));
        entry.cliText = sha(await cli(c.path, c.url, c.profile, false));
        entry.default = hashes(evaluate(inputFor(c.profile, CAPTURE_NOW)));
        entry.jobSeeker = hashes(
          evaluate(
            inputFor(c.profile, CAPTURE_NOW),
            validateSettings({ goal: 'job-seeker', keywords: 'research, data, marketing' }),
          ),
        );
        out[c.name] = entry;
      }
      // The cross-network rules on every pair of a LinkedIn and an X capture.
      const lis = captures.filter((c) => c.profile.platform === 'linkedin');
      const xs = captures.filter((c) => c.profile.platform === 'x');
      for (const l of lis) {
        for (const x of xs) {
          const report = evaluate(
            { linkedin: l.profile as LinkedInProfile, x: x.profile as XProfile, now: CAPTURE_NOW },
            validateSettings({}),
            RULES.filter((r) => r.platform === 'cross'),
          );
          out[`${l.name} + ${x.name}`] = hashes(report);
        }
      }
      expect(out).toMatchSnapshot();
    },
  );
});
