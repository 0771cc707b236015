import { describe, expect, it } from 'vitest';
import { absent, check, li, unknown } from './helpers.ts';

describe('li-banner', () => {
  it('passes with a custom banner', () => {
    expect(check('li-banner', { linkedin: li() }).status).toBe('pass');
  });
  it('fails with the default background', () => {
    expect(check('li-banner', { linkedin: li({ banner: absent }) }).status).toBe('fail');
  });
  it('is unknown when unread', () => {
    expect(check('li-banner', { linkedin: li({ banner: unknown('not loaded') }) }).status).toBe('unknown');
  });
});
