// The browser's i18n for component tests: t() and the checklist read the English messages.json through the
// same `browser.i18n.getMessage` the extension pages use (src/ext.ts picks up globalThis.browser).
import { catalogFrom, type Messages } from '../../../src/core/i18n.ts';
import messages from '../../../public/_locales/en/messages.json';

const catalog = catalogFrom(messages as Messages);
(globalThis as unknown as { browser: unknown }).browser = {
  runtime: { id: 'test' },
  i18n: { getMessage: (key: string, subs?: string | string[]) => catalog(key, [subs ?? []].flat()) },
};
