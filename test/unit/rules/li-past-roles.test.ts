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
  it('on a list the page cuts short ("Show all 8 experiences"): unknown where the hidden ones could settle it, never a fail or warn', () => {
    const shown = (...roles: ReturnType<typeof role>[]) => ({ ...found(roles), partial: true as const });
    const few = check('li-past-roles', {
      linkedin: li({ experience: shown(role(true, 'x'), role(true, 'y'), role(false, null)) }),
    });
    expect(few.status).toBe('unknown');
    expect(few.detail).toBe(
      'Your profile page shows 1 past position, 0 described, and puts the rest behind “Show all”, which Spruce doesn’t read, so this wasn’t checked.',
    );
    const undescribed = check('li-past-roles', {
      linkedin: li({ experience: shown(role(false, 'x'), role(false, null), role(false, null)) }),
    });
    expect(undescribed.status).toBe('unknown');
    // What is shown is enough: a pass stands.
    const enough = check('li-past-roles', {
      linkedin: li({ experience: shown(role(false, 'x'), role(false, 'y')) }),
    });
    expect(enough.status).toBe('pass');
  });
  it('is unknown when Experience is unread', () => {
    expect(check('li-past-roles', { linkedin: li({ experience: unknown('x') }) }).status).toBe('unknown');
  });
});
