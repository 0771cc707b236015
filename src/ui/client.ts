// The popup and the options page reach the extension only through this interface, so they render the same
// in tests (with a mock) as in the browser.
import browser from 'webextension-polyfill';
import { send } from '../messages.ts';
import { getItem, watchItems, SNAPSHOTS, type Settings, type Snapshot } from '../storage/index.ts';

export interface Client {
  /** URL of the active tab, when the extension may see it (LinkedIn and X only), else null. */
  activeTabUrl(): Promise<string | null>;
  snapshots(): Promise<Record<string, Snapshot>>;
  settings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Calls `onChange` whenever stored readings or settings change, until `signal` aborts. */
  watch(onChange: () => void, signal: AbortSignal): void;
  openTab(url: string): void;
  openOptions(): void;
}

export const browserClient: Client = {
  async activeTabUrl() {
    // `?tab=<id>` opens the popup for a given tab (the E2E suite opens the popup page in a tab of its own,
    // where the active tab would be the popup itself).
    const forTab = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(forTab) && forTab > 0) return (await browser.tabs.get(forTab)).url ?? null;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ?? null;
  },
  snapshots: () => getItem(SNAPSHOTS),
  settings: async () => (await send('settings/get', null)).settings,
  updateSettings: async (patch) => (await send('settings/update', patch)).settings,
  watch(onChange, signal) {
    watchItems(['snapshots', 'settings'], onChange, signal);
  },
  openTab(url) {
    void browser.tabs.create({ url });
  },
  openOptions() {
    void browser.runtime.openOptionsPage();
  },
};
