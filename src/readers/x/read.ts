// X (Twitter) profile page -> XProfile. Pure DOM reading: no browser or extension API (content script,
// jsdom in tests, the CLI). X renders client-side: until [data-testid="UserName"] is there, nothing about
// the profile can be told, so everything is "unknown" rather than "absent".

import type { Field, XFields, XProfile } from '../../core/profile.ts';
import { profileKey } from '../../core/profile.ts';
import { absent, found, unknown } from '../../core/field.ts';
import { asciiDigits, parseCount } from '../../core/numbers.ts';
import { allOf, blockText, clean, first, isRecord, parseJson, text } from '../dom.ts';
import { xPage } from './url.ts';
import * as S from './selectors.ts';

const HANDLE = /^@([A-Za-z0-9_]{1,15})$/;
// "Pinned" in a few UI languages, a fallback for when the pin icon's path changes.
const PINNED = /^(pinned|épinglé|angeheftet|fijado|fixado|fissato|vastgezet|固定|置顶|고정됨)/i;

// Month names by their first letters (accents removed), for "Joined August 2006" and its translations.
const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(jan|ene|gen)/, 1],
  [/^(feb|fev)/, 2],
  [/^mar/, 3],
  [/^(apr|avr|abr)/, 4],
  [/^(may|mai|mag)/, 5],
  [/^(juil|jul|lug)/, 7],
  [/^(juin|jun|giu)/, 6],
  [/^(aug|aou|ago)/, 8],
  [/^(sep|set)/, 9],
  [/^(oct|okt|out|ott)/, 10],
  [/^nov/, 11],
  [/^(dec|dez|dic)/, 12],
];

interface LdProfile {
  name?: string;
  description?: string;
  followers?: number;
  following?: number;
  created?: string;
  id?: string;
}

interface Ctx {
  doc: Document;
  /** The primary column (or the document): where the profile and its timeline are. */
  root: ParentNode;
  handle: string;
  userName: Element;
  ld: LdProfile | null;
  /** On the Posts (or Replies) tab, where the pinned post and one's own newest posts are shown. */
  postsTab: boolean;
  recognised: string[];
  unrecognised: string[];
}

export interface ReadOptions {
  /**
   * Read only the owner's own profile (the content script): on someone else's, stop at the owner check.
   * The result then has `own: false`, the name and handle, and every other field unknown. `own` is always
   * what the full read would say.
   */
  ownOnly?: boolean;
}

export function readX(doc: Document, href: string, options: ReadOptions = {}): XProfile {
  const page = xPage(href);
  const urlHandle = page.kind === 'profile' ? page.handle : null;
  const tab = tabOf(href);
  const root: ParentNode = first(doc, S.primaryColumn) ?? doc;
  const userName = first(root, S.userName);
  const shown = userName ? shownIdentity(userName) : null;
  const handle = urlHandle ?? shown?.handle ?? null;
  const recognised: string[] = [];
  const unrecognised: string[] = [];

  const base = {
    platform: 'x' as const,
    layout: 'x' as const,
    url: href,
    key: profileKey('x', handle ?? 'unknown'),
    health: { recognised, unrecognised },
  };

  if (!userName || !handle) {
    unrecognised.push('UserName');
    return { ...base, own: null, fields: allUnknown('profile header not rendered (yet) on this page') };
  }
  // After an SPA navigation the URL changes before the header does.
  if (urlHandle && shown?.handle && shown.handle.toLowerCase() !== urlHandle.toLowerCase()) {
    unrecognised.push('UserName (shows another profile)');
    return {
      ...base,
      own: null,
      fields: allUnknown('the page still shows another profile (it may be loading)'),
    };
  }
  recognised.push('UserName');

  const ctx: Ctx = {
    doc,
    root,
    handle,
    userName,
    ld: jsonLd(doc, handle),
    postsTab: tab === null || tab === 'with_replies',
    recognised,
    unrecognised,
  };
  if (ctx.ld) recognised.push('JSON-LD');

  const own = detectOwn(ctx);
  if (options.ownOnly && own === false) {
    const fields: XFields = {
      ...allUnknown("someone else's profile: not read"),
      handle: found(shown?.handle ?? handle),
    };
    if (shown?.name) fields.name = found(shown.name);
    return { ...base, own, fields };
  }
  return { ...base, own, fields: readFields(ctx, shown) };
}

