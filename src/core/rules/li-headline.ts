import { AS_OF, couldNotRead, currentRoles, fail, pass, textOf, warn } from './helpers.ts';
import { msg, quoted } from '../i18n.ts';
import { charCount, num, words } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

// "Librarian at UCL", "Data analyst @ Acme", "Bibliothécaire chez BnF": the shape LinkedIn fills in by default
// from the current position. Only a short title and a short organisation, with no separators or purpose.
const AT = /^(.+?)\s+(at|@|chez|bei|en|bij|presso|na|em)\s+(.+)$/iu;
// Spanish "en" and Portuguese "em"/"na" are also "in" ("Abogada especialista en derecho laboral"): after them,
// only the name of a current employer makes the default shape.
const IN = /^(?:en|em|na)$/i;
const SEPARATORS = /[|•·;:!?–—]|\s-\s/u;
const same = (a: string, b: string): boolean => words(a).join(' ') === words(b).join(' ');
const PURPOSE = new Set(['help', 'helping', 'helps', 'for', 'who', 'with', 'making', 'building', 'turning']);

/**
 * Does the headline look like the default "Title at Company" and nothing more? `employers`: her current
 * positions' companies, as read. Exported for tests.
 */
export function isTitleAtCompany(headline: string, employers: string[] = []): boolean {
  const text = headline.trim().replace(/[.]$/, '');
  if (SEPARATORS.test(text)) return false;
  const m = AT.exec(text);
  if (!m || (IN.test(m[2]!) && !employers.some((c) => same(c, m[3]!)))) return false;
  const before = words(m[1] ?? '');
  const after = words(m[3] ?? '');
  if (before.length === 0 || after.length === 0) return false;
  if (before.length > 6 || after.length > 6 || before.length + after.length > 9) return false;
  return !before.some((w) => PURPOSE.has(w));
}

export const inputs: readonly InputName[] = ['linkedin.headline', 'linkedin.experience'];

export default defineRule({
  id: 'li-headline',
  platform: 'linkedin',
  section: 'headline',
  sourceNote: true,
  weight: 3,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {
    warnUnder: { default: 100, min: 0, max: 220, unit: 'characters' },
    maxLength: { default: 220, min: 50, max: 1000, unit: 'characters' },
  },
  check({ linkedin }, { thresholds }) {
    const { headline, experience } = linkedin.fields;
    if (headline.state === 'unknown') return couldNotRead('.unread', headline);
    const text = textOf(headline);
    if (!text) return fail('.none');
    const n = num(charCount(text));
    const max = num(thresholds.maxLength);

    // Compared with the current position when Experience was read; the pattern alone otherwise.
    for (const role of currentRoles(experience)) {
      if (role.title.trim() && same(text, role.title)) {
        return { ...fail('.job_title', quoted(text), n, max), why: msg('.job_title_why') };
      }
      if (role.title.trim() && role.company.trim() && same(text, `${role.title} at ${role.company}`)) {
        return fail('.default', quoted(text), n, max);
      }
    }
    if (
      isTitleAtCompany(
        text,
        currentRoles(experience).map((r) => r.company),
      )
    )
      return fail('.title_at', quoted(text), n, max);
    if (charCount(text) < thresholds.warnUnder) return warn('.short', n, max, quoted(text));
    return pass('.ok', n, max);
  },
});
