// The meta-test (STYLE.md habit 1): every rule file is registered once, documented, sourced, dated, and has its
// own test file with a passing and a failing case; the list matches CHECKLIST.md's ids and weights.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import messagesJson from '../../../public/_locales/en/messages.json';
import {
  goalMsg,
  render,
  ruleMsg,
  rulePrefix,
  thresholdMsg,
  type Catalog,
  type Messages,
} from '../../../src/core/i18n.ts';
import { LINKEDIN_FIELDS, X_FIELDS } from '../../../src/core/profile.ts';
import { evaluate, type Report } from '../../../src/core/report.ts';
import { formatReport } from '../../../src/core/report-text.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import { GOALS } from '../../../src/core/settings.ts';
import { STRICT_EN } from '../rules/helpers.ts';
import { SCENARIOS, casesFor } from './corpus.ts';
import { inputsOf } from './rule-inputs.ts';
import { input as randomInput, settings as randomSettings } from './arbitraries.ts';

const root = join(import.meta.dirname, '../../..');
const rulesDir = join(root, 'src/core/rules');
const testsDir = join(root, 'test/unit/rules');
const checklist = join(root, '../shared/docs/CHECKLIST.md');

// Files in src/core/rules that are not rules.
const NOT_RULES = new Set(['index.ts', 'types.ts', 'helpers.ts', 'keywords.ts']);
// Rules that cannot pass or fail with today's Profile model; each says why in its own file.
const UNKNOWN_BY_DESIGN: Readonly<Record<string, string>> = {
  'li-activity': 'the Profile model has no LinkedIn activity field',
};

const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));

