import { AS_OF, couldNotRead, fail, pass } from './helpers.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-banner',
  platform: 'linkedin',
  section: 'banner',
  title: 'Background banner',
  why: 'The banner is the widest image on your profile. The default pattern reads as unfinished; your own image can show your field or your work.',
  fix: 'Upload a background image of 1584 × 396 pixels: your workplace, your field, or a clean design with one line about what you do.',
  weight: 1,
  fixability: 0.9,
  source: 'linkedinsights.com limits list (banner 1584 × 396 pixels recommended)',
  asOf: AS_OF,
  inputs: ['linkedin.banner'],
  thresholds: {},
  check({ linkedin }) {
    const banner = linkedin.fields.banner;
    if (banner.state === 'unknown') return couldNotRead('the background banner', banner);
    return banner.state === 'found'
      ? pass('A custom background banner is set.')
      : fail('No custom banner: the page shows the default background.');
  },
});
