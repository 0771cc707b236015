import { describe, expect, it } from 'vitest';
import { absent, check, found, unknown, xp } from './helpers.ts';

describe('x-website', () => {
  it('passes when present, quoting it', () => {
    const r = check('x-website', { x: xp() });
    expect(r.status).toBe('pass');
    expect(r.detail).toContain('linkedin.com/in/robin-reads');
  });
  it('fails when absent or blank', () => {
    expect(check('x-website', { x: xp({ website: absent }) }).status).toBe('fail');
    expect(check('x-website', { x: xp({ website: found(' ') }) }).status).toBe('fail');
  });
  it('is unknown when unread', () => {
    expect(check('x-website', { x: xp({ website: unknown('x') }) }).status).toBe('unknown');
  });
});
