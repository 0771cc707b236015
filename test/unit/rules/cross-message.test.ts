import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown, xp } from './helpers.ts';

describe('cross-message', () => {
  it('passes when headline and bio share key terms', () => {
    const r = check('cross-message', { linkedin: li(), x: xp() });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/“librarian”/);
  });
  it('fails when they share none', () => {
    const r = check('cross-message', {
      linkedin: li(),
      x: xp({ bio: found('Cats, coffee and crosswords.') }),
    });
    expect(r.status).toBe('fail');
  });
  it('warns with one shared term', () => {
    const r = check('cross-message', {
      linkedin: li(),
      x: xp({ bio: found('Librarian. Cats and crosswords.') }),
    });
    expect(r.status).toBe('warn');
  });
  it('fails with no bio, and is unknown with an unread one', () => {
    expect(check('cross-message', { linkedin: li(), x: xp({ bio: absent }) }).status).toBe('fail');
    expect(check('cross-message', { linkedin: li(), x: xp({ bio: unknown('x') }) }).status).toBe('unknown');
  });
});
