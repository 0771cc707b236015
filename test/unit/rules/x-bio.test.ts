import { describe, expect, it } from 'vitest';
import { absent, check, found, unknown, xp } from './helpers.ts';

describe('x-bio', () => {
  it('passes a bio that says what you do', () => {
    const r = check('x-bio', { x: xp() });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/of 160 characters/);
  });
  it('fails a missing bio, or one made only of links and emoji', () => {
    expect(check('x-bio', { x: xp({ bio: absent }) }).status).toBe('fail');
    expect(check('x-bio', { x: xp({ bio: found('📚 https://example.com @someone') }) }).status).toBe('fail');
  });
  it('warns a short bio and quotes its length', () => {
    const r = check('x-bio', { x: xp({ bio: found('Librarian. Views mine.') }) });
    expect(r.status).toBe('warn');
    expect(r.detail).toMatch(/22 of 160 characters/);
  });
  it('is unknown when unread', () => {
    expect(check('x-bio', { x: xp({ bio: unknown('x') }) }).status).toBe('unknown');
  });
});
