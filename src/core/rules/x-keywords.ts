import { AS_OF, textOf } from './helpers.ts';
import { keywordsOutcome } from './keywords.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['x.bio'];

export default defineRule({
  id: 'x-keywords',
  platform: 'x',
  section: 'bio',
  sourceNote: true,
  weight: 2,
  fixability: 0.9,
  asOf: AS_OF,
  thresholds: {
    // A bio has 160 characters: one or two keywords is realistic, not all of them.
    enough: { default: 1, min: 1, max: 20, unit: 'terms' },
  },
  check({ x }, { keywords, thresholds }) {
    const bio = x.fields.bio;
    const text = bio.state === 'unknown' ? null : textOf(bio);
    return keywordsOutcome(keywords, [{ what: '.place_bio', text }], '.place_bio', thresholds.enough);
  },
});
