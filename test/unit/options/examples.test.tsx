// @vitest-environment jsdom
// "Examples to learn from": the profile pages open in her tabs that are not hers, kept from the page the tab
// answers with (read here by the same reader as the CLI's), shown beside hers check by check; her own profile,
// a tab that does not answer and one example too many are refused in words; hostile text stays text.
import fs from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_EXAMPLES } from '../../../src/core/limits.ts';
import type { Snapshot } from '../../../src/storage/schema.ts';
import type { LinkedInProfile } from '../../../src/core/profile.ts';
import type { SiteTab } from '../../../src/options/client.ts';
import { JSDOM } from 'jsdom';
import { asOwner, LINKEDIN_CAPTURES as C, SHARED } from '../readers/helpers.ts';
import { cleanup, HOSTILE, plain, pwned, renderOptions, snapshots } from './fixtures.tsx';
import { absent, found } from '../../../src/core/field.ts';
import { reportFor } from '../../../src/background/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings.ts';
import { li, NOW } from '../rules/helpers.ts';
import { scoreOf } from '../../../src/core/score.ts';
import * as S from '../../../src/readers/linkedin/selectors.ts';

import '../ui/i18n-setup.ts';
afterEach(cleanup);

const HTML = fs.readFileSync(SHARED + C.full.file, 'utf8');
const KEY = 'linkedin:eduardo-alvarez-nowak';
const section = () => document.getElementById('examples')!;
const status = () => plain(screen.getByRole('status').textContent);
const error = () => plain(section().querySelector('[role="alert"]')?.textContent);

const TABS: SiteTab[] = [
  { id: 1, url: 'https://www.linkedin.com/feed/', title: 'Feed | LinkedIn' },
  { id: 2, url: C.full.url, title: 'Eduardo Alvarez Nowak | LinkedIn' },
  { id: 3, url: 'https://www.linkedin.com/in/robin-reads/', title: 'Robin Reads | LinkedIn' },
  { id: 4, url: `${C.full.url}details/skills/`, title: 'Skills | LinkedIn' },
];

/** Her profiles, her LinkedIn with few skills, no recommendations and no banner: the example does better there. */
function hers(): Record<string, Snapshot> {
  const base = snapshots();
  const me = li({ skills: found(3), recommendations: found(0), banner: absent });
  base[me.key] = { profile: me, readAt: NOW, report: reportFor(me, NOW, base, DEFAULT_SETTINGS) };
  return base;
}

async function keepFirst() {
  const view = await renderOptions({
    snapshots: hers(),
    tabs: TABS,
    tabPages: { 2: { html: HTML, url: C.full.url } },
  });
  await waitFor(() => within(section()).getByRole('button', { name: /^Keep as an example: / }));
  fireEvent.click(within(section()).getByRole('button', { name: /^Keep as an example: / }));
  await waitFor(() => expect(status()).toMatch(/is kept as an example/));
  return view;
}

