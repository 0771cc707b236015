import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../../../src/core/rules/index.ts';
import {
  DEFAULT_SETTINGS,
  GOALS,
  ruleSettings,
  validateSettings,
  weightOf,
} from '../../../src/core/settings.ts';

const rule = (id: string) => {
  const r = ruleById(id);
  if (!r) throw new Error(id);
  return r;
};

describe('validateSettings', () => {
  it('gives the defaults for anything malformed, and never throws', () => {
    for (const raw of [
      undefined,
      null,
      42,
      'x',
      [],
      { goal: 'ceo', keywords: 7, disabled: 'all', thresholds: [] },
    ]) {
      expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });
  it('keeps valid parts and drops the rest', () => {
    expect(
      validateSettings({
        goal: 'cpd',
        keywords: 'information professional, knowledge management, Information Professionals',
        disabled: ['li-banner', 'no-such-rule', 'li-banner', 3],
        thresholds: {
          'li-skills': { warnUnder: '8', failUnder: 3, nonsense: 1 },
          'li-about': { failUnder: 99999, warnUnder: Number.NaN },
          'no-such-rule': { x: 1 },
        },
        extra: '<img>',
      }),
    ).toEqual({
      goal: 'cpd',
      keywords: ['information professional', 'knowledge management'],
      disabled: ['li-banner'],
      thresholds: { 'li-skills': { warnUnder: 8 }, 'li-about': { failUnder: 2600 } },
    });
  });
  it('limits keywords in number and length', () => {
    const many = Array.from({ length: 50 }, (_, i) => `keyword${i}`);
    expect(validateSettings({ keywords: [...many, 'x'.repeat(200)] }).keywords).toHaveLength(20);
  });
  it('is idempotent', () => {
    const once = validateSettings({
      goal: 'job-seeker',
      keywords: ['a b'],
      thresholds: { 'x-bio': { warnUnder: 80 } },
    });
    expect(validateSettings(once)).toEqual(once);
    expect(validateSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });
});

describe('goal presets and thresholds', () => {
  it('re-weight rules, but never information-only ones', () => {
    const s = validateSettings({ goal: 'job-seeker' });
    expect(weightOf(rule('li-keywords'), s)).toBe(3);
    expect(weightOf(rule('li-photo'), s)).toBe(3);
    expect(weightOf(rule('li-open-to-work'), s)).toBe(0);
    for (const goal of Object.keys(GOALS)) {
      const g = validateSettings({ goal });
      for (const r of RULES.filter((x) => x.weight === 0)) expect(weightOf(r, g)).toBe(0);
    }
  });
  it('give each check its thresholds with overrides applied', () => {
    const s = validateSettings({ keywords: ['cpd'], thresholds: { 'li-skills': { warnUnder: 10 } } });
    expect(ruleSettings(rule('li-skills'), s)).toEqual({
      thresholds: { failUnder: 3, warnUnder: 10, cap: 100 },
      keywords: ['cpd'],
    });
  });
});
