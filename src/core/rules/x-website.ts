import { AS_OF, couldNotRead, fail, pass, textOf } from './helpers.ts';
import { quote } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'x-website',
  platform: 'x',
  section: 'website',
  title: 'Website link',
  why: 'The website field is the one clickable link on your profile: it is how people get from X to your LinkedIn, your portfolio or your work.',
  fix: 'Add a link in “Edit profile” → Website: your LinkedIn profile URL or your own site.',
  weight: 2,
  fixability: 1,
  source: 'heuristic',
  asOf: AS_OF,
  inputs: ['x.website'],
  thresholds: {},
  check({ x }) {
    const website = x.fields.website;
    if (website.state === 'unknown') return couldNotRead('the website link', website);
    const text = textOf(website);
    return text ? pass(`The profile links to ${quote(text)}.`) : fail('No website link on the profile.');
  },
});
