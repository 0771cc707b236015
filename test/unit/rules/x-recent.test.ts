import { describe, expect, it } from 'vitest';
import { absent, check, found, unknown, xp } from './helpers.ts';
import { useTimeZone } from '../time-zone.ts';

describe('x-recent', () => {
  it('passes a post within 30 days of the time given', () => {
    const r = check('x-recent', { x: xp() });
    expect(r.status).toBe('pass');
    expect(r.detail).toBe('Your newest post is from 5 days ago (2026-11-10).');
  });
  it('fails an older newest post', () => {
    const r = check('x-recent', { x: xp({ lastPostAt: found('2026-08-01T00:00:00Z') }) });
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/106 days ago/);
  });
  it('fails with no posts', () => {
    expect(check('x-recent', { x: xp({ lastPostAt: absent }) }).status).toBe('fail');
  });
  it('uses the time passed in, never the clock', () => {
    expect(check('x-recent', { x: xp(), now: '2027-06-01T00:00:00Z' }).status).toBe('fail');
    expect(check('x-recent', { x: xp(), now: 'not a date' }).status).toBe('unknown');
  });
  it('is unknown when posts were not read', () => {
    expect(check('x-recent', { x: xp({ lastPostAt: unknown('x') }) }).status).toBe('unknown');
  });
});

describe('x-recent in New York', () => {
  useTimeZone('America/New_York');
  it('dates the post by the user’s own day', () => {
    // 22:30 on 9 November in New York is 03:30 on the 10th in UTC.
    const r = check('x-recent', { x: xp({ lastPostAt: found('2026-11-10T03:30:00Z') }) });
    expect(r.detail).toMatch(/\(2026-11-09\)/);
  });
});
