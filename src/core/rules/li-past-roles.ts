import { AS_OF, counted, couldNotRead, fail, listOf, notKnown, pass, warn } from './helpers.ts';
import { msg } from '../i18n.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.experience'];

export default defineRule({
  id: 'li-past-roles',
  platform: 'linkedin',
  section: 'experience',
  weight: 2,
  fixability: 0.7,
  asOf: AS_OF,
  thresholds: {
    minPast: { default: 2, min: 0, max: 20, unit: 'count' },
  },
  check({ linkedin }, { thresholds }) {
    const experience = linkedin.fields.experience;
    if (experience.state === 'unknown') return couldNotRead('.unread', experience);
    const past = listOf(experience).filter((e) => !e.current);
    const described = past.filter((e) => (e.description ?? '').trim()).length;
    const want = thresholds.minPast;
    // The page shows only the first positions ("Show all 8 experiences"): the others may be past or described.
    if (experience.state === 'found' && experience.partial && (past.length < want || described < want))
      return notKnown(counted('.partial', past.length, described));
    if (past.length < want) return fail(counted('.few', past.length, want));
    if (described < want) {
      return { ...warn(counted('.undescribed', past.length, described, want)), fix: msg('.undescribed_fix') };
    }
    return pass(counted('.ok', past.length, described));
  },
});
