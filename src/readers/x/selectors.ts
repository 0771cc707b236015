// Every X (Twitter) selector the reader uses, in one place, with dated alternatives tried in order.
// X renders with React Native for Web: its `css-175oi2r r-*` classes change with every deploy, so nothing
// here uses a class. data-testid first, link targets next, JSON-LD as an exact bonus.
//
// Proved against x/2026-signed-out-{jason,cz_binance,nikitabier}.html ("2026-01 web") and our synthetic
// owner page test/fixtures/x/owner-*.html. Older alternatives come from other tools' issue threads
// (insin/control-panel-for-twitter #416: /followers became /verified_followers in Sep 2023).

// Performance note: jsdom's selector engine (the CLI, the tests) scans the whole document for a selector
// with no tag name, ~100x slower than for `div[...]`. The tag-qualified form comes first; the bare form
// stays as the fallback for when X changes an element's tag. Queries are scoped to the primary column.

/** The column holding the profile; page-wide queries are scoped to it. */
export const primaryColumn = [
  'div[data-testid="primaryColumn"]', // 2026-01 web
  '[data-testid="primaryColumn"]', // 2026-01 web
] as const;

/** The profile header has rendered once this is there (name + handle). */
export const userName = [
  'div[data-testid="UserName"]', // 2026-01 web
  '[data-testid="UserName"]', // 2026-01 web
] as const;

export const description = [
  'div[data-testid="UserDescription"]', // 2026-01 web
  '[data-testid="UserDescription"]', // 2026-01 web
] as const;

/** The row of optional items under the bio (location, website, category, birthday, join date). */
export const headerItems = [
  'div[data-testid="UserProfileHeader_Items"]',
  '[data-testid="UserProfileHeader_Items"]',
] as const; // 2026-01 web

export const location = ['[data-testid="UserLocation"]'] as const; // 2026-01 web
export const website = ['[data-testid="UserUrl"]'] as const; // 2026-01 web (a t.co link showing the domain)
export const category = ['[data-testid="UserProfessionalCategory"]'] as const; // 2026-01 web
export const joinDate = ['[data-testid="UserJoinDate"]'] as const; // 2026-01 web
/**
 * Every item the row is known to hold (birthday included, which the reader does not read): a missing item is
 * absent only when each item in the row is, or wraps, one of these (src/readers/x/read.ts, item).
 */
export const knownItem = [
  ...location,
  ...website,
  ...category,
  ...joinDate,
  '[data-testid="UserBirthdate"]', // 2026-01 web
].join(', ');

/** Avatar and header photo, by link target (needs the handle) and by test id. */
export const avatar = (handle: string): string[] => [
  `a[href="/${handle}/photo" i] img`, // 2026-01 web
  `[data-testid="UserAvatar-Container-${handle}" i] img`, // 2026-01 web
];
export const avatarLink = (handle: string): string[] => [
  `a[href="/${handle}/photo" i]`, // 2026-01 web
  `[data-testid="UserAvatar-Container-${handle}" i]`, // 2026-01 web
];
export const headerPhoto = (handle: string): string[] => [
  `a[href="/${handle}/header_photo" i] img`, // 2026-01 web
  'img[src*="pbs.twimg.com/profile_banners"]', // 2026-01 web
];
/** X links the header photo only when one is set. */
export const headerPhotoLink = (handle: string): string[] => [
  `a[href="/${handle}/header_photo" i]`, // 2026-01 web
];

export const followers = (handle: string): string[] => [
  `a[href="/${handle}/verified_followers" i]`, // 2023-09 onwards
  `a[href="/${handle}/followers" i]`, // before 2023-09
  'a[href$="/verified_followers"]', // 2026-01 web, handle spelled differently in the link
  'a[href$="/followers"]', // before 2023-09
];
export const following = (handle: string): string[] => [
  `a[href="/${handle}/following" i]`, // 2026-01 web
  'a[href$="/following"]', // 2026-01 web
];

/** The verified badge; only the one inside UserName is the profile's (posts carry their authors' badges). */
export const verifiedIcon = ['[data-testid="icon-verified"]'] as const; // 2026-01 web

/** Posts on the profile timeline. */
export const timeline = [
  'article', // 2026-01 web (inside the primary column)
] as const;
/** A timeline's cells, each placed in its list by a translateY (the list is virtual: X drops far-off cells). */
export const timelineCell = '[data-testid="cellInnerDiv"]'; // 2026-01 web
export const postTime = 'time[datetime]'; // 2026-01 web
export const socialContext = '[data-testid="socialContext"]'; // 2026-01 web ("Pinned", "X reposted")
/** The pin icon drawn before "Pinned": its path, unlike the word, does not depend on the UI language. */
export const pinIconPath = 'M7 4.5C7 3.12'; // 2026-01 web
/** "This account hasn't posted" and friends. */
export const emptyTimeline = [
  'div[data-testid="emptyState"]', // 2024 web
  '[data-testid="emptyState"]', // 2024 web
] as const;

/** JSON-LD describing the profile (present at least for signed-out visitors). */
export const jsonLd = [
  'script[data-testid="UserProfileSchema-test"]', // 2026-01 web
  'script[type="application/ld+json"]', // 2026-01 web
] as const;

// ---- Own-profile evidence ----------------------------------------------------------------------------

export const ownerOnly = [
  'a[data-testid="editProfileButton"]', // 2026-01 web
  'a[href="/settings/profile"]', // 2026-01 web (the same button is a link)
  '[data-testid="editProfileButton"]', // 2026-01 web, if it becomes a <button>
] as const;

/** Text runs inside UserName: the first is the display name, the last "@..." one the handle. */
export const textRun = '[dir]'; // 2026-01 web

/** The follow/unfollow button of the account with this numeric user id (from the JSON-LD). */
export const followButtonFor = (id: string): string =>
  `button[data-testid="${id}-follow"], button[data-testid="${id}-unfollow"]`; // 2026-01 web

/** A follow/unfollow button for this profile: "<user id>-follow" / "<user id>-unfollow". */
export const followButton = 'button[data-testid$="-follow"], button[data-testid$="-unfollow"]'; // 2026-01 web
