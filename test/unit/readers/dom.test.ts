import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import {
  blockText,
  clean,
  first,
  outermost,
  parseJson,
  slugFromHref,
  text,
} from '../../../src/readers/dom.ts';

// Pages built with the DOM API, not from HTML strings.
function page(build: (doc: Document) => Element): { doc: Document; el: Element } {
  const doc = new JSDOM('').window.document;
  const el = build(doc);
  doc.body.appendChild(el);
  return { doc, el };
}

function h(
  doc: Document,
  tag: string,
  children: Array<Node | string> = [],
  attrs: Record<string, string> = {},
): Element {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}

describe('text helpers', () => {
  it('collapse every kind of space', () => {
    expect(clean('  a\u00A0 b\u202Fc\n\td\u200B ')).toBe('a b c d');
    expect(clean(null)).toBe('');
  });

  it('read block text with line breaks, emoji alts, and skipped controls', () => {
    const { el } = page((d) =>
      h(d, 'div', [
        h(d, 'p', ['First line', h(d, 'br'), 'second ', h(d, 'img', [], { alt: '🔶' }), ' line']),
        h(d, 'p', ['Next paragraph', h(d, 'button', ['…see more'])]),
      ]),
    );
    expect(blockText(el, { skip: (e) => e.tagName === 'BUTTON' })).toBe(
      'First line\nsecond 🔶 line\n\nNext paragraph',
    );
    expect(blockText(el, { blocks: false, skip: (e) => e.tagName === 'BUTTON' })).toBe(
      'First line\nsecond 🔶 lineNext paragraph',
    );
    // textContent glues blocks together: fine for one-line labels, which is all text() is used for.
    expect(text(el)).toBe('First linesecond lineNext paragraph…see more');
  });
});

describe('element helpers', () => {
  it('take the first alternative that matches, in priority order', () => {
    const { doc } = page((d) =>
      h(d, 'div', [h(d, 'span', ['b'], { class: 'b' }), h(d, 'span', ['a'], { class: 'a' })]),
    );
    expect(first(doc, ['.missing', '.a', '.b'])?.textContent).toBe('a');
    expect(first(doc, ['.missing'])).toBeNull();
  });

  it('keep the outermost of nested matches', () => {
    const { doc } = page((d) =>
      h(d, 'div', [
        h(d, 'div', [h(d, 'div', [], { class: 'x inner' })], { class: 'x outer' }),
        h(d, 'div', [], { class: 'x' }),
      ]),
    );
    const all = Array.from(doc.querySelectorAll('.x'));
    expect(outermost(all).map((e) => e.className)).toEqual(['x outer', 'x']);
  });
});

describe('slugFromHref', () => {
  it.each([
    ['/in/jane-doe/overlay/contact-info/', 'jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/', 'jane-doe'],
    ['https://se.linkedin.com/in/ren%C3%A9e-dupont', 'renée-dupont'],
    ['https://www.linkedin.com/company/acme/', null],
    [null, null],
  ])('%s -> %s', (href, want) => {
    expect(slugFromHref(href)).toBe(want);
  });
});

describe('parseJson', () => {
  it('returns null for broken JSON instead of throwing', () => {
    expect(parseJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseJson('{"a": "unescaped "quote""}')).toBeNull();
    expect(parseJson(undefined)).toBeNull();
  });
});
