// Every LinkedIn selector the reader uses, in one place. Each list holds dated alternatives, tried in order:
// language-independent hooks (ids, data-* attributes, link targets, image URLs) first, LinkedIn's own stable
// class names next, structure last. Visible words are never a selector here; the few word tables the reader
// needs (section headings, "followers") live in read.ts and are a last resort.
//
// Proved against the captures in ../shared/fixtures (see test/unit/readers/linkedin-*.test.ts):
//   "2024-07 Ember"    linkedin/2024-signed-in-*.html (Ember app, Jul-Aug 2024)
//   "2024-04 public"   linkedin/2024-public-signed-out.html (guest page, public_profile_v3_desktop)
//   "2026-01 SDUI"     linkedin/2026-reconstructed-*.html (server-driven UI, data-view-name variant)
//   "2026-03 SDUI-ck"  the componentkey variant (com.linkedin.sdui.profile.card.ref<id><Card>), known from
//                      other tools' captures (DOM.md) and our synthetic test/fixtures/linkedin/*-sdui-*.html
// When LinkedIn changes one, add the new alternative on top with its date; keep the old ones until no
// capture needs them.

// Performance note: jsdom's selector engine (the CLI, the tests) scans the whole document for a selector
// with no tag name, ~100x slower than for `div[...]`; browsers do not care. Hooks are therefore written
// with their tag (div or section, as LinkedIn renders them) and page-wide queries are few.

// Strings used by more than one list below are written once: the bundler keeps a literal per use, and this
// file is most of the content script's data.
const EMBER_CARD = 'section[data-view-name="profile-card"]'; // 2024-07 Ember
const EMBER_TOP_CARD = 'section[data-member-id]'; // 2024-07 Ember
const EMBER_ENTITY = 'div[data-view-name="profile-component-entity"]'; // 2024-07 Ember
const PUBLIC_TOP_CARD = 'section.top-card-layout'; // 2024-04 public
const SDUI_TOP_CARD = 'div[data-view-name="profile-top-card"]'; // 2026-01 SDUI
const SDUI_CARD_DIV = 'div[data-view-name^="profile-card-"]'; // 2026-01 SDUI
const SDUI_CARD_SECTION = 'section[data-view-name^="profile-card-"]'; // 2026-01 SDUI
const CK_CARD_SECTION = 'section[componentkey^="com.linkedin.sdui.profile.card"]'; // 2026-03 SDUI-ck
const CK_CARD_DIV = 'div[componentkey^="com.linkedin.sdui.profile.card"]'; // 2026-03 SDUI-ck
const CK_TEST_ID = 'div[data-testid^="profile_"][data-testid*="TopLevel"]'; // 2026-03 SDUI-ck
const PHOTO_EDIT = 'img.profile-photo-edit__preview'; // 2024-07 Ember, owner's view
const OPPORTUNITY_CARD = 'a[data-view-name="profile-opportunity-card"]'; // 2024-07 Ember, owner's view
const PHOTO_LINK = '[data-view-name="profile-top-card-member-photo"]'; // 2026-01 SDUI
const SHOW_MORE_LESS = '.show-more-less-text'; // 2024-04 public

// Which generation of the profile page this is: the markers of each layout (three lists, not one object:
// read.ts names each list several times, and a property read cannot be shortened by the minifier).
export const publicMarkers = [
  'meta[name="pageKey"][content^="public_profile"]', // 2024-04 public
  PUBLIC_TOP_CARD, // 2024-04 public
] as const;
export const emberMarkers = [
  EMBER_CARD, // 2024-07 Ember
  EMBER_TOP_CARD, // 2024-07 Ember (top card)
  EMBER_ENTITY, // 2024-07 Ember
  'div.pv-profile-card__anchor', // 2024-07 Ember
] as const;
export const sduiMarkers = [
  SDUI_TOP_CARD, // 2026-01 SDUI
  SDUI_CARD_DIV, // 2026-01 SDUI
  SDUI_CARD_SECTION, // 2026-01 SDUI
  CK_CARD_SECTION, // 2026-03 SDUI-ck
  CK_CARD_DIV, // 2026-03 SDUI-ck
  CK_TEST_ID, // 2026-03 SDUI-ck (test ids beside componentkey)
] as const;

