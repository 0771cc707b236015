// The profile model: what a reader says about one profile page.
// Every field is found(value) | absent | unknown(reason). "absent" is a claim that the page was read well
// enough to know the thing is not there; anything less certain is "unknown". Telling a user she has no
// skills when the page merely changed is the worst bug this product can have (docs/ARCHITECTURE.md).
// Pure: no DOM, no browser API.

/**
 * `partial`: a list the page cuts short behind a "Show all 8 experiences" link, whose full list is on another
 * page: `value` holds the entries shown, and more exist. A rule that would fail or warn for want of entries
 * says unknown instead.
 */
export type Found<T> = { readonly state: 'found'; readonly value: T; readonly partial?: true };
export type Absent = { readonly state: 'absent' };
export type Unknown = { readonly state: 'unknown'; readonly reason: string };
export type Field<T> = Found<T> | Absent | Unknown;

// The field constructors, found(value), absent and unknown(reason), are in ./field.ts: only the readers (and
// tests) make fields, and the chunk the worker and the pages share with this module would otherwise carry them.

export const isFound = <T>(f: Field<T>): f is Found<T> => f.state === 'found';

/** The value of a found field, or undefined. */
export const valueOf = <T>(f: Field<T>): T | undefined => (f.state === 'found' ? f.value : undefined);

export type Platform = 'linkedin' | 'x';
export type Layout = 'linkedin-2024' | 'linkedin-2026' | 'linkedin-public' | 'x' | 'unknown';

export interface ExperienceEntry {
  title: string;
  company: string;
  current: boolean;
  description: string | null;
}
export interface EducationEntry {
  school: string;
}

/** Field names and value types are a public contract (docs/ARCHITECTURE.md, `spruce check --json`). */
export interface LinkedInFields {
  name: Field<string>;
  headline: Field<string>;
  about: Field<string>;
  location: Field<string>;
  /** found(true) = a photo is set; absent = not set or the default silhouette. */
  photo: Field<true>;
  banner: Field<true>;
  connections: Field<number>;
  followers: Field<number>;
  experience: Field<ExperienceEntry[]>;
  education: Field<EducationEntry[]>;
  skills: Field<number>;
  recommendations: Field<number>;
  featured: Field<number>;
  certifications: Field<number>;
  volunteering: Field<number>;
  languages: Field<number>;
  openToWork: Field<boolean>;
  publicUrl: Field<string>;
  customUrl: Field<boolean>;
}

export interface XFields {
  name: Field<string>;
  handle: Field<string>;
  bio: Field<string>;
  location: Field<string>;
  website: Field<string>;
  category: Field<string>;
  avatar: Field<true>;
  header: Field<true>;
  pinned: Field<true>;
  followers: Field<number>;
  following: Field<number>;
  verified: Field<boolean>;
  /** "YYYY-MM" */
  joined: Field<string>;
  /** ISO date-time of the newest post on the page. */
  lastPostAt: Field<string>;
}

/** Which parts of the page the reader recognised, so a problem report can say what broke. */
export interface ReadHealth {
  recognised: string[];
  unrecognised: string[];
}

interface ProfileBase {
  layout: Layout;
  /** The owner's own view? null = can't tell. */
  own: boolean | null;
  /** The page URL the reading came from. */
  url: string;
  /** A stable key for this profile: "linkedin:<slug>" or "x:<handle>", lower case. */
  key: string;
  health: ReadHealth;
}

export interface LinkedInProfile extends ProfileBase {
  platform: 'linkedin';
  fields: LinkedInFields;
}
export interface XProfile extends ProfileBase {
  platform: 'x';
  fields: XFields;
}
export type Profile = LinkedInProfile | XProfile;

export const LINKEDIN_FIELDS = [
  'name',
  'headline',
  'about',
  'location',
  'photo',
  'banner',
  'connections',
  'followers',
  'experience',
  'education',
  'skills',
  'recommendations',
  'featured',
  'certifications',
  'volunteering',
  'languages',
  'openToWork',
  'publicUrl',
  'customUrl',
] as const satisfies readonly (keyof LinkedInFields)[];

export const X_FIELDS = [
  'name',
  'handle',
  'bio',
  'location',
  'website',
  'category',
  'avatar',
  'header',
  'pinned',
  'followers',
  'following',
  'verified',
  'joined',
  'lastPostAt',
] as const satisfies readonly (keyof XFields)[];

export const profileKey = (platform: Platform, id: string): string => `${platform}:${id.toLowerCase()}`;
