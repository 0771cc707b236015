import { describe, expect, it } from 'vitest';
import { check, found, li, unknown } from './helpers.ts';

describe('li-connections', () => {
  it('passes at 500+', () => {
    const r = check('li-connections', { linkedin: li({ connections: found(500) }) });
    expect(r.status).toBe('pass');
    expect(r.detail).toBe('500+ connections.');
  });
  it('fails under 50', () => {
    expect(check('li-connections', { linkedin: li({ connections: found(12) }) }).status).toBe('fail');
  });
  it('warns between 50 and 499', () => {
    expect(check('li-connections', { linkedin: li({ connections: found(120) }) }).status).toBe('warn');
  });
  it('is unknown when unread', () => {
    expect(check('li-connections', { linkedin: li({ connections: unknown('x') }) }).status).toBe('unknown');
  });
});
