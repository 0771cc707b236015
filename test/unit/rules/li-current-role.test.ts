import { describe, expect, it } from 'vitest';
import { absent, check, found, li, unknown } from './helpers.ts';

const role = (current: boolean, description: string | null) => ({
  title: 'Research Librarian',
  company: 'University of Leeds',
  current,
  description,
});

describe('li-current-role', () => {
  it('passes a described current position', () => {
    expect(check('li-current-role', { linkedin: li() }).status).toBe('pass');
  });
  it('fails without a current position', () => {
    const r = check('li-current-role', { linkedin: li({ experience: found([role(false, 'Did things.')]) }) });
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/1 position/);
  });
  it('fails with no Experience at all', () => {
    expect(check('li-current-role', { linkedin: li({ experience: absent }) }).status).toBe('fail');
  });
  it('warns when the current position has no description', () => {
    const r = check('li-current-role', { linkedin: li({ experience: found([role(true, null)]) }) });
    expect(r.status).toBe('warn');
    expect(r.detail).toMatch(/Research Librarian at University of Leeds/);
  });
  it('is unknown when Experience is unread', () => {
    expect(check('li-current-role', { linkedin: li({ experience: unknown('x') }) }).status).toBe('unknown');
  });
});
