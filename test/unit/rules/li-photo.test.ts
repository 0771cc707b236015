import { describe, expect, it } from 'vitest';
import { absent, check, li, unknown } from './helpers.ts';

describe('li-photo', () => {
  it('passes when a photo is set', () => {
    expect(check('li-photo', { linkedin: li() }).status).toBe('pass');
  });
  it('fails on the default silhouette', () => {
    const r = check('li-photo', { linkedin: li({ photo: absent }) });
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/silhouette/);
  });
  it('is unknown, not failing, when the photo could not be read', () => {
    const r = check('li-photo', { linkedin: li({ photo: unknown('photo hidden from this viewer') }) });
    expect(r.status).toBe('unknown');
    expect(r.detail).toMatch(/photo hidden from this viewer/);
  });
});
