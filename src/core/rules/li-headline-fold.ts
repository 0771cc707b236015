import { AS_OF, couldNotRead, currentRoles, fail, notKnown, pass, textOf, warn } from './helpers.ts';
import { msg, quoted } from '../i18n.ts';
import { charCount, keyTerms, keywordOffset, num } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.headline', 'linkedin.experience'];

export default defineRule({
  id: 'li-headline-fold',
  platform: 'linkedin',
  section: 'headline',
  sourceNote: true,
  weight: 1,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {
    foldChars: { default: 65, min: 20, max: 220, unit: 'characters' },
  },
  check({ linkedin }, { thresholds, keywords }) {
    const { headline, experience } = linkedin.fields;
    const fold = thresholds.foldChars;
    if (headline.state === 'unknown') return couldNotRead('.unread', headline);
    const text = textOf(headline);
    if (!text) return fail('.none');
    if (charCount(text) <= fold) return pass('.whole', num(charCount(text)), fold);
    const visible = [...text].slice(0, fold).join('');

    // With target keywords set, they are what should show; otherwise the current job title stands in.
    if (keywords.length > 0) {
      const early = keywords.filter((k) => {
        const at = keywordOffset(visible, k);
        return at >= 0 && at < visible.length;
      });
      if (early.length > 0) return pass('.keyword_early', quoted(early[0] ?? ''), fold);
      const later = keywords.map((k) => keywordOffset(text, k)).filter((at) => at >= 0);
      if (later.length > 0) return fail('.keyword_late', num(Math.min(...later) + 1), fold);
      return fail('.no_keyword', fold);
    }
    const setKeywords = { fix: msg('.set_keywords_fix') };
    if (experience.state === 'unknown') return { ...notKnown('.no_experience'), ...setKeywords };
    const titles = currentRoles(experience)
      .map((r) => r.title.trim())
      .filter(Boolean);
    if (titles.length === 0) return { ...notKnown('.no_title'), ...setKeywords };
    const seen = keyTerms(visible);
    const shown = titles.find((t) => [...keyTerms(t)].some((w) => seen.has(w)));
    if (shown) return pass('.title_early', quoted(shown), fold);
    return warn('.title_late', fold, quoted(visible), quoted(titles[0] ?? ''));
  },
});
