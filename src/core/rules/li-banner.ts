import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-banner',
  platform: 'linkedin',
  section: 'banner',
  weight: 1,
  fixability: 0.9,
  asOf: AS_OF,
  inputs: ['linkedin.banner'],
  thresholds: {},
  check({ linkedin }) {
    const banner = linkedin.fields.banner;
    if (banner.state === 'unknown') return couldNotRead('.unread', banner);
    return banner.state === 'found' ? pass('.set') : fail('.none');
  },
});
