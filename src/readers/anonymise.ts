// "Report a reading problem": an anonymised copy of a profile page's STRUCTURE that a user can attach to a
// bug report without handing over their data. Pure DOM, no browser API: it runs in the content script and
// in node under jsdom.
//
// What survives: tag names, and attributes the readers hook onto (id, class, role, type, data-*, aria-*,
// componentkey...), with identifiers inside them reduced. What does not: every text node and every
// text-bearing attribute becomes same-length filler (letters -> x/X, digits -> 0, spaces and punctuation
// kept); URLs keep only their shape (structural host, route words; the owner's slug or handle -> OWNER, other identifiers -> '*'); script, style and
// the LinkedIn <code id="bpr-guid-*"> JSON blobs lose their content; comments, on* handlers, inline styles
// and nonces are dropped. The copy is inert when opened: no handlers, no script content, javascript: URLs
// neutralised, and a Content-Security-Policy "default-src 'none'" meta first in <head>.
//
// Security by construction (STYLE.md #10): the copy is built element by element in an inert document (no
// browsing context, so nothing loads), setting only attributes that went through the policy below; it is
// never parsed back from a string.

import { linkedInPage } from './linkedin/url.ts';
import { xPage } from './x/url.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const KNOWN_NAMESPACES = new Set([
  HTML_NS,
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  XMLNS_NS,
]);

const words = (list: string): string[] => list.trim().split(/\s+/);

/**
 * What the profile owner's slug or handle becomes (other identifiers become '*'). A valid slug and handle, so
 * the copy can be read back: `spruce check copy.html --url https://x.com/anonymised` runs the readers on it.
 */
export const OWNER = 'anonymised';

/** Base for relative URLs when the page's own URL is unusable (and to shape relative URLs alone). */
const DUMMY_BASE = 'https://invalid.invalid/';

/** Stop copying after this many nodes: a bug report needs the shape, not an unbounded file. */
const MAX_NODES = 200_000;
/** Attribute values longer than this are not structure; they are dropped. */
const MAX_ATTR = 2_000;

/** Route words kept in URL paths: everything else in a path is an identifier and becomes '*'. */
export const ROUTE_WORDS: ReadonlySet<string> = new Set([
  // LinkedIn profile routes and sections
  ...words(
    'in details edit intro forms overlay contact-info about-this-profile recent-activity all posts ' +
      'comments reactions shares documents images videos events newsletters about experience education ' +
      'skills certifications licenses volunteering-experiences volunteering languages recommendations ' +
      'featured projects publications courses honors interests services patents organizations ' +
      'test-scores causes received given add-edit new photo background-image open-to opportunities ' +
      'top-card profile profile-views search-appearances analytics creator settings verify verification',
  ),
  // LinkedIn site sections
  ...words(
    'company school showcase feed update jobs view mynetwork invite-connect connections messaging ' +
      'thread notifications search results people groups learning premium help legal psettings pub dir ' +
      'sales talent login signup uas authwall redir redirect me voyager api pulse newsletter dms image ' +
      'v2 aero-v1 sc h d static media li tscp-serving dtag collect',
  ),
  // X routes
  ...words(
    'status header_photo verified_followers followers following followers_you_follow with_replies ' +
      'highlights articles superfollows likes lists communities hashtag explore home i intent user flow ' +
      'tos privacy retweets quotes video profile_images profile_banners default_profile_images ' +
      'ext_tw_video_thumb amplify_video_thumb tweet_video_thumb card_img semantic_core_img emoji ' +
      'responsive-web client-web client-web-legacy hashflags grok compose post tweet connect_people ' +
      'topics communities spaces',
  ),
]);

/** Path segments that contain one of these name an asset kind the readers look for (default photo...). */
export const ASSET_MARKERS: readonly string[] = words(
  'displayphoto displaybackgroundimage framedphoto company-logo school-logo ghost default_profile ' +
    'profile_images profile_banners',
);

/** Hosts whose name is structure (the sites' own and their CDNs); any other host becomes '*'. */
export const STRUCTURAL_HOSTS: readonly string[] = words(
  'linkedin.com licdn.com lnkd.in x.com twitter.com twimg.com t.co',
);

/** Attributes dropped outright. */
const DROP = new Set(['style', 'nonce', 'integrity', 'srcdoc', 'http-equiv', 'd', 'points', 'ping']);

