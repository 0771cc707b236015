// @vitest-environment jsdom
// The on-page hints (src/overlay/overlay.ts) in jsdom: which markers show, the card and its keyboard
// behaviour, the actions it sends, hostile page text, the tab messages and the options page's switch.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Profile } from '../../src/core/profile.ts';
import { found } from '../../src/core/field.ts';
import type { Report, Result } from '../../src/core/report.ts';
import type { Status } from '../../src/core/rules/types.ts';
import { createOverlay, HOST, type OverlayHooks } from '../../src/overlay/overlay.ts';
import { hintTexts } from '../../src/background/hint-texts.ts';
import { DEFAULT_SETTINGS } from '../../src/storage/settings.ts';
import type { Settings } from '../../src/storage/schema.ts';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><svg onload="window.__pwned=2"></svg>';

const result = (rule: string, status: Status, section: string, detail = 'detail'): Result => ({
  rule,
  status,
  weight: 2,
  title: { key: `rule_${rule}_title` },
  detail: { key: 'report_quote', subs: [detail] },
  fix: { key: `rule_${rule}_fix` },
  why: { key: `rule_${rule}_why` },
  source: { key: `rule_${rule}_source` },
  asOf: '2026-01',
  platform: 'linkedin',
  section,
  impact: 1,
});

const report = (results: Result[]): Report => ({
  score: 61,
  coverage: 1,
  results,
  earned: 0,
  evaluatedWeight: 0,
  totalWeight: 0,
  goal: 'general',
  now: '2026-01-01T00:00:00.000Z',
});

const profile = (headline = 'Librarian'): Profile =>
  ({
    platform: 'linkedin',
    layout: 'linkedin-2026',
    own: true,
    url: location.href,
    key: 'linkedin:robin',
    health: { recognised: [], unrecognised: [] },
    fields: { name: found('Robin'), headline: found(headline) },
  }) as unknown as Profile;

const settings = (patch: Partial<Settings> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...patch,
});

let sendMessage: ReturnType<typeof vi.fn>;
let onMessage: (m: unknown, sender: { id?: string }, reply: (a: unknown) => void) => unknown;
let onStorage: (changes: Record<string, { newValue?: unknown }>, area: string) => void;
let overlay: OverlayHooks;

/** The browser's i18n as the worker sees it: the key and its substitutions (quotes rendered). */
const NO_SUBS = ['overlayMove', 'overlayTodo', 'overlayAdded', 'overlayDismiss', 'overlaySnooze'];
const catalog = (key: string, subs: string[] = []) =>
  key === 'report_quote'
    ? `“${subs[0]}”`
    : [key, ...(NO_SUBS.includes(key) ? [] : subs.filter(Boolean))].join(' | ');
/** The worker's reply to a reading: the report, the settings and the hints' words it rendered. */
const reply = (stored: boolean, r: Report, s: Settings) => ({
  stored,
  report: r,
  settings: s,
  texts: hintTexts(r, catalog),
});

/** Sections are <section id="...">; '' is the top card. */
const anchor = (doc: Document, section: string) => doc.getElementById(section || 'top');

beforeEach(() => {
  document.body.replaceChildren();
  for (const id of ['top', 'headline', 'about', 'skills']) {
    const s = document.createElement('section');
    s.id = id;
    s.textContent = id === 'headline' ? 'Librarian' : id;
    document.body.append(s);
  }
  // The worker: hints/set answers with the settings it stored.
  sendMessage = vi.fn(
    async (envelope: { name: string; payload: { rule: string; until: string | null } }) => ({
      ok: true,
      reply:
        envelope.name === 'hints/set'
          ? { settings: settings({ hints: { [envelope.payload.rule]: { until: envelope.payload.until } } }) }
          : { todos: [] },
    }),
  );
  vi.stubGlobal('chrome', {
    runtime: {
      id: 'spruce',
      sendMessage,
      onMessage: { addListener: (f: typeof onMessage) => (onMessage = f) },
    },
    storage: { onChanged: { addListener: (f: typeof onStorage) => (onStorage = f) } },
  });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
  // jsdom lays nothing out: give every element a box.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
    top: 100,
    left: 20,
    right: 420,
    bottom: 140,
    width: 400,
    height: 40,
  } as DOMRect);
  overlay = createOverlay('linkedin', anchor, window);
});

