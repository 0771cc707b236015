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
