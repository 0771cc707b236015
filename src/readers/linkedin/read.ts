// LinkedIn profile page -> LinkedInProfile. Pure DOM reading: no browser or extension API, so the same code
// runs in the content script, in node under jsdom (tests) and in the CLI.
//
// The one rule that shapes everything here: "absent" is a claim that the page was read well enough to know
// the thing is not there. A section we cannot find is "unknown" unless the page is evidently loaded past the
// place where that section would be (docs/ARCHITECTURE.md, PRODUCT.md). Telling a member she has no skills
// because LinkedIn renamed a class is the worst bug this product can have.
//
// Cost: it runs inside LinkedIn's page on every profile visit, so it makes a handful of querySelector(All)
// calls, most scoped to the top card or one section, and never walks the whole tree.

import type {
  EducationEntry,
  Unknown,
  ExperienceEntry,
  Field,
  Layout,
  LinkedInFields,
  LinkedInProfile,
} from '../../core/profile.ts';
import { profileKey } from '../../core/profile.ts';
import { absent, found, unknown } from '../../core/field.ts';
import { asciiDigits, firstInteger, parseCount } from '../../core/numbers.ts';
import {
  all,
  allOf,
  attr,
  blockText,
  clean,
  first,
  isRecord,
  outermost,
  parseJson,
  slugFromHref,
  text,
} from '../dom.ts';
import { isAutoAssignedSlug, linkedInPage } from './url.ts';
import * as S from './selectors.ts';

type Kind =
  | 'about'
  | 'featured'
  | 'activity'
  | 'experience'
  | 'education'
  | 'certifications'
  | 'volunteering'
  | 'skills'
  | 'recommendations'
  | 'languages'
  | 'projects'
  | 'publications'
  | 'courses'
  | 'honors'
  | 'interests'
  | 'services'
  | 'highlights'
  | 'analytics';

type Via = 'hook' | 'heading';
interface Located {
  el: Element;
  via: Via;
}

// The layouts, named once (each name is otherwise a string in the bundle at every comparison).
const PUBLIC = 'linkedin-public' satisfies Layout;
const EMBER = 'linkedin-2024' satisfies Layout;
const SDUI = 'linkedin-2026' satisfies Layout;

type HookKind = Kind | 'chrome' | 'topcard';

// Section names as LinkedIn writes them in its hooks (Ember anchor ids, data-view-name suffixes,
// componentkey card names, public data-section values), most specific first, as "kind: words": a hook
// name of the kind holds one of the words, in any letter case (ASCII). "_recommendation_" is a whole
// "_"-separated part of the name (the name is looked at as "_<name>_"); "posts" for activity is the whole
// name. Plain substring tests: these run on every profile visit, and each case-insensitive pattern they
// replace cost a compile in the page. One string, split where used: a list of 20 costs 40 bytes more.
const KIND_BY_HOOK =
  // Page chrome after the profile cards ("People also viewed", "People you may know", "Pages for you"):
  // seeing it means the profile cards above it have rendered.
  'chrome: browsemap pymk _recommendation_ people-also peoplealso,' +
  'topcard: top-card topcard,' +
  'volunteering: volunteer,' +
  'experience: experience positions,' +
  'education: education,' +
  'certifications: certification licence license,' +
  'skills: skill,' +
  'recommendations: recommendation,' +
  'languages: language,' +
  'featured: featured,' +
  'about: about summary,' +
  'activity: activity content_collections,' +
  'interests: interest,' +
  'projects: project,' +
  'publications: publication,' +
  'courses: course,' +
  'honors: honor honour award,' +
  'services: service,' +
  'highlights: highlight,' +
  'analytics: analytics';

// Last resort: section headings by UI language (en, fr, de, es, pt, it, nl, ja), "|" between the words of
// one kind. Only used to FIND a section; a section missing from this table is never reported absent (see
// missing()). Kept as text and made into a map on first use: the content script loads this module on every
// LinkedIn page, profile or not.
const HEADINGS: Partial<Record<Kind, string>> = {
  about: 'about|infos|à propos|info|acerca de|sobre|informazioni|over|概要',
  featured: 'featured|sélection|en vedette|im fokus|destacado|destaques|in primo piano|uitgelicht|注目',
  activity: 'activity|activité|aktivitäten|actividad|atividade|attività|activiteit|アクティビティ',
  experience:
    'experience|expérience|berufserfahrung|erfahrung|experiencia|experiência|esperienza|ervaring|職歴|経験',
  education: 'education|formation|ausbildung|educación|formação acadêmica|formazione|opleiding|学歴',
  certifications:
    'licenses & certifications|licenses and certifications|licences & certifications|' +
    'licences et certifications|bescheinigungen und zertifikate|licencias y certificaciones|' +
    'licenças e certificados|licenze e certificazioni|licenties en certificaten|ライセンス・認定資格|資格',
  volunteering:
    'volunteering|volunteer experience|bénévolat|ehrenamt|voluntariado|trabalho voluntário|volontariato|' +
    'vrijwilligerswerk|ボランティア経験',
  skills:
    'skills|compétences|kenntnisse|aptitudes|conocimientos y aptitudes|competências|competenze|vaardigheden|スキル',
  recommendations:
    'recommendations|recommendations received|recommandations|empfehlungen|recomendaciones|recomendações|' +
    'referenze|aanbevelingen|推薦',
  languages: 'languages|langues|sprachen|idiomas|lingue|talen|言語',
  interests:
    "interests|centres d'intérêt|interessen|intereses|interesses|interessi|興味・関心|興味のある分野",
};

/** The page languages (html lang) whose headings HEADINGS holds. */
const HEADING_LANGS = /^(en|fr|de|es|pt|it|nl|ja)\b/; // as LinkedIn writes them; any other: unsure

let headingToKind: Map<string, Kind> | undefined;
function kindOfHeading(heading: string): Kind | undefined {
  if (!headingToKind) {
    headingToKind = new Map();
    for (const [kind, words] of Object.entries(HEADINGS) as [Kind, string][]) {
      for (const w of words.split('|')) headingToKind.set(w, kind);
    }
  }
  return headingToKind.get(heading);
}
const normHeading = (s: string): string =>
  s.normalize('NFC').toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();

// Sections that come right after the top card in every layout (About, then Featured): when a section that
// always follows them has rendered, their slot has rendered too.
const isEarly = (kind: Kind): boolean => kind === 'about' || kind === 'featured';
const AFTER_EARLY: readonly Kind[] = [
  'activity',
  'experience',
  'education',
  'certifications',
  'skills',
  'interests',
];

