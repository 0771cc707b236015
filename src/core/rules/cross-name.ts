import { AS_OF, couldNotRead, fail, notKnown, pass, textOf, warn } from './helpers.ts';
import { quoted } from '../i18n.ts';
import { compareNames, otherScript } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.name', 'x.name'];

export default defineRule({
  id: 'cross-name',
  platform: 'cross',
  section: 'name',
  sections: { linkedin: 'name', x: 'name' },
  sourceNote: true,
  weight: 3,
  fixability: 0.9,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin, x }) {
    const a = linkedin.fields.name;
    const b = x.fields.name;
    if (a.state === 'unknown') return couldNotRead('.unread_li', a);
    if (b.state === 'unknown') return couldNotRead('.unread_x', b);
    const li = textOf(a);
    const xn = textOf(b);
    const both = [quoted(li), quoted(xn)];
    switch (compareNames(li, xn)) {
      case 'same':
        return pass('.same', ...both);
      case 'partial':
        return warn('.partial', ...both);
      case 'empty':
        return fail(li ? '.no_x' : '.no_li');
      default:
        // "王芳" on one network and "Wang Fang" on the other may be one name in two scripts: can't tell.
        return otherScript(li) || otherScript(xn)
          ? notKnown('.other_script', ...both)
          : fail('.differ', ...both);
    }
  },
});
