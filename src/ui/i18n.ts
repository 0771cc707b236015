// Text comes from public/_locales/<lang>/messages.json through the browser's i18n API, so the UI can be
// translated without touching components.
import browser from 'webextension-polyfill';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** The localised text for `key`, with $1..$9 replaced by `subs`; English when the browser has none. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const fromBrowser = browser.i18n?.getMessage(key, strings);
  if (fromBrowser) return fromBrowser;
  return en[key].message.replace(/\$(\d)/g, (_, n: string) => strings[Number(n) - 1] ?? '');
}
