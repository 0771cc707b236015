import { describe, expect, it } from 'vitest';
import { absent, check, unknown, xp } from './helpers.ts';

describe('x-pinned', () => {
  it('passes when set', () => {
    expect(check('x-pinned', { x: xp() }).status).toBe('pass');
  });
  it('fails when not set or the default', () => {
    expect(check('x-pinned', { x: xp({ pinned: absent }) }).status).toBe('fail');
  });
  it('is unknown when unread', () => {
    expect(check('x-pinned', { x: xp({ pinned: unknown('x') }) }).status).toBe('unknown');
  });
});