describe('options: examples to learn from', () => {
  it('offers the profile pages open in her tabs that are not hers, each profile once', async () => {
    await renderOptions({ snapshots: snapshots(), tabs: TABS });
    await waitFor(() => within(section()).getByTestId('example-tabs'));
    const rows = within(within(section()).getByTestId('example-tabs')).getAllByRole('listitem');
    // Not the feed, not her own profile; the skills page is the same member's profile as tab 2.
    expect(rows.map((r) => r.dataset.key)).toEqual([KEY]);
    expect(section().textContent).toContain('No examples yet.');
  });

  it('says how when no one else’s profile is open, and looks again when asked', async () => {
    const { client } = await renderOptions({ snapshots: snapshots(), tabs: [] });
    await waitFor(() =>
      expect(section().textContent).toContain("No one else's LinkedIn or X profile is open"),
    );
    client.data.tabs = TABS;
    fireEvent.click(within(section()).getByRole('button', { name: 'Look again' }));
    await waitFor(() => within(section()).getByTestId('example-tabs'));
    // And by itself when she comes back to the page (from opening a profile in another tab).
    client.data.tabs = [];
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(within(section()).queryByTestId('example-tabs')).toBeNull());
  });

  it('keeps the page a tab shows, read here, and shows it beside hers check by check', async () => {
    const { client } = await keepFirst();
    const saved = client.calls.find((c) => c.method === 'saveExample')!.args[0] as LinkedInProfile;
    expect(saved.key).toBe(KEY);
    expect(saved.own).toBe(false);
    expect(saved.fields.skills).toEqual({ state: 'found', value: 30 });
    expect(status()).toBe('Eduardo Alvarez Nowak is kept as an example');

    const item = section().querySelector<HTMLElement>(`[data-testid="examples"] li[data-key="${KEY}"]`)!;
    const report = client.data.examples[KEY]!.report!;
    const hers = client.data.snapshots['linkedin:robin-reads']!.report!;
    // Hers on the same checks as theirs: her LinkedIn's own, without the cross-network ones.
    const hersHere = hers.results.filter((r) => r.platform === 'linkedin');
    expect(hersHere.length).toBeLessThan(hers.results.length);
    expect(within(item).getByTestId('example-score').textContent).toBe(
      `Their score ${report.score}/100, yours ${scoreOf(hersHere).score}/100 (on the same checks)`,
    );
    // Their headline, quoted as text.
    expect(item.querySelector('blockquote')?.textContent).toBe(
      (saved.fields.headline as { value: string }).value,
    );
    // Every check of theirs, where they do better first; each with hers beside it.
    const rows = within(item).getByTestId('example-checks').querySelectorAll<HTMLElement>('li');
    expect(rows).toHaveLength(report.results.length);
    const herStatus = new Map(hers.results.map((r) => [r.rule, r.status]));
    const better = report.results.filter(
      (r) => r.status === 'pass' && /fail|warn/.test(herStatus.get(r.rule) ?? ''),
    );
    expect(better.length).toBeGreaterThan(0);
    expect(item.querySelector('summary')?.textContent).toBe(
      `Check by check: they do better on ${better.length} checks`,
    );
    expect([...rows].slice(0, better.length).map((r) => r.dataset.rule)).toEqual(better.map((r) => r.rule));
    expect(plain(rows[0]!.textContent)).toMatch(/Eduardo Alvarez Nowak: done/);
    expect(plain(rows[0]!.textContent)).toMatch(/You: (needs fixing|could be better)/);
    // Once kept, its tab offers to read it again.
    expect(within(section()).getByRole('button', { name: /^Read again: / })).toBeTruthy();
  });

  it('without a reading of hers on that network, shows their checks without claiming a comparison (found by a review)', async () => {
    const only = Object.fromEntries(Object.entries(hers()).filter(([k]) => k.startsWith('x:')));
    const view = await renderOptions({
      snapshots: only,
      tabs: TABS,
      tabPages: { 2: { html: HTML, url: C.full.url } },
    });
    await waitFor(() => within(section()).getByRole('button', { name: /^Keep as an example: Eduardo/ }));
    fireEvent.click(within(section()).getByRole('button', { name: /^Keep as an example: Eduardo/ }));
    await waitFor(() => expect(status()).toMatch(/is kept as an example/));
    const item = section().querySelector<HTMLElement>(`[data-testid="examples"] li[data-key="${KEY}"]`)!;
    const report = view.client.data.examples[KEY]!.report!;
    expect(within(item).getByTestId('example-score').textContent).toBe(`Their score ${report.score}/100`);
    expect(item.querySelector('summary')?.textContent).toBe('Check by check');
  });

  it('refuses her own profile and a tab that does not answer, in words', async () => {
    // Her own profile, open where Spruce has not kept it (the page shows the owner's controls).
    const doc = new JSDOM(HTML).window.document;
    asOwner(doc, C.full.url);
    const { client } = await renderOptions({
      snapshots: snapshots(),
      tabs: [TABS[1]!, { id: 5, url: 'https://x.com/someone', title: 'Someone (@someone) / X' }],
      tabPages: { 2: { html: doc.documentElement.outerHTML, url: C.full.url } },
    });
    await waitFor(() => within(section()).getByTestId('example-tabs'));
    const [keepLi, keepX] = within(section()).getAllByRole('button', { name: /^Keep as an example: / });
    fireEvent.click(keepX!);
    await waitFor(() => expect(error()).toMatch(/That tab did not answer. Reload it/));
    fireEvent.click(keepLi!);
    await waitFor(() => expect(error()).toMatch(/That is your own profile: Spruce checks it as yours/));
    expect(client.calls.some((c) => c.method === 'saveExample')).toBe(false);
  });

  it(`refuses an example beyond ${MAX_EXAMPLES}, in words`, async () => {
    const examples: Record<string, Snapshot> = {};
    for (let i = 0; i < MAX_EXAMPLES; i++) {
      const s = Object.values(snapshots())[0]!;
      const key = `linkedin:other-${i}`;
      examples[key] = { ...s, profile: { ...s.profile, key, own: false } };
    }
    await renderOptions({
      snapshots: snapshots(),
      examples,
      tabs: [TABS[1]!],
      tabPages: { 2: { html: HTML, url: C.full.url } },
    });
    await waitFor(() => within(section()).getByTestId('example-tabs'));
    fireEvent.click(within(section()).getByRole('button', { name: /^Keep as an example: / }));
    await waitFor(() =>
      expect(error()).toBe(`Spruce keeps ${MAX_EXAMPLES} examples at most: remove one first.`),
    );
  });

  it('asks her when it cannot tell whose profile a page is, and says when the tab has moved on', async () => {
    // A page with neither the owner's nor a visitor's signs (no viewer data, no Connect or Message button):
    // whose it is cannot be told.
    const doc = new JSDOM(HTML).window.document;
    for (const el of doc.querySelectorAll(['code[id^="datalet-bpr-guid-"]', ...S.nonSelf].join(', ')))
      el.remove();
    const unsure = doc.documentElement.outerHTML;
    const { client } = await renderOptions({
      snapshots: snapshots(),
      tabs: [TABS[1]!],
      tabPages: { 2: { html: unsure, url: C.full.url } },
    });
    await waitFor(() => within(section()).getByTestId('example-tabs'));
    const button = within(section()).getByRole('button', { name: /^Keep as an example: / });
    fireEvent.click(button);
    // Announced while the tab is read; the button keeps the focus (aria-disabled, not disabled).
    expect(status()).toBe('Reading…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    // She is asked, since she knows; Cancel keeps nothing and gives the focus back to the button.
    const yes = await within(section()).findByRole('button', { name: "It is someone else's: keep it" });
    expect(section().textContent).toContain('Spruce could not tell whose profile this is.');
    await waitFor(() => expect(document.activeElement).toBe(yes));
    fireEvent.click(within(section()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement?.id).toBe(`example-keep-${KEY}`));
    expect(client.calls.some((c) => c.method === 'saveExample')).toBe(false);
    // Asked again, she says it is someone else's: kept, as the page said (owner unknown).
    fireEvent.click(within(section()).getByRole('button', { name: /^Keep as an example: / }));
    fireEvent.click(await within(section()).findByRole('button', { name: "It is someone else's: keep it" }));
    await waitFor(() => expect(status()).toMatch(/is kept as an example$/));
    expect((client.calls.find((c) => c.method === 'saveExample')!.args[0] as LinkedInProfile).own).toBe(null);
    client.calls.length = 0;

    // The tab moved on to someone else's profile since the list was made: the list is made again.
    client.data.tabPages[2] = { html: fs.readFileSync(SHARED + C.sparse.file, 'utf8'), url: C.sparse.url };
    const tabsAsked = vi.spyOn(client, 'siteTabs');
    fireEvent.click(within(section()).getByRole('button', { name: /^Read again: / }));
    await waitFor(() => expect(error()).toMatch(/^That tab now shows another page/));
    expect(tabsAsked).toHaveBeenCalledTimes(1);

    // So too for an address that merely starts like /in/me/ or a member id.
    cleanup();
    const megan = 'https://www.linkedin.com/in/megan-example/';
    await renderOptions({
      snapshots: snapshots(),
      tabs: [{ id: 7, url: megan, title: 'Megan Example | LinkedIn' }],
      tabPages: { 7: { html: HTML, url: C.full.url } },
    });
    await waitFor(() => within(section()).getByTestId('example-tabs'));
    fireEvent.click(within(section()).getByRole('button', { name: /^Keep as an example: / }));
    await waitFor(() => expect(error()).toMatch(/^That tab now shows another page/));
    expect(client.calls.some((c) => c.method === 'saveExample')).toBe(false);
  });

  it('clears away an example that has become one of hers (a backup imported since), and does not show it', async () => {
    const mine = snapshots();
    const [key, snap] = Object.entries(mine)[0]!;
    const { client } = await renderOptions({
      snapshots: mine,
      examples: { [key]: { ...snap, profile: { ...snap.profile, own: false } } },
    });
    await waitFor(() => expect(client.calls.map((c) => c.method)).toContain('forgetExample'));
    expect(client.calls.find((c) => c.method === 'forgetExample')!.args).toEqual([key]);
    expect(section().textContent).toContain('No examples yet.');
  });

  it('renders a hostile name and headline as text', async () => {
    const escaped = HOSTILE.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    const hostile = HTML.replaceAll('Eduardo Alvarez Nowak', escaped);
    await renderOptions({
      snapshots: snapshots(),
      tabs: [TABS[1]!],
      tabPages: { 2: { html: hostile, url: C.full.url } },
    });
    await waitFor(() => within(section()).getByTestId('example-tabs'));
    fireEvent.click(within(section()).getByRole('button', { name: /^Keep as an example: / }));
    await waitFor(() => within(section()).getByTestId('examples'));
    expect(section().querySelector('img, script')).toBeNull();
    expect(section().textContent).toContain('<img src=x onerror=');
    expect(pwned()).toBeUndefined();
  });

  it('asks before removing an example, can be cancelled, then removes it', async () => {
    const { client } = await keepFirst();
    const remove = () => within(section()).getByRole('button', { name: /^Remove the example .*Eduardo/ });
    fireEvent.click(remove());
    fireEvent.click(within(section()).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(remove()));
    fireEvent.click(remove());
    fireEvent.click(within(section()).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status()).toMatch(/Eduardo Alvarez Nowak .* is no longer kept/));
    expect(client.data.examples).toEqual({});
    expect(section().textContent).toContain('No examples yet.');
  });
});
