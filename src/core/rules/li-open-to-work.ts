import { AS_OF, couldNotRead, currentRoles, info, roleName } from './helpers.ts';
import { quoted } from '../i18n.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.openToWork', 'linkedin.experience'];

export default defineRule({
  id: 'li-open-to-work',
  platform: 'linkedin',
  section: 'open-to-work',
  sourceNote: true,
  weight: 0,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin }) {
    const { openToWork, experience } = linkedin.fields;
    if (openToWork.state === 'unknown') return couldNotRead('.unread', openToWork);
    if (openToWork.state === 'absent' || !openToWork.value) return info('.off');
    const current = currentRoles(experience)[0];
    return current ? info('.on_with_role', quoted(roleName(current))) : info('.on');
  },
});
