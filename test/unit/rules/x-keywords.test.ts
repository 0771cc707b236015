import { describe, expect, it } from 'vitest';
import { check, found, unknown, xp } from './helpers.ts';

describe('x-keywords', () => {
  it('passes when a target keyword is in the bio', () => {
    const r = check('x-keywords', { x: xp() }, { keywords: ['systematic reviews', 'knowledge management'] });
    expect(r.status).toBe('pass');
  });
  it('fails when none is', () => {
    expect(check('x-keywords', { x: xp() }, { keywords: ['knowledge management'] }).status).toBe('fail');
  });
  it('can ask for more than one', () => {
    const r = check(
      'x-keywords',
      { x: xp() },
      {
        keywords: ['systematic reviews', 'knowledge management'],
        thresholds: { 'x-keywords': { enough: 2 } },
      },
    );
    expect(r.status).toBe('warn');
  });
  it('is unknown without keywords or with an unread bio', () => {
    expect(check('x-keywords', { x: xp() }).status).toBe('unknown');
    expect(check('x-keywords', { x: xp({ bio: unknown('x') }) }, { keywords: ['data'] }).status).toBe(
      'unknown',
    );
  });
  it('treats an empty bio as having none', () => {
    expect(check('x-keywords', { x: xp({ bio: found('') }) }, { keywords: ['data'] }).status).toBe('fail');
  });
});
