import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-featured', () => {
  it('passes when the section lists something', () => {
    const r = check('li-featured', { linkedin: li() });
    expect(r.status).toBe('pass');
    expect(r.detail).toBe('2 featured items shown.');
  });
  it('fails when the section is absent or empty', () => {
    const r = check('li-featured', { linkedin: li({ featured: absent }) });
    expect(r.status).toBe('fail');
    expect(r.detail).toBe('No Featured section.');
    expect(check('li-featured', { linkedin: li({ featured: found(0) }) }).status).toBe('fail');
  });
  it('is unknown when the section could not be read', () => {
    expect(check('li-featured', { linkedin: li({ featured: unknown('not loaded') }) }).status).toBe(
      'unknown',
    );
  });
});
