// webextension-polyfill for component tests: the English catalog for browser.i18n, nothing else.
import { catalogFrom } from '../../../src/core/i18n.ts';
import messages from '../../../public/_locales/en/messages.json';

const catalog = catalogFrom(messages);

export default {
  i18n: {
    // Like the browsers: '' for an unknown key (t() then shows ⟦key⟧).
    getMessage: (key: string, subs?: string[]) => {
      const text = catalog(key, subs ?? []);
      return text.startsWith('⟦') ? '' : text;
    },
  },
};