// "Present" in the UI languages we know, used only when the dates carry no year to count.
const PRESENT =
  /present|aujourd|heute|actualidad|presente|atual|attuale|heden|現在|至今|현재|obecnie|idag|i dag|nåværende|günümüz|hiện tại|sekarang|настоящ|сейчас/i;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
/** The years written in `s`, in any of the digit systems asciiDigits knows ("٢٠٢١" is 2021). */
const years = (s: string): string[] => asciiDigits(s).match(YEAR) ?? [];
// "followers" in the UI languages we know; only for pages with no structural hook for the count.
const FOLLOWERS = /followers?|abonné|follower:innen|seguidores|seguaci|volgers|フォロワー|关注者|팔로워/i;
const CONNECTIONS = /connections?|relations|kontakte|contactos|conexões|collegamenti|connecties|つながり/i;

// "3rd", "2nd degree", "1er", "2e": a connection degree, not a count. This and the other patterns with
// \p{...} are written inside functions: made at the top of the content script, each cost 0.05 to 0.2 ms on
// every LinkedIn page, the feed included; inside, only when a profile is read.
const ordinal = (t: string) => /(?:^|\s)\d+\s*(?:st|nd|rd|th|er|re|e|º|ª)(?!\p{L})/iu.test(t);

// Separators LinkedIn puts between items of a top-card line ("Paris · Contact info").
const SEPARATORS = '·•|';

interface Ctx {
  doc: Document;
  layout: Layout;
  /** Slug the URL names (null for /in/me/ and member-id URLs). */
  urlSlug: string | null;
  /** Slug the page itself links to from its top card (contact info, about-this-profile). */
  pageSlug: string | null;
  /** The profile's slug as the URL names it, else as its top card does (compare with sameSlug). */
  slug: string | null;
  top: Element | null;
  /** How the top card was found: a layout hook, or only the contact-info link. */
  topVia: 'hook' | 'structure' | null;
  sections: Map<Kind, Located>;
  /**
   * At least one section was recognised by a layout hook (not by its heading): true, unless a card that no
   * hook name or heading names says otherwise (false); undefined before any.
   */
  hookSections?: boolean;
  /** Page chrome below the profile cards (or the Interests card, always last) was recognised by a hook. */
  pageEnd: boolean;
  own: boolean | null;
  recognised: string[];
  unrecognised: string[];
  /** The guest page's own ways of reading (set on that layout when the reader has them, see GuestPage). */
  guest: GuestPage | null;
}

export interface ReadOptions {
  /**
   * Read only the owner's own profile (the content script): once the page shows it is someone else's, stop
   * there. The result then has `own: false`, the name (it tells a stale page from the next one after an SPA
   * navigation) and every other field unknown. `own` is always what the full read would say.
   */
  ownOnly?: boolean;
}

/**
 * Whether this build reads guest pages: not the extension's (modes chrome and firefox), whose content script
 * runs readOwnLinkedIn only, where `ctx.guest` is always null. Each `GUEST && ctx.guest` is then false as
 * written, and the bundler drops the guest branches from the content script; the CLI and the tests keep them.
 */
const GUEST = import.meta.env.MODE !== 'chrome' && import.meta.env.MODE !== 'firefox';

/** Read a LinkedIn profile page: any member's, in any layout (the CLI, the tests, the bench). */
export function readLinkedIn(doc: Document, href: string, options: ReadOptions = {}): LinkedInProfile {
  return read(doc, href, !!options.ownOnly, GUEST_PAGE);
}

/**
 * What the content script runs: readLinkedIn(doc, href, { ownOnly: true }), the same reading, without the
 * guest page's code. A guest page (signed out) is never the viewer's own (detectOwn), so an own-only read of
 * one stops at the owner check and never needs it; leaving GUEST_PAGE unreferenced here lets the bundler
 * drop it from the content script. test/unit/readers/own-only.test.ts compares the two on every capture.
 */
export function readOwnLinkedIn(doc: Document, href: string): LinkedInProfile {
  return read(doc, href, true, null);
}

function read(doc: Document, href: string, ownOnly: boolean, guest: GuestPage | null): LinkedInProfile {
  const { ctx, findSections } = context(doc, href, !ownOnly, guest);
  const slug = ctx.slug ?? canonicalSlug(doc);

  // After an SPA navigation the URL changes before the page does: if the top card still links to another
  // member, nothing on it describes the profile in the URL.
  const stale = ctx.urlSlug && ctx.pageSlug && !sameSlug(ctx.urlSlug, ctx.pageSlug);
  let fields: LinkedInFields;
  if (stale) {
    fields = allUnknown('the page still shows another profile');
    ctx.unrecognised.push('profile (page shows another member)');
  } else if (ownOnly && ctx.own === false) {
    fields = { ...allUnknown("someone else's profile"), name: readName(ctx) };
  } else {
    findSections();
    fields = readFields(ctx, slug);
  }

  return {
    platform: 'linkedin',
    layout: ctx.layout,
    own: stale ? null : ctx.own,
    url: href,
    key: profileKey('linkedin', slug ?? 'unknown'),
    health: { recognised: ctx.recognised, unrecognised: ctx.unrecognised },
    fields,
  };
}

// ---- Page context ------------------------------------------------------------------------------------

/**
 * What the page is and whose it is. The sections are found when `withSections` is set, or later by the
 * returned findSections(); the owner check looks for them only when nothing cheaper decides it.
 */
function context(
  doc: Document,
  href: string,
  withSections: boolean,
  guest: GuestPage | null,
): { ctx: Ctx; findSections: () => void } {
  const page = linkedInPage(href);
  const raw = page.kind === 'other' ? null : page.slug;
  // /in/me/ is an alias (the viewer's own profile) and /in/ACoAA.../ a member id: neither is the public slug.
  const me = raw?.toLowerCase() === 'me';
  const urlSlug = raw && !me && !isMemberId(raw) ? raw : null;
  const scan = scanPage(doc);
  const layout = detectLayout(doc, scan);
  const { top, via } = findTopCard(doc, scan);
  const pageSlug = top ? slugFromTopCard(top) : null;
  const ctx: Ctx = {
    doc,
    layout,
    urlSlug,
    pageSlug,
    slug: urlSlug ?? pageSlug,
    top,
    topVia: via,
    sections: new Map(),
    pageEnd: false,
    own: null,
    recognised: [],
    unrecognised: [],
    guest: layout === PUBLIC ? guest : null,
  };
  if (top) ctx.recognised.push(via === 'hook' ? 'topCard' : 'topCard (structure)');
  else ctx.unrecognised.push('topCard');
  let sectionsFound = false;
  const sections = (): void => {
    if (sectionsFound) return;
    sectionsFound = true;
    findSections(ctx, scan);
  };
  if (withSections) sections();
  ctx.own = detectOwn(ctx, me, () => {
    sections();
    return ctx.sections.has('analytics');
  });
  return { ctx, findSections: sections };
}