function tabOf(href: string): string | null {
  try {
    return new URL(href).pathname.split('/').filter(Boolean)[1] ?? null;
  } catch {
    return null;
  }
}

/** Name and handle as the header shows them: the first text block is the name, the last "@..." the handle. */
function shownIdentity(userName: Element): { name: string; handle: string | null } {
  const blocks = Array.from(userName.querySelectorAll(S.textRun));
  let handleEl: Element | null = null;
  for (const el of blocks) if (HANDLE.test(text(el))) handleEl = el;
  const nameEl = blocks.find((el) => el !== handleEl) ?? null;
  // A display name may itself start with "@" (x.com/jason shows "@jason" above "@Jason").
  const name = inline(nameEl);
  const handle = handleEl ? (HANDLE.exec(text(handleEl))?.[1] ?? null) : null;
  return { name, handle };
}

/**
 * One-line text with emoji images as their characters. Buttons are kept: the professional category is a
 * button, and the verified badge's button holds only an icon.
 */
function inline(el: Element | null): string {
  return clean(blockText(el, { blocks: false }).replace(/\n+/g, ' '));
}

function jsonLd(doc: Document, handle: string): LdProfile | null {
  for (const script of allOf(doc, S.jsonLd)) {
    const data = parseJson(script.textContent);
    const person = isRecord(data) && isRecord(data.mainEntity) ? data.mainEntity : null;
    if (!person) continue;
    // Only trust it when it describes this profile: X may keep the previous page's copy after navigation.
    const url = typeof person.url === 'string' ? person.url : '';
    const alt = typeof person.additionalName === 'string' ? person.additionalName : '';
    const same = (s: string): boolean => s.toLowerCase() === handle.toLowerCase();
    if (!same(alt) && !same(url.replace(/^https:\/\/(?:x|twitter)\.com\//, ''))) continue;
    const out: LdProfile = {};
    if (typeof person.name === 'string') out.name = person.name;
    if (typeof person.description === 'string') out.description = person.description;
    if (typeof person.identifier === 'string') out.id = person.identifier;
    if (isRecord(data) && typeof data.dateCreated === 'string') out.created = data.dateCreated;
    const stats = Array.isArray(person.interactionStatistic) ? person.interactionStatistic : [];
    for (const s of stats) {
      if (!isRecord(s) || typeof s.userInteractionCount !== 'number') continue;
      const type = String(s.interactionType ?? '');
      if (type.endsWith('/FollowAction')) out.followers = s.userInteractionCount;
      if (type.endsWith('/SubscribeAction')) out.following = s.userInteractionCount;
    }
    return out;
  }
  return null;
}

function detectOwn(ctx: Ctx): boolean | null {
  const { root, userName, ld } = ctx;
  const owner = first(root, S.ownerOnly) !== null;
  // The profile's own follow button: by X's user id when the JSON-LD gives it, else one placed before the
  // name in the header (a "Who to follow" list further down has follow buttons for other accounts).
  let follow = false;
  if (ld?.id && /^\d+$/.test(ld.id)) {
    const id = ld.id;
    follow = root.querySelector(S.followButtonFor(id)) !== null;
  }
  if (!follow) {
    for (const b of root.querySelectorAll(S.followButton)) {
      if (b.compareDocumentPosition(userName) & 4) {
        follow = true;
        break;
      }
    }
  }
  if (owner !== follow) return owner;
  return null;
}

// ---- Fields ------------------------------------------------------------------------------------------

function allUnknown(reason: string): XFields {
  const u = unknown(reason);
  return {
    name: u,
    handle: u,
    bio: u,
    location: u,
    website: u,
    category: u,
    avatar: u,
    header: u,
    pinned: u,
    followers: u,
    following: u,
    verified: u,
    joined: u,
    lastPostAt: u,
  };
}

function readFields(ctx: Ctx, shown: { name: string; handle: string | null } | null): XFields {
  const { userName, handle } = ctx;
  const items = first(ctx.root, S.headerItems);
  if (items) ctx.recognised.push('UserProfileHeader_Items');
  else ctx.unrecognised.push('UserProfileHeader_Items');
  const avatar = readAvatar(ctx);
  return {
    name: shown?.name
      ? found(shown.name)
      : ctx.ld?.name
        ? found(ctx.ld.name)
        : unknown('name not recognised'),
    handle: found(shown?.handle ?? handle),
    bio: readBio(ctx, items),
    location: item(ctx, items, S.location, 'location'),
    website: item(ctx, items, S.website, 'website'),
    category: item(ctx, items, S.category, 'category'),
    avatar: avatar.field,
    header: readHeader(ctx, avatar.linked),
    pinned: readPinned(ctx),
    followers: readCount(ctx, S.followers(handle), ctx.ld?.followers, 'followers'),
    following: readCount(ctx, S.following(handle), ctx.ld?.following, 'following'),
    verified: found(userName.querySelector(S.verifiedIcon.join(', ')) !== null),
    joined: readJoined(ctx),
    lastPostAt: readLastPost(ctx),
  };
}

function readBio(ctx: Ctx, items: Element | null): Field<string> {
  const { root, userName } = ctx;
  const el = first(root, S.description);
  if (el) {
    const t = blockText(el, { blocks: false });
    if (t) return found(t);
    ctx.unrecognised.push('bio');
    return unknown('bio recognised but its text was not');
  }
  // X leaves UserDescription out when the bio is empty. UserName alone does not show that: the rest of the
  // header may not have rendered yet. A real absence needs a part rendered below the bio's place (the items
  // row, the join date, the following count) with no text between the name and it: text there may be a
  // bio whose test id changed.
  const below = items ?? first(root, [...S.joinDate, ...S.following(ctx.handle)]);
  if (below && userName.compareDocumentPosition(below) & 4) {
    const between = ctx.doc.createRange();
    between.setStartAfter(userName);
    between.setEndBefore(below);
    if (!clean(between.toString())) return absent;
  }
  ctx.unrecognised.push('bio');
  return unknown('bio not recognised');
}

/** An optional header item: absent only when the row that would hold it has rendered without it. */
function item(ctx: Ctx, items: Element | null, sel: readonly string[], label: string): Field<string> {
  const el = first(items ?? ctx.root, sel);
  const t = inline(el);
  if (t) return found(t);
  // Absent only when the row that would hold the item rendered without it, and each item it shows is one we
  // know: after X renames an item's test id, that item may be this one. An item we found but could not read
  // is not absent.
  if (items && !el) {
    if ([...items.children].every((c) => c.matches(S.knownItem) || c.querySelector(S.knownItem)))
      return absent;
    ctx.unrecognised.push(label);
    return unknown(`${label}: an item in the header row was not recognised`);
  }
  ctx.unrecognised.push(label);
  return unknown(`${label}: the header items row was not recognised`);
}

function readAvatar(ctx: Ctx): { field: Field<true>; linked: boolean } {
  const img = first(ctx.root, S.avatar(ctx.handle));
  const linked = first(ctx.root, S.avatarLink(ctx.handle)) !== null;
  const src = img?.getAttribute('src') ?? '';
  if (/default_profile_images/.test(src)) return { field: absent, linked };
  if (/\/profile_images\//.test(src)) return { field: found(true), linked };
  ctx.unrecognised.push('avatar');
  return { field: unknown('avatar not recognised'), linked };
}

function readHeader(ctx: Ctx, avatarLinked: boolean): Field<true> {
  const img = first(ctx.root, S.headerPhoto(ctx.handle));
  if (/profile_banners/.test(img?.getAttribute('src') ?? '')) return found(true);
  // The link is there only when a header is set, even before its image has loaded.
  if (first(ctx.root, S.headerPhotoLink(ctx.handle))) return found(true);
  // The header photo and the avatar render together: with the avatar's link there and no header link,
  // the header is the default blank one.
  if (avatarLinked) return absent;
  ctx.unrecognised.push('header');
  return unknown('header photo not recognised');
}

function posts(ctx: Ctx): Element[] {
  return allOf(ctx.root, S.timeline);
}

/**
 * Has the top of the timeline left the page? X removes the cells far above the view once she scrolls down:
 * then the first post left is not the first post, and the pinned post and the newest one may be gone. Known
 * only while the cells are placed by translateY, the first at 0.
 */
function topGone(articles: Element[]): boolean {
  const list = articles[0]?.closest(S.timelineCell)?.parentElement;
  const at = [...(list?.children ?? [])].map(
    (c) => /translateY\((\d+)/.exec(c.getAttribute('style') ?? '')?.[1],
  );
  return at.some((y) => y) && !at.includes('0');
}

function readPinned(ctx: Ctx): Field<true> {
  const articles = posts(ctx);
  if (topGone(articles)) return unknown('the top of the timeline has scrolled out of the page');
  for (const a of articles) {
    const sc = a.querySelector(S.socialContext);
    if (!sc) continue;
    if (a.querySelector(`path[d^="${S.pinIconPath}"]`) || PINNED.test(text(sc))) return found(true);
  }
  if (!ctx.postsTab) return unknown('the pinned post shows on the Posts tab only');
  // The first post carries a label we could not recognise (a pin in another language, or a repost):
  // it may be pinned, so say so rather than claim there is no pinned post.
  if (articles[0]?.querySelector(S.socialContext))
    return unknown('could not tell whether the first post is pinned');
  // A pinned post is always first on the timeline: posts loaded without one means none is pinned.
  if (articles.length > 0 || first(ctx.root, S.emptyTimeline)) return absent;
  ctx.unrecognised.push('timeline');
  return unknown('timeline not loaded');
}

function readLastPost(ctx: Ctx): Field<string> {
  if (!ctx.postsTab) return unknown('not the Posts tab');
  if (topGone(posts(ctx))) return unknown('the top of the timeline has scrolled out of the page');
  let best: string | null = null;
  let bestT = -Infinity;
  // The newest of all: the pinned post comes first but may be older than the rest.
  for (const a of posts(ctx)) {
    for (const t of a.querySelectorAll(S.postTime)) {
      const iso = t.getAttribute('datetime') ?? '';
      const ms = Date.parse(iso);
      if (Number.isFinite(ms) && ms > bestT) {
        bestT = ms;
        best = iso;
      }
    }
  }
  if (best) return found(best);
  if (first(ctx.root, S.emptyTimeline)) return absent;
  ctx.unrecognised.push('timeline');
  return unknown('no posts loaded on the page');
}

function readCount(
  ctx: Ctx,
  sel: readonly string[],
  exact: number | undefined,
  label: string,
): Field<number> {
  // The JSON-LD has the exact figure; the page shows it abbreviated ("1M").
  if (exact !== undefined) return found(exact);
  const shown = text(first(ctx.root, sel));
  // Turkish abbreviates thousands "B" (bin) and millions "Mn": "12,5 B Takipçi" is 12,500, not 12.5 billion.
  const n = parseCount(
    /^tr\b/i.test(ctx.doc.documentElement.lang) ? shown.replace(/(\d)\s*B\b/, '$1K') : shown,
  );
  // A short unit word the parser does not know ("12 tys.", "12 mi", "12 rb"): the number without it would be
  // a thousandfold wrong. Known ones ("1.2K", "1,2 Mio.", "1.2万") change the number; unknown ones do not.
  // Three letters at most, and no Chinese, Japanese or Korean: their labels are that short ("564 关注者").
  const unit =
    /^(\D*[\d.,\s\u00A0\u202F]*\d)\s*(?:(?![\p{sc=Han}\p{sc=Hangul}\p{sc=Kana}])\p{L}){1,3}\.?(?=\s|$)/u.exec(
      asciiDigits(shown),
    );
  if (n !== null && !(unit && parseCount(unit[1]!) === n)) return found(n);
  ctx.unrecognised.push(label);
  return unknown(`${label} count not recognised`);
}

function readJoined(ctx: Ctx): Field<string> {
  const created = ctx.ld?.created;
  if (created && /^\d{4}-\d{2}/.test(created)) return found(created.slice(0, 7));
  const t = text(first(ctx.root, S.joinDate));
  const ym = joinedFromText(t);
  if (ym) return found(ym);
  ctx.unrecognised.push('joined');
  return unknown(t ? 'join date in an unrecognised language' : 'join date not recognised');
}

/** "Joined August 2006", "A rejoint X en août 2006", "2006年8月からXを利用しています": "2006-08". */
export function joinedFromText(t: string): string | null {
  const cjk = /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]/.exec(t);
  if (cjk?.[1] && cjk[2]) return `${cjk[1]}-${cjk[2].padStart(2, '0')}`;
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(t)?.[1];
  if (!year) return null;
  const words = t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/);
  for (const w of words) {
    if (w.length < 3) continue;
    for (const [re, m] of MONTHS) if (re.test(w)) return `${year}-${String(m).padStart(2, '0')}`;
  }
  return null;
}
