import { describe, expect, it } from 'vitest';
import { evaluate, evaluateProfile, scoreOf, topFixes } from '../../../src/core/report.ts';
import { formatReport } from '../../../src/core/report-text.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import { defineRule, type Rule } from '../../../src/core/rules/types.ts';
import { validateSettings } from '../../../src/core/settings.ts';
import { EN, NOW, absent, found, li, xp } from '../rules/helpers.ts';

const ids = (rs: { rule: string }[]) => rs.map((r) => r.rule);

describe('evaluate', () => {
  it('runs only the rules whose profiles are given', () => {
    const liOnly = evaluate({ linkedin: li(), now: NOW });
    expect(liOnly.results.every((r) => r.platform === 'linkedin')).toBe(true);
    expect(liOnly.results).toHaveLength(RULES.filter((r) => r.platform === 'linkedin').length);
    const xOnly = evaluate({ x: xp(), now: NOW });
    expect(xOnly.results.every((r) => r.platform === 'x')).toBe(true);
    const both = evaluate({ linkedin: li(), x: xp(), now: NOW });
    expect(both.results).toHaveLength(RULES.length);
    expect(evaluate({ now: NOW }).results).toEqual([]);
  });

  it('scores a polished pair 100, with coverage short only by what cannot be checked', () => {
    const r = evaluate({ linkedin: li(), x: xp(), now: NOW });
    expect(r.score).toBe(100);
    // Unknown without keywords: li-keywords (2), x-keywords (2); unknown by design: li-activity (1).
    expect(ids(r.results.filter((x) => x.status === 'unknown')).sort()).toEqual(
      ['li-activity', 'li-keywords', 'x-keywords'].sort(),
    );
    expect(r.totalWeight).toBe(RULES.reduce((s, x) => s + x.weight, 0));
    expect(r.evaluatedWeight).toBe(r.totalWeight - 5);
    expect(r.coverage).toBeCloseTo(r.evaluatedWeight / r.totalWeight, 3);
    const withKeywords = evaluate(
      { linkedin: li(), x: xp(), now: NOW },
      validateSettings({ keywords: ['evidence'] }),
    );
    expect(withKeywords.evaluatedWeight).toBe(withKeywords.totalWeight - 1);
  });

  it('counts a warn as half and never counts information', () => {
    // li-skills (3) warns, li-banner (1) fails, li-open-to-work (0) is information.
    const p = li({ skills: found(4), banner: absent, openToWork: found(true) });
    const r = evaluate({ linkedin: p, now: NOW });
    const missing = 3 * 0.5 + 1;
    expect(r.earned).toBe(r.evaluatedWeight - missing);
    expect(r.score).toBe(Math.round((100 * (r.evaluatedWeight - missing)) / r.evaluatedWeight));
    expect(r.results.find((x) => x.rule === 'li-open-to-work')?.status).toBe('info');
  });

  it('orders fixes by weight × fixability, then unknown, info, pass', () => {
    const p = li({ photo: absent, recommendations: absent, languages: absent, skills: found(4) });
    const r = evaluate({ linkedin: p, now: NOW });
    // photo 3×1 = 3; recommendations 2×0.3 = 0.6; languages 1×1 = 1; skills warn 3×1×0.5 = 1.5.
    expect(ids(topFixes(r))).toEqual(['li-photo', 'li-skills', 'li-languages']);
    expect(ids(r.results.slice(0, 4))).toEqual([
      'li-photo',
      'li-skills',
      'li-languages',
      'li-recommendations',
    ]);
    const order = r.results.map((x) => x.status);
    const rank = { fail: 0, warn: 0, unknown: 1, info: 2, pass: 3 };
    expect([...order].sort((a, b) => rank[a] - rank[b])).toEqual(order);
  });

  it('leaves disabled rules out of the results, the score and the coverage', () => {
    const p = li({ photo: absent });
    const off = evaluate({ linkedin: p, now: NOW }, validateSettings({ disabled: ['li-photo'] }));
    expect(ids(off.results)).not.toContain('li-photo');
    const on = evaluate({ linkedin: p, now: NOW });
    expect(off.totalWeight).toBe(on.totalWeight - 3);
    expect(off.score).toBeGreaterThan(on.score);
  });

  it('applies the goal preset weights', () => {
    const r = evaluate(
      { linkedin: li({ recommendations: absent }), now: NOW },
      validateSettings({ goal: 'job-seeker' }),
    );
    expect(r.goal).toBe('job-seeker');
    expect(r.results.find((x) => x.rule === 'li-recommendations')?.weight).toBe(3);
  });

  it('turns a rule that throws into unknown instead of breaking the report', () => {
    const broken: Rule = defineRule({
      ...RULES[0]!,
      id: 'li-broken',
      platform: 'linkedin',
      check() {
        throw new Error('bug');
      },
    });
    const r = evaluate({ linkedin: li(), now: NOW }, undefined, [broken]);
    expect(r.results[0]?.status).toBe('unknown');
    expect(r.coverage).toBe(0);
    expect(r.score).toBe(0);
  });

  it('keeps the public result contract and adds the overlay hints', () => {
    const r = evaluateProfile(li(), NOW);
    for (const x of r.results) {
      expect(Object.keys(x)).toEqual(
        expect.arrayContaining([
          'rule',
          'status',
          'weight',
          'title',
          'detail',
          'fix',
          'source',
          'why',
          'asOf',
          'section',
        ]),
      );
    }
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('scoreOf handles nothing evaluated', () => {
    expect(scoreOf([])).toEqual({ score: 0, coverage: 0, earned: 0, evaluatedWeight: 0, totalWeight: 0 });
    expect(scoreOf([{ status: 'unknown', weight: 3 }])).toMatchObject({
      score: 0,
      coverage: 0,
      totalWeight: 3,
    });
  });
});

describe('formatReport', () => {
  it('prints the score, coverage, top fixes and the grouped checklist', () => {
    const p = li({ photo: absent, skills: found(4), headline: found('Research Librarian') });
    const lines = formatReport(evaluate({ linkedin: p, now: NOW }), EN);
    expect(lines[0]).toMatch(/^Score \d+\/100 · coverage \d+% \(2 rules couldn’t be checked\)$/);
    const text = lines.join('\n');
    expect(text).toContain('Top 3 fixes:');
    expect(text).toMatch(/1\. Profile photo: Add a recent/);
    expect(text).toMatch(/2\. Headline says what you do: Rewrite/);
    for (const heading of [
      'To fix (2)',
      'Could be better (1)',
      'Not checked',
      'For information (1)',
      'Done (',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text.indexOf('To fix')).toBeLessThan(text.indexOf('Done ('));
    expect(text).toContain('Why: Your headline is only your job title; say what you do and for whom.');
  });
  it('says so when nothing needs fixing, and names a goal', () => {
    const lines = formatReport(
      evaluate({ x: xp(), now: NOW }, validateSettings({ goal: 'cpd', keywords: ['data'] })),
      EN,
    );
    expect(lines).toContain('Nothing to fix among the rules that could be checked.');
    expect(lines).toContain('Goal: Information professional (CPD)');
  });
});
