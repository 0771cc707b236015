import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-location', () => {
  it('passes with a location and quotes it', () => {
    const r = check('li-location', { linkedin: li() });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/Leeds/);
  });
  it('fails without one', () => {
    expect(check('li-location', { linkedin: li({ location: absent }) }).status).toBe('fail');
    expect(check('li-location', { linkedin: li({ location: found('  ') }) }).status).toBe('fail');
  });
  it('is unknown when unread', () => {
    expect(check('li-location', { linkedin: li({ location: unknown('x') }) }).status).toBe('unknown');
  });
});
