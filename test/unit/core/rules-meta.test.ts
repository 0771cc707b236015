// The meta-test (STYLE.md habit 1): every rule file is registered once, documented, sourced, dated, and has its
// own test file with a passing and a failing case; the list matches CHECKLIST.md's ids and weights.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKEDIN_FIELDS, X_FIELDS } from '../../../src/core/profile.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import { GOALS } from '../../../src/core/settings.ts';

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

  it.each(RULES.map((r) => [r.id, r] as const))('%s is documented, sourced and dated', (_id, rule) => {
    expect(rule.title.trim().length).toBeGreaterThan(3);
    expect(rule.why.trim().length).toBeGreaterThan(30);
    expect(rule.fix.trim().length).toBeGreaterThan(20);
    expect(rule.source.trim().length).toBeGreaterThan(3);
    if (/^https?:/.test(rule.source)) expect(rule.source).toMatch(/^https:\/\/\S+$/);
    expect(rule.asOf).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
    expect([0, 1, 2, 3]).toContain(rule.weight);
    expect(rule.fixability).toBeGreaterThan(0);
    expect(rule.fixability).toBeLessThanOrEqual(1);
    expect(rule.section).toMatch(/^[a-z-]+$/);
    expect(['linkedin', 'x', 'cross']).toContain(rule.platform);
    expect(rule.id.startsWith(rule.platform === 'linkedin' ? 'li-' : `${rule.platform}-`)).toBe(true);
    if (rule.platform === 'cross') expect(rule.sections).toBeDefined();
    // Folklore stays out of the advice itself (CHECKLIST.md: the "21x" photo figure has no primary source).
    expect(`${rule.why} ${rule.fix}`).not.toMatch(/\b21 ?(x|times)\b/i);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s reads real fields and declares sane thresholds',
    (_id, rule) => {
      for (const input of rule.inputs) {
        const [site, field] = input.split('.');
        const fields: readonly string[] = site === 'linkedin' ? LINKEDIN_FIELDS : X_FIELDS;
        expect(fields, input).toContain(field);
        if (rule.platform !== 'cross') expect(site).toBe(rule.platform);
      }
      for (const [key, spec] of Object.entries(rule.thresholds)) {
        expect(spec.min, key).toBeLessThanOrEqual(spec.default);
        expect(spec.default, key).toBeLessThanOrEqual(spec.max);
        expect(spec.label.length, key).toBeGreaterThan(3);
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

  it('goal presets only re-weight scored rules that exist', () => {
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
