import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

const long =
  'Passionate about people, books, learning and making a difference every day | research librarian';

describe('li-headline-fold', () => {
  it('passes when the job title shows before the cut-off (no keywords set)', () => {
    expect(check('li-headline-fold', { linkedin: li() }).status).toBe('pass');
  });
  it('passes a headline short enough to show whole', () => {
    const r = check('li-headline-fold', { linkedin: li({ headline: found('Research librarian') }) });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/whole headline/);
  });
  it('fails when the target keywords come only after the cut-off', () => {
    const r = check(
      'li-headline-fold',
      { linkedin: li({ headline: found(long) }) },
      { keywords: ['research librarian'] },
    );
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/character 78,/);
  });
  it('passes when a target keyword is early, whatever its case or plural', () => {
    const r = check('li-headline-fold', { linkedin: li() }, { keywords: ['Health Scientist'] });
    expect(r.status).toBe('pass');
  });
  it('warns when the job title is not before the cut-off and no keywords are set', () => {
    expect(check('li-headline-fold', { linkedin: li({ headline: found(long) }) }).status).toBe('warn');
  });
  it('fails with no headline', () => {
    expect(check('li-headline-fold', { linkedin: li({ headline: absent }) }).status).toBe('fail');
  });
  it('is unknown with no keywords and unread Experience', () => {
    const r = check('li-headline-fold', {
      linkedin: li({ headline: found(long), experience: unknown('x') }),
    });
    expect(r.status).toBe('unknown');
  });
});
