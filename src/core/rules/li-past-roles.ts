import { AS_OF, couldNotRead, fail, listOf, pass, warn } from './helpers.ts';
import { plural } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-past-roles',
  platform: 'linkedin',
  section: 'experience',
  title: 'Past positions, described',
  why: 'Earlier roles show how you got here and give people more ways to recognise you (a shared employer, a project). The All-Star criteria asked for two past positions.',
  fix: 'Add at least two earlier positions (jobs, placements, substantial volunteering), each with a line or two on what you did.',
  weight: 2,
  fixability: 0.7,
  source: 'LinkedIn All-Star profile criteria (2012)',
  asOf: AS_OF,
  inputs: ['linkedin.experience'],
  thresholds: {
    minPast: { default: 2, min: 0, max: 20, unit: 'count', label: 'Past positions wanted' },
  },
  check({ linkedin }, { thresholds }) {
    const experience = linkedin.fields.experience;
    if (experience.state === 'unknown') return couldNotRead('Experience', experience);
    const past = listOf(experience).filter((e) => !e.current);
    const described = past.filter((e) => (e.description ?? '').trim()).length;
    const want = thresholds.minPast;
    if (past.length < want) return fail(`${plural(past.length, 'past position')} (${want} or more advised).`);
    if (described < want) {
      return warn(
        `${plural(past.length, 'past position')}, but only ${described} described (${want} advised).`,
        {
          fix: 'Add a line or two to your past positions: what you did and one result.',
        },
      );
    }
    return pass(`${plural(past.length, 'past position')}, ${described} described.`);
  },
});
