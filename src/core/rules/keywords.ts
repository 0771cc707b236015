// The shared logic of the two keyword rules (li-keywords, x-keywords). Not a rule itself.
import { fail, notKnown, pass, warn } from './helpers.ts';
import { containsKeyword } from '../text.ts';
import type { Outcome } from './types.ts';

const list = (ks: readonly string[]): string => ks.map((k) => `“${k}”`).join(', ');

/**
 * `places`: the texts searched, null where the page couldn't be read. Passes when `enough` keywords (all by
 * default) are found; warns when some are, fails when none is.
 */
export function keywordsOutcome(
  keywords: readonly string[],
  places: readonly { what: string; text: string | null }[],
  enough = Infinity,
): Outcome {
  if (keywords.length === 0) {
    return notKnown('No target keywords are set, so there was nothing to look for.', {
      fix: 'Add the words you want to be found for (e.g. “knowledge management, research data”) in Spruce’s options.',
    });
  }
  const known = places.filter((p) => p.text !== null).map((p) => p.text ?? '');
  const unread = places.filter((p) => p.text === null).map((p) => p.what);
  const found = keywords.filter((k) => known.some((t) => containsKeyword(t, k)));
  const missing = keywords.filter((k) => !found.includes(k));
  const where = places.map((p) => p.what).join(' or ');
  const needed = Math.max(1, Math.min(enough, keywords.length));
  if (missing.length === 0)
    return pass(`All ${keywords.length} target keywords appear in ${where}: ${list(found)}.`);
  if (found.length >= needed) {
    return pass(`${found.length} of ${keywords.length} target keywords appear in ${where}: ${list(found)}.`);
  }
  if (unread.length > 0) {
    return notKnown(
      `Couldn’t read ${unread.join(' or ')}, so ${list(missing)} may be there${found.length ? `; found ${list(found)}` : ''}.`,
    );
  }
  if (found.length === 0)
    return fail(`None of your ${keywords.length} target keywords is in ${where}: ${list(missing)}.`);
  return warn(
    `${found.length} of ${keywords.length} target keywords appear in ${where}; missing: ${list(missing)}.`,
  );
}
