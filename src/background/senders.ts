// Who may ask the worker for what. The popup and the options page are the extension's own pages; a content
// script runs inside LinkedIn's or X's page, in that site's renderer process, so what it sends is treated as
// a claim to check, not an order: it may only submit readings of the profile its page shows, tick people it
// sees, add a to-do for a rule of that profile, and dismiss or snooze hints. Everything else (settings,
// goals, imports, deleting, reading stored data back) is for the extension's pages only.
import type { Runtime } from 'webextension-polyfill';
import { ext } from '../ext.ts';
import { profileKey, type Profile } from '../core/profile.ts';
import type { MessageName, TodoOp } from '../messages.ts';

type Sender = Pick<Runtime.MessageSender, 'url' | 'tab'>;

/** The messages a content script may send; every other one needs an extension page. */
export const FROM_CONTENT_SCRIPTS: ReadonlySet<MessageName> = new Set<MessageName>([
  'ping',
  'reading/submit',
  'people/seen',
  'hints/set',
  'todos/change',
]);

export const isExtensionPage = (sender: Sender): boolean =>
  !!sender.url?.startsWith(ext().runtime.getURL(''));

/** Throws unless `name` may come from this sender. */
export function mayAsk(name: MessageName, sender: Sender): void {
  if (!FROM_CONTENT_SCRIPTS.has(name) && !isExtensionPage(sender))
    throw new Error('only Spruce’s own pages can do this');
}

// LinkedIn's member-id URLs (/in/ACoAA.../) and /in/me/ do not name the profile: the reader keys it by the
// public address the page itself shows (src/readers/linkedin/read.ts).
const UNNAMED = /^(?:me|ACoA[A-Za-z0-9_-]{20,})$/;

/**
 * The profile key the sender's page is about: a key, '*' for a LinkedIn profile URL that does not name the
 * member (any LinkedIn key may then be its), or null when the page is no profile of either site. Looser than
 * the content scripts' URL checks (the readers' url.ts files, not bundled here): it only has to name the key the
 * reader would give the page, which must then be the reading's.
 */
function keyOfPage(href: string | undefined): { platform: Profile['platform']; key: string } | null {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return null;
  }
  const [first, second] = url.pathname
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  if (/^(www\.)?linkedin\.com$/.test(url.hostname))
    return first === 'in' && second
      ? { platform: 'linkedin', key: UNNAMED.test(second) ? '*' : profileKey('linkedin', second) }
      : null;
  if (/^((www|mobile)\.)?(x|twitter)\.com$/.test(url.hostname) && first)
    return { platform: 'x', key: profileKey('x', first) };
  return null;
}

/**
 * The address the sender's tab shows now. The sites move between pages with history.pushState, which does
 * not change `sender.url` (the document's address when the content script started) in Chromium or Firefox;
 * the tab's URL follows it (host access to the site lets the worker see it).
 */
export const pageUrl = (sender: Sender): string | undefined => sender.tab?.url ?? sender.url;

/** Does the sender's page show the profile `key` (of the platform `platform`)? */
function showsProfile(sender: Sender, platform: string, key: string): boolean {
  const page = keyOfPage(pageUrl(sender));
  if (!page || page.platform !== platform) return false;
  return page.key === key || (page.key === '*' && key.startsWith(`${platform}:`));
}

/**
 * A reading may be stored when it comes from a content script (a tab), says it is the viewer's own profile,
 * and is of the profile the tab's page shows. Throws with the reason otherwise.
 */
export function checkReadingSender(profile: Profile, sender: Sender): void {
  if (!sender.tab || isExtensionPage(sender)) throw new Error('readings come from content scripts');
  if (profile.own !== true) throw new Error('only the owner’s own profile is kept');
  if (!showsProfile(sender, profile.platform, profile.key))
    throw new Error('the reading is not of the profile this page shows');
}

/** From a content script, only "add a to-do for this rule of the profile on this page" (the hints' button). */
export function checkTodoSender(op: TodoOp, sender: Sender): void {
  if (isExtensionPage(sender)) return;
  const origin = op.op === 'add' ? op.origin : undefined;
  if (
    origin?.kind !== 'rule' ||
    !showsProfile(sender, origin.profileKey.split(':')[0] ?? '', origin.profileKey)
  )
    throw new Error('only Spruce’s own pages can do this');
}
