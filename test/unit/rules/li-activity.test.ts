import { describe, expect, it } from 'vitest';
import { check, li } from './helpers.ts';

// Unknown by design: the Profile model has no LinkedIn activity field (see src/core/rules/li-activity.ts).
describe('li-activity', () => {
  it('is unknown with a clear reason, never a fail', () => {
    const r = check('li-activity', { linkedin: li() });
    expect(r.status).toBe('unknown');
    expect(r.detail).toMatch(/doesn’t read LinkedIn activity/);
  });
});
