import { AS_OF, couldNotRead, currentRoles, fail, pass, textOf, warn } from './helpers.ts';
import { charCount, num, quote, words } from '../text.ts';
import { defineRule } from './types.ts';

// "Librarian at UCL", "Data analyst @ Acme", "Bibliothécaire chez BnF": the shape LinkedIn fills in by default
// from the current position. Only a short title and a short organisation, with no separators or purpose.
const AT = /^(.+?)\s+(?:at|@|chez|bei|en|bij|presso|na|em)\s+(.+)$/iu;
const SEPARATORS = /[|•·;:!?–—]|\s-\s/u;
const PURPOSE = new Set(['help', 'helping', 'helps', 'for', 'who', 'with', 'making', 'building', 'turning']);

/** Does the headline look like the default "Title at Company" and nothing more? Exported for tests. */
export function isTitleAtCompany(headline: string): boolean {
  const text = headline.trim().replace(/[.]$/, '');
  if (SEPARATORS.test(text)) return false;
  const m = AT.exec(text);
  if (!m) return false;
  const before = words(m[1] ?? '');
  const after = words(m[2] ?? '');
  if (before.length === 0 || after.length === 0) return false;
  if (before.length > 6 || after.length > 6 || before.length + after.length > 9) return false;
  return !before.some((w) => PURPOSE.has(w));
}

const same = (a: string, b: string): boolean => words(a).join(' ') === words(b).join(' ');

export default defineRule({
  id: 'li-headline',
  platform: 'linkedin',
  section: 'headline',
  title: 'Headline says what you do',
  why: 'The headline travels with your name into search results, comments and invitations. Left as “Title at Company”, it repeats your Experience and wastes most of its 220 characters.',
  fix: 'Rewrite it as what you do and for whom, plus a specialism or a result, e.g. “Research librarian helping health scientists find and manage evidence | systematic reviews”.',
  weight: 3,
  fixability: 1,
  source: 'LinkedIn Profile Checklist (premium.linkedin.com); LinkedIn All-Star profile criteria (2012)',
  sourceNote:
    'The 220-character limit is LinkedIn’s (120 before 2020). Using about 100 characters or more is a heuristic, not a LinkedIn figure.',
  asOf: AS_OF,
  inputs: ['linkedin.headline', 'linkedin.experience'],
  thresholds: {
    warnUnder: {
      default: 100,
      min: 0,
      max: 220,
      unit: 'characters',
      label: 'Suggest more when the headline is shorter than',
    },
    maxLength: { default: 220, min: 50, max: 1000, unit: 'characters', label: 'LinkedIn’s headline limit' },
  },
  check({ linkedin }, { thresholds }) {
    const { headline, experience } = linkedin.fields;
    if (headline.state === 'unknown') return couldNotRead('the headline', headline);
    const text = textOf(headline);
    if (!text) return fail('No headline.');
    const length = `${num(charCount(text))} of ${num(thresholds.maxLength)} characters`;

    // Compared with the current position when Experience was read; the pattern alone otherwise.
    for (const role of currentRoles(experience)) {
      if (role.title.trim() && same(text, role.title)) {
        return fail(`The headline is only your job title, ${quote(text)} (${length}).`, {
          why: 'Your headline is only your job title; say what you do and for whom.',
        });
      }
      if (role.title.trim() && role.company.trim() && same(text, `${role.title} at ${role.company}`)) {
        return fail(`The headline is LinkedIn’s default “Title at Company”: ${quote(text)} (${length}).`);
      }
    }
    if (isTitleAtCompany(text)) {
      return fail(`The headline is only “Title at Company”: ${quote(text)} (${length}).`);
    }
    if (charCount(text) < thresholds.warnUnder) {
      return warn(
        `The headline is ${length}: ${quote(text)}. There is room to say what you do and for whom.`,
      );
    }
    return pass(`The headline is ${length} and says more than a job title.`);
  },
});