afterEach(() => {
  overlay.stop();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const shadow = () => document.querySelector(HOST)?.shadowRoot ?? null;
const markers = () => Array.from(shadow()?.querySelectorAll<HTMLButtonElement>('button.m') ?? []);
const card = () => shadow()?.querySelector<HTMLElement>('[role="dialog"], div:not(.c)') ?? null;
const frame = () => new Promise((r) => setTimeout(r, 5));
const stored = (results: Result[], s = settings(), p = profile()) =>
  overlay.stored(reply(true, report(results), s), p);

describe('the on-page hints', () => {
  it('draw one marker per section with failing or warning rules, and none for the rest', async () => {
    stored([
      result('li-headline', 'fail', 'headline'),
      result('li-headline-fold', 'warn', 'headline'),
      result('li-about', 'warn', 'about'),
      result('li-skills', 'pass', 'skills'),
      result('li-photo', 'unknown', 'photo'),
      result('li-featured', 'info', 'featured'),
    ]);
    await frame();
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
    const m = markers();
    expect(m).toHaveLength(2);
    expect(m.map((b) => b.hidden)).toEqual([false, false]);
    expect(m[0]!.className).toBe('m'); // a failing rule: the stronger colour
    expect(m[1]!.className).toBe('m w');
    expect(m[0]!.ariaLabel).toBe('overlayMarker | rule_li-headline_title; rule_li-headline-fold_title');
    // Next to its section: the anchor's top-right corner, in document coordinates.
    expect(m[0]!.style.left).toBe('396px');
    expect(m[0]!.style.top).toBe('104px');
    // The chip shows the score.
    expect(shadow()!.querySelector('.c button')!.textContent).toBe('overlayChip | 61');
  });

  it('put the markers in the page’s order, whatever the checklist’s, so the keyboard meets them as the eye does', async () => {
    stored([
      result('li-skills', 'fail', 'skills'),
      result('li-about', 'warn', 'about'),
      result('li-headline', 'fail', 'headline'),
    ]);
    await frame();
    expect(markers().map((b) => b.name)).toEqual(['headline', 'about', 'skills']);
  });

  it('make no layout pass when the page scrolls, and one when a scrolled element inside it moves a section', async () => {
    stored([result('li-about', 'warn', 'about')]);
    await frame();
    const box = vi.mocked(Element.prototype.getBoundingClientRect);
    const reads = () => box.mock.calls.length;
    const before = reads();
    document.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('pointerdown'));
    await frame();
    expect(reads()).toBe(before);
    // A section that scrolls inside its own box: the marker follows it.
    box.mockReturnValue({ top: 300, left: 20, right: 420, bottom: 340, width: 400, height: 40 } as DOMRect);
    document.body.append(Object.assign(document.createElement('div'), { id: 'scroller' }));
    document.getElementById('scroller')!.dispatchEvent(new Event('scroll'));
    await frame();
    expect(reads()).toBeGreaterThan(before);
    expect(markers()[0]!.style.top).toBe('304px');
  });

  it('read the boxes of a first drawing before its host goes in, and place the markers in that frame', () => {
    const box = vi.mocked(Element.prototype.getBoundingClientRect);
    const hostThen: number[] = [];
    const rect = box.getMockImplementation();
    box.mockImplementation(function (this: Element) {
      hostThen.push(document.querySelectorAll(HOST).length);
      return rect!.call(this);
    });
    stored([result('li-about', 'warn', 'about')]);
    expect(hostThen[0]).toBe(0);
    const m = markers();
    expect(m[0]!.hidden).toBe(false);
    expect(m[0]!.style.top).toBe('104px');
  });

  it('open a card under its marker at once, not first at the page’s corner, within the page’s width', async () => {
    // jsdom lays nothing out: the page is 1,024 px wide here.
    const width = vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024);
    stored([result('li-about', 'warn', 'about')]);
    await frame();
    markers()[0]!.click();
    // Before any further layout pass: 396 - 280 = 116, 104 + 28 = 132.
    expect(card()!.hidden).toBe(false);
    expect(card()!.style.cssText).toBe('left: 116px; top: 132px;');
    // A page 400 px wide: the 318 px card ends 8 px before its right edge (400 - 326 = 74).
    width.mockReturnValue(400);
    markers()[0]!.click();
    markers()[0]!.click();
    expect(card()!.style.cssText).toBe('left: 74px; top: 132px;');
    width.mockRestore();
  });

  it('give sections with no place on the page one marker at the top card, listing all their checks', async () => {
    stored([
      result('li-featured', 'fail', 'featured'),
      result('li-languages', 'warn', 'languages'),
      result('li-volunteering', 'warn', 'volunteering'),
      result('li-about', 'warn', 'about'),
    ]);
    await frame();
    const m = markers();
    expect(m.map((b) => b.ariaLabel)).toEqual([
      'overlayMarker | rule_li-featured_title; rule_li-languages_title; rule_li-volunteering_title',
      'overlayMarker | rule_li-about_title',
    ]);
    expect(m[0]!.className).toBe('m'); // one of them fails
    m[0]!.click();
    expect(Array.from(card()!.querySelectorAll('h3'), (h) => h.textContent)).toEqual([
      'rule_li-featured_title',
      'rule_li-languages_title',
      'rule_li-volunteering_title',
    ]);
  });

  it('keep a shared marker’s card open when one of its checks is dismissed, with the others in it', async () => {
    stored([result('li-featured', 'fail', 'featured'), result('li-languages', 'warn', 'languages')]);
    await frame();
    markers()[0]!.click();
    const dismiss = Array.from(card()!.querySelectorAll('button')).find(
      (b) => b.textContent === 'overlayDismiss',
    )!;
    dismiss.focus();
    dismiss.click();
    // A browser takes the focus off a button that becomes disabled (Firefox does at once): to the page's body.
    const elsewhere = document.body.appendChild(document.createElement('input'));
    elsewhere.focus();
    elsewhere.remove();
    expect(shadow()!.activeElement).toBeNull();
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalled());
    await frame();
    expect(card()).not.toBeNull();
    expect(Array.from(card()!.querySelectorAll('h3'), (h) => h.textContent)).toEqual([
      'rule_li-languages_title',
    ]);
    // The keyboard stays in the hints: on the card, not at the top of the page.
    expect(shadow()!.activeElement).toBe(card());
  });

  it('ignore other members’ profiles and readings that were not stored', () => {
    overlay.stored(reply(false, report([result('a', 'fail', 'about')]), settings()), profile());
    overlay.stored(reply(true, report([result('a', 'fail', 'about')]), settings()), {
      ...profile(),
      own: false,
    });
    expect(document.querySelector(HOST)).toBeNull();
  });

  it('hide dismissed and snoozed rules, and show a snooze that has run out', () => {
    const hints = {
      'li-headline': { until: null },
      'li-about': { until: '2999-01-01T00:00:00.000Z' },
      'li-skills': { until: '2001-01-01T00:00:00.000Z' },
    };
    stored(
      [
        result('li-headline', 'fail', 'headline'),
        result('li-about', 'fail', 'about'),
        result('li-skills', 'fail', 'skills'),
      ],
      settings({ hints }),
    );
    expect(markers().map((b) => b.ariaLabel)).toEqual(['overlayMarker | rule_li-skills_title']);
  });

  it('open a card from the keyboard, close it with Escape and give focus back to the marker', async () => {
    stored([result('li-about', 'fail', 'about')]);
    await frame();
    const [marker] = markers();
    marker!.focus();
    marker!.click();
    const box = card()!;
    expect(box.role).toBe('dialog');
    expect(marker!.ariaExpanded).toBe('true');
    expect(shadow()!.activeElement).toBe(box);
    expect(Array.from(box.querySelectorAll('button'), (b) => b.textContent)).toEqual([
      'overlayTodo',
      'overlayDismiss',
      'overlaySnooze',
    ]);
    box.querySelector('button')!.focus();
    box
      .querySelector('button')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card()).toBeNull();
    expect(marker!.ariaExpanded).toBe('false');
    expect(shadow()!.activeElement).toBe(marker);
  });

  it('closes an open card on Escape anywhere and on a click outside the hints, not on one inside', async () => {
    stored([result('li-about', 'fail', 'about')]);
    await frame();
    const [marker] = markers();
    const press = (target: EventTarget, type: string, init: object = {}) =>
      target.dispatchEvent(new KeyboardEvent(type, { bubbles: true, composed: true, ...init }));
    marker!.click();
    press(card()!, 'pointerdown');
    expect(card()).not.toBeNull();
    press(document.body, 'pointerdown');
    expect(card()).toBeNull();
    marker!.click();
    press(document.body, 'keydown', { key: 'a' });
    expect(card()).not.toBeNull();
    press(document.body, 'keydown', { key: 'Escape' });
    expect(card()).toBeNull();
  });

  it('add a to-do, dismiss, and snooze for seven days through the worker', async () => {
    stored([result('li-about', 'fail', 'about'), result('li-skills', 'fail', 'skills')]);
    markers()[0]!.click();
    const [todo] = card()!.querySelectorAll('button');
    todo!.focus();
    todo!.click();
    // A browser takes the focus off the button it disables (to the page's body).
    const elsewhere = document.body.appendChild(document.createElement('input'));
    elsewhere.focus();
    elsewhere.remove();
    await frame();
    expect(sendMessage).toHaveBeenLastCalledWith({
      spruce: 1,
      name: 'todos/change',
      payload: {
        op: 'add',
        title: 'rule_li-about_title',
        origin: { kind: 'rule', rule: 'li-about', profileKey: 'linkedin:robin' },
      },
    });
    expect(todo!.textContent).toBe('overlayAdded');
    // The keyboard stays in the card, at the check it was in (its heading), not at the card's top.
    expect(shadow()!.activeElement).toBe(card()!.querySelector('h3'));
    // Each button is described by its check's title: in a shared card, "Dismiss" says which check.
    expect(Array.from(card()!.querySelectorAll('button'), (b) => b.title)).toEqual([
      ...Array(3).fill('rule_li-about_title'),
    ]);

    card()!.querySelectorAll('button')[1]!.click();
    await frame();
    expect(sendMessage).toHaveBeenLastCalledWith({
      spruce: 1,
      name: 'hints/set',
      payload: { rule: 'li-about', until: null },
    });
    expect(markers().map((b) => b.ariaLabel)).toEqual(['overlayMarker | rule_li-skills_title']);

    markers()[0]!.click();
    card()!.querySelectorAll('button')[2]!.click();
    await frame();
    const until = Date.parse(sendMessage.mock.lastCall![0].payload.until);
    expect(until - Date.now()).toBeGreaterThan(6.9 * 864e5);
    expect(until - Date.now()).toBeLessThan(7.1 * 864e5);
  });

  it('render hostile page text as text: no element made, no script run', async () => {
    const long = `${HOSTILE} ${'x'.repeat(80)}`;
    stored([result('li-headline', 'fail', 'headline', HOSTILE)], settings(), profile(long));
    markers()[0]!.click();
    await frame();
    const root = shadow()!;
    expect(root.querySelectorAll('img, svg, script')).toHaveLength(0);
    expect(document.querySelectorAll('img, svg')).toHaveLength(0);
    expect(card()!.textContent).toContain('<img src=x onerror=');
    // The fold preview quotes the first 65 characters of the headline.
    expect(card()!.querySelector('p')!.textContent).toBe(
      `overlayFold_headline | ${[...long].slice(0, 65).join('')}`,
    );
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('show the fold preview in the open chip even when no check fails there', async () => {
    const long = `Research librarian helping health scientists find evidence | systematic reviews | NHS`;
    stored([result('li-about', 'fail', 'about')], settings(), profile(long));
    const chip = () => shadow()!.querySelector('.c')!;
    expect(chip().textContent).not.toContain('overlayFold_headline');
    (chip().querySelector('button') as HTMLButtonElement).click();
    await frame();
    expect(chip().textContent).toContain(`overlayFold_headline | ${long.slice(0, 65)}`);
  });

  it('follow the options page’s switch at once, and hints dismissed in another page', () => {
    stored([result('li-about', 'fail', 'about'), result('li-skills', 'fail', 'skills')]);
    expect(markers()).toHaveLength(2);
    onStorage({ settings: { newValue: settings({ overlays: { linkedin: false, x: true } }) } }, 'local');
    expect(document.querySelector(HOST)).toBeNull();
    onStorage({ settings: { newValue: settings({ hints: { 'li-about': { until: null } } }) } }, 'local');
    expect(markers()).toHaveLength(1);
    // storage.sync holds the synced copy in pieces ("spruce:<n>"), never under these keys: nothing to do.
    onStorage({ 'spruce:0': { newValue: '"{\\"settings\\":{}}"' } } as never, 'sync');
    expect(markers()).toHaveLength(1);
  });

  it('take the report the worker made again with new settings; a check without words waits for a reading', () => {
    stored([result('li-about', 'fail', 'about'), result('li-skills', 'fail', 'skills')]);
    expect(markers()).toHaveLength(2);
    // Skills switched off on the options page: one write of the settings and the re-made reports.
    const remade = report([
      result('li-about', 'fail', 'about'),
      result('li-headline', 'fail', 'headline'), // newly failing: its words come with the next reading
    ]);
    onStorage(
      {
        settings: { newValue: settings() },
        snapshots: { newValue: { 'linkedin:robin': { report: remade } } as never },
      },
      'local',
    );
    expect(markers().map((b) => b.ariaLabel)).toEqual(['overlayMarker | rule_li-about_title']);
    // A reading elsewhere (snapshots only) leaves the drawing alone.
    onStorage({ snapshots: { newValue: { 'linkedin:robin': { report: report([]) } } as never } }, 'local');
    expect(markers()).toHaveLength(1);
    // What a check says changed (another keyword, another threshold): not drawn with the old words.
    onStorage(
      {
        settings: { newValue: settings() },
        snapshots: {
          newValue: {
            'linkedin:robin': { report: report([result('li-about', 'fail', 'about', 'now')]) },
          } as never,
        },
      },
      'local',
    );
    expect(markers()).toHaveLength(0);
  });

  it('take a report made again without new settings (her other network read in another tab): the chip’s score follows', () => {
    stored([result('li-about', 'fail', 'about'), result('li-skills', 'fail', 'skills')]);
    const score = () => shadow()?.querySelector('.c button')?.textContent;
    expect(score()).toBe('overlayChip | 61');
    // The cross-network checks made again with her X: another score, the same page reading.
    const remade = {
      ...report([result('li-about', 'fail', 'about'), result('cross-name', 'fail', '')]),
      score: 55,
    };
    onStorage({ snapshots: { newValue: { 'linkedin:robin': { report: remade } } as never } }, 'local');
    expect(score()).toBe('overlayChip | 55');
    // The check that now fails has no words yet (they come with this page's next reading): not drawn.
    expect(markers().map((b) => b.ariaLabel)).toEqual(['overlayMarker | rule_li-about_title']);
    // A change of other data (to-dos) leaves the drawing alone: an open card keeps what it said.
    markers()[0]!.click();
    const open = card();
    onStorage({ todos: { newValue: [] } }, 'local');
    expect(card()).toBe(open);
    // A new reading of this page, stored before its reply arrives: drawn from the reply alone, with its words.
    const newer = { ...report([]), score: 90, now: '2026-01-02T00:00:00.000Z' };
    onStorage({ snapshots: { newValue: { 'linkedin:robin': { report: newer } } as never } }, 'local');
    expect(score()).toBe('overlayChip | 55');
    expect(card()).toBe(open);
  });

  it('scroll a shared card to the check "Show on page" asked for, not the page', () => {
    stored([result('li-featured', 'fail', 'featured'), result('li-languages', 'warn', 'languages')]);
    Element.prototype.scrollIntoView = vi.fn();
    vi.spyOn(HTMLElement.prototype, 'offsetTop', 'get').mockImplementation(function (this: HTMLElement) {
      return this.textContent === 'rule_li-languages_title' ? 240 : 0;
    });
    const scrolled = vi.spyOn(Element.prototype, 'scrollTop', 'set');
    onMessage(
      { spruce: 1, name: 'hint/show', payload: { rule: 'li-languages' } },
      { id: 'spruce' },
      () => {},
    );
    expect(shadow()!.activeElement?.textContent).toBe('rule_li-languages_title');
    expect(scrolled.mock.contexts.at(-1)).toBe(card());
    expect(scrolled).toHaveBeenLastCalledWith(240);
  });

  it('answer page/html without its own host, and hint/show by opening the rule’s card', () => {
    stored([result('li-about', 'fail', 'about'), result('li-skills', 'pass', 'skills')]);
    let answer: unknown;
    onMessage({ spruce: 1, name: 'page/html', payload: null }, { id: 'spruce' }, (a) => (answer = a));
    const { html, url } = (answer as { reply: { html: string; url: string } }).reply;
    expect(html).toContain('<section id="about">');
    expect(html).not.toContain(HOST);
    expect(url).toBe(location.href);
    expect(document.querySelectorAll(HOST)).toHaveLength(1);

    Element.prototype.scrollIntoView = vi.fn();
    onMessage(
      { spruce: 1, name: 'hint/show', payload: { rule: 'li-about' } },
      { id: 'spruce' },
      (a) => (answer = a),
    );
    expect(answer).toEqual({ ok: true, reply: { shown: true } });
    expect(card()!.textContent).toContain('rule_li-about_title');
    expect(shadow()!.activeElement?.textContent).toBe('rule_li-about_title');
    onMessage(
      { spruce: 1, name: 'hint/show', payload: { rule: 'li-skills' } },
      { id: 'spruce' },
      (a) => (answer = a),
    );
    expect(answer).toEqual({ ok: true, reply: { shown: false } });
    // Not from us: no answer.
    answer = undefined;
    onMessage({ spruce: 1, name: 'page/html', payload: null }, { id: 'someone-else' }, (a) => (answer = a));
    expect(answer).toBeUndefined();
  });

  it('on a page with no stored reading (someone else’s profile) answers page/html and follows nothing else', () => {
    const onStorageAdded = vi.fn();
    const onMessageAdded = vi.fn((f: typeof onMessage) => (onMessage = f));
    vi.stubGlobal('chrome', {
      runtime: { id: 'spruce', sendMessage, onMessage: { addListener: onMessageAdded } },
      storage: { onChanged: { addListener: onStorageAdded } },
    });
    const windowListeners = vi.spyOn(window, 'addEventListener');
    overlay.listen();
    overlay.listen();
    expect(onMessageAdded).toHaveBeenCalledTimes(1);
    // No copy of every storage change, no window listeners, no observer: the page keeps its cost.
    expect(onStorageAdded).not.toHaveBeenCalled();
    expect(windowListeners).not.toHaveBeenCalled();
    let answer: unknown;
    onMessage({ spruce: 1, name: 'page/html', payload: null }, { id: 'spruce' }, (a) => (answer = a));
    expect((answer as { reply: { html: string } }).reply.html).toContain('<section id="about">');
    expect(document.querySelector(HOST)).toBeNull();
    // Her own profile, after an SPA navigation: the hints then follow storage and the window too, once.
    stored([result('li-about', 'fail', 'about')]);
    stored([result('li-about', 'fail', 'about')]);
    expect(onMessageAdded).toHaveBeenCalledTimes(1);
    expect(onStorageAdded).toHaveBeenCalledTimes(1);
    expect(windowListeners.mock.calls.map(([type]) => type)).toEqual([
      'resize',
      'scroll',
      'pointerdown',
      'keydown',
    ]);
  });

  it('keep one host, know its own nodes, and leave nothing when cleared or orphaned', () => {
    for (let i = 0; i < 5; i++) stored([result('li-about', 'fail', 'about')]);
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
    const host = document.querySelector(HOST)!;
    expect(host.parentNode).toBe(document.documentElement); // outside <body>, which the reader watches
    expect(overlay.isOwnNode(host)).toBe(true);
    expect(overlay.isOwnNode(markers()[0]!)).toBe(true);
    expect(overlay.isOwnNode(document.body)).toBe(false);
    overlay.clear();
    expect(document.querySelector(HOST)).toBeNull();

    stored([result('li-about', 'fail', 'about')]);
    (globalThis as unknown as { chrome: { runtime: { id?: string } } }).chrome.runtime.id = undefined;
    window.dispatchEvent(new Event('scroll'));
    expect(document.querySelector(HOST)).toBeNull();
  });

  it('dock the chip in the next corner', () => {
    stored([result('li-about', 'fail', 'about')]);
    const toggle = shadow()!.querySelector<HTMLButtonElement>('.c button')!;
    expect(toggle.ariaExpanded).toBe('false');
    toggle.click();
    const chip = shadow()!.querySelector<HTMLElement>('.c')!;
    expect(chip.textContent).toContain('overlayCount | 1');
    expect(chip.style.right).toBe('12px');
    chip.querySelectorAll('button')[1]!.click();
    expect(chip.style.left).toBe('12px');
    expect(chip.style.bottom).toBe('12px');
  });
});