/** Slugs name the same member whatever their letter case ("Jane-Doe" is "jane-doe"). */
const sameSlug = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const isMemberId = (slug: string): boolean => /^ACoA[A-Za-z0-9_-]{20,}$/.test(slug);

interface Scan {
  /** The element holding the profile (<main>), or the document. */
  root: ParentNode;
  /** Every <section> with its wrapper and the wrapper's wrapper, in document order: where hooks sit. */
  candidates: Element[];
}

/**
 * Hooks sit on <section>s or on the <div>s wrapping them, in every layout. Enumerating sections (a native,
 * indexed collection) and testing them with matches() is cheaper than page-wide attribute queries that
 * match nothing, which is what most of the layouts' signs do on any given page (detectLayout, findTopCard); when
 * no candidate carries one, they fall back on a page-wide query. The section cards themselves are looked for
 * page-wide (findSections), so that one drawn without a <section> is not missed.
 */
function scanPage(doc: Document): Scan {
  const main = doc.getElementsByTagName('main')[0];
  const root: Element | Document = main ?? doc;
  const seen = new Set<Element>();
  const candidates: Element[] = [];
  for (const sec of root.getElementsByTagName('section')) {
    const chain: Element[] = [];
    for (let el: Element | null = sec, i = 0; el && i < 3; el = el.parentElement, i++) chain.unshift(el);
    for (const el of chain) {
      if (seen.has(el)) continue;
      seen.add(el);
      candidates.push(el);
    }
  }
  return { root, candidates };
}

function firstCandidate(scan: Scan, selectors: readonly string[]): Element | null {
  // Alternatives in priority order, each against the candidates in document order.
  for (const sel of selectors) for (const el of scan.candidates) if (el.matches(sel)) return el;
  return null;
}

function detectLayout(doc: Document, scan: Scan): Layout {
  const head = doc.head;
  if ((head && first(head, S.publicMarkers)) || firstCandidate(scan, S.publicMarkers)) {
    return PUBLIC;
  }
  if (firstCandidate(scan, S.emberMarkers)) return EMBER;
  if (firstCandidate(scan, S.sduiMarkers)) return SDUI;
  // Hooks away from any <section>: ask the whole page.
  if (first(scan.root, S.emberMarkers)) return EMBER;
  if (first(scan.root, S.sduiMarkers)) return SDUI;
  return 'unknown';
}

function findTopCard(doc: Document, scan: Scan): { top: Element | null; via: Ctx['topVia'] } {
  const hooked = firstCandidate(scan, S.topCard) ?? first(scan.root, S.topCard);
  if (hooked) return { top: hooked, via: 'hook' };
  // Structure: the contact-info link is on every member's top card; its section is the top card.
  const contact = first(scan.root, S.contactInfoLink) ?? first(doc, S.contactInfoLink);
  const top = contact?.closest('section') ?? null;
  return { top, via: top ? 'structure' : null };
}

function slugFromTopCard(top: Element): string | null {
  for (const a of all(top, MEMBER_LINK)) {
    const href = attr(a, 'href') ?? '';
    // Links to the member's own overlays (contact info, about this profile) or the photo link name the
    // profile the card belongs to; mutual-connection faces link elsewhere.
    if (href.includes('/overlay/') || a.matches(PHOTO_LINK)) {
      const s = slugFromHref(href);
      if (s && !isMemberId(s)) return s;
    }
  }
  return null;
}

function canonicalSlug(doc: Document): string | null {
  const link = first(doc, S.canonical);
  const s = slugFromHref(link?.getAttribute('href'));
  return s && !isMemberId(s) ? s : null;
}

function findSections(ctx: Ctx, scan: Scan): void {
  const { sections } = ctx;
  const { root } = scan;
  // Page-wide, not among the scan's candidates (sections and their near ancestors): a card that is a <div>
  // with no <section> in it, as one A/B variant may draw one, is found too instead of read as absent. Its
  // first query costs no more than matching the candidates does (0.3 against 3 ms on the largest capture).
  for (const el of all(root, S.sectionHooks.join())) {
    const kind = classify(hookName(el));
    if (kind === null) {
      // An unnamed profile card (test scores, causes...) still proves section hooks work on this page. But
      // it may be a section whose hook LinkedIn renamed: the headings (below) name it in the languages their
      // table covers; in any other, a section not found may be that card, so none is absent.
      ctx.hookSections = ctx.hookSections !== false && HEADING_LANGS.test(ctx.doc.documentElement.lang);
      continue;
    }
    if (kind === 'topcard') continue;
    ctx.hookSections ??= true;
    if (kind === 'chrome') {
      ctx.pageEnd = true;
      continue;
    }
    if (kind === 'interests') ctx.pageEnd = true;
    // First match wins: document order puts an outer card before anything nested in it.
    if (!sections.has(kind) && !ctx.top?.contains(el)) sections.set(kind, { el, via: 'hook' });
  }

  // Last resort: headings, for the kinds no hook found.
  if (Object.keys(HEADINGS).some((k) => !sections.has(k as Kind))) {
    for (const h2 of allOf(root, S.sectionHeading)) {
      const kind = kindOfHeading(normHeading(headingText(h2)));
      if (!kind || sections.has(kind)) continue;
      const el = h2.closest('section') ?? h2.parentElement;
      if (!el || el.contains(ctx.top)) continue; // the top card, or a box around it (contains(null) is false)
      sections.set(kind, { el, via: 'heading' });
    }
  }

  for (const [kind, loc] of sections) ctx.recognised.push(loc.via === 'hook' ? kind : `${kind} (heading)`);
}

function hookName(el: Element): string {
  if (el.matches(EMBER_CARD)) {
    return first(el, S.emberAnchor)?.id ?? '';
  }
  return (
    attr(el, 'componentkey') ??
    attr(el, 'data-testid') ??
    attr(el, 'data-section') ??
    (attr(el, 'data-view-name') ?? '').replace(/^profile-card-/, '')
  );
}

function classify(name: string): HookKind | null {
  if (!name) return null;
  // ASCII letters only, as the /i patterns these words replace did (no Kelvin sign as "k").
  const padded = `_${name.replace(/[A-Z]+/g, (m) => m.toLowerCase())}_`;
  for (const entry of KIND_BY_HOOK.split(',')) {
    const [kind, ...words] = entry.replace(':', '').split(' ') as [HookKind, ...string[]];
    if (words.some((w) => padded.includes(w)) || (kind === 'activity' && padded === '_posts_')) return kind;
  }
  return null;
}

