import { AS_OF, couldNotRead, fail, pass, textOf, warn } from './helpers.ts';
import { charCount, fold, num, quote, words } from '../text.ts';
import { defineRule } from './types.ts';

// Openers that say nothing a reader didn't know from the headline: "I am a librarian with 10 years of
// experience", "Experienced X with a demonstrated history of working in the Y industry".
const BOILERPLATE: readonly RegExp[] = [
  /\bwith (?:over |more than |nearly |almost |around |about |some )?\d+\+? ?(?:years?|yrs?)\b/,
  /\b\d+\+? ?(?:years?|yrs?)(?:'|’)? (?:of )?(?:experience|expertise)\b/,
  /\bdemonstrated (?:history|track record) of\b/,
  /\bresults[- ]driven\b/,
  /\b(?:highly|self)[- ]motivated\b/,
  /\bdetail[- ]oriented\b/,
  /\bteam player\b/,
  /\bseasoned (?:professional|\w+ professional)\b/,
  /\bdynamic (?:professional|individual)\b/,
  /\bhard[- ]?working (?:professional|individual)\b/,
  /\bskilled in\b/,
];

/** Does the opening of About carry a hook, i.e. at least one sentence that isn't boilerplate? Exported for tests. */
export function hasHook(preview: string): boolean {
  const sentences = preview
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length >= 4);
  return sentences.some((s) => {
    const f = fold(s).replace(/’/g, "'");
    return !BOILERPLATE.some((re) => re.test(f));
  });
}

export default defineRule({
  id: 'li-about',
  platform: 'linkedin',
  section: 'about',
  title: 'About section with a hook',
  why: 'About is where you tell your story in your own words. Only the first two or three lines (about 270 characters) show before “see more”, so they decide whether anyone reads on.',
  fix: 'Open with what you do and for whom, or a result you are proud of; then add your specialisms, a few achievements and how to reach you. Aim for 600 characters or more (the limit is 2,600).',
  weight: 2,
  fixability: 0.8,
  source: 'linkedinsights.com limits list (About: 2,600 characters); heuristic',
  sourceNote:
    'The 2,600-character limit is LinkedIn’s (2,000 before). Where “see more” cuts (about 265-300 characters) and the 300/600 thresholds are heuristics.',
  asOf: AS_OF,
  inputs: ['linkedin.about'],
  thresholds: {
    hookChars: {
      default: 270,
      min: 100,
      max: 600,
      unit: 'characters',
      label: 'Characters shown before “see more”',
    },
    failUnder: { default: 300, min: 0, max: 2600, unit: 'characters', label: 'Too short below' },
    warnUnder: { default: 600, min: 0, max: 2600, unit: 'characters', label: 'Suggest more below' },
    maxLength: { default: 2600, min: 500, max: 10000, unit: 'characters', label: 'LinkedIn’s About limit' },
  },
  check({ linkedin }, { thresholds }) {
    const about = linkedin.fields.about;
    if (about.state === 'unknown') return couldNotRead('the About section', about);
    const text = textOf(about);
    if (!text) return fail('No About section.');
    const n = charCount(text);
    const length = `About is ${num(n)} of ${num(thresholds.maxLength)} characters`;
    if (n < thresholds.failUnder) return fail(`${length}: too short to tell your story.`);
    const preview = [...text].slice(0, thresholds.hookChars).join('');
    if (!hasHook(preview)) {
      return warn(
        `${length}, but the part shown before “see more” is boilerplate only: ${quote(preview, 80)}.`,
        {
          why: 'The first lines are the only ones most people read; a job title and years of experience don’t say what you do for them.',
          fix: 'Rewrite the first two lines as a hook: who you help and how, or one concrete result, e.g. “I help researchers find the evidence they need, fast.”',
        },
      );
    }
    if (n < thresholds.warnUnder) return warn(`${length}; there is room for specialisms and achievements.`);
    return pass(`${length}, and it opens with more than boilerplate.`);
  },
});
