import { AS_OF, couldNotRead, fail, pass, textOf, warn } from './helpers.ts';
import { charCount, fold, num, quote, stripEmoji } from '../text.ts';
import { defineRule } from './types.ts';

const bare = (s: string): string => fold(stripEmoji(s)).replace(/[^\p{L}\p{N}]/gu, '');

export default defineRule({
  id: 'x-name',
  platform: 'x',
  section: 'name',
  title: 'Display name is your name',
  why: 'Your display name is the bold name on every post. A real name (or the name people know you by) makes you recognisable and findable; a copy of your @handle adds nothing.',
  fix: 'Set your display name to the name you use professionally (up to 50 characters); keep extras such as pronouns short.',
  weight: 3,
  fixability: 1,
  source: '@TwitterSupport, 10 November 2017: display names can be up to 50 characters',
  asOf: AS_OF,
  inputs: ['x.name', 'x.handle'],
  thresholds: {
    maxLength: { default: 50, min: 10, max: 200, unit: 'characters', label: 'X’s display-name limit' },
  },
  check({ x }, { thresholds }) {
    const { name, handle } = x.fields;
    if (name.state === 'unknown') return couldNotRead('the display name', name);
    const text = textOf(name);
    if (!/\p{L}/u.test(stripEmoji(text))) {
      return fail(text ? `The display name ${quote(text)} has no letters.` : 'No display name.');
    }
    const length = `${num(charCount(text))} of ${num(thresholds.maxLength)} characters`;
    // A name with a space can't be a handle (handles have none); otherwise compare with the handle.
    const spaced = /\p{L}\s+\p{L}/u.test(stripEmoji(text));
    if (!spaced) {
      if (handle.state === 'unknown') return couldNotRead('your @handle to compare with', handle);
      const h = textOf(handle).replace(/^@/, '');
      if (h && bare(text) === bare(h)) {
        return fail(`The display name ${quote(text)} is just your handle @${h}.`, {
          why: 'Your display name only repeats your @handle; show the name people know you by.',
        });
      }
      if (/[_\d]/.test(text)) {
        return warn(`The display name ${quote(text)} looks like a username (${length}).`);
      }
    }
    return pass(`The display name is ${quote(text)} (${length}).`);
  },
});
