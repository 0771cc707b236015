import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-recommendations', () => {
  it('passes with one, and says 3 is strong', () => {
    const r = check('li-recommendations', { linkedin: li({ recommendations: found(1) }) });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/3 or more is strong/);
  });
  it('fails with none', () => {
    expect(check('li-recommendations', { linkedin: li({ recommendations: absent }) }).status).toBe('fail');
  });
  it('is unknown when unread', () => {
    expect(check('li-recommendations', { linkedin: li({ recommendations: unknown('x') }) }).status).toBe(
      'unknown',
    );
  });
});
