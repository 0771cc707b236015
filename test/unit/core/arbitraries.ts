// fast-check arbitraries for random readings and settings: every field independently found (a random or
// realistic value), absent or unknown. Used by the property tests (report.property.test.ts) and the message
// meta-test (rules-meta.test.ts).
import fc from 'fast-check';
import {
  type Field,
  type LinkedInFields,
  type LinkedInProfile,
  type XFields,
  type XProfile,
} from '../../../src/core/profile.ts';
import { absent, found, unknown } from '../../../src/core/field.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import { validateSettings, type Settings } from '../../../src/core/settings.ts';
import { ABOUT, HEADLINE, li, xp } from '../rules/helpers.ts';

export const WORDS = [
  'Research',
  'librarian',
  'helping',
  'health',
  'scientists',
  'at',
  'University',
  'of',
  'Leeds',
  '|',
  'data',
  'I',
  'am',
  'a',
  'with',
  '10',
  'years',
  'experience',
  'Robin',
  'Reads',
  'Zoë',
  'Núñez',
  '(she/her)',
  '📚',
  'linkedin.com/in/robin-reads',
  'robinreads.net',
  'evidence',
  'open',
  'access',
  '@robinreads',
  'Knowledge',
  'Management',
  'knowledge-management',
  'libraries',
  '-35520a61',
  'robin-reads',
  'https://x.com/robinreads',
];
export const prose = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(' '));
export const text = fc.oneof(
  prose,
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(HEADLINE, ABOUT, 'Research Librarian', 'Research Librarian at University of Leeds', ''),
);
export const count = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 2000 }));
export const iso = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2028-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
export const experience = fc.array(
  fc.record({
    title: fc.oneof(fc.constantFrom('Research Librarian', 'Cataloguer', ''), fc.string({ maxLength: 30 })),
    company: fc.oneof(fc.constantFrom('University of Leeds', ''), fc.string({ maxLength: 30 })),
    current: fc.boolean(),
    description: fc.option(text, { nil: null }),
  }),
  { maxLength: 5 },
);

export const field = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<Field<T>> =>
  fc.oneof(
    value.map((v) => found(v) as Field<T>),
    fc.constant(absent as Field<T>),
    fc.string({ maxLength: 10 }).map((r) => unknown(r) as Field<T>),
  );

export type ValueArbs<F> = { [K in keyof F]: fc.Arbitrary<F[K] extends Field<infer T> ? T : never> };

export const LI_VALUES: ValueArbs<LinkedInFields> = {
  name: text,
  headline: text,
  about: text,
  location: text,
  photo: fc.constant(true),
  banner: fc.constant(true),
  connections: count,
  followers: count,
  experience,
  education: fc.array(fc.record({ school: text }), { maxLength: 3 }),
  skills: count,
  recommendations: count,
  featured: count,
  certifications: count,
  volunteering: count,
  languages: count,
  openToWork: fc.boolean(),
  publicUrl: fc.oneof(fc.constantFrom('robin-reads', 'robin-reads-35520a61'), fc.string({ maxLength: 20 })),
  customUrl: fc.boolean(),
};
export const X_VALUES: ValueArbs<XFields> = {
  name: text,
  handle: fc.oneof(fc.constantFrom('robinreads', 'bookworm_1984'), fc.string({ maxLength: 15 })),
  bio: text,
  location: text,
  website: fc.oneof(
    text,
    fc.constantFrom('linkedin.com/in/robin-reads', 'linkedin.com/in/robin-r…', 'robinreads.net'),
  ),
  category: text,
  avatar: fc.constant(true),
  header: fc.constant(true),
  pinned: fc.constant(true),
  followers: count,
  following: count,
  verified: fc.boolean(),
  joined: fc.constantFrom('2012-03', '2024-11'),
  lastPostAt: fc.oneof(iso, fc.string({ maxLength: 10 })),
};

export const fieldsOf = <F>(values: ValueArbs<F>) =>
  fc.record(
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, field(v as fc.Arbitrary<unknown>)])) as {
      [K in keyof F]: fc.Arbitrary<F[K]>;
    },
  );
export const valuesOf = <F>(values: ValueArbs<F>) =>
  fc.record(
    Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, (v as fc.Arbitrary<unknown>).map((x) => found(x))]),
    ) as {
      [K in keyof F]: fc.Arbitrary<F[K]>;
    },
  );

export const liProfile = fieldsOf(LI_VALUES).map((fields): LinkedInProfile => ({ ...li(), fields }));
export const xProfile = fieldsOf(X_VALUES).map((fields): XProfile => ({ ...xp(), fields }));
export const now = fc.oneof(fc.constant('2026-11-15T12:00:00.000Z'), iso, fc.constant('not a date'));
export const ids = RULES.map((r) => r.id);
export const settings: fc.Arbitrary<Settings> = fc
  .record({
    goal: fc.constantFrom('general', 'job-seeker', 'established', 'cpd', 'nonsense'),
    keywords: fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })), { maxLength: 4 }),
    disabled: fc.subarray(ids, { maxLength: 5 }),
    thresholds: fc.dictionary(
      fc.constantFrom(...ids),
      fc.dictionary(
        fc.constantFrom('warnUnder', 'failUnder', 'min', 'maxDays', 'foldChars', 'enough'),
        fc.integer({ min: -5, max: 3000 }),
      ),
    ),
  })
  .map(validateSettings);
export const input = fc.record({
  linkedin: fc.option(liProfile, { nil: undefined }),
  x: fc.option(xProfile, { nil: undefined }),
  now,
});
