import { describe, expect, it } from 'vitest';
import { check, found, li, unknown } from './helpers.ts';

describe('li-open-to-work (information only)', () => {
  it('flags Open to Work shown while employed, as information', () => {
    const r = check('li-open-to-work', { linkedin: li({ openToWork: found(true) }) });
    expect(r.status).toBe('info');
    expect(r.weight).toBe(0);
    expect(r.detail).toMatch(/current position/);
  });
  it('says nothing alarming when it is off', () => {
    expect(check('li-open-to-work', { linkedin: li() }).status).toBe('info');
  });
  it('never passes or fails: it carries no weight', () => {
    for (const v of [found(true), found(false)]) {
      const r = check('li-open-to-work', { linkedin: li({ openToWork: v }) });
      expect(['info']).toContain(r.status);
    }
  });
  it('is unknown when unread', () => {
    expect(check('li-open-to-work', { linkedin: li({ openToWork: unknown('x') }) }).status).toBe('unknown');
  });
});
