// The "report a reading problem" anonymiser, proved on every capture in ../shared/fixtures: no text, name,
// handle or number of the page survives, while the hooks the readers use do. Failures name the offending
// word count and attribute, never the capture's text beyond what the assertion needs.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { CAPTURE_FILES, captureUrl } from './captures.ts';
import { describe, expect, it } from 'vitest';
import {
  ASSET_MARKERS,
  OWNER,
  ROUTE_WORDS,
  SRCSET_ATTRS,
  STRUCTURAL_HOSTS,
  TEXT_ATTRS,
  URL_ATTRS,
  VERBATIM_ATTRS,
  anonymiseContext,
  anonymiseHref,
  anonymisePage,
  fill,
  urlShape,
} from '../../src/readers/anonymise.ts';
import { readPage } from '../../src/readers/index.ts';
import type { Profile } from '../../src/core/profile.ts';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
const captures = CAPTURE_FILES;

const parse = (html: string, url?: string): Document => new JSDOM(html, url ? { url } : {}).window.document;

const WORD = /\p{L}{4,}/gu;
const wordsOf = (s: string): string[] => (s.match(WORD) ?? []).map((w) => w.toLowerCase());
const NOT_TEXT = 'script, style, template, code';

/** Every text node a reader could see (not script, style, or the LinkedIn JSON blobs). */
function visibleTexts(doc: Document): string[] {
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest(NOT_TEXT)) out.push(n.nodeValue ?? '');
  }
  return out;
}

/** Every string value in the page's JSON-LD (X puts the profile there; LinkedIn's public page too). */
function jsonLdStrings(doc: Document): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      walk(JSON.parse(s.textContent ?? ''));
    } catch {
      /* not JSON: nothing to collect */
    }
  }
  return out;
}

/** Text-bearing attribute values of the original. */
function textAttributes(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) if (TEXT_ATTRS.has(a.name)) out.push(a.value);
  }
  return out;
}

/** The profile's name as the page shows it (top card, X's UserName, JSON-LD, title). */
function nameStrings(doc: Document): string[] {
  const out: string[] = [];
  const push = (s: string | null | undefined): void => {
    if (s && s.trim()) out.push(s.trim());
  };
  push(doc.querySelector('main h1')?.textContent);
  push(doc.querySelector('[data-view-name="profile-top-card"] h2')?.textContent);
  push(doc.querySelector('.top-card-layout__title')?.textContent);
  const userName = doc.querySelector('[data-testid="UserName"]');
  if (userName)
    push(
      Array.from(userName.querySelectorAll('span')).find((s) => !s.textContent?.includes('@'))?.textContent,
    );
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (/^(name|givenName|familyName|alternateName|additionalName)$/.test(k) && typeof x === 'string')
          push(x);
        else if (k === 'mainEntity' || k === 'author' || k === '@graph') walk(x);
      }
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(s.textContent ?? '');
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (
          item &&
          typeof item === 'object' &&
          /Person|ProfilePage/.test(String((item as Record<string, unknown>)['@type']))
        )
          walk(item);
      }
    } catch {
      /* ignore */
    }
  }
  // "<Name> - <headline> | LinkedIn", "<Name> (@handle) / X"
  push(doc.title.split(/ [-|(] /)[0]);
  return out;
}

