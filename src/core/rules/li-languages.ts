import { AS_OF, countOf, couldNotRead, fail, pass } from './helpers.ts';
import { plural } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-languages',
  platform: 'linkedin',
  section: 'languages',
  title: 'Languages',
  why: 'Languages you speak are searchable and open doors to international roles and contacts, even at a basic level.',
  fix: 'Add the languages you speak under Languages, with an honest proficiency level.',
  weight: 1,
  fixability: 1,
  source: 'heuristic',
  asOf: AS_OF,
  inputs: ['linkedin.languages'],
  thresholds: {},
  check({ linkedin }) {
    const field = linkedin.fields.languages;
    if (field.state === 'unknown') return couldNotRead('Languages', field);
    const n = countOf(field);
    return n > 0 ? pass(`${plural(n, 'language')} shown.`) : fail('No languages listed.');
  },
});
