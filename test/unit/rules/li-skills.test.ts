import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-skills', () => {
  it('passes with 5 or more', () => {
    expect(check('li-skills', { linkedin: li({ skills: found(5) }) }).status).toBe('pass');
  });
  it('fails under 3 (All-Star) and when the section is absent', () => {
    expect(check('li-skills', { linkedin: li({ skills: found(2) }) }).status).toBe('fail');
    expect(check('li-skills', { linkedin: li({ skills: absent }) }).status).toBe('fail');
  });
  it('warns at 3-4', () => {
    const r = check('li-skills', { linkedin: li({ skills: found(4) }) });
    expect(r.status).toBe('warn');
    expect(r.detail).toBe('4 skills listed (of up to 100); 5 or more advised.');
  });
  it('is unknown, never "no skills", when the section could not be read', () => {
    expect(check('li-skills', { linkedin: li({ skills: unknown('section not loaded') }) }).status).toBe(
      'unknown',
    );
  });
});
