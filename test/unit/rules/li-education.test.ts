import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-education', () => {
  it('passes with one entry', () => {
    expect(check('li-education', { linkedin: li() }).status).toBe('pass');
  });
  it('fails with none', () => {
    expect(check('li-education', { linkedin: li({ education: absent }) }).status).toBe('fail');
    expect(check('li-education', { linkedin: li({ education: found([]) }) }).detail).toBe(
      '0 education entries (1 or more advised).',
    );
  });
  it('is unknown when unread', () => {
    expect(check('li-education', { linkedin: li({ education: unknown('x') }) }).status).toBe('unknown');
  });
});