/** The top card: name, headline, location, photo, banner, connections. */
export const topCard = [
  SDUI_TOP_CARD, // 2026-01 SDUI
  'section[data-view-name="profile-top-card"]', // 2026-01 SDUI
  'section[componentkey$="Topcard"]', // 2026-03 SDUI-ck (com.linkedin.sdui.profile.card.ref<id>Topcard)
  'div[componentkey$="Topcard"]', // 2026-03 SDUI-ck
  EMBER_TOP_CARD, // 2024-07 Ember
  'section.pv-top-card', // 2023 Ember
  PUBLIC_TOP_CARD, // 2024-04 public
] as const;

/** Links to a member's profile (absolute or relative). */
export const memberLink = 'a[href*="/in/"]'; // 2024-07 Ember, 2026-01 SDUI

/** The top card's photo link names the profile it belongs to. */
export const memberPhotoLink = PHOTO_LINK; // 2026-01 SDUI

/** Ember renders each text twice: an aria-hidden copy for the eye, a visually-hidden one for readers. */
export const visibleText = 'span[aria-hidden="true"]'; // 2024-07 Ember

/** An Ember profile card (named by its anchor, see emberAnchor). */
export const emberCard = EMBER_CARD; // 2024-07 Ember

/** Dialogs (the public page's sign-in modals sit inside its top card). */
export const dialog = '[role="dialog"], [aria-modal]'; // 2024-04 public

/** The public page's cover image (a stock one from static.licdn.com when none is set). */
export const publicCover = 'figure img'; // 2024-04 public

/** The contact-info link sits on every member's top card, owner's view or not: a structural anchor. */
export const contactInfoLink = [
  'a[href*="/overlay/contact-info"]', // 2024-07 Ember, 2026-01 SDUI
  '[data-modal*="contact-info"]', // 2024-04 public (a modal trigger, no link)
] as const;

export const name = [
  'h1', // 2024-07 Ember (h1.text-heading-xlarge), 2024-04 public (h1.top-card-layout__title)
  'h2', // 2026-01 SDUI: the name is an h2 inside the top card
] as const;

export const headline = [
  '.text-body-medium.break-words', // 2024-07 Ember
  '[data-generated-suggestion-target]', // 2024-07 Ember: the first one in the top card is the headline
  '.top-card-layout__headline', // 2024-04 public
] as const;

export const location = [
  'span.text-body-small.inline.t-black--light.break-words', // 2024-07 Ember
  '.top-card-layout__first-subline .not-first-middot > span:first-child', // 2024-04 public
] as const;

/** Profile photo, most specific first. Ghosts are told apart by their src, see read.ts. */
export const photo = [
  `${PHOTO_LINK} img`, // 2026-01 SDUI
  '[componentkey="topcard-logo-image-referencekey"] img', // 2026-03 SDUI-ck
  PHOTO_EDIT, // 2024-07 Ember, owner's view
  'img.pv-top-card-profile-picture__image--show', // 2024-07 Ember, others' view
  '.pv-top-card__photo img', // 2024-07 Ember
  '[data-section="picture"] img', // 2024-04 public
  // Not img[src*="profile-displayphoto"]: mutual-connection faces in the top card use the same URLs.
] as const;

/** Classes LinkedIn puts on the placeholder silhouette. */
export const ghostPhoto = [
  '.ghost-person', // 2024-07 Ember
  '[class*="ghost-person"]', // 2024-07 Ember (EntityPhoto ghost variants)
] as const;

export const banner = [
  '#profile-background-image-target-image', // 2024-07 Ember
  'img[src*="displaybackgroundimage"]', // 2026-01 SDUI, 2024-04 public (cover-img__image)
] as const;

