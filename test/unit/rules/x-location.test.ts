import { describe, expect, it } from 'vitest';
import { absent, check, found, unknown, xp } from './helpers.ts';

describe('x-location', () => {
  it('passes when present, quoting it', () => {
    const r = check('x-location', { x: xp() });
    expect(r.status).toBe('pass');
    expect(r.detail).toContain('Leeds');
  });
  it('fails when absent or blank', () => {
    expect(check('x-location', { x: xp({ location: absent }) }).status).toBe('fail');
    expect(check('x-location', { x: xp({ location: found(' ') }) }).status).toBe('fail');
  });
  it('is unknown when unread', () => {
    expect(check('x-location', { x: xp({ location: unknown('x') }) }).status).toBe('unknown');
  });
});
