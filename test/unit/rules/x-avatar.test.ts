import { describe, expect, it } from 'vitest';
import { absent, check, unknown, xp } from './helpers.ts';

describe('x-avatar', () => {
  it('passes when set', () => {
    expect(check('x-avatar', { x: xp() }).status).toBe('pass');
  });
  it('fails when not set or the default', () => {
    expect(check('x-avatar', { x: xp({ avatar: absent }) }).status).toBe('fail');
  });
  it('is unknown when unread', () => {
    expect(check('x-avatar', { x: xp({ avatar: unknown('x') }) }).status).toBe('unknown');
  });
});
