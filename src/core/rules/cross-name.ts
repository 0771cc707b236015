import { AS_OF, couldNotRead, fail, pass, textOf, warn } from './helpers.ts';
import { compareNames, quote } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'cross-name',
  platform: 'cross',
  section: 'name',
  sections: { linkedin: 'name', x: 'name' },
  title: 'The same name on LinkedIn and X',
  why: 'People who meet you on one network look you up on the other; the same name makes it obvious that both profiles are you.',
  fix: 'Use the same first and last name on both. Pronouns, credentials or an emoji on one side are fine.',
  weight: 3,
  fixability: 0.9,
  source: 'heuristic',
  sourceNote:
    'Names are compared after removing case, accents, middle names, emoji, pronouns and credentials.',
  asOf: AS_OF,
  inputs: ['linkedin.name', 'x.name'],
  thresholds: {},
  check({ linkedin, x }) {
    const a = linkedin.fields.name;
    const b = x.fields.name;
    if (a.state === 'unknown') return couldNotRead('your LinkedIn name', a);
    if (b.state === 'unknown') return couldNotRead('your X display name', b);
    const li = textOf(a);
    const xn = textOf(b);
    const both = `LinkedIn ${quote(li)}, X ${quote(xn)}`;
    switch (compareNames(li, xn)) {
      case 'same':
        return pass(`The names match: ${both}.`);
      case 'partial':
        return warn(`The names only partly match: ${both}.`);
      case 'empty':
        return fail(li ? 'No display name on X to compare.' : 'No name on LinkedIn to compare.');
      default:
        return fail(`The names differ: ${both}.`);
    }
  },
});