describe('the rule list', () => {
  it('registers every rule file exactly once, under its file name', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
    const index = readFileSync(join(rulesDir, 'index.ts'), 'utf8');
    for (const f of ruleFiles) expect(index.match(new RegExp(`from './${f}'`, 'g'))?.length, f).toBe(1);
  });

  it('matches CHECKLIST.md: the same ids and the same weights', () => {
    const doc = readFileSync(checklist, 'utf8');
    const rows = [...doc.matchAll(/^\| ((?:li|x|cross)-[a-z-]+) \|(.*)\|$/gm)];
    const expected = new Map(
      rows.map((m) => {
        const cells = (m[2] ?? '').split('|').map((c) => c.trim());
        // LinkedIn and X tables: id | what | threshold | weight | source; cross: id | what | weight.
        const weight = Number(m[1]?.startsWith('cross-') ? cells[1] : cells[2]);
        return [m[1] ?? '', weight];
      }),
    );
    expect(expected.size).toBeGreaterThanOrEqual(30);
    expect(new Map(RULES.map((r) => [r.id, r.weight]))).toEqual(expected);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is documented, sourced and dated', (id, rule) => {
    // The words are messages (public/_locales/en/messages.json), by convention rule_<id>_title, _why...
    const text = (part: Parameters<typeof ruleMsg>[1]) => render(ruleMsg(id, part), STRICT_EN);
    expect(text('title').trim().length).toBeGreaterThan(3);
    expect(text('why').trim().length).toBeGreaterThan(30);
    expect(text('fix').trim().length).toBeGreaterThan(20);
    expect(text('source').trim().length).toBeGreaterThan(3);
    if (/^https?:/.test(text('source'))) expect(text('source')).toMatch(/^https:\/\/\S+$/);
    // A source note exactly when the rule says it has one.
    expect(Object.hasOwn(messages, `${rulePrefix(id)}source_note`), 'sourceNote: true <=> the message').toBe(
      rule.sourceNote === true,
    );
    if (rule.sourceNote) expect(text('source_note').trim().length).toBeGreaterThan(10);
    expect(rule.asOf).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
    expect([0, 1, 2, 3]).toContain(rule.weight);
    expect(rule.fixability).toBeGreaterThan(0);
    expect(rule.fixability).toBeLessThanOrEqual(1);
    expect(rule.section).toMatch(/^[a-z-]+$/);
    expect(['linkedin', 'x', 'cross']).toContain(rule.platform);
    expect(rule.id.startsWith(rule.platform === 'linkedin' ? 'li-' : `${rule.platform}-`)).toBe(true);
    if (rule.platform === 'cross') expect(rule.sections).toBeDefined();
    // Folklore stays out of the advice itself (CHECKLIST.md: the "21x" photo figure has no primary source).
    expect(`${text('why')} ${text('fix')}`).not.toMatch(/\b21 ?(x|times)\b/i);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s reads real fields and declares sane thresholds',
    (_id, rule) => {
      for (const input of inputsOf(rule.id)) {
        const [site, field] = input.split('.');
        const fields: readonly string[] = site === 'linkedin' ? LINKEDIN_FIELDS : X_FIELDS;
        expect(fields, input).toContain(field);
        if (rule.platform !== 'cross') expect(site).toBe(rule.platform);
      }
      for (const [key, spec] of Object.entries(rule.thresholds)) {
        expect(spec.min, key).toBeLessThanOrEqual(spec.default);
        expect(spec.default, key).toBeLessThanOrEqual(spec.max);
        expect(render(thresholdMsg(rule.id, key), STRICT_EN).length, key).toBeGreaterThan(3);
      }
    },
  );

  it.each(RULES.map((r) => [r.id, r] as const))('%s has its own test file with both outcomes', (id, rule) => {
    const file = join(testsDir, `${id}.test.ts`);
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`'${id}'`);
    if (UNKNOWN_BY_DESIGN[id]) {
      expect(text).toMatch(/\.toBe\('unknown'\)/);
    } else if (rule.weight === 0) {
      expect(text).toMatch(/\.toBe\('info'\)/);
    } else {
      expect(text, 'a passing case').toMatch(/\.toBe\('pass'\)/);
      expect(text, 'a failing case').toMatch(/\.toBe\('fail'\)/);
    }
  });

  it('keeps rule files pure: imports only from src/core', () => {
    for (const f of readdirSync(rulesDir)) {
      const text = readFileSync(join(rulesDir, f), 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g))
        expect(m[1], f).toMatch(/^\.\.?\/[^/]+(\.ts)?$|^\.\/[^/]+\.ts$/);
    }
  });

  it('goal presets are named and described, and only re-weight scored rules that exist', () => {
    for (const id of Object.keys(GOALS)) {
      expect(render(goalMsg(id, 'label'), STRICT_EN).length).toBeGreaterThan(3);
      expect(render(goalMsg(id, 'description'), STRICT_EN).length).toBeGreaterThan(10);
    }
    for (const goal of Object.values(GOALS)) {
      for (const [id, weight] of Object.entries(goal.weights)) {
        const rule = RULES.find((r) => r.id === id);
        expect(rule, id).toBeDefined();
        expect(rule?.weight, id).toBeGreaterThan(0);
        expect([1, 2, 3]).toContain(weight);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// The checklist's messages (rule_... and report_... keys of public/_locales/en/messages.json)

const messages = messagesJson as Messages;
const ours = (key: string): boolean => /^(?:rule|report)_/.test(key);
const EN_FORMS = new Intl.PluralRules('en').resolvedOptions().pluralCategories;
const coreDir = join(root, 'src/core');

/** Every .ts file under src/core. */
const coreFiles = (dir = coreDir): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? coreFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/**
 * The keys src/core names: 'rule_...' and 'report_...' literals anywhere, and a rule file's own '.case'
 * (rule_<id>_case). A plural's key is its base (rule_li_skills_ok for _one and _other).
 */
function keysInSource(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of coreFiles()) {
    // Code only: comments may quote keys as examples.
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(?:\/\/|\/?\*)/.test(line))
      .join('\n');
    const name = file.slice(coreDir.length + 1);
    for (const m of text.matchAll(/'((?:rule|report)_[a-z0-9_]+)'/g)) keys.set(m[1]!, name);
    const relative = [...text.matchAll(/'\.([a-z][a-z0-9_]*)'/g)].map((m) => m[1]!);
    const ruleFile = name.startsWith('rules/') && !NOT_RULES.has(name.slice('rules/'.length));
    if (!ruleFile) {
      if (relative.length > 0) throw new Error(`${name}: '.case' keys belong in rule files`);
      continue;
    }
    const id = name.slice('rules/'.length).replace(/\.ts$/, '');
    for (const k of relative) keys.set(rulePrefix(id) + k, name);
  }
  return keys;
}

/** The keys named by convention: each rule's own text and threshold labels, each goal's. */
function conventionKeys(): string[] {
  return [
    ...RULES.flatMap((r) => [
      ...(['title', 'why', 'fix', 'source'] as const).map((p) => ruleMsg(r.id, p).key),
      ...(r.sourceNote ? [ruleMsg(r.id, 'source_note').key] : []),
      ...Object.keys(r.thresholds).map((k) => thresholdMsg(r.id, k).key),
    ]),
    ...Object.keys(GOALS).flatMap((g) => [goalMsg(g, 'label').key, goalMsg(g, 'description').key]),
  ];
}

/** A key as messages.json has it: itself, or (a plural) each English form. */
const formsOf = (key: string): string[] =>
  Object.hasOwn(messages, key) ? [key] : EN_FORMS.map((f) => `${key}_${f}`);
const placeholders = (message: string): number[] =>
  [...message.matchAll(/\$([1-9])/g)].map((m) => Number(m[1]));

/** A catalog that records every key it is asked for, with the most substitutions it was given. */
function recorder(): { record: Catalog; seen: Map<string, number> } {
  const seen = new Map<string, number>();
  const record: Catalog = (key, subs) => {
    seen.set(key, Math.max(seen.get(key) ?? 0, subs.length));
    return STRICT_EN(key, subs);
  };
  return { record, seen };
}

const renderResults = (report: Report, catalog: Catalog): void => {
  for (const r of report.results) {
    for (const m of [r.title, r.detail, r.fix, r.source, r.why, ...(r.sourceNote ? [r.sourceNote] : [])]) {
      render(m, catalog);
    }
  }
};

/** The keys the text golden renders: every rule over the corpus, formatReport over the scenarios. */
function keysOfCorpus(): Map<string, number> {
  const { record, seen } = recorder();
  for (const rule of RULES) {
    for (const c of casesFor(rule)) {
      renderResults(evaluate({ linkedin: c.linkedin, x: c.x, now: c.now }, c.settings, [rule]), record);
    }
  }
  for (const [k, s] of SCENARIOS.entries()) formatReport(s.report(), record, { top: (k % 5) + 1 });
  return seen;
}

describe('the checklist’s messages', () => {
  const source = keysInSource();
  const convention = conventionKeys();

  it('every key src/core names is in messages.json, with every English plural form', () => {
    for (const [key, file] of source) {
      for (const form of formsOf(key)) expect(Object.hasOwn(messages, form), `${key} (${file})`).toBe(true);
    }
    for (const key of convention) expect(Object.hasOwn(messages, key), key).toBe(true);
  });

  it('has no rule_ or report_ key that nothing uses', () => {
    const used = new Set([...[...source.keys()].flatMap(formsOf), ...convention]);
    expect(Object.keys(messages).filter((k) => ours(k) && !used.has(k))).toEqual([]);
  });

  it('renders every one of them over the corpus, each given all its $n', () => {
    const seen = keysOfCorpus();
    const known = new Set([...[...source.keys()].flatMap(formsOf), ...convention]);
    for (const key of seen.keys()) expect(known.has(key), `${key}: a key the source doesn't name`).toBe(true);
    const unseen = Object.keys(messages).filter((k) => ours(k) && !seen.has(k) && !convention.includes(k));
    expect(unseen, 'messages never rendered: add a case to test/unit/core/corpus.ts').toEqual([]);
    // No substitution is dropped: every $n given appears in the message (in one of its plural forms).
    for (const key of source.keys()) {
      const forms = formsOf(key);
      const given = Math.max(...forms.map((f) => seen.get(f) ?? 0));
      const used = new Set(forms.flatMap((f) => placeholders(messages[f]?.message ?? '')));
      for (let n = 1; n <= given; n++) expect(used.has(n), `${key} ignores $${n}`).toBe(true);
    }
  });

  it('has every message random readings and settings need, given all its $n', () => {
    const { record, seen } = recorder();
    fc.assert(
      fc.property(randomInput, randomSettings, fc.integer({ min: 1, max: 5 }), (i, s, top) => {
        const report = evaluate(i, s);
        renderResults(report, record);
        formatReport(report, record, { top });
      }),
      { numRuns: 300 },
    );
    const known = new Set([...[...source.keys()].flatMap(formsOf), ...convention]);
    for (const [key, given] of seen) {
      expect(known.has(key), key).toBe(true);
      // browser.i18n.getMessage takes at most 9 substitutions.
      expect(given, key).toBeLessThanOrEqual(9);
    }
  });

  it('keeps every message of a report in alphabetical key order, as Chromium’s storage gives it back', () => {
    // The hints look a result's words up by its detail's JSON (hintKey). Chromium's storage returns objects
    // with their keys sorted: a report made again by the worker and read back from storage must give the same
    // JSON, or its markers vanish (found by a review: after her X was read in another tab).
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, x]) => [k, sorted(x)]),
            )
          : v;
    const check = (report: Report) => {
      for (const r of report.results) {
        for (const m of [r.detail, r.why, r.fix])
          expect(JSON.stringify(m), r.rule).toBe(JSON.stringify(sorted(m)));
      }
    };
    for (const rule of RULES) {
      for (const c of casesFor(rule))
        check(evaluate({ linkedin: c.linkedin, x: c.x, now: c.now }, c.settings, [rule]));
    }
    fc.assert(
      fc.property(randomInput, randomSettings, (i, s) => check(evaluate(i, s))),
      { numRuns: 100 },
    );
  });

  it('is valid for both browsers: key names, $ signs, no named placeholders', () => {
    const lower = new Set<string>();
    for (const [key, value] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(lower.has(key.toLowerCase()), `${key}: keys are case-insensitive`).toBe(false);
      lower.add(key.toLowerCase());
      expect(typeof value.message, key).toBe('string');
      expect(value.message.trim().length, key).toBeGreaterThan(0);
      if (ours(key)) expect(value.description?.length ?? 0, `${key} needs a description`).toBeGreaterThan(10);
      // $1..$9 and $$ only; "$12" means $12 in Firefox but $1 then "2" in Chrome; "$name$" is a named
      // placeholder that Chrome refuses when it is not declared.
      const rest = value.message.replace(/\$\$|\$[1-9]/g, '');
      expect(rest, `${key}: a lone $ (write $$)`).not.toContain('$');
      expect(value.message, key).not.toMatch(/\$[1-9]\d/);
      expect(value.message, key).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
    }
  });
});