/** Ember marks the default (unset) banner explicitly. */
export const defaultBanner = [
  '.profile-background-image--default', // 2024-07 Ember
] as const;

export const connections = [
  'a[data-view-name="profile-top-card-view-all-connections"]', // 2026-01 SDUI
  'a[href*="/mynetwork/invite-connect/connections"]', // 2024 Ember, owner's view (unverified: no owner capture)
  'a[href*="/overlay/connections"]', // 2026-01 SDUI
  // Not a[href*="connectionOf"]: on others' Ember cards that is the "2 other mutual connections" link.
  'li.text-body-small span.t-bold', // 2024-07 Ember ("500+")
] as const;

/** One query for every section hook of every layout; read.ts classifies each match by its name. */
export const sectionHooks = [
  EMBER_CARD, // 2024-07 Ember (named by the anchor div's id)
  SDUI_CARD_DIV, // 2026-01 SDUI
  SDUI_CARD_SECTION, // 2026-01 SDUI
  CK_CARD_SECTION, // 2026-03 SDUI-ck
  CK_CARD_DIV, // 2026-03 SDUI-ck
  CK_TEST_ID, // 2026-03 SDUI-ck
  'section[data-section]', // 2024-04 public
] as const;

/** The anchor naming an Ember section: <div id="skills" class="pv-profile-card__anchor">. */
export const emberAnchor = [
  ':scope > div[id]', // 2024-07 Ember (first child of the section)
  '.pv-profile-card__anchor[id]', // 2024-07 Ember
] as const;

/** Last resort: section headings (matched against the word table in read.ts). */
export const sectionHeading = [
  'main section h2', // 2026-01 SDUI fallback, 2024-07 Ember
  'section h2', // pages saved without <main>
] as const;

/** One entry (position, school, skill, ...) inside a section (the public page's: publicEntry.item). */
export const emberEntry = EMBER_ENTITY; // 2024-07 Ember
export const sduiEntry =
  'div[componentkey^="entity-collection-item"], li[componentkey^="entity-collection-item"]'; // 2026-03 SDUI-ck

/** Long text blocks (About, descriptions). */
export const expandableText = [
  '[data-testid="expandable-text-box"]', // 2026-03 SDUI-ck
  '.inline-show-more-text', // 2024-07 Ember
  SHOW_MORE_LESS, // 2024-04 public
] as const;

/**
 * The address of a "Show all 30 skills" link, whose number is the real count: /in/<slug>/details/<path>/, and
 * <path> starts with the section's name as read.ts calls it (skills, certifications, volunteering, languages,
 * recommendations, featured): volunteering's is /details/volunteering-experiences/. Only the section's own
 * page: a link into it, such as a skill's endorsements (/details/skills/urn:li:fsd_skill:(...)/endorsers?...:
 * "2 endorsements"), is not the count.
 */
export const showAll = (detailsPath: string): RegExp =>
  new RegExp(`/details/${detailsPath}[\\w-]*/?(?:[?#]|$)`); // 2024-07 Ember (?profileUrn=...), 2026-01 SDUI (/)

/** Ember recommendations: the first tab ("Received") holds the ones the member got. */
export const tabPanel = ['[role="tabpanel"]'] as const; // 2024-07 Ember

/** Public page: "1 person has recommended Eduardo". */
export const publicRecommenders = ['[data-test-id="recommendations__recommenders"]'] as const; // 2024-04 public

/** Public page: an entry is a leaf <li>; positions grouped under one company carry their own title/subtitle. */
export const publicEntry = {
  item: 'li', // 2024-04 public (leaf <li> of the section list)
  title: ['.experience-item__title', 'h3'], // 2024-04 public
  subtitle: ['.experience-item__subtitle', 'h4'], // 2024-04 public
  dates: ['.date-range'], // 2024-04 public: one <time> when the position has no end
  time: 'time', // 2024-04 public: dates are <time> elements
  description: [SHOW_MORE_LESS, '[data-section="currentPositions"]'], // 2024-04 public
} as const;

