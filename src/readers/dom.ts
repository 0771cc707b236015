// Small DOM helpers shared by the readers. No browser or extension API: these run in the page's content
// script and in node under jsdom (tests, the CLI). Text is read with textContent, never innerText: innerText
// forces a layout of the host page (slow inside LinkedIn) and jsdom does not implement it.

/** A selector with its dated alternatives, tried in order (see the sites' selectors.ts). */
export type Alternatives = readonly string[];

// No /u flag: every character here is in the BMP, so it matches the same, and compiles faster in the page.
const WS = /[\s\u00A0\u202F\u200B\uFEFF]+/g;

/** Collapse whitespace and trim. */
export const clean = (s: string | null | undefined): string => (s ?? '').replace(WS, ' ').trim();

/** An element's text on one line (whitespace collapsed). */
export const text = (el: Element | null | undefined): string => clean(el?.textContent);

/** Every element under `root` matching `selector`, as an array. */
export const all = (root: ParentNode, selector: string): Element[] => [...root.querySelectorAll(selector)];

/** An attribute's value, or null. */
export const attr = (el: Element, name: string): string | null => el.getAttribute(name);

/** The first element matching any alternative, trying them in order (an earlier alternative wins). */
export function first(root: ParentNode, alternatives: Alternatives): Element | null {
  for (const sel of alternatives) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** All elements matching the first alternative that matches anything. */
export function allOf(root: ParentNode, alternatives: Alternatives): Element[] {
  for (const sel of alternatives) {
    const els = root.querySelectorAll(sel);
    if (els.length > 0) return [...els];
  }
  return [];
}

/** Elements of `els` not contained in another element of `els` (the outermost ones), in order. */
export function outermost(els: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (const el of els) {
    const last = out[out.length - 1];
    // querySelectorAll returns document order, so an ancestor always precedes its descendants.
    if (last && last.contains(el)) continue;
    if (out.some((o) => o.contains(el))) continue;
    out.push(el);
  }
  return out;
}

export interface BlockTextOptions {
  /** Subtrees to leave out (buttons such as "…see more", visually-hidden twins). */
  skip?: (el: Element) => boolean;
  /**
   * Whether <p>, <div> and <li> boundaries break lines (default true). X draws inline links and mentions as
   * <div>s, so its bios break only where the member typed a newline.
   */
  blocks?: boolean;
}

/**
 * Multi-line text of a block: <br> and block boundaries become line breaks, emoji images become their alt
 * text, spaces inside lines are collapsed. Walks only the given (small) subtree.
 */
export function blockText(root: Element | null | undefined, options: BlockTextOptions = {}): string {
  if (!root) return '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        parts.push(n.nodeValue ?? '');
      } else if (n.nodeType === 1) {
        const el = n as Element;
        const tag = el.tagName;
        if (tag === 'BR') {
          parts.push('\n');
          continue;
        }
        if (tag === 'IMG') {
          // X and LinkedIn draw emoji as <img alt="🔶">; the alt is the character the member typed.
          parts.push(el.getAttribute('alt') ?? '');
          continue;
        }
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'svg' || tag === 'SVG') continue;
        if (options.skip?.(el)) continue;
        const block = options.blocks !== false && (tag === 'P' || tag === 'DIV' || tag === 'LI');
        if (block) parts.push('\n');
        walk(el);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => clean(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** JSON.parse returning null instead of throwing: page-embedded JSON is sometimes truncated or mis-escaped. */
export function parseJson(s: string | null | undefined): unknown {
  if (!s) return null;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The path segment after "/in/" in a LinkedIn link (relative or absolute), decoded, or null. */
export function slugFromHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const m = /(?:^|linkedin\.com)\/in\/([^/?#]+)/i.exec(href);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
