// On-page hints (issue 7): on the owner's profile, a score chip in a corner and one marker per section whose
// rules fail or warn. A marker opens a card: what is wrong, why, the fix, "Add to my to-dos", "Dismiss",
// "Snooze 7 days"; the headline's and About's cards quote the part shown before the text is cut off.
// Also the answers to the popup's tab messages ('page/html', 'hint/show').
//
// Plain DOM and as few bytes as we can: the LinkedIn content script has a 30 KB budget (README, "Size
// budgets") and the reader takes most of it. The words are in _locales (overlay* keys), which cost nothing.
//
// Isolation: everything is in ONE shadow root on a <spruce-overlay> element appended to <html>, not <body>:
// - absolutely positioned at the document's origin, its content absolute or fixed, so it takes no room in the
//   page's layout; and outside the <body> subtree that the reader's MutationObserver watches (and that SPA
//   page swaps replace), so our insertions never cause a re-read;
// - `:host { all: initial !important }`: a shadow tree's important declarations win over the page's
//   important ones, so even `* { all: unset !important }` leaves it alone; inside, px only (no rem);
// - the shadow root is OPEN: closed mode is no boundary against the page, which sees the host anyway, what
//   is inside only restates the profile the page itself shows, and open lets the E2E tests inspect it.
// Page text (quotes inside rule messages, the fold preview) is only ever set with textContent.
//
// Positions: markers are absolute in document coordinates. A layout pass (one per animation frame at
// most, once that frame is laid out: on resize, an element inside the page scrolling, the body's or an
// anchor's size changing) reads every rectangle first, then writes the positions that changed. Each piece
// of work is a `spruce:overlay` performance measure (npm run bench).
import type { Profile } from '../core/profile.ts';
import type { Report, Result } from '../core/report.ts';
import { textOf } from '../core/field.ts';
import { isHidden, isHint } from '../core/top-fixes.ts';
import { extensionApi, HINT_SLOT, isEnvelope, send, type HintTexts, type Reply } from '../messages.ts';
import type { Settings, Site } from '../storage/schema.ts';

/** The element a section's marker goes next to, or null. Section '' is the fallback (the top card). */
export type Anchor = (doc: Document, section: string, profile: Profile) => Element | null;

/** What the content script (src/content/start.ts) tells the overlay, and asks of it. */
export interface OverlayHooks {
  /** The URL changed: the previous page's hints go. */
  clear(): void;
  /** The worker's answer to a reading of this page. */
  stored(reply: Reply<'reading/submit'>, profile: Profile): void;
  /** Our own nodes: the reader's observer ignores them. */
  isOwnNode(node: Node): boolean;
  /** The extension is gone (reloaded, updated): remove everything. */
  stop(): void;
  /**
   * Answer the extension's pages ('page/html': the popup's "Report a reading problem", the options page's
   * examples) on a profile page with no stored reading (someone else's, or one it is unsure of): that alone,
   * with no listener on storage or the window.
   */
  listen(): void;
}

export const HOST = 'spruce-overlay';

const CSS = `:host{all:initial!important;position:absolute!important;inset:0 auto auto 0!important;z-index:2147483647!important}
*{font:13px/1.4 system-ui;color:#123;margin:0;overflow-wrap:anywhere}
button,div{border:1px solid #276;border-radius:9px;background:#fff}
button{cursor:pointer;padding:2px 8px;margin:4px 4px 0 0}
.m{position:absolute;margin:0;background:#b3261e;color:#fff}
.w{background:#8a5300}
div{position:absolute;width:300px;padding:8px;box-shadow:0 2px 9px #0006;max-height:80vh;overflow:auto;z-index:1}
h3{font-weight:700;margin-top:8px}
.c{position:fixed;width:auto;max-width:300px}`;

/** Characters of the headline (search results) and About ("…see more") most people see. */
const FOLD: Record<string, number> = { headline: 65, about: 270 };

