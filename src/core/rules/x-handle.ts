import { AS_OF, couldNotRead, fail, notKnown, pass, textOf } from './helpers.ts';
import { charCount, fold, nameWords, num, quote } from '../text.ts';
import { defineRule } from './types.ts';

/** Does the handle resemble the name: a name word in it, or its letters inside the name? Exported for tests. */
export function resembles(handle: string, name: string): boolean {
  const h = fold(handle.replace(/^@/, '')).replace(/[^a-z0-9]/g, '');
  const hLetters = h.replace(/[^a-z]/g, '');
  const parts = nameWords(name).map((w) => w.replace(/[^a-z0-9]/g, ''));
  const joined = parts.join('');
  if (parts.some((w) => w.length >= 3 && h.includes(w))) return true;
  if (hLetters.length >= 3 && joined.includes(hLetters)) return true;
  // Initials plus surname ("jdoe", "jmdoe") or first name plus initial ("janed").
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (
    parts.length >= 2 &&
    (h.startsWith(first.slice(0, 1) + last.slice(0, 3)) || h.startsWith(first + last[0]))
  ) {
    return true;
  }
  return false;
}

export default defineRule({
  id: 'x-handle',
  platform: 'x',
  section: 'handle',
  title: '@handle resembles your name',
  why: 'People type or guess your @handle to mention you; one that resembles your name is easier to find and remember.',
  fix: 'If you can, change your username (Settings → Your account → Account information) to a version of your name: 4-15 letters, numbers or “_”. Followers and posts stay, but links to the old @handle stop working.',
  weight: 1,
  fixability: 0.4,
  source: 'X Help Center: username rules (up to 15 characters)',
  asOf: AS_OF,
  inputs: ['x.handle', 'x.name'],
  thresholds: {
    maxLength: { default: 15, min: 4, max: 50, unit: 'characters', label: 'X’s username limit' },
  },
  check({ x }, { thresholds }) {
    const { handle, name } = x.fields;
    if (handle.state === 'unknown') return couldNotRead('your @handle', handle);
    const h = textOf(handle).replace(/^@/, '');
    if (!h) return notKnown('No @handle was read from the page.');
    if (name.state === 'unknown') return couldNotRead('the display name to compare with', name);
    const n = textOf(name);
    if (!n) return notKnown(`There is no display name to compare @${h} with.`);
    const length = `${num(charCount(h))} of ${num(thresholds.maxLength)} characters`;
    return resembles(h, n)
      ? pass(`@${h} resembles your name (${length}).`)
      : fail(`@${h} doesn’t resemble your display name ${quote(n)} (${length}).`);
  },
});