/** Attributes whose value is a URL (or a list of URLs). */
export const URL_ATTRS: ReadonlySet<string> = new Set(
  words(
    'href src action formaction poster cite background data manifest codebase longdesc itemid ' +
      'itemtype xlink:href action-url icon',
  ),
);
export const SRCSET_ATTRS: ReadonlySet<string> = new Set(['srcset', 'imagesrcset']);

/** Attributes that carry text a person wrote or that describes them. */
export const TEXT_ATTRS: ReadonlySet<string> = new Set(
  words(
    'alt title placeholder value label summary abbr download content datetime aria-label ' +
      'aria-placeholder aria-roledescription aria-valuetext aria-description aria-braillelabel ' +
      'aria-brailleroledescription aria-valuenow aria-valuemin aria-valuemax aria-setsize aria-posinset ' +
      'aria-rowcount aria-colcount aria-rowindex aria-colindex aria-keyshortcuts',
  ),
);

/** Attributes holding id references: reduced exactly like ids so references still line up. */
const IDREF_ATTRS = new Set(
  words(
    'id for headers form list aria-labelledby aria-describedby aria-controls aria-owns ' +
      'aria-activedescendant aria-flowto aria-details aria-errormessage popovertarget anchor',
  ),
);

/** Attributes kept verbatim (site-authored; their digits are geometry or hashes, not the member's data). */
export const VERBATIM_ATTRS: ReadonlySet<string> = new Set(
  words(
    'class charset width height viewbox tabindex aria-level x y x1 x2 y1 y2 cx cy r rx ry opacity ' +
      'fill-opacity stroke-width size maxlength minlength rows cols colspan rowspan span sizes media',
  ),
);

/** Elements whose children are dropped (code, styles, and LinkedIn's embedded JSON). */
const EMPTIED = new Set(['script', 'style', 'template', 'iframe', 'object', 'noembed', 'noframes']);

// ---------------------------------------------------------------------------------------------------------
// Text

const FILLER = /[\p{L}\p{M}]|[\p{N}]|[^\p{L}\p{M}\p{N}\p{P}\p{Z}\s\x21-\x7e]/gu;

/**
 * Same-length filler: each letter becomes x (X if upper case), each digit 0; whitespace and punctuation
 * stay where they were; other symbols (emoji...) become '*'. Length is kept per code point.
 */
export function fill(text: string): string {
  return text.replace(FILLER, (c) => {
    if (/\p{N}/u.test(c)) return '0';
    if (/[\p{L}\p{M}]/u.test(c)) return /\p{Lu}|\p{Lt}/u.test(c) ? 'X' : 'x';
    return '*';
  });
}

// ---------------------------------------------------------------------------------------------------------
// Identifiers inside kept attribute values