interface Mark {
  section: string;
  results: Result[];
  anchor: Element | null;
  button: HTMLElement;
  /** Where the last layout put the marker (document coordinates), null when it has no place. */
  at?: number[] | null;
}

export function createOverlay(site: Site, anchorOf: Anchor, win: Window = window): OverlayHooks {
  const doc = win.document;
  // Nothing below touches the extension API or registers a listener until the first reading of a profile
  // page (listen()): on every other LinkedIn or X page (the feed, messaging...) the overlay costs nothing.
  let api: ReturnType<typeof extensionApi>;
  // Every word comes rendered from the worker with the reading (HintTexts): no i18n call in the page.
  const w = (name: string, sub: string | number = '') =>
    (data?.texts.words[name] ?? name).replace(HINT_SLOT, `${sub}`);
  // Only results with words from the worker are drawn (see draw): a report remade after a settings change can
  // have a newly failing check whose words come with the next reading.
  // hintKey() of src/messages.ts, written out: a function of its own costs the content script bytes.
  const txt = (r: Result) => data!.texts.rules[r.rule + JSON.stringify(r.detail)]!;
  /** A new element with its text (always as text) and properties, at the end of `parent`. */
  const el = (tag: string, parent: Node, text = '', props: Partial<HTMLButtonElement> = {}) =>
    parent.appendChild(
      Object.assign(doc.createElement(tag), { textContent: text }, props),
    ) as HTMLButtonElement;

  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  let data: { report: Report; settings: Settings; texts: HintTexts; profile: Profile } | undefined;
  let marks: Mark[] = [];
  let card: [HTMLElement, Mark] | undefined;
  let chipOpen = false;
  let corner = 0;
  /** A rule the popup asked to see ("Show on page"): shown even if dismissed or switched off. */
  let forced = '';
  let frame = 0;
  let resized: ResizeObserver | undefined;
  const measure = (start: number) => performance.measure('spruce:overlay', { start });
  // The rectangles are read in a task queued from the frame callback, that is once the browser has laid the
  // frame out: reading them then forces no layout of the host page (in the frame callback itself, with our
  // host just inserted, it forced one: 2 to 3 ms of LinkedIn's layout, done early and counted as ours).
  const schedule = () => (frame ||= win.requestAnimationFrame(() => win.setTimeout(() => layout())));
  /** Is the extension still there? If not (an update), this orphaned copy leaves nothing behind. */
  const alive = () => !!api?.runtime?.id || (stop(), false);

  const find = (section: string) => {
    const p = data!.profile;
    const a = anchorOf(doc, section, p) ?? anchorOf(doc, '', p);
    if (a) resized?.observe(a);
    return a;
  };

  /**
   * Every rectangle read first, then every position written: one layout, no thrashing. `within`: part of a
   * drawing, which is measured as a whole.
   */
  const layout = (within?: boolean) => {
    const start = performance.now();
    if (!within) frame = 0;
    const per = new Map<unknown, number>();
    const at = marks.map((m) => {
      if (!m.anchor?.isConnected) m.anchor = find(m.section);
      const r = m.anchor?.getBoundingClientRect();
      const n = per.get(m.anchor) ?? 0;
      per.set(m.anchor, n + 1);
      // At the end of the anchor's first line, where its text ends: its right, or its left on a right-to-left
      // page (an Arabic or Hebrew LinkedIn), so the marker never covers the start of the text.
      return r?.width
        ? [
            (m.anchor!.matches(':dir(rtl)') ? r.left : r.right - 24) + win.scrollX,
            r.top + win.scrollY + 4 + 26 * n,
          ]
        : null;
    });
    marks.forEach((m, i) => place(m.button, (m.at = at[i])));
    if (card) placeCard(...card);
    if (!within) measure(start);
  };

  /**
   * A card goes under its marker, where the last layout put it (hidden while the marker has no place), within
   * the page's width (318 px wide with its border): never past its right edge, where it would widen the page.
   */
  const placeCard = (box: HTMLElement, { at }: Mark) =>
    place(
      box,
      at && [
        Math.max(8, Math.min(at[0]! - 280, doc.documentElement.clientWidth + win.scrollX - 326)),
        at[1]! + 28,
      ],
    );

  /** Move an element, touching the DOM only when its place changed (an unchanged write still costs a style pass). */
  const placed = new WeakMap<HTMLElement, string>();
  const place = (e: HTMLElement, xy: number[] | null | undefined) => {
    const css = xy ? `left:${xy[0]}px;top:${xy[1]}px` : '';
    if (placed.get(e) === css) return;
    placed.set(e, css);
    e.hidden = !xy;
    if (xy) e.style.cssText = css;
  };

  const removeUi = () => {
    card = undefined;
    marks = [];
    resized?.disconnect();
    host?.remove();
    host = root = undefined;
  };

  // The extension's listeners need no removal: an orphan's are never called again.
  const stop = () => {
    removeUi();
    data = undefined;
  };

  /** `keep`: the keyboard stays in the hints (a card's button was used: it was disabled, so it lost focus). */
  const draw = (keep?: unknown) => {
    const start = performance.now();
    // The open card's place: after the redraw its marker (of the same place) opens it again.
    const was = card?.[1].anchor;
    const focused = !!(keep || root?.activeElement);
    // Nothing of ours in the page yet (no host, not even an orphaned copy): its layout is as the page left it.
    const fresh = !host && !doc.querySelector(HOST);
    removeUi();
    if (!data || !alive()) return;
    const { report, settings } = data;
    const on = settings.overlays?.[site] !== false;
    const now = new Date().toISOString();
    const shown = report.results.filter(
      (r) =>
        isHint(r) &&
        txt(r) &&
        r.platform !== (site === 'x' ? 'linkedin' : 'x') &&
        (r.rule === forced || (on && !isHidden(settings, r.rule, now))),
    );
    if (!on && !shown[0]) return;
    // One host per tab: a copy left by an earlier instance of the script (an update) goes first.
    for (const old of doc.querySelectorAll(HOST)) old.remove();
    host = doc.createElement(HOST);
    const shadow = (root = host.attachShadow({ mode: 'open' }));
    // A constructed sheet is not subject to the page's Content-Security-Policy; <style> where there is none.
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      el('style', shadow, CSS);
    }

    // The chip: the score; open, the number of hints and a button that docks it in the next corner.
    const chip = el('div', shadow, '', { className: 'c' });
    const dock = () =>
      (chip.style.cssText = `${corner & 1 ? 'left' : 'right'}:12px;${corner & 2 ? 'top' : 'bottom'}:12px`);
    dock();
    const toggle = el('button', chip, w('Chip', report.score), {
      ariaExpanded: `${chipOpen}`,
      onclick() {
        chipOpen = !chipOpen;
        draw();
      },
    });
    if (chipOpen) {
      el('p', chip, w('Count', shown.length));
      // What others see first, whether or not a check fails there: the headline and About up to their fold.
      for (const section in FOLD) fold(chip, section);
      el('button', chip, w('Move'), { onclick: () => (corner++, dock()) });
    }

    // One marker per place on the page: sections with no place of their own (not on the page) share the top
    // card's, and one marker there lists them all instead of a column of identical ones.
    const byAnchor = new Map<Element | null, Mark>();
    for (const r of shown) {
      const section = r.sections?.[site] ?? r.section;
      const anchor = find(section);
      if (!byAnchor.get(anchor)?.results.push(r))
        byAnchor.set(anchor, { section, results: [r], anchor } as Mark);
    }
    // In the page's order, so the keyboard meets the markers as the eye does (the checklist's order jumps).
    for (const mark of [...byAnchor.values()].sort((a, b) =>
      (a.anchor?.compareDocumentPosition(b.anchor ?? a.anchor) ?? 0) & 2 ? 1 : -1,
    )) {
      const { results } = mark;
      mark.button = el('button', shadow, '!', {
        name: mark.section,
        className: results.some((r) => r.status === 'fail') ? 'm' : 'm w',
        hidden: true,
        ariaLabel: w('Marker', results.map((r) => txt(r).title).join('; ')),
        ariaExpanded: 'false',
        onclick: () => (card?.[1] === mark ? closeCard(true) : openCard(mark)),
      });
      marks.push(mark);
    }
    resized?.observe(doc.body);
    // The first drawing reads the sections' boxes before our host goes in, so the markers arrive in place in the
    // same frame; a redraw (our old host just removed) reads them once the next frame is laid out.
    if (fresh) layout(true);
    doc.documentElement.append(host);
    if (!fresh) schedule();
    const again = was && marks.find((m) => m.anchor === was);
    if (again) openCard(again, focused);
    else if (focused) toggle.focus();
    measure(start);
  };

  /** The fold preview: the part of a section's text shown before it is cut off, quoted as text. */
  const fold = (parent: Node, section: string) => {
    const text = [...textOf(data!.profile, section)];
    const at = FOLD[section] ?? text.length;
    if (text.length > at) el('p', parent, w(`Fold_${section}`, text.slice(0, at).join('')));
  };

  const closeCard = (focus: boolean) => {
    if (!card) return;
    const [box, mark] = card;
    card = undefined;
    box.remove();
    mark.button.ariaExpanded = 'false';
    if (focus) mark.button.focus();
  };

  const openCard = (mark: Mark, focus = true, rule = '') => {
    closeCard(false);
    if (!root || !alive()) return;
    const box = el('div', root, '', { role: 'dialog', ariaLabel: mark.button.ariaLabel, tabIndex: -1 });
    let first: HTMLElement = box;
    // The fold preview, quoted as text.
    fold(box, mark.section);
    for (const r of mark.results) {
      const words = txt(r);
      const h = el('h3', box, words.title, { tabIndex: -1 });
      if (r.rule === rule) first = h;
      el('p', box, words.detail);
      el('p', box, w('Why', words.why));
      el('p', box, w('Fix', words.fix));
      // Each button is described by its check's title: in a shared card, "Dismiss" says which check it dismisses.
      const act = (name: string, run: () => Promise<unknown>, done: (b: HTMLButtonElement) => void) => {
        const b = el('button', box, w(name), {
          title: words.title,
          onclick: () =>
            alive() &&
            ((b.disabled = true),
            run().then(
              () => done(b),
              () => (b.disabled = false),
            )),
        });
      };
      act(
        'Todo',
        () =>
          send('todos/change', {
            op: 'add',
            title: words.title,
            origin: { kind: 'rule', rule: r.rule, profileKey: data!.profile.key },
          }),
        // The used button was disabled, so it lost the focus: the keyboard stays at its check's heading.
        (b) => ((b.textContent = w('Added')), h.focus()),
      );
      const hide = (until: string | null) => () =>
        send('hints/set', { rule: r.rule, until }).then(({ settings }) => {
          if (data) data.settings = settings;
          forced = '';
        });
      act('Dismiss', hide(null), draw);
      act('Snooze', hide(new Date(Date.now() + 6048e5).toISOString()), draw);
    }
    card = [box, mark];
    // Under its marker at once when the marker has a place; else the next layout places it.
    if (mark.at) placeCard(box, mark);
    mark.button.ariaExpanded = 'true';
    schedule();
    if (focus) first.focus({ preventScroll: true });
    // "Show on page" for one of a shared card's checks: the card scrolls to it (the page must not).
    if (first !== box) box.scrollTop = first.offsetTop;
  };

  // 0: nothing registered; 1: answering the extension's pages (any profile page, listen()); 2: also
  // following storage, the window and the anchors' sizes (her own profile, with its first stored reading).
  let level = 0;
  const listen = (hints?: boolean) => {
    if (level > +!!hints) return;
    if (!level) {
      api = extensionApi();
      // The popup's questions to this tab (TabMessageMap), answered in listen.ts's envelope.
      api?.runtime.onMessage.addListener(((
        message: unknown,
        sender: { id?: string },
        reply: (a: unknown) => void,
      ) => {
        if (!isEnvelope(message) || sender.id !== api?.runtime.id) return;
        const name: string = message.name;
        const rule = (message.payload as { rule?: string } | null)?.rule;
        let answer: unknown;
        if (name === 'page/html') {
          // The page as it is, without our host.
          const mine = host;
          mine?.remove();
          answer = { html: doc.documentElement.outerHTML, url: win.location.href };
          if (mine) doc.documentElement.append(mine);
        } else if (name === 'hint/show') {
          // "Show on page": scroll to the rule's section and open its card.
          const r = data?.report.results.find((x) => x.rule === rule);
          const mark =
            r && isHint(r) ? ((forced = rule!), draw(), marks.find((m) => m.results.includes(r))) : null;
          mark?.anchor?.scrollIntoView({ block: 'center' });
          if (mark) openCard(mark, true, rule);
          answer = { shown: !!mark };
        } else return;
        reply({ ok: true, reply: answer });
      }) as never);
    }
    level = hints ? 2 : 1;
    if (!hints) return;
    resized = new ResizeObserver(() => schedule());
    // The options page's switch, and hints dismissed elsewhere (the popup), apply at once, and so does a
    // report the worker made again with new settings (a check switched off, another main profile) or, for
    // the same reading of this page (its `now`), with a reading of her other network in another tab (the
    // cross-network checks): the chip's score is then the popup's. A check with new words (one that now
    // fails) is marked at this page's next reading, which brings them; a new reading of this page is drawn
    // from its reply alone. The hints go when their profile does ("Delete all my data", or forgotten on the
    // options page). Only storage.local has these keys (storage.sync holds "spruce:<n>" pieces).
    type Change = { newValue?: Settings & Record<string, { report?: Report }> };
    api?.storage.onChanged.addListener(((changes: Record<string, Change>) => {
      const next = changes.settings?.newValue;
      const snaps = changes.snapshots;
      if (!data) return;
      const mine = snaps?.newValue?.[data.profile.key];
      const again = mine?.report;
      if (snaps && !mine) {
        data = undefined;
        removeUi();
      } else if (next || (again?.now === data.report.now && again.score !== data.report.score)) {
        if (next) data.settings = next;
        if (again) data.report = again;
        draw();
      }
    }) as never);

    // Positions follow the window's size (the body's and the anchors' sizes are observed); they are in document
    // coordinates, so scrolling the page moves nothing, and only a scrolled element inside it (a section that
    // scrolls on its own) calls for a layout pass. An orphaned copy goes as soon as the page is scrolled or used.
    // An open card closes on Escape anywhere (focus back on its marker), or on a click outside the hints.
    const moved = (e: Event) =>
      e.type === 'resize' ||
      (e.type === 'scroll' && (e.target as Node).nodeType === 1) ||
      (!!card &&
        ((e as KeyboardEvent).key === 'Escape' || (e.type[0] === 'p' && !e.composedPath().includes(host!))) &&
        closeCard(!!(e as KeyboardEvent).key));
    for (const type of ['resize', 'scroll', 'pointerdown', 'keydown'])
      win.addEventListener(type, (e) => host && alive() && moved(e) && schedule(), {
        passive: true,
        capture: true,
      });
  };

  return {
    clear() {
      forced = '';
      data = undefined;
      removeUi();
    },
    stored(reply, profile) {
      if (!reply.stored || profile.own !== true) return;
      listen(true);
      data = { ...reply, profile };
      draw();
    },
    isOwnNode: (node) => node === host || node.getRootNode() === root,
    stop,
    listen,
  };
}
