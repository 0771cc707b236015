import { describe, expect, it } from 'vitest';
import { check, found, li, unknown, xp } from './helpers.ts';

describe('cross-name', () => {
  it('passes the same name after normalisation', () => {
    const r = check('cross-name', {
      linkedin: li({ name: found('Dr. Zoë María Núñez-Smith, MCLIP') }),
      x: xp({ name: found('zoe nunez smith (she/her) 📚') }),
    });
    expect(r.status).toBe('pass');
  });
  it('fails different names', () => {
    const r = check('cross-name', { linkedin: li(), x: xp({ name: found('Bookish Librarian') }) });
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/LinkedIn “Robin Reads”, X “Bookish Librarian”/);
  });
  it('is unknown, not failed, for names in two scripts it cannot compare', () => {
    for (const [a, b] of [
      ['王芳', 'Wang Fang'],
      ['Ivan Petrov', 'Иван Петров'],
      ['محمد علي', 'Robin Reads'],
    ]) {
      const r = check('cross-name', { linkedin: li({ name: found(a!) }), x: xp({ name: found(b!) }) });
      expect(r.status, `${a} / ${b}`).toBe('unknown');
      expect(r.detail).toMatch(/couldn’t be compared/);
    }
    // The same name in the same script still compares.
    expect(
      check('cross-name', { linkedin: li({ name: found('王芳') }), x: xp({ name: found('王芳') }) }).status,
    ).toBe('pass');
  });
  it('warns a partial match', () => {
    expect(check('cross-name', { linkedin: li(), x: xp({ name: found('Robin') }) }).status).toBe('warn');
  });
  it('is unknown when either name is unread', () => {
    expect(check('cross-name', { linkedin: li({ name: unknown('x') }), x: xp() }).status).toBe('unknown');
  });
  it('does not apply without both profiles', () => {
    expect(() => check('cross-name', { linkedin: li() })).toThrow(/did not apply/);
  });
});
