import { AS_OF, couldNotRead, fail, pass, textOf, warn } from './helpers.ts';
import { msg, quoted } from '../i18n.ts';
import { charCount, fold, num, stripEmoji } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

const bare = (s: string): string => fold(stripEmoji(s)).replace(/[^\p{L}\p{N}]/gu, '');

export const inputs: readonly InputName[] = ['x.name', 'x.handle'];

export default defineRule({
  id: 'x-name',
  platform: 'x',
  section: 'name',
  weight: 3,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {
    maxLength: { default: 50, min: 10, max: 200, unit: 'characters' },
  },
  check({ x }, { thresholds }) {
    const { name, handle } = x.fields;
    if (name.state === 'unknown') return couldNotRead('.unread', name);
    const text = textOf(name);
    if (!/\p{L}/u.test(stripEmoji(text))) return text ? fail('.no_letters', quoted(text)) : fail('.none');
    const length = [num(charCount(text)), num(thresholds.maxLength)];
    // A name with a space can't be a handle (handles have none); otherwise compare with the handle.
    const spaced = /\p{L}\s+\p{L}/u.test(stripEmoji(text));
    if (!spaced) {
      if (handle.state === 'unknown') return couldNotRead('.unread_handle', handle);
      const h = textOf(handle).replace(/^@/, '');
      if (h && bare(text) === bare(h)) {
        return { ...fail('.is_handle', quoted(text), h), why: msg('.is_handle_why') };
      }
      if (/[_\d]/.test(text)) return warn('.username', quoted(text), ...length);
    }
    return pass('.ok', quoted(text), ...length);
  },
});
