// The checklist's English text, pinned. First recorded from the engine as it was before its text moved to
// public/_locales/en/messages.json, so the move is proved to print the same words, byte for byte (except the
// wording fixes made with it: curly apostrophes in "Couldn’t read ... wasn’t checked", and singular forms for
// one keyword, one position, one shared key term, "more than 1 day"):
// - every rule's title, why, fix, source, source note and threshold labels, the goal presets, and every
//   distinct outcome (status, detail, and why/fix where the outcome replaces the rule's own) over the corpus of
//   made-up readings in corpus.ts (field pools sampled with a fixed seed), in __golden__/rules.txt;
// - formatReport() on the made-up reports of corpus.ts, in __golden__/reports.txt;
// - every capture in ../shared/fixtures (and the owner's-view pages in test/fixtures): the CLI's JSON and text
//   output, formatReport() and each rule's rendered result, as SHA-256 hashes only (the captures are other
//   people's pages: their text stays out of the repo), in __snapshots__/. A reader change shows up there too
//   (the "reading" hash changes first).
// A change of wording shows up here as a diff: check it, then record it with `npx vitest run -u`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { captureUrl } from '../captures.ts';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import type { LinkedInProfile, Profile, XProfile } from '../../../src/core/profile.ts';
import { evaluate, inputFor, type Report } from '../../../src/core/report.ts';
import { formatReport, renderReport, type TextResult } from '../../../src/core/report-text.ts';
import { catalogFrom, goalMsg, render, ruleMsg, thresholdMsg } from '../../../src/core/i18n.ts';
import messages from '../../../public/_locales/en/messages.json';
import { RULES } from '../../../src/core/rules/index.ts';
import type { Rule } from '../../../src/core/rules/types.ts';
import { GOALS, validateSettings, type Goal } from '../../../src/core/settings.ts';
import { readPage } from '../../../src/readers/index.ts';
import { SCENARIOS, casesFor } from './corpus.ts';

// ---------------------------------------------------------------------------------------------------------
// How the engine's text is reached. The one part of this file that follows the engine's API: since the text
// moved to messages.json, through renderReport() and the English catalog.

const EN = catalogFrom(messages);
type Text = TextResult;
const textResults = (report: Report): Text[] => renderReport(report, EN).results;
const textLines = (report: Report): string[] => formatReport(report, EN);
const ruleText = (rule: Rule) => ({
  title: render(ruleMsg(rule.id, 'title'), EN),
  why: render(ruleMsg(rule.id, 'why'), EN),
  fix: render(ruleMsg(rule.id, 'fix'), EN),
  source: render(ruleMsg(rule.id, 'source'), EN),
  sourceNote: rule.sourceNote ? render(ruleMsg(rule.id, 'source_note'), EN) : undefined,
  labels: Object.keys(rule.thresholds).map((k) => [k, render(thresholdMsg(rule.id, k), EN)] as const),
});
const goalText = (goal: Goal) => ({
  label: render(goalMsg(goal, 'label'), EN),
  description: render(goalMsg(goal, 'description'), EN),
});

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

function reportsGolden(): string {
  const out: string[] = [];
  for (const s of SCENARIOS) {
    const report = s.report();
    out.push(`==== ${s.name}`, ...textLines(report));
    if (s.name === 'top 5') out.push('==== top 5 (top: 5)', ...formatReport(report, EN, { top: 5 }));
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

const captures = [
  ...['linkedin', 'x'].flatMap((site) =>
    readdirSync(join(SHARED, site))
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ name: `${site}/${f}`, path: join(SHARED, site, f), url: '' })),
  ),
  ...Object.entries(OWN_URLS).map(([name, url]) => ({ name: `own:${name}`, path: join(OWN, name), url })),
].map((c) => {
  const doc = new JSDOM(readFileSync(c.path, 'utf8')).window.document;
  const url = c.url || captureUrl(doc, c.name);
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
