import { AS_OF, couldNotRead, fail, pass, textOf, warn } from './helpers.ts';
import { keyTerms } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'cross-message',
  platform: 'cross',
  section: 'headline',
  sections: { linkedin: 'headline', x: 'bio' },
  title: 'Headline and bio tell the same story',
  why: 'Someone who finds you on X and then on LinkedIn (or the other way round) should recognise the same professional: the same role and focus in both.',
  fix: 'Reuse the key words of your LinkedIn headline in your X bio: your role and one or two specialisms.',
  weight: 2,
  fixability: 0.9,
  source: 'heuristic',
  sourceNote:
    'Key terms are words of 3+ letters (or acronyms like “AI”) other than common words, compared without plurals.',
  asOf: AS_OF,
  inputs: ['linkedin.headline', 'x.bio'],
  thresholds: {
    minShared: { default: 2, min: 1, max: 10, unit: 'terms', label: 'Key terms the two should share' },
  },
  check({ linkedin, x }, { thresholds }) {
    const { headline } = linkedin.fields;
    const { bio } = x.fields;
    if (headline.state === 'unknown') return couldNotRead('your LinkedIn headline', headline);
    if (bio.state === 'unknown') return couldNotRead('your X bio', bio);
    const h = textOf(headline);
    const b = textOf(bio);
    if (!h || !b) return fail(`${!h ? 'No LinkedIn headline' : 'No X bio'} to compare.`);
    const bioTerms = keyTerms(b);
    const shared = [...keyTerms(h)].filter((t) => bioTerms.has(t));
    const list = shared.map((t) => `“${t}”`).join(', ');
    if (shared.length >= thresholds.minShared)
      return pass(`Headline and bio share ${shared.length} key terms: ${list}.`);
    if (shared.length > 0) {
      return warn(
        `Headline and bio share ${shared.length} key term (${list}); ${thresholds.minShared} or more advised.`,
      );
    }
    return fail('Your LinkedIn headline and X bio share no key terms.');
  },
});
