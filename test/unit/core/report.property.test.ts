// Property tests (fast-check) for the score and the "unknown is never a fail" promise, over random readings
// where every field is independently found (random or realistic value), absent or unknown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Field } from '../../../src/core/profile.ts';
import { absent, unknown } from '../../../src/core/field.ts';
import { evaluate, scoreOf, type Report } from '../../../src/core/report.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import type { Outcome, Rule, Status } from '../../../src/core/rules/types.ts';
import { render } from '../../../src/core/i18n.ts';
import { STRICT_EN, li, xp } from '../rules/helpers.ts';
import {
  LI_VALUES,
  X_VALUES,
  ids,
  input,
  liProfile,
  now,
  settings,
  valuesOf,
  xProfile,
  type ValueArbs,
} from './arbitraries.ts';

const statusOf = (r: Report, id: string): Status | undefined => r.results.find((x) => x.rule === id)?.status;
const replaceCheck = (rule: Rule, outcome: Outcome): Rule => ({ ...rule, check: () => outcome });

describe('the score, over random readings and settings', () => {
  it('is a whole number within 0-100, with consistent sums, and no rule ever throws', () => {
    fc.assert(
      fc.property(input, settings, (i, s) => {
        const r = evaluate(i, s);
        expect(Number.isInteger(r.score)).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.coverage).toBeGreaterThanOrEqual(0);
        expect(r.coverage).toBeLessThanOrEqual(1);
        expect(r.earned).toBeLessThanOrEqual(r.evaluatedWeight);
        expect(r.evaluatedWeight).toBeLessThanOrEqual(r.totalWeight);
        for (const x of r.results) {
          expect(x.detail.key).not.toBe('report_rule_crashed');
          expect(render(x.detail, STRICT_EN).length).toBeGreaterThan(0);
          if (x.weight === 0) expect(['info', 'unknown']).toContain(x.status);
        }
      }),
    );
  });

  it('never drops when a failing rule passes instead (or a warn becomes a pass)', () => {
    fc.assert(
      fc.property(input, settings, fc.nat(), (i, s, pick) => {
        const before = evaluate(i, s);
        const bad = before.results.filter((x) => x.status === 'fail' || x.status === 'warn');
        fc.pre(bad.length > 0);
        const target = bad[pick % bad.length]!;
        const rules = RULES.map((r) =>
          r.id === target.rule ? replaceCheck(r, { status: 'pass', detail: { key: 'fixed' } }) : r,
        );
        const after = evaluate(i, s, rules);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.coverage).toBe(before.coverage);
      }),
    );
  });

  it('scoreOf is monotonic in each result', () => {
    const status = fc.constantFrom<Status>('pass', 'warn', 'fail', 'unknown', 'info');
    const results = fc.array(fc.record({ status, weight: fc.integer({ min: 0, max: 3 }) }), {
      minLength: 1,
      maxLength: 40,
    });
    const better: Record<Status, Status[]> = {
      fail: ['warn', 'pass'],
      warn: ['pass'],
      pass: [],
      unknown: [],
      info: [],
    };
    fc.assert(
      fc.property(results, fc.nat(), (rs, pick) => {
        const k = pick % rs.length;
        for (const up of better[rs[k]!.status]) {
          const next = rs.map((r, j) => (j === k ? { ...r, status: up } : r));
          expect(scoreOf(next).score).toBeGreaterThanOrEqual(scoreOf(rs).score);
        }
      }),
    );
  });

  it('leaves a disabled rule out of the results, the score and the coverage', () => {
    fc.assert(
      fc.property(input, settings, fc.constantFrom(...ids), (i, s, id) => {
        const on = evaluate(i, { ...s, disabled: s.disabled.filter((d) => d !== id) });
        const off = evaluate(i, { ...s, disabled: [...s.disabled, id] });
        expect(off.results.map((x) => x.rule)).not.toContain(id);
        const rest = on.results.filter((x) => x.rule !== id);
        expect(off.results).toEqual(rest);
        const { score, coverage, totalWeight } = scoreOf(rest);
        expect([off.score, off.coverage, off.totalWeight]).toEqual([score, coverage, totalWeight]);
      }),
    );
  });
});

describe('unknown is never a fail', () => {
  const allUnknown = <F>(values: ValueArbs<F>): F =>
    Object.fromEntries(Object.keys(values).map((k) => [k, unknown('not read')])) as F;

  it('a reading where nothing could be read fails nothing, warns nothing, passes nothing', () => {
    fc.assert(
      fc.property(now, settings, (n, s) => {
        const r = evaluate(
          {
            linkedin: { ...li(), fields: allUnknown(LI_VALUES) },
            x: { ...xp(), fields: allUnknown(X_VALUES) },
            now: n,
          },
          s,
        );
        for (const x of r.results) expect(['unknown', 'info'], x.rule).toContain(x.status);
        expect(r.coverage).toBe(0);
      }),
    );
  });

  // Making one field unknown may only produce a fail (or warn) that the known fields justify on their own:
  // whatever the unknown field really holds, the rule must still fail (or at least warn).
  it('a fail or warn with one field unknown holds for every value that field could have', () => {
    const site = fc.constantFrom<'linkedin' | 'x'>('linkedin', 'x');
    fc.assert(
      fc.property(
        liProfile,
        xProfile,
        valuesOf(LI_VALUES),
        valuesOf(X_VALUES),
        site,
        fc.nat(),
        now,
        settings,
        (lp, xpr, liAlt, xAlt, which, pick, n, s) => {
          const names = Object.keys(which === 'linkedin' ? LI_VALUES : X_VALUES);
          const name = names[pick % names.length]!;
          const withField = (v: Field<unknown>) =>
            which === 'linkedin'
              ? { linkedin: { ...lp, fields: { ...lp.fields, [name]: v } }, x: xpr, now: n }
              : { linkedin: lp, x: { ...xpr, fields: { ...xpr.fields, [name]: v } }, now: n };
          const original = (
            (which === 'linkedin' ? lp.fields : xpr.fields) as unknown as Record<string, Field<unknown>>
          )[name]!;
          const alt = ((which === 'linkedin' ? liAlt : xAlt) as unknown as Record<string, Field<unknown>>)[
            name
          ]!;
          const u = evaluate(withField(unknown('not read')), s);
          const others = [original, absent, alt].map((v) => evaluate(withField(v), s));
          for (const res of u.results) {
            if (res.status !== 'fail' && res.status !== 'warn') continue;
            for (const o of others) {
              const st = statusOf(o, res.rule);
              if (res.status === 'fail') expect(st, `${res.rule} with ${name}`).toBe('fail');
              else expect(['warn', 'fail'], `${res.rule} with ${name}`).toContain(st);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
