import { AS_OF, couldNotRead, fail, pass, textOf } from './helpers.ts';
import { quote } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-location',
  platform: 'linkedin',
  section: 'location',
  title: 'Location',
  why: 'Recruiters and people you have met filter searches by location, and it tells people where you can work or meet. The All-Star criteria required it.',
  fix: 'Add your city or metropolitan area in “Edit intro” (no street address needed).',
  weight: 3,
  fixability: 1,
  source: 'LinkedIn All-Star profile criteria (2012)',
  asOf: AS_OF,
  inputs: ['linkedin.location'],
  thresholds: {},
  check({ linkedin }) {
    const location = linkedin.fields.location;
    if (location.state === 'unknown') return couldNotRead('the location', location);
    const text = textOf(location);
    return text ? pass(`Location is ${quote(text)}.`) : fail('No location on the profile.');
  },
});
