import { AS_OF, couldNotRead, currentRoles, fail, listOf, pass, roleName, warn } from './helpers.ts';
import { charCount, num, plural, quote } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-current-role',
  platform: 'linkedin',
  section: 'experience',
  title: 'Current position, described',
  why: 'Your current role is the first thing people check after your headline, and a description says what you actually do there. The All-Star criteria asked for an up-to-date current position with a description.',
  fix: 'Add your current position (or a current activity: study, volunteering, a career break) and 2-4 lines on what you do, for whom, and one result (up to 2,000 characters).',
  weight: 3,
  fixability: 0.9,
  source: 'LinkedIn All-Star profile criteria (2012)',
  sourceNote: 'LinkedIn limits a position’s description to 2,000 characters.',
  asOf: AS_OF,
  inputs: ['linkedin.experience'],
  thresholds: {},
  check({ linkedin }) {
    const experience = linkedin.fields.experience;
    if (experience.state === 'unknown') return couldNotRead('Experience', experience);
    const all = listOf(experience);
    if (all.length === 0) return fail('No positions in Experience.');
    const current = currentRoles(experience);
    if (current.length === 0) {
      return fail(`No current position: all ${plural(all.length, 'position')} shown have an end date.`);
    }
    const described = current.find((r) => (r.description ?? '').trim());
    if (!described) {
      return warn(`Your current position ${quote(roleName(current[0]!))} has no description.`, {
        fix: 'Add 2-4 lines to your current position: what you do, for whom, and one result.',
      });
    }
    const n = charCount((described.description ?? '').trim());
    return pass(`Your current position ${quote(roleName(described))} is described (${num(n)} characters).`);
  },
});
