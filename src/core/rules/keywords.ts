// The shared logic of the two keyword rules (li-keywords, x-keywords). Not a rule itself: its messages are
// rule_keywords_..., and the places searched are the calling rule's own messages ('.place_bio').
import { counted, fail, notKnown, pass, warn } from './helpers.ts';
import { list, msg, quoted, type Sub } from '../i18n.ts';
import { containsKeyword } from '../text.ts';
import type { Outcome } from './types.ts';

const quotedList = (ks: readonly string[]): Sub => list(ks.map((k) => quoted(k, 0)));

/**
 * `places`: the texts searched, null where the page couldn't be read, each with the key of its name ("the
 * headline"); `where`: the key naming them all ("the headline or About"). Passes when `enough` keywords (all by
 * default) are found; warns when some are, fails when none is.
 */
export function keywordsOutcome(
  keywords: readonly string[],
  places: readonly { what: string; text: string | null }[],
  where: string,
  enough = Infinity,
): Outcome {
  if (keywords.length === 0) {
    return { ...notKnown('rule_keywords_none_set'), fix: msg('rule_keywords_none_set_fix') };
  }
  const known = places.filter((p) => p.text !== null).map((p) => p.text ?? '');
  const unread = places.filter((p) => p.text === null);
  const found = keywords.filter((k) => known.some((t) => containsKeyword(t, k)));
  const missing = keywords.filter((k) => !found.includes(k));
  const all = msg(where);
  const needed = Math.max(1, Math.min(enough, keywords.length));
  const n = keywords.length;
  if (missing.length === 0) return pass(counted('rule_keywords_all', n, all, quotedList(found)));
  if (found.length >= needed) {
    return pass('rule_keywords_enough', found.length, n, all, quotedList(found));
  }
  if (unread.length > 0) {
    // One place unread, or all of them: "the bio", "About", "the headline or About".
    const what = unread.length === places.length ? all : msg(unread[0]!.what);
    return found.length
      ? notKnown('rule_keywords_unread_found', what, quotedList(missing), quotedList(found))
      : notKnown('rule_keywords_unread', what, quotedList(missing));
  }
  if (found.length === 0) return fail(counted('rule_keywords_none_found', n, all, quotedList(missing)));
  return warn('rule_keywords_some', found.length, n, all, quotedList(missing));
}
