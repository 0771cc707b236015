import { AS_OF, couldNotRead, fail, pass, textOf } from './helpers.ts';
import { quote } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'x-location',
  platform: 'x',
  section: 'location',
  title: 'Location',
  why: 'A location helps people who have met you, or who work near you, tell that this account is you.',
  fix: 'Add your city or region (or “Remote”) in “Edit profile”.',
  weight: 1,
  fixability: 1,
  source: 'heuristic',
  asOf: AS_OF,
  inputs: ['x.location'],
  thresholds: {},
  check({ x }) {
    const location = x.fields.location;
    if (location.state === 'unknown') return couldNotRead('the location', location);
    const text = textOf(location);
    return text ? pass(`Location is ${quote(text)}.`) : fail('No location on the profile.');
  },
});
