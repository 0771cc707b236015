import { AS_OF, couldNotRead, fail, pass, textOf, warn } from './helpers.ts';
import { charCount, num, quote, stripEmoji } from '../text.ts';
import { defineRule } from './types.ts';

/** The bio without links, @mentions and emoji: what is left to say what you do. Exported for tests. */
export const meaningful = (bio: string): string =>
  stripEmoji(bio)
    .replace(/\bhttps?:\/\/\S+|\b\S+\.(?:com|org|net|io|co|uk|dev|me)\S*/giu, ' ')
    .replace(/(^|\s)@\w+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export default defineRule({
  id: 'x-bio',
  platform: 'x',
  section: 'bio',
  title: 'Bio says what you do',
  why: 'The bio is the only place on X that says who you are: people decide whether to follow you from it, and search reads it.',
  fix: 'Say what you do and for whom, plus one or two interests, in up to 160 characters, e.g. “Health librarian. I help clinicians find evidence. Open access, teaching, cycling.”',
  weight: 3,
  fixability: 1,
  source: 'X Help Center glossary: bio (up to 160 characters)',
  sourceNote: 'The 160-character limit is X’s; warning under about 60 characters is a heuristic.',
  asOf: AS_OF,
  inputs: ['x.bio'],
  thresholds: {
    warnUnder: {
      default: 60,
      min: 0,
      max: 160,
      unit: 'characters',
      label: 'Suggest more when the bio is shorter than',
    },
    maxLength: { default: 160, min: 50, max: 1000, unit: 'characters', label: 'X’s bio limit' },
  },
  check({ x }, { thresholds }) {
    const bio = x.fields.bio;
    if (bio.state === 'unknown') return couldNotRead('the bio', bio);
    const text = textOf(bio);
    if (!text) return fail('No bio.');
    const words = meaningful(text);
    const length = `The bio is ${num(charCount(text))} of ${num(thresholds.maxLength)} characters`;
    if (!words) return fail(`${length}, but only links, mentions or emoji: ${quote(text)}.`);
    if (charCount(words) < thresholds.warnUnder) {
      return warn(`${length}: ${quote(text)}. There is room to say what you do and for whom.`);
    }
    return pass(`${length}.`);
  },
});
