import { AS_OF, textOf } from './helpers.ts';
import { keywordsOutcome } from './keywords.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-keywords',
  platform: 'linkedin',
  section: 'headline',
  sourceNote: true,
  weight: 2,
  fixability: 0.9,
  asOf: AS_OF,
  inputs: ['linkedin.headline', 'linkedin.about'],
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
