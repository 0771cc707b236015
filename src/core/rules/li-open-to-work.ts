import { AS_OF, couldNotRead, currentRoles, info, roleName } from './helpers.ts';
import { quote } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-open-to-work',
  platform: 'linkedin',
  section: 'open-to-work',
  title: 'Open to Work: a conscious choice',
  why: 'A public #OpenToWork frame tells everyone, including your current employer and colleagues, that you are looking. That can be exactly right, or not: make the choice on purpose.',
  fix: 'If only recruiters should know, choose “Recruiters only” in your Open to Work settings; if everyone may know, keep it and name the roles you want in your headline.',
  weight: 0,
  fixability: 1,
  source: 'LinkedIn Help on Open to Work visibility (“All LinkedIn members” or “Recruiters only”)',
  sourceNote: 'Information only: never counts towards the score.',
  asOf: AS_OF,
  inputs: ['linkedin.openToWork', 'linkedin.experience'],
  thresholds: {},
  check({ linkedin }) {
    const { openToWork, experience } = linkedin.fields;
    if (openToWork.state === 'unknown') return couldNotRead('whether Open to Work is on', openToWork);
    if (openToWork.state === 'absent' || !openToWork.value)
      return info('Open to Work is not shown on the profile.');
    const current = currentRoles(experience)[0];
    if (current) {
      return info(
        `Open to Work is on while you list a current position, ${quote(roleName(current))}. If the frame shows to everyone, your employer can see it too.`,
      );
    }
    return info('Open to Work is on. Check who can see it: everyone, or recruiters only.');
  },
});