/** JSON-LD on the public page (a bonus source; the capture's copy is not valid JSON). */
export const jsonLd = ['script[type="application/ld+json"]'] as const; // 2024-04 public

export const canonical = ['link[rel="canonical"]'] as const;

// ---- Own-profile evidence ----------------------------------------------------------------------------

/** Controls only the owner sees, looked for in the top card. Attributes, never button words. */
export const ownerOnly = [
  PHOTO_EDIT, // 2024 Ember: the photo is an edit control (Ember scrapers)
  OPPORTUNITY_CARD, // 2024 Ember: the owner's open-to card (DOM.md)
  'button[data-view-name="profile-add-section"]', // 2026 SDUI: "Add profile section" (unverified guess)
  'a[data-view-name="profile-add-section"]', // 2026 SDUI (unverified guess)
] as const;

/**
 * The owner's edit links in the top card (among its memberLinks), by their whole target: LinkedIn itself
 * (relative, or www.linkedin.com), /in/<slug>/ and then one of
 *   edit/intro        2024 Ember, 2026 SDUI: the pencil on the top card (DOM.md)
 *   edit/forms/intro  2026 SDUI (unverified guess: an edit form is the owner's by nature)
 *   add-edit/<FORM>   2023-24 Ember: /in/<slug>/add-edit/<SECTION>/ forms (unverified)
 * Never "/edit/intro" anywhere in a link: an href is text a member can write (her website link in the top
 * card). read.ts also wants the slug to be this profile's.
 */
export const ownerEdit =
  /^(?:https:\/\/(?:www\.)?linkedin\.com)?\/in\/[^/?#]+\/(?:edit\/(?:forms\/)?intro|add-edit)(?:[/?#]|$)/i;
// The Analytics card ("Private to you") is owner evidence too: read.ts recognises it as a section
// (#analytics on Ember, profile-card-analytics / ...Analytics on 2026).
// Deliberately NOT owner evidence: links to /opportunities/job-opportunities (an open-to-work card's
// details may be shown to recruiters too), and section-level edit links such as /edit/forms/position/<id>/
// and "Add experience" buttons: the 2026 reconstructions carry them although their README says none is an
// owner's view.

/** Markers of someone else's profile (inside the top card). Icons and classes, not "Connect"/"Message". */
export const nonSelf = [
  '.pv-top-card__non-self-photo-wrapper', // 2024-07 Ember
  '[data-test-icon="connect-small"]', // 2024-07 Ember: Connect button icon
  '[data-test-icon="send-privately-small"]', // 2024-07 Ember: Message button icon
  '[data-test-icon="report-medium"]', // 2024-07 Ember: "Report / Block" in the More menu
  '.distance-badge', // 2024-07 Ember: "2nd degree connection"
  'a[href*="/messaging/compose"]', // 2026 SDUI: Message button (unverified guess at its link target)
  'a[href*="/preload/custom-invite"]', // 2026 SDUI: Connect button (unverified guess at its link target)
] as const;

/** Embedded API responses: the /voyager/api/me one describes the signed-in viewer. */
export const datalets = ['code[id^="datalet-bpr-guid-"]'] as const; // 2024-07 Ember

// ---- Open to work ------------------------------------------------------------------------------------

/** The Ember top card with LinkedIn's own classes: the open-to-work card's class hook is trustworthy there. */
export const emberTopCardClass = ['section.artdeco-card[data-member-id]'] as const; // 2024-07 Ember

export const openToWork = [
  'section.pv-open-to-carousel-card', // 2024-07 Ember, owner's view of the open-to card
  OPPORTUNITY_CARD, // 2024-07 Ember, owner's view (DOM.md)
  '.pv-open-to-carousel-card', // 2024-07 Ember
  'img[title*="#OPEN_TO_WORK"]', // 2024 Ember: the green photo frame others see (DOM.md, Ember scrapers)
  // No 2026 alternative yet: guesses such as [data-view-name*="open-to-work"] could match the owner's
  // "Open to" button, which is there whether or not she is open to work.
] as const;