export interface AnonymiseContext {
  /** The profile owner's slug or handle, replaced by OWNER wherever it appears in attributes. */
  owner: RegExp | null;
  /** The same in text, where only "@handle" and ".../in/slug" count (a name may equal the handle). */
  ownerInText: RegExp | null;
  base: string;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ownerPattern = (href: string, before: string): RegExp | null => {
  const li = linkedInPage(href);
  const x = xPage(href);
  const id = li.kind !== 'other' ? li.slug : x.kind === 'profile' ? x.handle : null;
  if (!id || id.toLowerCase() === 'me') return null;
  const forms = new Set([id, encodeURIComponent(id)]);
  return new RegExp(`${before}(?:${[...forms].map(escapeRe).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
};

/** The context for one page: its URL as the base for relative links, and its owner's identifier. */
export function anonymiseContext(href: string): AnonymiseContext {
  let base = DUMMY_BASE;
  try {
    base = new URL(href).href;
  } catch {
    /* keep the dummy base */
  }
  return {
    owner: ownerPattern(href, '(?<![\\p{L}\\p{N}_])'),
    ownerInText: ownerPattern(href, '(?<=[@/])'),
    base,
  };
}

const scrubOwner = (value: string, ctx: AnonymiseContext): string =>
  ctx.owner ? value.replace(ctx.owner, OWNER) : value;

// LinkedIn member ids ("ACoAAA..." profile URNs, 39 characters) also appear outside urn: syntax, e.g.
// inside componentkey="com.linkedin.sdui.profile.card.ref<id>Skills".
const MEMBER_ID = /AC[A-Za-z0-9]AA[A-Za-z0-9_-]{34}/g;

/** urn:li:<type>:<id> -> urn:li:<type>:*, keeping upper-case enum parts of tuple ids (SKILLS, en_US). */
const URN = /urn:li:([A-Za-z_]+):(\([^()]*\)|[^\s,;"'()&]+)/g;
const reduceUrn = (value: string): string =>
  value.replace(URN, (_m, type: string, id: string) => {
    if (!id.startsWith('(')) return `urn:li:${type}:*`;
    const parts = id
      .slice(1, -1)
      .split(',')
      .map((p) => (/^[A-Z][A-Z_]+$/.test(p) || /^[a-z]{2}_[A-Z]{2}$/.test(p) ? p : '*'));
    return `urn:li:${type}:(${parts.join(',')})`;
  });

/** An opaque machine id (hash, base64, uuid part): letters and digits interleaved, or very long. */
const isOpaque = (run: string): boolean =>
  (run.length >= 24 && !/^[A-Z]?[a-z]+(?:[A-Z][a-z]*)*$/.test(run)) || // not a camelCase word
  (run.length >= 8 && /\d/.test(run) && /[A-Za-z]/.test(run) && !/^[A-Za-z]+\d+$/.test(run));

/** Reduce a token-like value (id, data-*, componentkey): owner and member ids out, opaque ids '*', digits 0. */
function reduceToken(value: string, ctx: AnonymiseContext): string {
  let v = reduceUrn(scrubOwner(value, ctx)).replace(MEMBER_ID, '*');
  v = v.replace(/[A-Za-z0-9]+/g, (run) => (isOpaque(run) ? '*' : run));
  return v.replace(/\p{N}/gu, '0');
}

/** Token-safe: looks like something a developer wrote (ids, class-like lists, enum words), not prose. */
function looksLikeText(value: string): boolean {
  if (/[^\x20-\x7e]/.test(value)) return true; // non-ASCII letters, emoji: people's text
  if (!/^[\w:.\-/#,+=()[\]@| ]*$/.test(value)) return true; // quotes, apostrophes, braces: prose or JSON
  const words = value.trim().split(/\s+/);
  // "Jane Doe", "Show all 30 skills": several words of which one is capitalised prose.
  return words.length > 1 && words.some((w) => /^[A-Z][a-z]+$/.test(w));
}

/**
 * Filler for a text node, except that the owner's own slug or handle ("@jack" on X) becomes OWNER, as it
 * does in URLs: the readers check that the page shows the profile the URL names.
 */
function fillText(text: string, ctx: AnonymiseContext): string {
  if (!ctx.ownerInText) return fill(text);
  const parts = text.split(ctx.ownerInText);
  return parts.length === 1 ? fill(text) : parts.map(fill).join(OWNER);
}

// ---------------------------------------------------------------------------------------------------------
// URLs

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

const pathShape = (pathname: string, ctx: AnonymiseContext): string =>
  pathname
    .split('/')
    .map((seg, i, all) => {
      if (seg === '') return seg;
      let decoded = seg;
      try {
        decoded = decodeURIComponent(seg);
      } catch {
        /* keep as is */
      }
      if (ctx.owner && scrubOwner(decoded, ctx) !== decoded) return OWNER;
      const lower = decoded.toLowerCase();
      if (ROUTE_WORDS.has(lower)) return seg;
      if (/^[A-Za-z0-9_.-]+$/.test(decoded) && ASSET_MARKERS.some((m) => lower.includes(m))) {
        return decoded.replace(/[A-Za-z0-9]+/g, (run) => (isOpaque(run) ? '*' : run)).replace(/\d/g, '0');
      }
      const ext =
        i === all.length - 1 ? /\.(png|jpe?g|gif|svg|webp|avif|ico|js|mjs|css|json|html?)$/i.exec(seg) : null;
      return ext ? `*${ext[0].toLowerCase()}` : '*';
    })
    .join('/');

const queryShape = (search: string): string => {
  if (search.length <= 1) return '';
  const keys = search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const key = pair.split('=')[0] ?? '';
      const safeKey = /^[A-Za-z_][\w.[\]-]{0,40}$/.test(key) ? key : '*';
      return pair.includes('=') ? `${safeKey}=*` : safeKey;
    });
  return keys.length ? `?${keys.join('&')}` : '';
};

const fragmentShape = (hash: string, ctx: AnonymiseContext): string => {
  if (hash.length <= 1) return hash;
  const frag = hash.slice(1);
  return /^[\w:.-]{1,100}$/.test(frag) ? `#${reduceToken(frag, ctx)}` : '#*';
};

const structuralHost = (host: string): boolean =>
  STRUCTURAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));

