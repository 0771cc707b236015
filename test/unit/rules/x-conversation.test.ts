import { describe, expect, it } from 'vitest';
import { check, xp } from './helpers.ts';

// Information only and not measured: the Profile model has no share of replies.
describe('x-conversation', () => {
  it('is information with weight 0, saying honestly that it is not measured', () => {
    const r = check('x-conversation', { x: xp() });
    expect(r.status).toBe('info');
    expect(r.weight).toBe(0);
    expect(r.detail).toMatch(/Not measured/);
  });
});