/** Words of the original that are structure: tag and attribute names, structural attribute values. */
function structuralWords(doc: Document): Set<string> {
  const s = new Set<string>();
  const add = (v: string): void => wordsOf(v).forEach((w) => s.add(w));
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    add(el.localName);
    for (const a of Array.from(el.attributes)) {
      add(a.name);
      const n = a.name.toLowerCase();
      if (!TEXT_ATTRS.has(n) && !URL_ATTRS.has(n) && !SRCSET_ATTRS.has(n) && !/^(https?:)?\/\//.test(a.value))
        add(a.value);
      // Query keys are structure too (their values are not kept).
      if (URL_ATTRS.has(n) || SRCSET_ATTRS.has(n)) {
        for (const m of a.value.matchAll(/[?&]([^=&#\s]+)=/g)) add(m[1] ?? '');
      }
    }
  }
  [...ROUTE_WORDS, ...ASSET_MARKERS, ...STRUCTURAL_HOSTS, 'https http spruce anonymised invalid'].forEach(
    add,
  );
  // Our own CSP meta.
  add("Content-Security-Policy default-src 'none' form-action base-uri");
  return s;
}

/** The output with every verbatim attribute (class, geometry) removed: where no page number may hide. */
function withoutVerbatim(out: Document): string {
  const copy = out.documentElement.cloneNode(true) as Element;
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const a of Array.from(el.attributes))
      if (VERBATIM_ATTRS.has(a.name.toLowerCase())) el.removeAttribute(a.name);
  }
  return copy.outerHTML;
}

/** Numbers of two or more digits in a string ("1,234" -> "1234"; "12.3K" -> "123"; "500+" -> "500"). */
const numbersOf = (s: string): string[] =>
  (s.match(/\d(?:[\d,.\u00a0\u202f ]*\d)?/g) ?? [])
    .flatMap((n) => [n.trim(), n.replace(/[^\d]/g, ''), ...n.split(/[^\d]+/)])
    .filter((n) => n.replace(/[^\d]/g, '').length >= 2 && /[1-9]/.test(n));

describe('anonymisePage on every capture', () => {
  it('finds the captures', () => {
    expect(captures.length).toBeGreaterThanOrEqual(13);
  });

  for (const file of captures) {
    describe(file, () => {
      const html = readFileSync(join(FIXTURES, file), 'utf8');
      // One parse of each side, shared by the tests below (the captures are up to 600 KB).
      const original = parse(html, file.startsWith('x/') ? 'https://x.com/' : 'https://www.linkedin.com/');
      const url = captureUrl(original, file);
      const out = anonymisePage(original, url);
      const anonUrl = anonymiseHref(url);
      const anon = parse(out, anonUrl);
      const outWords = new Set(wordsOf(out));

      it('keeps no text: every text node and text attribute is filler', () => {
        const bad: string[] = [];
        for (const t of visibleTexts(anon).map((v) => v.replaceAll(OWNER, ''))) {
          if (/[^\sxX0*\p{P}\p{S}]/u.test(t) || /[1-9]/.test(t)) bad.push('text');
        }
        for (const el of Array.from(anon.querySelectorAll('*'))) {
          for (const a of Array.from(el.attributes)) {
            if (!TEXT_ATTRS.has(a.name) || el.getAttribute('name') === 'spruce-anonymised') continue;
            if (el.getAttribute('http-equiv') === 'Content-Security-Policy') continue;
            const v = a.value;
            const isShape = a.name === 'content' && /^(https?:\/\/|\/)/.test(v);
            if (!isShape && (/[^\sxX0*\p{P}\p{S}]/u.test(v) || /[1-9]/.test(v))) bad.push(a.name);
          }
        }
        expect(bad, `${bad.length} text nodes or text attributes kept letters or digits`).toEqual([]);
      });

      it('lets no word of the page text through, except words that were structure in the original', () => {
        const structural = structuralWords(original);
        const pageWords = new Set(
          [...visibleTexts(original), ...textAttributes(original), ...jsonLdStrings(original)].flatMap(
            wordsOf,
          ),
        );
        expect(pageWords.size).toBeGreaterThan(10);
        const leaked = [...pageWords].filter((w) => outWords.has(w) && !structural.has(w));
        expect(leaked, `${leaked.length} words of the page text survived`).toEqual([]);
      });

      it('never keeps the name, the handle or the slug, even inside structural attributes', () => {
        const names = nameStrings(original);
        const nameWords = new Set(names.flatMap(wordsOf));
        expect(nameWords.size, 'found the name on the page').toBeGreaterThan(0);
        const leaked = [...nameWords].filter((w) => outWords.has(w));
        expect(leaked.length, 'name words in the output').toBe(0);
        const id = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
        expect(id.length).toBeGreaterThan(1);
        expect(out.toLowerCase().includes(id.toLowerCase()), 'slug or handle in the output').toBe(false);
      });

      it('lets no number of the page through', () => {
        const numbers = new Set(
          [...visibleTexts(original), ...textAttributes(original), ...jsonLdStrings(original)].flatMap(
            numbersOf,
          ),
        );
        const rest = withoutVerbatim(anon);
        const escape = (n: string): string => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // A number counts when it stands alone ("a11y" in an attribute name is not the number 11).
        const survived = [...numbers].filter((n) =>
          new RegExp(`(?<![\\p{L}\\d])${escape(n)}(?![\\p{L}\\d])`, 'u').test(rest),
        );
        expect(survived, `${survived.length} numbers of the page survived`).toEqual([]);
      });

      it('keeps the structural hooks the readers use', () => {
        const values = (doc: Document, attr: string): string[] =>
          Array.from(doc.querySelectorAll(`[${attr}]`)).map((e) => e.getAttribute(attr) ?? '');
        for (const attr of ['data-view-name', 'data-testid', 'componentkey', 'data-section', 'data-field']) {
          const before = values(original, attr);
          const after = values(anon, attr);
          expect(after.length, `${attr} count`).toBe(before.length);
          // Values without digits or identifiers come through unchanged.
          const plain = before.filter((v) => !/\d/.test(v) && !v.startsWith('UserAvatar-Container-'));
          expect(after).toEqual(expect.arrayContaining(plain));
        }
        const anchors = Array.from(original.querySelectorAll('.pv-profile-card__anchor[id]')).map(
          (e) => e.id,
        );
        for (const id of anchors) expect(anon.getElementById(id), `#${id}`).not.toBeNull();
        if (file.startsWith('linkedin/2024-signed-in')) expect(anchors.length).toBeGreaterThan(0);
        for (const suffix of ['/photo', '/header_photo', '/verified_followers', '/following']) {
          const n = original.querySelectorAll(`a[href$="${suffix}"]`).length;
          expect(anon.querySelectorAll(`a[href$="${suffix}"]`).length, suffix).toBe(n);
        }
        for (const marker of [
          'profile-displayphoto',
          'displaybackgroundimage',
          'default_profile_images',
          'profile_banners',
        ]) {
          const n = original.querySelectorAll(`img[src*="${marker}"]`).length;
          expect(anon.querySelectorAll(`img[src*="${marker}"]`).length, marker).toBe(n);
        }
        expect(anon.querySelectorAll('*').length).toBeGreaterThan(
          original.querySelectorAll('*').length * 0.9,
        );
      });

      it('reads back: the readers still recognise the platform, the layout and the profile', () => {
        // The copy names the URL to read it with; the owner's slug or handle in it is the placeholder.
        expect(anon.querySelector('meta[name="spruce-anonymised"]')?.getAttribute('content')).toBe(anonUrl);
        const before = readPage(original, url);
        const after = readPage(anon, anonUrl);
        expect(after?.platform).toBe(before?.platform);
        expect(after?.layout).toBe(before?.layout);
        const found = (p: Profile | null): number =>
          p ? Object.values(p.fields).filter((f: { state: string }) => f.state === 'found').length : 0;
        if (found(before) > 0) expect(found(after), 'fields read from the copy').toBeGreaterThan(0);
      });

      it('drops script content, handlers, styles and the embedded JSON; stays a sensible size', () => {
        for (const s of Array.from(anon.querySelectorAll('script, style, code[id*="bpr-guid"]'))) {
          expect(s.textContent).toBe('');
        }
        expect(anon.querySelectorAll('script').length).toBe(original.querySelectorAll('script').length);
        const handlers = Array.from(anon.querySelectorAll('*')).flatMap((e) =>
          e.getAttributeNames().filter((n) => n.startsWith('on') || n === 'style' || n === 'nonce'),
        );
        expect(handlers).toEqual([]);
        expect(out).not.toMatch(/<!--/);
        expect(out.length).toBeLessThan(html.length + 1_000);
      });
    });
  }
});

describe('filler', () => {
  it('keeps length, case class, digit positions, spaces and punctuation', () => {
    expect(fill('Jane Doe-Smith, 1,234 followers!')).toBe('Xxxx Xxx-Xxxxx, 0,000 xxxxxxxxx!');
    expect(fill('12.3K · Paris (2019 – 2024)')).toBe('00.0X · Xxxxx (0000 – 0000)');
    expect(fill('Émilie Ça')).toBe('Xxxxxx Xx');
    expect(fill('東京 🚀')).toBe('xx *');
    for (const s of ['Jane Doe', '  500+ connections  ', 'über—straße', 'a\nb\tc']) {
      expect([...fill(s)].length).toBe([...s].length);
    }
  });

  it('works through anonymisePage on a small page', () => {
    const doc = parse(
      `<!doctype html><html><head><title>Jane Doe | LinkedIn</title></head><body><main>` +
        `<h1 class="text-heading-xlarge">Jane Doe</h1><p id="ember42" data-view-name="headline">Chief Tea Officer at Acme 2024</p>` +
        `<img alt="Jane Doe, 31" title="Open to work" src="/in/jane-doe-35520a61/overlay/photo/">` +
        `<a href="https://www.linkedin.com/in/jane-doe-35520a61/details/skills/?lipi=urn%3Ali%3Apage">Show all 30 skills</a>` +
        `</main></body></html>`,
      'https://www.linkedin.com/in/jane-doe-35520a61/',
    );
    const anon = parse(anonymisePage(doc, 'https://www.linkedin.com/in/jane-doe-35520a61/'));
    expect(anon.title).toBe('Xxxx Xxx | XxxxxxXx');
    expect(anon.querySelector('h1')?.textContent).toBe('Xxxx Xxx');
    expect(anon.querySelector('h1')?.className).toBe('text-heading-xlarge');
    const p = anon.querySelector('p');
    expect(p?.textContent).toBe('Xxxxx Xxx Xxxxxxx xx Xxxx 0000');
    expect(p?.id).toBe('ember00');
    expect(p?.getAttribute('data-view-name')).toBe('headline');
    const img = anon.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Xxxx Xxx, 00');
    expect(img?.getAttribute('title')).toBe('Xxxx xx xxxx');
    // The owner's slug becomes the placeholder; anyone else's would be '*'.
    expect(img?.getAttribute('src')).toBe('/in/anonymised/overlay/photo/');
    expect(anon.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.linkedin.com/in/anonymised/details/skills/?lipi=*',
    );
    expect(anon.querySelector('a')?.textContent).toBe('Xxxx xxx 00 xxxxxx');
    expect(anon.querySelector('meta[name="spruce-anonymised"]')?.getAttribute('content')).toBe(
      'https://www.linkedin.com/in/anonymised/',
    );
  });

  it('shapes URLs: structural hosts and route words stay, identifiers and other hosts go', () => {
    const onJack = anonymiseContext('https://x.com/jack');
    expect(urlShape('https://x.com/jack/status/20', onJack)).toBe('https://x.com/anonymised/status/*');
    expect(urlShape('/someone_else/verified_followers', onJack)).toBe('/*/verified_followers');
    expect(anonymiseHref('https://x.com/jack')).toBe('https://x.com/anonymised');
    expect(anonymiseHref('https://x.com/jack/status/20')).toBe('https://x.com/*/status/*'); // not a profile page
    expect(anonymiseHref('https://www.linkedin.com/in/jane/edit/intro/')).toBe(
      'https://www.linkedin.com/in/anonymised/edit/intro/',
    );
    const onJane = anonymiseContext('https://www.linkedin.com/in/jane/');
    expect(urlShape('https://www.linkedin.com/in/john-roe-1234/', onJane)).toBe(
      'https://www.linkedin.com/in/*/',
    );
    expect(anonymiseHref('https://janedoe.example.com/blog/post-1?ref=abc#top')).toBe(
      'https://*/*/*?ref=*#top',
    );
    expect(anonymiseHref('https://pbs.twimg.com/profile_banners/12345/1700000000/1500x500')).toBe(
      'https://pbs.twimg.com/profile_banners/*/*/*',
    );
    expect(
      anonymiseHref('https://abs.twimg.com/sticky/default_profile_images/default_profile_400x400.png'),
    ).toBe('https://abs.twimg.com/*/default_profile_images/default_profile_000x000.png');
    expect(anonymiseHref('mailto:jane@example.com')).toBe('mailto:*');
    expect(anonymiseHref('not a url')).toBe('*');
  });

  it("replaces the owner's handle in text by the placeholder, so the copy can be read back", () => {
    const doc = parse(
      '<div data-testid="UserName"><span>Jack</span><span>@jack</span></div><p>jackson @jack!</p>',
    );
    const anon = parse(anonymisePage(doc, 'https://x.com/jack'));
    expect(Array.from(anon.querySelectorAll('span')).map((s) => s.textContent)).toEqual([
      'Xxxx',
      '@anonymised',
    ]);
    expect(anon.querySelector('p')?.textContent).toBe('xxxxxxx @anonymised!');
  });

  it('reduces LinkedIn member ids and urns inside kept attributes', () => {
    const memberId = 'ACoAAAxYz12AbCdEfGhIjKlMnOpQrStUvWxYz0123';
    const doc = parse(
      `<div componentkey="com.linkedin.sdui.profile.card.ref${memberId.slice(0, 39)}Skills"
            data-member-id="123456789" data-entity-urn="urn:li:fsd_profile:${memberId}"
            data-card="urn:li:fsd_profileCard:(${memberId},SKILLS,en_US)"
            data-browser-id="5f3c2a1b-9d8e-4f7a-b6c5-1a2b3c4d5e6f"></div>`,
    );
    const el = parse(anonymisePage(doc, 'https://www.linkedin.com/in/someone/')).querySelector('div');
    expect(el?.getAttribute('componentkey')).toBe('com.linkedin.sdui.profile.card.ref*Skills');
    expect(el?.getAttribute('data-member-id')).toBe('000000000');
    expect(el?.getAttribute('data-entity-urn')).toBe('urn:li:fsd_profile:*');
    expect(el?.getAttribute('data-card')).toBe('urn:li:fsd_profileCard:(*,SKILLS,en_US)');
    expect(el?.getAttribute('data-browser-id')).not.toMatch(/[1-9]|5f3c|9d8e/);
  });
});

describe('hostile and odd input', () => {
  const HOSTILE =
    `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=javascript:alert(1)">` +
    `<base href="javascript:alert(2)//"><style>body{background:url(javascript:alert(3))}</style>` +
    `<script>alert(4)</script><script src="https://evil.example/x.js"></script></head>` +
    `<body onload="alert(5)"><img src=x onerror="alert(6)"><a href="javascript:alert(7)">a</a>` +
    `<a href=" java&#10;script:alert(8)">b</a><a href="JaVaScRiPt:alert(9)">c</a>` +
    `<iframe srcdoc="<script>alert(10)</script>" src="javascript:alert(11)"></iframe>` +
    `<form action="javascript:alert(12)"><button formaction="javascript:alert(13)">go</button></form>` +
    `<object data="data:text/html,<script>alert(14)</script>"></object>` +
    `<svg><script>alert(15)</script><a xlink:href="javascript:alert(16)"><text>t</text></a>` +
    `<animate onbegin="alert(17)" attributeName="href" values="javascript:alert(18)"/></svg>` +
    `<div style="background:url(javascript:alert(19))" data-x="javascript:alert(20)" ONCLICK="alert(21)">d</div>` +
    `<math><maction actiontype="statusline" xlink:href="javascript:alert(22)">m</maction></math>` +
    `<template><script>alert(23)</script></template><noscript><img src=x onerror=alert(24)></noscript>` +
    `</body></html>`;

  it('comes out inert', () => {
    const out = anonymisePage(parse(HOSTILE, 'https://x.com/jack'), 'https://x.com/jack');
    expect(out).not.toMatch(/alert/);
    const anon = parse(out);
    for (const el of Array.from(anon.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        expect(a.name.toLowerCase().startsWith('on'), a.name).toBe(false);
        expect(['style', 'srcdoc', 'nonce']).not.toContain(a.name);
        expect(a.value.replace(/[\s\p{Cc}]/gu, '')).not.toMatch(/^(javascript|vbscript|data:text\/html)/i);
      }
    }
    for (const s of Array.from(anon.querySelectorAll('script, style'))) expect(s.textContent).toBe('');
    expect(anon.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    const first = anon.head.firstElementChild;
    expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first?.getAttribute('content')).toMatch(/default-src 'none'/);
    expect(anon.querySelector('a')?.getAttribute('href')).toBe('about:invalid#javascript');
    expect(anon.querySelector('script[src]')?.getAttribute('src')).toBe('https://*/*.js');
  });

  it('never throws on odd documents', () => {
    const odd: Document[] = [
      parse(''),
      parse('<a<b c"d=1 e\'=2>x</a<b>'),
      parse('<div>'.repeat(2000) + 'deep'),
      parse('<a href="https://[bad">x</a><img srcset=",,, ,">'),
      new JSDOM('<?xml version="1.0"?><root xmlns="urn:x"><child a="1">t</child></root>', {
        contentType: 'application/xml',
      }).window.document,
      new JSDOM('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Jane</p></body></html>', {
        contentType: 'application/xhtml+xml',
      }).window.document,
    ];
    const empty = parse('<p>x</p>');
    empty.removeChild(empty.documentElement);
    odd.push(empty);
    for (const doc of odd) {
      for (const href of ['https://www.linkedin.com/in/jane/', 'not a url', '']) {
        const out = anonymisePage(doc, href);
        expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(out).not.toMatch(/Jane|deep/);
      }
    }
  });
});

describe('fixtures directory', () => {
  it('is beside the repository', () => {
    expect(statSync(FIXTURES).isDirectory()).toBe(true);
  });
});
