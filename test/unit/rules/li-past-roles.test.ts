import { describe, expect, it } from 'vitest';
import { check, found, li, unknown } from './helpers.ts';

const role = (current: boolean, description: string | null) => ({
  title: 'T',
  company: 'C',
  current,
  description,
});

describe('li-past-roles', () => {
  it('passes two described past positions', () => {
    expect(check('li-past-roles', { linkedin: li() }).status).toBe('pass');
  });
  it('fails with fewer than two', () => {
    const r = check('li-past-roles', {
      linkedin: li({ experience: found([role(true, 'x'), role(false, 'y')]) }),
    });
    expect(r.status).toBe('fail');
    expect(r.detail).toBe('1 past position (2 or more advised).');
  });
  it('warns when they are not described', () => {
    const r = check('li-past-roles', {
      linkedin: li({ experience: found([role(false, null), role(false, null)]) }),
    });
    expect(r.status).toBe('warn');
  });
  it('is unknown when Experience is unread', () => {
    expect(check('li-past-roles', { linkedin: li({ experience: unknown('x') }) }).status).toBe('unknown');
  });
});
