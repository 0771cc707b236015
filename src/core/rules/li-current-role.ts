import { AS_OF, counted, couldNotRead, currentRoles, fail, listOf, pass, roleName, warn } from './helpers.ts';
import { msg, quoted } from '../i18n.ts';
import { charCount, num } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.experience'];

export default defineRule({
  id: 'li-current-role',
  platform: 'linkedin',
  section: 'experience',
  sourceNote: true,
  weight: 3,
  fixability: 0.9,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin }) {
    const experience = linkedin.fields.experience;
    if (experience.state === 'unknown') return couldNotRead('.unread', experience);
    const all = listOf(experience);
    if (all.length === 0) return fail('.none');
    const current = currentRoles(experience);
    if (current.length === 0) return fail(counted('.no_current', all.length));
    const described = current.find((r) => (r.description ?? '').trim());
    if (!described) {
      return { ...warn('.undescribed', quoted(roleName(current[0]!))), fix: msg('.undescribed_fix') };
    }
    const n = charCount((described.description ?? '').trim());
    return pass('.described', quoted(roleName(described)), num(n));
  },
});