/** The shape of a URL: scheme, structural host, route words; identifiers become '*'. Never throws. */
export function urlShape(raw: string, ctx: AnonymiseContext): string {
  const value = raw.trim();
  if (value === '') return '';
  if (value.startsWith('#')) return fragmentShape(value, ctx);
  const absolute = SCHEME.test(value) || value.startsWith('//');
  let url: URL;
  try {
    // A relative URL is shaped on its own, not after joining it to the page's path.
    url = new URL(value, absolute ? ctx.base : DUMMY_BASE);
  } catch {
    return '*';
  }
  const scheme = url.protocol.replace(/:$/, '').toLowerCase();
  if (scheme === 'mailto' || scheme === 'tel' || scheme === 'sms' || scheme === 'blob') return `${scheme}:*`;
  if (scheme === 'data') {
    // Only an image's type is worth keeping; anything else (text/html...) says nothing about the layout.
    const mime = /^data:(image\/[\w.+-]+)/i.exec(value)?.[1];
    return mime ? `data:${mime.toLowerCase()},*` : 'data:,*';
  }
  if (scheme !== 'http' && scheme !== 'https')
    return `about:invalid#${/^[a-z0-9+.-]{1,20}$/.test(scheme) ? scheme : 'scheme'}`;
  const path = pathShape(url.pathname, ctx) + queryShape(url.search) + fragmentShape(url.hash, ctx);
  if (!absolute) return value.startsWith('/') ? path : path.replace(/^\//, '');
  const host = structuralHost(url.hostname.toLowerCase()) ? url.host.toLowerCase() : '*';
  return `${scheme}://${host}${path}`;
}

const looksLikeUrl = (value: string): boolean => {
  const v = value.trim();
  return (
    /^(https?:)?\/\/\S/i.test(v) ||
    /^(javascript|vbscript|data|blob|mailto|tel|file):/i.test(v.replace(/[\s\p{Cc}]/gu, '')) ||
    /^\/[^\s]*$/.test(v) ||
    /^www\.\S+\.\S+$/i.test(v)
  );
};

const srcsetShape = (value: string, ctx: AnonymiseContext): string =>
  value
    .split(',')
    .map((candidate) => {
      const [u = '', ...descriptors] = candidate.trim().split(/\s+/);
      const kept = descriptors.filter((d) => /^\d+(\.\d+)?[wx]$/.test(d));
      return [urlShape(u, ctx), ...kept].join(' ');
    })
    .join(', ');

// ---------------------------------------------------------------------------------------------------------
// The attribute policy

/** What an attribute becomes in the copy: its new value, or null to drop it. */
export function anonymiseAttribute(name: string, value: string, ctx: AnonymiseContext): string | null {
  const n = name.toLowerCase();
  if (n.startsWith('on') || DROP.has(n)) return null;
  if (n === 'xmlns' || n.startsWith('xmlns:')) return KNOWN_NAMESPACES.has(value) ? value : null;
  if (value.length > MAX_ATTR) return null;
  if (SRCSET_ATTRS.has(n)) return srcsetShape(value, ctx);
  if (URL_ATTRS.has(n)) return urlShape(value, ctx);
  if (TEXT_ATTRS.has(n)) return n === 'content' && looksLikeUrl(value) ? urlShape(value, ctx) : fill(value);
  if (n === 'class') return scrubOwner(value, ctx);
  if (VERBATIM_ATTRS.has(n)) return looksLikeText(value) ? fill(value) : scrubOwner(value, ctx);
  if (IDREF_ATTRS.has(n)) {
    return looksLikeText(value)
      ? fill(value)
      : value
          .split(/(\s+)/)
          .map((t) => (/^\s+$/.test(t) ? t : reduceToken(t, ctx)))
          .join('');
  }
  // X names avatars after the account's handle, whoever's it is (DOM.md): keep the prefix only.
  if (n === 'data-testid' && value.startsWith('UserAvatar-Container-')) {
    const owner = scrubOwner(value, ctx) !== value;
    return `UserAvatar-Container-${owner ? OWNER : '*'}`;
  }
  // Everything else (data-*, aria-* states, role, type, componentkey, name, rel, lang, ...).
  if (looksLikeUrl(value)) return urlShape(value, ctx);
  if (looksLikeText(value)) return fill(reduceUrn(value));
  return reduceToken(value, ctx);
}

// ---------------------------------------------------------------------------------------------------------
// The copy

const isBprBlob = (el: Element): boolean => el.localName === 'code' && /bpr-guid/i.test(el.id);

const createElementIn = (out: Document, src: Element): Element => {
  try {
    return out.createElementNS(
      src.namespaceURI,
      src.prefix ? `${src.prefix}:${src.localName}` : src.localName,
    );
  } catch {
    // Names the HTML parser accepts but createElementNS does not (e.g. "<a<b>"): keep a marked span.
    const span = out.createElementNS(HTML_NS, 'span');
    span.setAttribute('data-spruce-tag', 'invalid');
    return span;
  }
};

function copyAttributes(src: Element, dst: Element, ctx: AnonymiseContext): void {
  for (const attr of Array.from(src.attributes)) {
    let value: string | null;
    try {
      value = anonymiseAttribute(attr.name, attr.value, ctx);
    } catch {
      value = null;
    }
    if (value === null) continue;
    try {
      if (attr.namespaceURI) dst.setAttributeNS(attr.namespaceURI, attr.name, value);
      else dst.setAttribute(attr.name, value);
    } catch {
      // An attribute name only the parser accepts: skip it.
    }
  }
}

/** The anonymised href the copy was taken from, e.g. "https://www.linkedin.com/in/*\/". */
export function anonymiseHref(href: string): string {
  return urlShape(href, anonymiseContext(href));
}

/**
 * An anonymised copy of the page, as an HTML string to attach to a bug report. Never throws; the result is
 * a complete document (doctype, a CSP that blocks every load, and the anonymised <html> element).
 */
export function anonymisePage(doc: Document, href: string): string {
  const ctx = anonymiseContext(href);
  let out: Document;
  try {
    out = doc.implementation.createHTMLDocument('');
  } catch {
    return '<!DOCTYPE html>\n<html></html>';
  }
  const root = out.documentElement;
  // Start from an empty <html>: the inert document's own head and body are replaced by the copies.
  while (root.firstChild) root.removeChild(root.firstChild);

  const srcRoot = doc.documentElement;
  if (srcRoot) {
    try {
      copyAttributes(srcRoot, root, ctx);
    } catch {
      /* an odd root element: keep going with no attributes */
    }
    // Depth-first, attaching each element to its parent only once its own subtree is built: the parent is
    // then still detached, so the DOM's ancestor checks stay O(1) and deep pages stay linear.
    type Step = { visit: Node; into: Node } | { attach: Element; into: Node };
    let count = 0;
    const stack: Step[] = [];
    for (let c = srcRoot.lastChild; c; c = c.previousSibling) stack.push({ visit: c, into: root });
    for (let step = stack.pop(); step; step = stack.pop()) {
      try {
        if ('attach' in step) {
          step.into.appendChild(step.attach);
          continue;
        }
        if (count >= MAX_NODES) continue;
        count++;
        const node = step.visit;
        if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
          step.into.appendChild(out.createTextNode(fillText(node.nodeValue ?? '', ctx)));
        } else if (node.nodeType === ELEMENT_NODE) {
          const src = node as Element;
          const el = createElementIn(out, src);
          copyAttributes(src, el, ctx);
          stack.push({ attach: el, into: step.into });
          if (EMPTIED.has(src.localName) || isBprBlob(src)) continue;
          for (let c = src.lastChild; c; c = c.previousSibling) stack.push({ visit: c, into: el });
        }
        // Comments, processing instructions, doctypes: dropped.
      } catch {
        /* one odd node must not lose the whole report */
      }
    }
    if (count >= MAX_NODES) root.setAttribute('data-spruce-truncated', String(MAX_NODES));
  }

  // A CSP first in <head>: opening the copy loads nothing and runs nothing.
  let head = Array.from(root.children).find((c) => c.localName === 'head');
  if (!head) {
    head = out.createElementNS(HTML_NS, 'head');
    root.insertBefore(head, root.firstChild);
  }
  const csp = out.createElementNS(HTML_NS, 'meta');
  csp.setAttribute('http-equiv', 'Content-Security-Policy');
  csp.setAttribute('content', "default-src 'none'; form-action 'none'; base-uri 'none'");
  const marker = out.createElementNS(HTML_NS, 'meta');
  marker.setAttribute('name', 'spruce-anonymised');
  marker.setAttribute('content', anonymiseHref(href));
  head.insertBefore(marker, head.firstChild);
  head.insertBefore(csp, head.firstChild);

  return `<!DOCTYPE html>\n${root.outerHTML}\n`;
}
