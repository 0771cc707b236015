import { AS_OF, couldNotRead, currentRoles, fail, notKnown, pass, textOf, warn } from './helpers.ts';
import { charCount, keyTerms, keywordOffset, num, quote } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-headline-fold',
  platform: 'linkedin',
  section: 'headline',
  title: 'Key words before the cut-off',
  why: 'Search results, comments and invitations show only the start of your headline, roughly the first 60-70 characters. Words that come later are rarely seen.',
  fix: 'Put what you do (your role or main keyword) at the very start of the headline, and the rest after it.',
  weight: 1,
  fixability: 1,
  source: 'heuristic',
  sourceNote:
    'LinkedIn does not publish where the headline is cut; it varies by screen and place. About 60-70 characters is an observed rough figure.',
  asOf: AS_OF,
  inputs: ['linkedin.headline', 'linkedin.experience'],
  thresholds: {
    foldChars: {
      default: 65,
      min: 20,
      max: 220,
      unit: 'characters',
      label: 'Characters shown before the cut-off',
    },
  },
  check({ linkedin }, { thresholds, keywords }) {
    const { headline, experience } = linkedin.fields;
    const fold = thresholds.foldChars;
    if (headline.state === 'unknown') return couldNotRead('the headline', headline);
    const text = textOf(headline);
    if (!text) return fail('No headline, so nothing shows before the cut-off.');
    if (charCount(text) <= fold) {
      return pass(
        `The whole headline (${num(charCount(text))} characters) shows before the cut-off at about ${fold}.`,
      );
    }
    const visible = [...text].slice(0, fold).join('');

    // With target keywords set, they are what should show; otherwise the current job title stands in.
    if (keywords.length > 0) {
      const early = keywords.filter((k) => {
        const at = keywordOffset(visible, k);
        return at >= 0 && at < visible.length;
      });
      if (early.length > 0) {
        return pass(`${quote(early[0] ?? '')} appears in the first ${fold} characters of the headline.`);
      }
      const later = keywords.map((k) => keywordOffset(text, k)).filter((at) => at >= 0);
      if (later.length > 0) {
        const first = Math.min(...later);
        return fail(
          `Your first target keyword starts at character ${num(first + 1)}, after the cut-off at about ${fold}.`,
        );
      }
      return fail(`None of your target keywords is in the first ${fold} characters of the headline.`);
    }
    if (experience.state === 'unknown') {
      return notKnown(
        'No target keywords are set and Experience couldn’t be read, so there was nothing to look for before the cut-off.',
        { fix: 'Add your target keywords in Spruce’s options so this can be checked.' },
      );
    }
    const titles = currentRoles(experience)
      .map((r) => r.title.trim())
      .filter(Boolean);
    if (titles.length === 0) {
      return notKnown('No target keywords are set and there is no current job title to look for.', {
        fix: 'Add your target keywords in Spruce’s options so this can be checked.',
      });
    }
    const seen = keyTerms(visible);
    const shown = titles.find((t) => [...keyTerms(t)].some((w) => seen.has(w)));
    if (shown) return pass(`Your job title ${quote(shown)} shows in the first ${fold} characters.`);
    return warn(
      `The first ${fold} characters (${quote(visible)}) don’t mention your job title ${quote(titles[0] ?? '')} or any target keyword.`,
    );
  },
});
