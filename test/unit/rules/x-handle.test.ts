import { describe, expect, it } from 'vitest';
import { resembles } from '../../../src/core/rules/x-handle.ts';
import { check, found, unknown, xp } from './helpers.ts';

describe('x-handle', () => {
  it('passes a handle that resembles the name', () => {
    const r = check('x-handle', { x: xp() });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/10 of 15 characters/);
  });
  it('fails a handle unrelated to the name', () => {
    expect(check('x-handle', { x: xp({ handle: found('bookworm_1984') }) }).status).toBe('fail');
  });
  it('is unknown when the handle or the name is unread', () => {
    expect(check('x-handle', { x: xp({ handle: unknown('x') }) }).status).toBe('unknown');
    expect(check('x-handle', { x: xp({ name: unknown('x') }) }).status).toBe('unknown');
  });
  it('knows common handle shapes', () => {
    expect(resembles('jdoe', 'Jane Doe')).toBe(true);
    expect(resembles('@JaneD', 'Jane Doe')).toBe(true);
    expect(resembles('zoe_nunez', 'Zoë Núñez (she/her)')).toBe(true);
    expect(resembles('libraryfan', 'Jane Doe')).toBe(false);
  });
});
