import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-certifications', () => {
  it('passes when the section lists something', () => {
    const r = check('li-certifications', { linkedin: li() });
    expect(r.status).toBe('pass');
    expect(r.detail).toBe('1 certification shown.');
  });
  it('fails when the section is absent or empty', () => {
    const r = check('li-certifications', { linkedin: li({ certifications: absent }) });
    expect(r.status).toBe('fail');
    expect(r.detail).toBe('No certifications or professional status listed.');
    expect(check('li-certifications', { linkedin: li({ certifications: found(0) }) }).status).toBe('fail');
  });
  it('is unknown when the section could not be read', () => {
    expect(
      check('li-certifications', { linkedin: li({ certifications: unknown('not loaded') }) }).status,
    ).toBe('unknown');
  });
});
