import { AS_OF, textOf } from './helpers.ts';
import { keywordsOutcome } from './keywords.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'x-keywords',
  platform: 'x',
  section: 'bio',
  title: 'Your target keywords in the bio',
  why: 'Search on X reads your name and bio. If the words you want to be found for are not in your bio, people searching for them won’t find you.',
  fix: 'Work one or two of your target keywords into your bio, in plain words.',
  weight: 2,
  fixability: 0.9,
  source: 'user goal',
  sourceNote: 'The keywords are yours, set in Spruce’s options. Matching ignores case, accents and plurals.',
  asOf: AS_OF,
  inputs: ['x.bio'],
  thresholds: {
    // A bio has 160 characters: one or two keywords is realistic, not all of them.
    enough: { default: 1, min: 1, max: 20, unit: 'terms', label: 'Pass when this many keywords appear' },
  },
  check({ x }, { keywords, thresholds }) {
    const bio = x.fields.bio;
    const text = bio.state === 'unknown' ? null : textOf(bio);
    return keywordsOutcome(keywords, [{ what: 'the bio', text }], thresholds.enough);
  },
});
