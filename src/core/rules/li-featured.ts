import { AS_OF, countOf, couldNotRead, fail, pass } from './helpers.ts';
import { plural } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-featured',
  platform: 'linkedin',
  section: 'featured',
  title: 'Featured section',
  why: 'Featured pins your best work (a post, an article, a link, a document) near the top of your profile, where people see it without scrolling.',
  fix: 'Add a Featured section with 1-3 items: a piece of work, a talk, an article, or a page about a project.',
  weight: 1,
  fixability: 0.8,
  source: 'heuristic',
  asOf: AS_OF,
  inputs: ['linkedin.featured'],
  thresholds: {},
  check({ linkedin }) {
    const field = linkedin.fields.featured;
    if (field.state === 'unknown') return couldNotRead('the Featured section', field);
    const n = countOf(field);
    return n > 0 ? pass(`${plural(n, 'featured item')} shown.`) : fail('No Featured section.');
  },
});
