import { AS_OF, couldNotRead, fail, notKnown, pass, textOf } from './helpers.ts';
import { quoted } from '../i18n.ts';
import { charCount, fold, nameWords, num, otherScript } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

/** The name's words in Latin letters and digits, folded ("José" -> "jose"); words in other scripts drop out. */
const latinWords = (name: string): string[] =>
  nameWords(name)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);

/** Does the handle resemble the name: a name word in it, or its letters inside the name? Exported for tests. */
export function resembles(handle: string, name: string): boolean {
  const h = fold(handle.replace(/^@/, '')).replace(/[^a-z0-9]/g, '');
  const hLetters = h.replace(/[^a-z]/g, '');
  const parts = latinWords(name);
  const joined = parts.join('');
  if (parts.some((w) => w.length >= 3 && h.includes(w))) return true;
  if (hLetters.length >= 3 && joined.includes(hLetters)) return true;
  // Initials plus surname ("jdoe", "jmdoe") or first name plus initial ("janed"); parts are never empty.
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (
    parts.length >= 2 &&
    (h.startsWith(first.slice(0, 1) + last.slice(0, 3)) || h.startsWith(first + last.slice(0, 1)))
  ) {
    return true;
  }
  return false;
}

export const inputs: readonly InputName[] = ['x.handle', 'x.name'];

export default defineRule({
  id: 'x-handle',
  platform: 'x',
  section: 'handle',
  weight: 1,
  fixability: 0.4,
  asOf: AS_OF,
  thresholds: {
    maxLength: { default: 15, min: 4, max: 50, unit: 'characters' },
  },
  check({ x }, { thresholds }) {
    const { handle, name } = x.fields;
    if (handle.state === 'unknown') return couldNotRead('.unread', handle);
    const h = textOf(handle).replace(/^@/, '');
    if (!h) return notKnown('.none');
    if (name.state === 'unknown') return couldNotRead('.unread_name', name);
    const n = textOf(name);
    if (!n) return notKnown('.no_name', h);
    const length = [num(charCount(h)), num(thresholds.maxLength)];
    if (resembles(h, n)) return pass('.ok', h, ...length);
    // "never wrong, at worst unsure": @wangfang may well be 王芳, but only Latin letters can be compared.
    if (otherScript(n)) return notKnown('.other_script', h, quoted(n));
    return fail('.unlike', h, quoted(n), ...length);
  },
});