// Local names for selectors that other lists also hold: the bundler would otherwise copy each into its uses.
const VISIBLE = S.visibleText;
const EMBER_CARD = S.emberCard;
const PHOTO_LINK = S.memberPhotoLink;
const MEMBER_LINK = S.memberLink;
const ENTITY = S.emberEntry;

/** The nearest element around `el` (never `el` itself) that matches `selector`. */
const enclosing = (el: Element, selector: string): Element | null | undefined =>
  el.parentElement?.closest(selector);

/** The aria-hidden copy of an Ember text inside `el` (Ember renders texts twice), or `el` itself. */
const visibleCopy = (el: Element): Element => el.querySelector(VISIBLE) ?? el;

/** Ember headings hold the title twice (aria-hidden + visually-hidden); take the visible one. */
function headingText(h2: Element): string {
  return text(visibleCopy(h2));
}

// ---- Own-profile evidence ----------------------------------------------------------------------------

/** `me`: the URL is /in/me/. */
function detectOwn(ctx: Ctx, me: boolean, hasAnalytics: () => boolean): boolean | null {
  const { doc, layout, top, slug } = ctx;
  // A signed-out visitor is never the owner.
  if (layout === PUBLIC) return false;
  if (me) return true;

  // The strongest, language-independent evidence: the embedded API answer describing the signed-in viewer.
  const viewer = viewerIdentity(doc);
  if (viewer?.publicIdentifier && slug) return sameSlug(viewer.publicIdentifier, slug);
  const memberId = top?.getAttribute('data-member-id');
  if (viewer?.plainId && memberId) return viewer.plainId === memberId;

  // The Analytics card is found with the sections: looked for only when the top card has no owner control.
  const ownerHit =
    (top !== null &&
      (first(top, S.ownerOnly) !== null || all(top, MEMBER_LINK).some((a) => isOwnerEdit(a, slug)))) ||
    hasAnalytics();
  const otherHit = top !== null && first(top, S.nonSelf) !== null;
  if (ownerHit !== otherHit) return ownerHit;
  // Both or neither: no honest answer.
  return null;
}

/** An owner's edit link for this profile (for the slug the URL or the page names, when one does). */
function isOwnerEdit(a: Element, slug: string | null): boolean {
  const href = attr(a, 'href') ?? '';
  const s = S.ownerEdit.test(href) && slugFromHref(href);
  return !!s && (!slug || sameSlug(s, slug));
}

interface Viewer {
  publicIdentifier?: string;
  plainId?: string;
}

