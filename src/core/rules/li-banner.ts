import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.banner'];

export default defineRule({
  id: 'li-banner',
  platform: 'linkedin',
  section: 'banner',
  weight: 1,
  fixability: 0.9,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin }) {
    const banner = linkedin.fields.banner;
    if (banner.state === 'unknown') return couldNotRead('.unread', banner);
    return banner.state === 'found' ? pass('.set') : fail('.none');
  },
});
