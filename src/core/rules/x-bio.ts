import { AS_OF, couldNotRead, fail, pass, textOf, warn } from './helpers.ts';
import { quoted } from '../i18n.ts';
import { charCount, num, stripEmoji } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

/** The bio without links, @mentions and emoji: what is left to say what you do. Exported for tests. */
export const meaningful = (bio: string): string =>
  stripEmoji(bio)
    .replace(/\bhttps?:\/\/\S+|\b\S+\.(?:com|org|net|io|co|uk|dev|me)\S*/giu, ' ')
    .replace(/(^|\s)@\w+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const inputs: readonly InputName[] = ['x.bio'];

export default defineRule({
  id: 'x-bio',
  platform: 'x',
  section: 'bio',
  sourceNote: true,
  weight: 3,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {
    warnUnder: { default: 60, min: 0, max: 160, unit: 'characters' },
    maxLength: { default: 160, min: 50, max: 1000, unit: 'characters' },
  },
  check({ x }, { thresholds }) {
    const bio = x.fields.bio;
    if (bio.state === 'unknown') return couldNotRead('.unread', bio);
    const text = textOf(bio);
    if (!text) return fail('.none');
    const words = meaningful(text);
    const length = [num(charCount(text)), num(thresholds.maxLength)];
    if (!words) return fail('.only_links', ...length, quoted(text));
    if (charCount(words) < thresholds.warnUnder) return warn('.short', ...length, quoted(text));
    return pass('.ok', ...length);
  },
});
