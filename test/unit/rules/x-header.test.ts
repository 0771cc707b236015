import { describe, expect, it } from 'vitest';
import { absent, check, unknown, xp } from './helpers.ts';

describe('x-header', () => {
  it('passes when set', () => {
    expect(check('x-header', { x: xp() }).status).toBe('pass');
  });
  it('fails when not set or the default', () => {
    expect(check('x-header', { x: xp({ header: absent }) }).status).toBe('fail');
  });
  it('is unknown when unread', () => {
    expect(check('x-header', { x: xp({ header: unknown('x') }) }).status).toBe('unknown');
  });
});