/** The signed-in viewer from Ember's embedded /voyager/api/me response, if the page carries it. */
function viewerIdentity(doc: Document): Viewer | null {
  for (const code of all(doc, S.datalets.join())) {
    const raw = code.textContent ?? '';
    if (!/\/voyager\/api\/me["?]/.test(raw)) continue;
    const meta = parseJson(raw);
    if (!isRecord(meta) || typeof meta.body !== 'string') continue;
    const body = parseJson(doc.getElementById(meta.body)?.textContent);
    if (!isRecord(body)) continue;
    const data = isRecord(body.data) ? body.data : {};
    const viewer: Viewer = {};
    if (typeof data.plainId === 'number' || typeof data.plainId === 'string')
      viewer.plainId = String(data.plainId);
    const urn = data['*miniProfile'];
    const included = Array.isArray(body.included) ? body.included : [];
    for (const item of included) {
      if (!isRecord(item) || typeof item.publicIdentifier !== 'string') continue;
      if (typeof urn === 'string' && item.entityUrn !== urn) continue;
      viewer.publicIdentifier = item.publicIdentifier;
      break;
    }
    return viewer;
  }
  return null;
}

// ---- Fields ------------------------------------------------------------------------------------------

const NO_ADDRESS = 'no profile address found';

function readFields(ctx: Ctx, slug: string | null): LinkedInFields {
  const { top } = ctx;
  // Without the top card, each of its fields is unknown.
  const inTop = <T>(read: (ctx: Ctx, top: Element) => Field<T>): Field<T> =>
    top ? read(ctx, top) : unknown(NO_TOP);
  // A section's field, read from its card when one was found; else what its absence says (missing()).
  const inSection = <K extends Kind, T>(
    kind: K,
    read: (ctx: Ctx, sec: Element, kind: K) => Field<T>,
  ): Field<T> => {
    const sec = ctx.sections.get(kind)?.el;
    return sec ? read(ctx, sec, kind) : missing(ctx, kind);
  };
  const [photo, photoRecognised]: Photo = top ? readPhoto(ctx, top) : [unknown(NO_TOP), false];
  return {
    name: readName(ctx),
    headline: inTop(readHeadline),
    about: inSection('about', readAbout),
    location: inTop(readLocation),
    photo,
    banner: inTop((c, t) => readBanner(c, t, photoRecognised)),
    connections: inTop(readConnections),
    followers: readFollowers(ctx),
    experience: inSection('experience', readExperience),
    education: inSection('education', readEducation),
    skills: inSection('skills', readCount),
    recommendations: inSection('recommendations', readCount),
    featured: inSection('featured', readCount),
    certifications: inSection('certifications', readCount),
    volunteering: inSection('volunteering', readCount),
    languages: inSection('languages', readCount),
    openToWork: inTop(readOpenToWork),
    publicUrl: slug ? found(slug) : unknown(NO_ADDRESS),
    customUrl: slug ? found(!isAutoAssignedSlug(slug)) : unknown(NO_ADDRESS),
  };
}

// Every field, in readFields' order, as one string: smaller in the content script than an object literal
// naming each (test/unit/readers/linkedin-unsure.test.ts holds it to the contract's list).
const FIELD_NAMES =
  'name headline about location photo banner connections followers experience education skills ' +
  'recommendations featured certifications volunteering languages openToWork publicUrl customUrl';

function allUnknown(reason: string): LinkedInFields {
  const u = unknown(reason);
  return Object.fromEntries(FIELD_NAMES.split(' ').map((k) => [k, u])) as unknown as LinkedInFields;
}

const ON_PAGE = ' not recognised on this page';
const NO_TOP = `top card${ON_PAGE}`;

/** `what` goes on the reading's list of unrecognised parts (problem reports); the field is unknown. */
function notRecognised(ctx: Ctx, what: string, reason = `${what} not recognised`): Unknown {
  ctx.unrecognised.push(what);
  return unknown(reason);
}

/** Something the top card should show, not recognised there. */
const notInTopCard = (ctx: Ctx, what: string, label = what): Unknown =>
  notRecognised(ctx, what, `${label} not recognised in the top card`);

/** A section recognised, but not its entries ("skills entries not recognised"). */
const noEntries = (ctx: Ctx, kind: string): Unknown => notRecognised(ctx, `${kind} entries`);

/** A section we did not find: absent only when the page has evidently loaded past where it would be. */
function missing(ctx: Ctx, kind: Kind): Field<never> {
  // The public page shows only what the member made public: a missing section may still exist.
  if (GUEST && ctx.guest) return notRecognised(ctx, kind, ctx.guest.notShown(kind));
  if (ctx.hookSections) {
    if (ctx.pageEnd) return absent;
    if (isEarly(kind) && AFTER_EARLY.some((k) => ctx.sections.get(k)?.via === 'hook')) return absent;
    return notRecognised(ctx, kind, `${kind} section not found yet: the page may still be loading`);
  }
  return notRecognised(ctx, kind, `${kind} section${ON_PAGE}`);
}

function readName(ctx: Ctx): Field<string> {
  if (!ctx.top) return unknown(NO_TOP);
  const el = nameElement(ctx.top);
  const name = text(el);
  if (name) return found(name);
  return notInTopCard(ctx, 'name');
}

function nameElement(top: Element): Element | null {
  return first(top, S.name);
}

function readHeadline(ctx: Ctx, top: Element): Field<string> {
  const el = first(top, S.headline);
  if (el) {
    const t = text(el);
    // The element is there: an empty one means the member left the headline blank.
    return t ? found(t) : ctx.topVia === 'hook' ? absent : unknown('headline empty');
  }
  if (GUEST && ctx.guest) {
    const t = ctx.guest.headline(top);
    if (t) return found(t);
  }
  // Ember and the public page have a headline hook; their <p>s are other things (sign-in modals).
  if (ctx.layout === EMBER || ctx.layout === PUBLIC) {
    return notInTopCard(ctx, 'headline');
  }
  // 2026 top cards are plain <p>s: the headline is the first one after the name that is not a link, a
  // pronoun, a connection degree, or part of the location line.
  const name = nameElement(top);
  const locationBlock = locationElement(top)?.parentElement ?? null;
  for (const p of all(top, 'p')) {
    if (name && !(name.compareDocumentPosition(p) & 4)) continue; // Node.DOCUMENT_POSITION_FOLLOWING
    if (locationBlock?.contains(p)) break;
    if (p.closest('a')) continue;
    const t = text(p);
    // Pronouns: "(she/her)", "il/lui".
    if (
      !t ||
      SEPARATORS.includes(t[0] ?? '') ||
      /^\(?(she|he|they|elle|il|iel|er|sie|ella|él|ele|ela)(?:\s*\/\s*\p{L}+)*\)?$/iu.test(t)
    )
      continue;
    return found(t);
  }
  return notInTopCard(ctx, 'headline');
}

/**
 * The location is the first item of the line that ends with "Contact info" in every layout (Ember spans,
 * 2026 <p>s, public spans). Walk up from the contact link to the container that holds that line.
 */
function locationElement(top: Element): Element | null {
  const contact = first(top, S.contactInfoLink);
  if (!contact) return null;
  for (let el: Element | null = contact; el && el !== top; el = el.parentElement) {
    const parent: Element | null = el.parentElement;
    const head: Element | null | undefined = parent?.firstElementChild;
    if (!parent || !head) break;
    if (head !== el && !head.contains(contact)) return head;
  }
  return null;
}

function readLocation(ctx: Ctx, top: Element): Field<string> {
  const t = text(locationElement(top)) || text(first(top, S.location));
  if (t && !(t.length === 1 && SEPARATORS.includes(t))) return found(t);
  return notInTopCard(ctx, 'location');
}

function readAbout(ctx: Ctx, sec: Element): Field<string> {
  const t = sectionText(sec);
  if (t) return found(t);
  return notRecognised(ctx, 'about text');
}

const skipControls = (el: Element): boolean =>
  el.tagName === 'BUTTON' || el.classList.contains('visually-hidden') || el.tagName === 'H2';
const SKIP = { skip: skipControls };

function sectionText(sec: Element): string {
  const box = first(sec, S.expandableText);
  if (box) {
    // Ember renders the text twice (aria-hidden + visually-hidden); read the visible copy.
    return blockText(visibleCopy(box), SKIP);
  }
  // Ember without its classes: the first aria-hidden span outside the heading.
  for (const span of all(sec, VISIBLE)) {
    if (span.closest('h2')) continue;
    const t = blockText(span, SKIP);
    if (t) return t;
  }
  // 2026 and public: the first paragraph after the heading.
  for (const p of all(sec, 'p')) {
    const t = blockText(p, SKIP);
    if (t) return t;
  }
  return '';
}

// ---- Photo, banner, open to work ---------------------------------------------------------------------

type PhotoState = 'set' | 'ghost' | 'unknown';

function photoState(img: Element): PhotoState {
  const src = attr(img, 'src') ?? '';
  // profile-framedphoto is the photo with an #OPENTOWORK / #HIRING frame.
  if (/profile-(?:display|framed)photo/.test(src)) return 'set';
  const ghostUrl = attr(img, 'data-ghost-url');
  if (img.matches(S.ghostPhoto.join()) || (ghostUrl && src === ghostUrl)) return 'ghost';
  if (src.startsWith('https://static.licdn.com/')) return 'ghost';
  // A data: URI alone is also what a lazy image looks like before it loads: not evidence of a ghost.
  return 'unknown';
}

/** The photo field, and whether the image was recognised as a photo or a placeholder (readBanner). */
type Photo = [field: Field<true>, recognised: boolean];

function readPhoto(ctx: Ctx, top: Element): Photo {
  let img = first(top, S.photo);
  if (!img) {
    // Structure: the first image in the top card that is not the banner is the photo (Ember, 2026, public).
    img = all(top, 'img').find((i) => !isBannerImage(i)) ?? null;
  }
  const state = img ? photoState(img) : 'unknown';
  if (state === 'set') return [found(true), true];
  if (state === 'ghost') {
    // The owner always sees her own photo; others see the silhouette also when the photo is hidden from them.
    return [ctx.own === true ? absent : unknown('placeholder photo: not set, or hidden'), true];
  }
  return [notInTopCard(ctx, 'photo', 'profile photo'), false];
}

/** An image the banner selectors match (its id, or a src with displaybackgroundimage in it). */
const isBannerImage = (img: Element): boolean => img.matches(S.banner.join());

function readBanner(ctx: Ctx, top: Element, photoRecognised: boolean): Field<true> {
  const { layout } = ctx;
  const img = first(top, S.banner);
  const src = img?.getAttribute('src') ?? '';
  if (src.startsWith('https:') || src.startsWith('http:')) return found(true);
  if (first(top, S.defaultBanner)) return absent;
  if (GUEST && ctx.guest?.stockCover(top)) return absent;
  // 2026 top cards render the banner with the photo: a hooked card whose photo we recognised and that
  // has no background image has none, unless another of its images has not loaded yet (no address, or a
  // data: placeholder): that one may be the banner.
  if (
    layout === SDUI &&
    ctx.topVia === 'hook' &&
    photoRecognised &&
    all(top, 'img:not([src*=photo])').every((i) => /^https?:/.test((i as HTMLImageElement).src))
  )
    return absent;
  return notInTopCard(ctx, 'banner');
}

function readOpenToWork(ctx: Ctx, top: Element): Field<boolean> {
  // Scoped to the top card: "People also viewed" cards carry other members' #OPEN_TO_WORK frames.
  if (first(top, S.openToWork)) return found(true);
  // Only the owner is sure to see the open-to card (recruiter-only mode is invisible to others). Its only
  // hook is a class, so "not open" needs an Ember top card whose classes are LinkedIn's own (not renamed
  // by a redeploy). Without an owner capture of the 2026 card we make no such claim there.
  if (ctx.own === true && ctx.layout === EMBER && first(top.parentElement ?? top, S.emberTopCardClass)) {
    return found(false);
  }
  return unknown(ctx.own === true ? 'open-to-work card not recognised' : 'only visible to the owner');
}

// ---- Counts in the top card --------------------------------------------------------------------------

function readConnections(ctx: Ctx, top: Element): Field<number> {
  // Never the followers' line, which a creator's top card shows first in the same kind of list item: Ember's
  // bold number is told by the words beside it. A link is a connections link by its address.
  const notFollowers = (el: Element) => el.tagName === 'A' || !FOLLOWERS.test(text(el.parentElement ?? el));
  let el: Element | undefined;
  for (const s of S.connections) if ((el = all(top, s).find(notFollowers))) break;
  let n = el ? parseCount(text(el)) : null;
  if (n === null) {
    // Ember without its classes: a plain list item in the top card that starts with a number.
    for (const li of all(top, 'li')) {
      if (li.querySelector('img, button, a')) continue;
      const t = text(li);
      // "500+ connections" (Ember sometimes drops the space: "500+connections"); not "3rd".
      if (/^\d[\d,.\s]*\+?\s*\p{L}/u.test(t) && !ordinal(t) && notFollowers(li)) {
        n = parseCount(t);
        break;
      }
    }
  }
  if (n === null) n = countByWord(top, CONNECTIONS);
  if (n !== null) return found(n);
  return notInTopCard(ctx, 'connections', 'connection count');
}

/** Last resort for pages with no hook on a count: "564 followers", "フォロワー564人" by its word. */
function countByWord(root: Element, word: RegExp): number | null {
  for (const el of all(root, 'span, p, li')) {
    if (el.children.length > 2) continue;
    const t = text(el);
    // Short labels only, and not "3rd degree connection".
    if (t.length < 40 && /\d/.test(t) && word.test(t) && !ordinal(t)) return parseCount(t);
  }
  return null;
}

function readFollowers(ctx: Ctx): Field<number> {
  const { top, doc } = ctx;
  // The Activity card's header carries "594 followers" on Ember (and the 2026 card when shown): the
  // number is the first one in the heading's block, whatever the UI language.
  const activity = ctx.sections.get('activity');
  if (activity) {
    const h2 = activity.el.querySelector('h2');
    const block = h2?.parentElement;
    for (const p of block ? all(block, 'p') : []) {
      const n = parseCount(text(visibleCopy(p)));
      if (n !== null) return found(n);
    }
  }
  if (GUEST && ctx.guest) {
    const n = ctx.guest.followers(doc);
    if (n !== null) return found(n);
  }
  if (top) {
    const n = countByWord(top, FOLLOWERS);
    if (n !== null) return found(n);
  }
  return notRecognised(ctx, 'followers', 'follower count not shown on this page');
}

// ---- Entries -----------------------------------------------------------------------------------------

/** The entries of a list section (positions, schools, skills, ...), by the first method that finds any. */
function entriesOf(ctx: Ctx, sec: Element): Element[] {
  if (GUEST && ctx.guest) return ctx.guest.entries(sec);
  const ember = topLevelEntities(sec);
  if (ember.length > 0) return ember;
  const items = outermost(all(sec, S.sduiEntry));
  if (items.length > 0) return items;
  return structuralEntries(sec);
}

function topLevelEntities(sec: Element): Element[] {
  return all(sec, ENTITY).filter((e) => {
    const outer = enclosing(e, ENTITY);
    return !outer || !sec.contains(outer);
  });
}

const hasText = (el: Element): boolean => text(el) !== '';

/**
 * No entry hook (2026 pages without componentkeys): entries are the blocks between <hr> separators, or
 * the children of the first block after the heading (the items of its list, when that block is a list).
 */
function structuralEntries(sec: Element): Element[] {
  const items = (el: Element): Element[] => [...el.children].filter(hasText);
  const hr = sec.querySelector('hr');
  const container = hr?.parentElement?.parentElement;
  if (container && sec.contains(container)) {
    // Separators come as <div><hr></div> between items, or as the first child of every item but the first.
    return items(container);
  }
  const heading = sec.querySelector('h2');
  // Through wrappers (the 2026 <div data-view-name> around its <section>) down to the level of the
  // heading's block.
  let box = sec;
  while (
    box.children.length === 1 &&
    box.firstElementChild &&
    heading &&
    box.firstElementChild.contains(heading)
  ) {
    box = box.firstElementChild;
  }
  const blocks = [...box.children];
  const after = heading ? blocks.findIndex((b) => b === heading || b.contains(heading)) + 1 : 0;
  const content = blocks.slice(after).find(hasText);
  if (!content) return [];
  let entries = items(content);
  // A card whose content is one list: its items are the entries (2026 Featured, Courses, Interests).
  const only = entries[0];
  const isList = (el: Element): boolean => el.tagName === 'UL' || el.tagName === 'OL';
  if (entries.length === 1 && only && isList(only)) entries = items(only);
  if (isList(content)) entries = items(content);
  return entries;
}

interface Parts {
  lines: string[];
  description: string | null;
  /** Roles nested under one company (Ember sub-entities, 2026 <ul> of roles). */
  roles: Element[];
}

function partsOf(entry: Element): Parts {
  if (entry.matches(ENTITY)) return emberParts(entry);
  return paragraphParts(entry);
}

/** Ember entity: [logo, main]; main = [header row, sub-components]. Texts are aria-hidden spans. */
function emberParts(entity: Element): Parts {
  const main = entity.children[1] ?? entity;
  const header = main.firstElementChild ?? main;
  const subs = main.children[1] ?? null;
  const lines = all(header, VISIBLE)
    .filter((s) => !enclosing(s, VISIBLE))
    .map((s) => text(s))
    .filter(Boolean);
  const roles = subs ? all(subs, ENTITY).filter((n) => enclosing(n, ENTITY) === entity) : [];
  let description: string | null = null;
  if (subs && roles.length === 0) {
    for (const span of all(subs, VISIBLE)) {
      // Media thumbnails and "Skills: ..." rows are links; the description is plain text.
      if (span.closest('a') || enclosing(span, VISIBLE)) continue;
      const t = blockText(span, SKIP);
      if (t) {
        description = t;
        break;
      }
    }
  }
  return { lines, description, roles };
}

/** 2026 and structural entries: texts are <p>s; the header block is the link that holds them. */
function paragraphParts(entry: Element): Parts {
  const roleList = all(entry, 'ul').find((ul) =>
    [...ul.children].some((li) => li.tagName === 'LI' && li.querySelector('p')),
  );
  const roles = roleList ? [...roleList.children].filter((li) => li.tagName === 'LI') : [];
  const box = entry.querySelector(S.expandableText[0]);
  const outside = (p: Element): boolean => !(roleList?.contains(p) ?? false) && !(box?.contains(p) ?? false);
  const header = all(entry, 'a').find((a) => a.querySelector('p') && outside(a));
  const ps = all(header ?? entry, 'p').filter(outside);
  const lines = ps.map((p) => text(p)).filter(Boolean);
  let description: string | null = null;
  if (box && !(roleList?.contains(box) ?? false)) description = blockText(box, SKIP) || null;
  else if (header && roles.length === 0) description = textAfter(header, entry);
  return { lines, description, roles };
}

/**
 * The description without its hook: the first block after the entry's header link (at the header's
 * level or above it, up to the entry) that has text of its own, not only link text such as a skills row.
 */
function textAfter(header: Element, entry: Element): string | null {
  for (let el: Element | null = header; el && el !== entry; el = el.parentElement) {
    for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.tagName === 'A') continue;
      const whole = text(sib);
      const inLinks = all(sib, 'a')
        .map((a) => text(a))
        .join(' ');
      if (!whole || clean(inLinks) === whole) continue;
      const t = blockText(sib, SKIP);
      if (t) return t;
    }
  }
  return null;
}

