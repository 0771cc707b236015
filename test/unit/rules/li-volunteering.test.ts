import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-volunteering', () => {
  it('passes when the section lists something', () => {
    const r = check('li-volunteering', { linkedin: li() });
    expect(r.status).toBe('pass');
    expect(r.detail).toBe('1 volunteer role shown.');
  });
  it('fails when the section is absent or empty', () => {
    const r = check('li-volunteering', { linkedin: li({ volunteering: absent }) });
    expect(r.status).toBe('fail');
    expect(r.detail).toBe('No volunteering listed.');
    expect(check('li-volunteering', { linkedin: li({ volunteering: found(0) }) }).status).toBe('fail');
  });
  it('is unknown when the section could not be read', () => {
    expect(check('li-volunteering', { linkedin: li({ volunteering: unknown('not loaded') }) }).status).toBe(
      'unknown',
    );
  });
});
