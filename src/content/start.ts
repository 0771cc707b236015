// The content script, thin: detect a profile page -> read it -> send the reading to the worker; again on
// every SPA navigation. It runs on every page of its site (the sites move from the feed to a profile
// without reloading) but does nothing more than watch the URL until a profile page shows up.
// Each site has its own entry (linkedin.ts, x.ts) so a tab loads only its own site's reader.
import type { Profile } from '../core/profile.ts';
import type { OverlayHooks } from '../overlay/overlay.ts';
import { extensionApi, send } from '../messages.ts';
import { watchUrl } from './navigation.ts';
import { startReading, stopRun, type Run } from './reading.ts';

export interface SiteReader {
  /** Is this URL a profile page of the site? */
  isProfile(href: string): boolean;
  read(doc: Document, href: string): Profile;
  /** On someone else's profile: does the page show them as a 1st-degree connection? (people I've met) */
  connected?(doc: Document): boolean;
  /**
   * Makes the on-page hints (src/overlay/), told of each page change and each stored reading: called with the
   * first reading of a profile page, so no other page (the feed, messaging...) compiles their code. On someone
   * else's profile they only answer the extension's pages (listen()), and draw nothing.
   */
  overlay?: () => OverlayHooks;
}

/** True once the extension was reloaded or updated under this tab: this copy of the script is an orphan. */
const contextGone = (): boolean => {
  try {
    return !extensionApi()?.runtime?.id;
  } catch {
    return true;
  }
};

/** After a pushState from profile A to B the old DOM can linger: never file A's content under B. */
export function belongsToUrl(p: Profile, previous: Profile | undefined): boolean {
  if (p.platform === 'x') {
    const handle = p.fields.handle;
    return handle.state !== 'found' || `x:${handle.value.toLowerCase()}` === p.key;
  }
  if (!previous || previous.key === p.key || previous.platform !== 'linkedin') return true;
  const [a, b] = [previous.fields.name, p.fields.name];
  return !(a.state === 'found' && b.state === 'found' && a.value === b.value);
}

/** A running content script: `abort()` stops it (URL watching, reading, the hints). */
export interface Life {
  abort(): void;
}

export function startContent(site: SiteReader, win: Window = window): Life {
  let page: Run | undefined;
  let previous: Profile | undefined;
  let overlay: OverlayHooks | undefined;
  let stopped = false;
  let unwatch = () => {};
  const life: Life = {
    abort() {
      if (stopped) return;
      stopped = true;
      stopRun(page);
      unwatch();
      overlay?.stop();
    },
  };

  const submit = (profile: Profile, readMs: number) => {
    previous = profile;
    // Only the owner's own profile is kept; other members' pages are left alone (PRIVACY.md). Once the
    // page shows it is someone else's, stop reading it altogether (no observer, no re-reads).
    if (profile.own === false) {
      stopRun(page);
      // Someone the user listed among "people I've met" may now be a connection: the worker ticks them if
      // this address is in her list, and keeps nothing otherwise.
      if (site.connected?.(win.document)) send('people/seen', null).catch(() => undefined);
    }
    // Not hers, or unsure whether it is (most likely her page, read wrong after LinkedIn or X changed it):
    // nothing is kept, but the page answers the extension's pages, so "Report a reading problem" in the popup
    // can save it, and the options page can read it when she asks to keep it as an example.
    if (profile.own !== true) {
      if (!contextGone()) (overlay ??= site.overlay?.())?.listen();
      return;
    }
    // An extension updated or removed under this tab: this copy stops here. Asked only now, with the first
    // reading of a profile: the first touch of the extension API costs a content script about a millisecond,
    // which no other page (the feed, messaging...) pays.
    if (contextGone()) return life.abort();
    // A plain JSON copy: Firefox's messaging from a content script dropped fields whose value was the
    // shared frozen `absent` object (seen with firefox-esr 153 in the E2E suite).
    const plain = JSON.parse(JSON.stringify(profile)) as Profile;
    const at = page;
    // The hints are made with the first reading of a profile page: no other page compiles their code.
    const hints = (overlay ??= site.overlay?.());
    send('reading/submit', { profile: plain, readMs })
      .then((reply) => at === page && hints?.stored(reply, profile))
      // Refused (not hers, malformed) or not saved (the worker reports that to the popup): nothing is written
      // into the page's console. An extension gone under the tab (an update) stops this copy.
      .catch(() => contextGone() && life.abort());
  };

  const onUrl = (href: string) => {
    stopRun(page);
    page = undefined;
    overlay?.clear();
    // The URL first: on every other page (the feed, messaging...) nothing else runs.
    if (!site.isProfile(href) || stopped) return;
    page = {};
    startReading(win.document, {
      read: () => site.read(win.document, win.location.href),
      accept: (p) => belongsToUrl(p, previous),
      isOwnNode: (node) => !!overlay?.isOwnNode(node),
      onReading: submit,
      run: page,
    });
  };

  unwatch = watchUrl(win, onUrl);
  onUrl(win.location.href);
  return life;
}