/** The middle dot between a role's dates and its duration, or a company and its kind of employment. */
const DOT = /\s[·•]\s/;

/** Dates written as a range: a sign between them ("Jul 2021 - Present", "2021年7月～現在"), or the word for present. */
const isRange = (dates: string): boolean => /[^\p{L}\p{N}\s.,'’]/u.test(dates) || PRESENT.test(dates);

function isCurrent(dates: string): boolean {
  // "Jul 2021 - Present · 3 yrs 1 mo": the range is before the dot, the duration after it.
  const range = dates.split(DOT)[0] ?? dates;
  const n = years(range).length;
  // Language-independent: a range with a single year has no end date; a single date is a role of a month or
  // less ("Feb 2019 · 1 mo"), which has ended.
  return n < 2 && (n > 0 ? isRange(range) : PRESENT.test(range));
}

/** A position, and whether its dates were read (a year, or the word for "present", on one of its lines). */
type Role = [ExperienceEntry, boolean];

function role(
  lines: readonly string[],
  description: string | null,
  groupCompany: string | null,
): Role | null {
  const title = lines[0];
  if (!title) return null;
  // The dates: the first line with a year and, after its middle dot, a duration ("Jan 2021 - Present · 4 yrs",
  // "… · ٤ سنوات"); else one whose dates are a range ("2024 - aujourd'hui"); else any line with a year. Not a
  // company named with a year ("Expo 2020 Dubai · Contract"), nor a description's year.
  const find = (ok: (parts: string[]) => boolean) =>
    lines.findIndex((l, i) => i > 0 && years(l).length > 0 && ok(asciiDigits(l).split(DOT)));
  let dateIdx = find((p) => /\d/.test(p[1] ?? ''));
  if (dateIdx < 0) dateIdx = find((p) => isRange(p[0]!));
  if (dateIdx < 0) dateIdx = find(() => true);
  let company = groupCompany ?? '';
  if (groupCompany === null) {
    const second = lines[1];
    // "Company · Full-time": the employment type follows a middle dot.
    if (second && (dateIdx === -1 || dateIdx > 1)) company = second.split(DOT)[0] ?? second;
  }
  // No year: a "Present" line after the company's (never the company line itself) is a date line still.
  const dates =
    lines[dateIdx] ?? lines.find((l, i) => i > (groupCompany === null ? 1 : 0) && PRESENT.test(l));
  return [{ title, company, current: !!dates && isCurrent(dates), description }, !!dates];
}

function readExperience(ctx: Ctx, sec: Element, kind: 'experience'): Field<ExperienceEntry[]> {
  const out: ExperienceEntry[] = [];
  let undated = false;
  const add = (r: Role | null): void => {
    if (r) out.push(r[0]);
    if (r && !r[1]) undated = true;
  };
  const guest = GUEST && ctx.guest;
  for (const entry of entriesOf(ctx, sec)) {
    if (guest) {
      add(guest.role(entry));
      continue;
    }
    const parts = partsOf(entry);
    if (parts.roles.length > 0) {
      const company = parts.lines[0] ?? '';
      for (const r of parts.roles) {
        const rp = partsOf(r);
        add(role(rp.lines, rp.description, company));
      }
    } else add(role(parts.lines, parts.description, null));
  }
  if (out.length === 0) return noEntries(ctx, kind);
  // "No current role" is a claim about the dates: when some were not read (a layout that hides them, a
  // script we do not know), a current role may be among them.
  if (undated && !out.some((e) => e.current)) {
    return notRecognised(ctx, 'experience dates');
  }
  // "Show all 8 experiences" links to the full list: these are the first ones (Education's short list is left
  // as shown: no check needs more than one school).
  return showAll(sec, kind) !== undefined ? { ...found(out), partial: true } : found(out);
}

function readEducation(ctx: Ctx, sec: Element, kind: 'education'): Field<EducationEntry[]> {
  const out: EducationEntry[] = [];
  for (const entry of entriesOf(ctx, sec)) {
    const school = GUEST && ctx.guest ? ctx.guest.school(entry) : (partsOf(entry).lines[0] ?? '');
    if (school) out.push({ school });
  }
  if (out.length > 0) return found(out);
  return noEntries(ctx, kind);
}

/** The sections counted, each named as in its /in/<slug>/details/<name>/ page. */
type Counted = 'skills' | 'recommendations' | 'featured' | 'certifications' | 'volunteering' | 'languages';

/**
 * The number in the card's "Show all 30 skills" link: undefined without the link, null when it says none.
 * The link is there only when the list is cut short.
 */
function showAll(sec: Element, kind: string): number | null | undefined {
  const own = S.showAll(kind);
  // Anywhere in the card but in a tab other than the first: Ember's recommendations show "Received" first, and
  // keep the "Given" tab (with a Show all link of its own) in the page while it is hidden.
  const tab = first(sec, S.tabPanel);
  const link = all(sec, 'a').find(
    (a) => own.test((a as HTMLAnchorElement).href) && (a.closest(S.tabPanel[0]) ?? tab) === tab,
  );
  // An Ember id (ember2345) is not a count: only navigation-index-Show-all-30-skills says one.
  return link && (parseCount(text(link)) ?? parseCount(link.id.split('index-')[1] ?? ''));
}

function readCount(ctx: Ctx, sec: Element, kind: Counted): Field<number> {
  // "Show all 30 skills" / "Afficher les 30 compétences": take the number, not the words; else the one in
  // the id (navigation-index-Show-all-30-skills: a hyphen after it, never a multiplier). The link is there
  // only when the list is cut short, so without a number the count is unknown, not the entries shown.
  const shown = showAll(sec, kind);
  if (shown !== undefined) return shown === null ? notRecognised(ctx, `${kind} count`) : found(shown);
  // Else the entries shown; none recognised (0) is no count.
  // (Recommendations are counted by their authors: their entries are not looked for.)
  const entries = kind === 'recommendations' ? null : entriesOf(ctx, sec);
  const n = entries ? entries.length : recommendationCount(ctx, sec);
  // Unless a control of the card's own (in no entry) says, in words, a larger number: "Afficher les 12
  // compétences" as a button, or as a link to a details page at an address we do not know. The list is cut
  // short then, and 3 would be wrong. (A year or a badge is no such control. Recommendations are counted by
  // their authors, and keep the "Given" tab's own "Show all" in the card.)
  if (
    entries &&
    all(sec, 'a[href*="/details/"],button').some(
      (c) =>
        !entries.some((e) => e.contains(c)) && /\p{L}{3}/u.test(text(c)) && (firstInteger(text(c)) ?? 0) > n,
    )
  )
    return notRecognised(ctx, `${kind} count`);
  return n > 0 ? found(n) : noEntries(ctx, kind);
}

/** The members recommending her in the card (0 when none is recognised). */
function recommendationCount(ctx: Ctx, sec: Element): number {
  if (GUEST && ctx.guest) return ctx.guest.recommenders(sec) ?? entriesOf(ctx, sec).length;
  // Ember shows "Received" and "Given" tabs: the first panel is the received ones. Count the distinct
  // members recommending (each card links to its author twice: photo and name).
  const panel = first(sec, S.tabPanel) ?? sec;
  const own = (ctx.slug ?? '').toLowerCase();
  const authors = new Set<string>();
  for (const a of all(panel, MEMBER_LINK)) {
    const s = slugFromHref(attr(a, 'href'))?.toLowerCase();
    if (s && s !== own) authors.add(s);
  }
  return authors.size;
}

// ---- The guest page ----------------------------------------------------------------------------------

/**
 * What only the signed-out guest page (layout linkedin-public) needs to read its fields. Only readLinkedIn
 * refers to it: see readOwnLinkedIn.
 */
interface GuestPage {
  /** Why a section that is not on the page is not absent. */
  notShown(kind: Kind): string;
  /** The headline when its hook is gone, or ''. */
  headline(top: Element): string;
  /** The stock cover LinkedIn draws when no banner is set? */
  stockCover(top: Element): boolean;
  /** The follower count from the page's JSON-LD, or null. */
  followers(doc: Document): number | null;
  /** The entries of a list section. */
  entries(sec: Element): Element[];
  /** A position, from one entry of the Experience section. */
  role(li: Element): Role | null;
  /** A school's name, from one entry of the Education section, or ''. */
  school(entry: Element): string;
  /** "1 person has recommended Eduardo": the count, or null. */
  recommenders(sec: Element): number | null;
}

const GUEST_PAGE: GuestPage = {
  notShown: (kind) => `${kind} is not shown on the public page`,
  // The guest page's headline is the <h2> after the name; the sign-in modals' <h2>s are in dialogs.
  headline: (top) => text(all(top, 'h2').find((h) => !h.closest(S.dialog))),
  // The guest page draws a stock cover from static.licdn.com when none is set.
  stockCover: (top) => !!top.querySelector(S.publicCover)?.getAttribute('src')?.includes('static.licdn.com'),
  followers: jsonLdFollowers,
  entries: (sec) => all(sec, S.publicEntry.item).filter((li) => !li.querySelector('li')),
  role: publicRole,
  school: (entry) => text(first(entry, ['h3'])),
  recommenders: (sec) => parseCount(text(first(sec, S.publicRecommenders))),
};

function jsonLdFollowers(doc: Document): number | null {
  for (const script of allOf(doc, S.jsonLd)) {
    const data = parseJson(script.textContent);
    const graph = isRecord(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data];
    for (const node of graph) {
      const stat = isRecord(node) ? node.interactionStatistic : null;
      if (isRecord(stat) && typeof stat.userInteractionCount === 'number') return stat.userInteractionCount;
    }
  }
  return null;
}

function publicRole(li: Element): Role | null {
  const title = text(first(li, S.publicEntry.title));
  if (!title) return null;
  const company = text(first(li, S.publicEntry.subtitle));
  const dates = first(li, S.publicEntry.dates) ?? li;
  // The guest page marks dates up as <time>: a single one opens a range with no end ("Jul 2021 - Present"), or
  // is a role of one month ("Jun 2021 1 month"), which has ended.
  const times = dates.querySelectorAll(S.publicEntry.time).length;
  const t = text(dates);
  const current = times === 1 ? /[-–—]/.test(t) || isCurrent(t) : times > 1 ? false : isCurrent(t);
  // The description block follows the date and place lines; without its hooks, it is the <div> among
  // them (the dates are found by their <time> tags).
  const desc = first(li, S.publicEntry.description);
  let description = desc ? blockText(desc, SKIP) || null : null;
  const meta = li.querySelector(S.publicEntry.time)?.closest('p')?.parentElement;
  if (!desc && meta) {
    const block = [...meta.children].find((c) => c.tagName === 'DIV');
    description = block ? blockText(block, SKIP) || null : null;
  }
  return [{ title, company, current, description }, times > 0 || years(t).length > 0 || PRESENT.test(t)];
}
