import { AS_OF, couldNotRead, fail, pass, textOf, warn } from './helpers.ts';
import { msg, quoted } from '../i18n.ts';
import { charCount, fold, num, words } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

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

export const inputs: readonly InputName[] = ['linkedin.about'];

export default defineRule({
  id: 'li-about',
  platform: 'linkedin',
  section: 'about',
  sourceNote: true,
  weight: 2,
  fixability: 0.8,
  asOf: AS_OF,
  thresholds: {
    hookChars: { default: 270, min: 100, max: 600, unit: 'characters' },
    failUnder: { default: 300, min: 0, max: 2600, unit: 'characters' },
    warnUnder: { default: 600, min: 0, max: 2600, unit: 'characters' },
    maxLength: { default: 2600, min: 500, max: 10000, unit: 'characters' },
  },
  check({ linkedin }, { thresholds }) {
    const about = linkedin.fields.about;
    if (about.state === 'unknown') return couldNotRead('.unread', about);
    const text = textOf(about);
    if (!text) return fail('.none');
    const n = charCount(text);
    const length = [num(n), num(thresholds.maxLength)];
    if (n < thresholds.failUnder) return fail('.short', ...length);
    const preview = [...text].slice(0, thresholds.hookChars).join('');
    if (!hasHook(preview)) {
      return {
        ...warn('.boilerplate', ...length, quoted(preview, 80)),
        why: msg('.boilerplate_why'),
        fix: msg('.boilerplate_fix'),
      };
    }
    if (n < thresholds.warnUnder) return warn('.room', ...length);
    return pass('.ok', ...length);
  },
});
