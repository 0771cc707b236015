import { describe, expect, it } from 'vitest';
import { linkedInSlugIn } from '../../../src/core/rules/cross-links.ts';
import { absent, check, found, li, unknown, xp } from './helpers.ts';

describe('cross-links', () => {
  it('passes when the X website is the LinkedIn profile, and says LinkedIn’s side is not read', () => {
    const r = check('cross-links', { linkedin: li(), x: xp() });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/contact info isn’t read/);
  });
  it('passes a LinkedIn link in the bio, even shortened', () => {
    const x = xp({ website: absent, bio: found('Librarian. linkedin.com/in/robin-re…') });
    expect(check('cross-links', { linkedin: li(), x }).status).toBe('pass');
  });
  it('fails when X does not point to LinkedIn at all', () => {
    const r = check('cross-links', { linkedin: li(), x: xp({ website: absent }) });
    expect(r.status).toBe('fail');
  });
  it('fails a link to someone else’s LinkedIn', () => {
    const r = check('cross-links', {
      linkedin: li(),
      x: xp({ website: found('https://linkedin.com/in/someone-else') }),
    });
    expect(r.status).toBe('fail');
  });
  it('is unknown for a personal site it cannot compare, and passes when About names it', () => {
    const x = xp({ website: found('robinreads.net') });
    expect(check('cross-links', { linkedin: li(), x }).status).toBe('unknown');
    const about = found('More about my work at robinreads.net.');
    expect(check('cross-links', { linkedin: li({ about }), x }).status).toBe('pass');
  });
  it('is unknown when the X side is unread', () => {
    expect(check('cross-links', { linkedin: li(), x: xp({ website: unknown('x') }) }).status).toBe('unknown');
  });
  it('reads LinkedIn slugs from links', () => {
    expect(linkedInSlugIn('https://www.linkedin.com/in/Robin-Reads/')).toEqual({
      slug: 'robin-reads',
      cut: false,
    });
    expect(linkedInSlugIn('see linkedin.com/in/robin-r…')).toEqual({ slug: 'robin-r', cut: true });
    expect(linkedInSlugIn('mylinkedin.com/in/x')).toBeNull();
  });
});
