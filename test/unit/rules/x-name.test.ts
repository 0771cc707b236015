import { describe, expect, it } from 'vitest';
import { absent, check, found, unknown, xp } from './helpers.ts';

describe('x-name', () => {
  it('passes a real name and quotes its length', () => {
    const r = check('x-name', { x: xp() });
    expect(r.status).toBe('pass');
    expect(r.detail).toBe('The display name is “Robin Reads” (11 of 50 characters).');
  });
  it('fails a display name that is only the handle', () => {
    const r = check('x-name', { x: xp({ name: found('RobinReads') }) });
    expect(r.status).toBe('fail');
    expect(r.why).toMatch(/only repeats your @handle/);
  });
  it('fails a missing or letterless name', () => {
    expect(check('x-name', { x: xp({ name: absent }) }).status).toBe('fail');
    expect(check('x-name', { x: xp({ name: found('📚📚') }) }).status).toBe('fail');
  });
  it('warns on a username-like name', () => {
    expect(check('x-name', { x: xp({ name: found('robin_r84') }) }).status).toBe('warn');
  });
  it('passes a spaced name even when the handle is unread, but needs the handle for one word', () => {
    expect(check('x-name', { x: xp({ handle: unknown('x') }) }).status).toBe('pass');
    expect(check('x-name', { x: xp({ name: found('Robin'), handle: unknown('x') }) }).status).toBe('unknown');
  });
  it('is unknown when the name is unread', () => {
    expect(check('x-name', { x: xp({ name: unknown('x') }) }).status).toBe('unknown');
  });
});
