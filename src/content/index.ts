// The content script: thin. Detect a profile page -> read it -> send the reading to the worker; again on
// every SPA navigation. It runs on every LinkedIn and X page (the sites move from the feed to a profile
// without reloading), but does nothing more than watch the URL until a profile page shows up.
import browser from 'webextension-polyfill';
import type { Profile } from '../core/profile.ts';
import { send } from '../messages.ts';
import { profileSite, readPage } from '../readers/index.ts';
import { watchUrl } from './navigation.ts';
import { startReading } from './reading.ts';

/** True once the extension was reloaded or updated under this tab: this copy of the script is an orphan. */
const contextGone = (): boolean => {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
};

const life = new AbortController();
let page: AbortController | undefined;
let previous: Profile | undefined;

/** After a pushState from profile A to B the old DOM can linger: never file A's content under B. */
function belongsToUrl(p: Profile): boolean {
  if (p.platform === 'x') {
    const handle = p.fields.handle;
    return handle.state !== 'found' || `x:${handle.value.toLowerCase()}` === p.key;
  }
  if (!previous || previous.key === p.key || previous.platform !== 'linkedin') return true;
  const [a, b] = [previous.fields.name, p.fields.name];
  return !(a.state === 'found' && b.state === 'found' && a.value === b.value);
}

function submit(profile: Profile, readMs: number): void {
  previous = profile;
  // Only the owner's own profile is kept; other members' pages are left alone (PRIVACY.md).
  if (profile.own !== true) return;
  send('reading/submit', { profile, readAt: new Date().toISOString(), readMs }).catch((err: unknown) => {
    if (contextGone()) life.abort();
    else console.debug('Spruce: could not store the reading', err);
  });
}

function onUrl(href: string): void {
  page?.abort();
  page = undefined;
  if (contextGone()) return life.abort();
  if (!profileSite(href)) return;
  const controller = new AbortController();
  life.signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
  page = controller;
  startReading(document, {
    read: () => readPage(document, location.href),
    accept: belongsToUrl,
    onReading: submit,
    signal: controller.signal,
  });
}

watchUrl(window, onUrl, life.signal);
onUrl(location.href);
