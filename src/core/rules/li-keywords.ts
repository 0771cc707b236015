import { AS_OF, textOf } from './helpers.ts';
import { keywordsOutcome } from './keywords.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-keywords',
  platform: 'linkedin',
  section: 'headline',
  title: 'Your target keywords in headline or About',
  why: 'People find profiles by searching for words. If the words you want to be found for are not in your headline or About, search can’t match them.',
  fix: 'Work your target keywords into your headline and the first lines of About, in natural sentences.',
  weight: 2,
  fixability: 0.9,
  source: 'user goal',
  sourceNote: 'The keywords are yours, set in Spruce’s options. Matching ignores case, accents and plurals.',
  asOf: AS_OF,
  inputs: ['linkedin.headline', 'linkedin.about'],
  thresholds: {},
  check({ linkedin }, { keywords }) {
    const { headline, about } = linkedin.fields;
    return keywordsOutcome(keywords, [
      { what: 'the headline', text: headline.state === 'unknown' ? null : textOf(headline) },
      { what: 'About', text: about.state === 'unknown' ? null : textOf(about) },
    ]);
  },
});
