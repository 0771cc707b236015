import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-custom-url', () => {
  it('passes a custom URL', () => {
    const r = check('li-custom-url', { linkedin: li() });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/robin-reads/);
  });
  it('fails the assigned name-plus-code URL', () => {
    const r = check('li-custom-url', {
      linkedin: li({ customUrl: found(false), publicUrl: found('robin-reads-35520a61') }),
    });
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/random code/);
  });
  it('judges the slug itself when the reader gives no verdict', () => {
    const auto = li({ customUrl: absent, publicUrl: found('jane-doe-b2a7184b') });
    expect(check('li-custom-url', { linkedin: auto }).status).toBe('fail');
    const custom = li({ customUrl: absent, publicUrl: found('jane-doe-librarian') });
    expect(check('li-custom-url', { linkedin: custom }).status).toBe('pass');
  });
  it('stays unknown when the reader could not tell, with the slug’s shape as a hint', () => {
    const r = check('li-custom-url', {
      linkedin: li({ customUrl: unknown('x'), publicUrl: found('jane-doe-b2a7184b') }),
    });
    expect(r.status).toBe('unknown');
    expect(r.detail).toMatch(/looks like the assigned one/);
  });
  it('is unknown when neither could be read', () => {
    expect(
      check('li-custom-url', { linkedin: li({ customUrl: unknown('x'), publicUrl: unknown('y') }) }).status,
    ).toBe('unknown');
    expect(
      check('li-custom-url', { linkedin: li({ customUrl: absent, publicUrl: unknown('y') }) }).status,
    ).toBe('unknown');
  });
});
