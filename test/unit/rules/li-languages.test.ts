import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

describe('li-languages', () => {
  it('passes when the section lists something', () => {
    const r = check('li-languages', { linkedin: li() });
    expect(r.status).toBe('pass');
    expect(r.detail).toBe('2 languages shown.');
  });
  it('fails when the section is absent or empty', () => {
    const r = check('li-languages', { linkedin: li({ languages: absent }) });
    expect(r.status).toBe('fail');
    expect(r.detail).toBe('No languages listed.');
    expect(check('li-languages', { linkedin: li({ languages: found(0) }) }).status).toBe('fail');
  });
  it('is unknown when the section could not be read', () => {
    expect(check('li-languages', { linkedin: li({ languages: unknown('not loaded') }) }).status).toBe(
      'unknown',
    );
  });
});
