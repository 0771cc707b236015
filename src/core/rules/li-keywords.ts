import { AS_OF, textOf } from './helpers.ts';
import { keywordsOutcome } from './keywords.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.headline', 'linkedin.about'];

export default defineRule({
  id: 'li-keywords',
  platform: 'linkedin',
  section: 'headline',
  sourceNote: true,
  weight: 2,
  fixability: 0.9,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin }, { keywords }) {
    const { headline, about } = linkedin.fields;
    return keywordsOutcome(
      keywords,
      [
        { what: '.place_headline', text: headline.state === 'unknown' ? null : textOf(headline) },
        { what: '.place_about', text: about.state === 'unknown' ? null : textOf(about) },
      ],
      '.places',
    );
  },
});
