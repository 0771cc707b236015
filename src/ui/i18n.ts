// Text comes from public/_locales/<lang>/messages.json through the browser's i18n API, so the UI can be
// translated without touching components. The catalog is not bundled: the browser already holds it (and
// falls back to English), which keeps the popup within its size budget.
import { ext } from '../ext.ts';
import { render, type Catalog } from '../core/i18n.ts';
import { messageOf } from '../messages.ts';

/** The browser's catalog, for rendering the checklist's message references (src/core/i18n.ts). */
export const browserCatalog: Catalog = (key, subs) => ext().i18n.getMessage(key, subs);

/** Keys of the English catalog, checked at compile time (a type only: nothing is bundled). */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** The localised text for `key`, with $1..$9 replaced by `subs`. A missing key shows as ⟦key⟧. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return ext().i18n.getMessage(key, subs.map(String)) || `⟦${key}⟧`;
}

/** A plural message: `<base>_one`, `<base>_other`... chosen for `count` (src/core/i18n.ts), with $1..$9. */
export function tn(base: string, count: number, ...subs: (string | number)[]): string {
  return render({ key: base, count, subs }, browserCatalog);
}

/**
 * Why something failed, in words: `said(the error's words)`, or what she can do when the storage is full. A
 * full storage.local, as the browsers word it (Chrome "Resource::kQuotaBytes quota exceeded", Firefox
 * "QuotaExceededError: storage.local API call exceeded its quota limitations."), tells her nothing she can
 * act on.
 */
export function failure(err: unknown, said: (message: string) => string): string {
  const message = messageOf(err);
  return /quota/i.test(message) ? t('optionsStorageFull') : said(message);
}

/** A change the popup asked for failed: "That didn't work: <why>". */
export const actionFailed = (err: unknown): string => failure(err, (m) => t('popupActionFailed', m));
