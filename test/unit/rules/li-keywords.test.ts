import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-keywords', () => {
  it('passes when every keyword appears, ignoring case, accents and plurals', () => {
    const r = check(
      'li-keywords',
      { linkedin: li() },
      { keywords: ['Systematic Review', 'research data', 'évidence'] },
    );
    expect(r.status).toBe('pass');
  });
  it('fails when none appears', () => {
    const r = check('li-keywords', { linkedin: li() }, { keywords: ['knowledge management'] });
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/“knowledge management”/);
  });
  it('warns when some are missing, naming them', () => {
    const r = check('li-keywords', { linkedin: li() }, { keywords: 'open access, knowledge management' });
    expect(r.status).toBe('warn');
    expect(r.detail).toBe(
      '1 of 2 target keywords appear in the headline or About; missing: “knowledge management”.',
    );
  });
  it('looks in About too, and treats an absent About as empty', () => {
    expect(check('li-keywords', { linkedin: li() }, { keywords: ['catalogued'] }).status).toBe('pass');
    expect(
      check('li-keywords', { linkedin: li({ about: absent }) }, { keywords: ['catalogued'] }).status,
    ).toBe('fail');
  });
  it('is unknown when no keywords are set', () => {
    const r = check('li-keywords', { linkedin: li() });
    expect(r.status).toBe('unknown');
    expect(r.fix).toMatch(/options/);
  });
  it('is unknown, not failing, when a keyword may be in unread About', () => {
    const r = check('li-keywords', { linkedin: li({ about: unknown('x') }) }, { keywords: ['catalogued'] });
    expect(r.status).toBe('unknown');
    const hit = check(
      'li-keywords',
      { linkedin: li({ about: unknown('x'), headline: found('Cataloguer') }) },
      {
        keywords: ['cataloguers'],
      },
    );
    expect(hit.status).toBe('pass');
  });
});
