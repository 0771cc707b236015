// What the options page asks of the extension beyond the popup's Client (src/ui/client.ts): the examples.
// Kept here so the popup does not bundle it.
import { ext } from '../ext.ts';
import type { Profile } from '../core/profile.ts';
import type { Report } from '../core/report.ts';
import { send } from '../messages.ts';
import { getItem, type Snapshot } from '../storage/index.ts';
import { EXAMPLES } from '../storage/schema.ts';
import { browserClient, toTab, type Client } from '../ui/client.ts';

/** A tab showing a LinkedIn or X page (the options page offers the profile pages among them as examples). */
export interface SiteTab {
  id: number;
  url: string;
  title: string;
}

export interface OptionsClient extends Client {
  /** Other people's profiles she keeps as examples to learn from, as storage holds them (checked). */
  examples(): Promise<Record<string, Snapshot>>;
  /** The tabs showing LinkedIn or X pages, in any window. */
  siteTabs(): Promise<SiteTab[]>;
  /** A tab's page HTML, from its content script (null when none answers: a tab opened before install). */
  tabPage(tabId: number): Promise<{ html: string; url: string } | null>;
  /** Keep someone else's profile (read by the options page) as an example; its report with her settings. */
  saveExample(profile: Profile): Promise<Report>;
  /** Forget an example (false when it was not kept). */
  forgetExample(key: string): Promise<boolean>;
}

export const optionsClient: OptionsClient = {
  ...browserClient,
  examples: () => getItem(EXAMPLES),
  async siteTabs() {
    // The host permissions let the extension see these tabs' addresses and titles, and no others'.
    const tabs = await ext().tabs.query({
      url: ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'],
    });
    return tabs.flatMap((tab) =>
      tab.id !== undefined && tab.url ? [{ id: tab.id, url: tab.url, title: tab.title ?? '' }] : [],
    );
  },
  tabPage: async (tabId) => (await toTab('page/html', null, tabId)) ?? null,
  saveExample: async (profile) => (await send('example/save', { profile })).report,
  forgetExample: async (key) => (await send('example/forget', { key })).forgotten,
};
