// @vitest-environment jsdom
// "My profiles": empty, listed with score and last read, hostile names as text, "Not me / remove" asked
// twice before it forgets, the worker's error shown next to the list.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { found } from '../../../src/core/field.ts';
import type { Snapshot } from '../../../src/storage/schema.ts';
import { NOW, li } from '../rules/helpers.ts';
import {
  cleanup,
  HOSTILE,
  plain,
  pwned,
  QUOTA_FIREFOX,
  renderOptions,
  RLO_NAME,
  snapshots,
  STORAGE_FULL,
} from './fixtures.tsx';

import '../ui/i18n-setup.ts';
afterEach(cleanup);

const section = () => document.getElementById('profiles')!;
const item = (key: string) => section().querySelector<HTMLElement>(`li[data-key="${key}"]`)!;
const LI = 'linkedin:robin-reads';
const FORGET_LI = 'Not me / remove: Robin Reads (robin-reads) on LinkedIn';
const status = () => plain(screen.getByRole('status').textContent);

describe('options: my profiles', () => {
  it('says how to get started when no profile has been read', async () => {
    await renderOptions();
    expect(section().textContent).toContain('None yet. Open your own LinkedIn or X profile');
    expect(within(section()).queryAllByRole('button')).toHaveLength(0);
  });

  it('lists each profile with its network, score and when it was last read', async () => {
    const data = snapshots();
    await renderOptions({ snapshots: data });
    const items = within(section()).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const li = items.find((i) => i.dataset.key === 'linkedin:robin-reads')!;
    expect(li.textContent).toContain('LinkedIn');
    expect(li.textContent).toContain(`Score ${data['linkedin:robin-reads']!.report!.score}/100`);
    expect(li.textContent).toContain('Last read');
  });

  it('renders a hostile name as text', async () => {
    const data = snapshots({ name: HOSTILE });
    await renderOptions({ snapshots: data });
    expect(section().querySelector('img, script')).toBeNull();
    expect(section().textContent).toContain('<img src=x onerror=');
    expect(pwned()).toBeUndefined();
    // The confirmation quotes the name as text too.
    fireEvent.click(within(section()).getAllByRole('button', { name: /Not me \/ remove/ })[0]!);
    expect(section().querySelector('img, script')).toBeNull();
  });

  it('asks before forgetting, can be cancelled, then forgets the profile', async () => {
    const { client } = await renderOptions({ snapshots: snapshots() });
    fireEvent.click(within(item(LI)).getByRole('button', { name: FORGET_LI }));
    const yes = screen.getByRole('button', { name: 'Yes, forget this profile' });
    expect(document.activeElement).toBe(yes);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(client.calls.some((c) => c.method === 'forgetProfile')).toBe(false);

    fireEvent.click(within(item(LI)).getByRole('button', { name: FORGET_LI }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget this profile' }));
    await waitFor(() => expect(within(section()).getAllByRole('listitem')).toHaveLength(1));
    expect(client.calls.find((c) => c.method === 'forgetProfile')?.args).toEqual(['linkedin:robin-reads']);
    expect(status()).toBe('Forgot Robin Reads (robin-reads) on LinkedIn');
    // The focus stays in the section (the row it was on is gone).
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'My profiles' })),
    );
  });

  it('offers no choice of main profile while each network has one profile', async () => {
    await renderOptions({ snapshots: snapshots() });
    expect(within(section()).queryAllByRole('radio')).toHaveLength(0);
    expect(section().textContent).not.toContain('compare the one marked');
  });

  it('with two X profiles: marks the one read last as compared, and saves her choice', async () => {
    const data = snapshots();
    const work: Snapshot = {
      profile: {
        ...data['x:robinreads']!.profile,
        key: 'x:northfieldlib',
        fields: { ...data['x:robinreads']!.profile.fields, name: found('Northfield Library') },
      } as Snapshot['profile'],
      readAt: '2099-01-01T00:00:00.000Z',
    };
    const { client } = await renderOptions({ snapshots: { ...data, [work.profile.key]: work } });
    expect(section().textContent).toContain('compare the one marked “Compared with my other network”');
    // Only X has two: one radio group, on its two profiles; the work account was read last.
    const radios = within(section()).getAllByRole('radio', {
      name: /^Compared with my other network: /,
    }) as HTMLInputElement[];
    expect(radios.map((r) => r.closest('li')!.dataset.key)).toEqual(['x:northfieldlib', 'x:robinreads']);
    expect(radios.map((r) => r.checked)).toEqual([true, false]);
    fireEvent.click(radios[1]!);
    await waitFor(() =>
      expect(client.calls.find((c) => c.method === 'updateSettings')?.args).toEqual([
        { main: { x: 'x:robinreads' } },
      ]),
    );
    expect(status()).toBe('Robin Reads (@robinreads) on X is now compared with your other network');
    await waitFor(() => expect(radios.map((r) => r.checked)).toEqual([false, true]));
    // Drawn again from the stored settings (not from the click): her choice, over the one read last.
    cleanup();
    await renderOptions({
      snapshots: { ...data, [work.profile.key]: work },
      settings: { ...client.data.settings },
    });
    const again = within(section()).getAllByRole('radio') as HTMLInputElement[];
    expect(again.map((r) => r.checked)).toEqual([false, true]);
  });

  it('shows the worker’s error next to the list and keeps the profile', async () => {
    const { client } = await renderOptions({ snapshots: snapshots() });
    client.failWith = 'Stored data is from a newer Spruce.';
    fireEvent.click(within(item(LI)).getByRole('button', { name: FORGET_LI }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget this profile' }));
    const alert = await within(section()).findByRole('alert');
    expect(alert.textContent).toBe('Could not save: Stored data is from a newer Spruce.');
    expect(within(section()).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a long list and very long names inside the page', async () => {
    const many: Record<string, Snapshot> = {};
    for (let i = 0; i < 40; i++) {
      const profile = {
        ...li({ name: found(`${'Verylongname'.repeat(12)} ${i}`) }),
        key: `linkedin:person-${i}`,
      };
      many[profile.key] = { profile, readAt: NOW };
    }
    await renderOptions({ snapshots: many });
    const items = within(section()).getAllByRole('listitem');
    expect(items).toHaveLength(40);
    // Long names may wrap anywhere (options.css: .wrap), never widen the page.
    expect(items[0]!.querySelector('strong')!.className).toContain('wrap');
  });
});

describe('options: my profiles, told apart and kept in order', () => {
  /** Her personal X account and her department's, both named Robin Ashgrove. */
  function twins(name = 'Robin Ashgrove'): Record<string, Snapshot> {
    const data = snapshots({ name });
    const personal = data['x:robinreads']!;
    personal.profile = {
      ...personal.profile,
      fields: { ...personal.profile.fields, name: found(name) },
    } as Snapshot['profile'];
    const work: Snapshot = {
      profile: { ...personal.profile, key: 'x:northfieldlib', url: 'https://x.com/northfieldlib' },
      readAt: '2099-01-01T00:00:00.000Z',
    };
    return { ...data, [work.profile.key]: work };
  }

  it('two profiles with the same name show their handle, and each control names which one it is', async () => {
    const { client } = await renderOptions({ snapshots: twins() });
    const row = (key: string) => plain(item(key).querySelector('.item-main')!.textContent);
    expect(row('x:robinreads')).toMatch(/^Robin Ashgrove @robinreads · X · /);
    expect(row('x:northfieldlib')).toMatch(/^Robin Ashgrove @northfieldlib · X · /);
    expect(row(LI)).toMatch(/^Robin Ashgrove robin-reads · LinkedIn · /);
    const radios = within(section()).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Compared with my other network: Robin Ashgrove (@northfieldlib) on X',
      'Compared with my other network: Robin Ashgrove (@robinreads) on X',
    ]);
    const forget = within(section())
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(forget).toEqual([
      'Not me / remove: Robin Ashgrove (robin-reads) on LinkedIn',
      'Not me / remove: Robin Ashgrove (@northfieldlib) on X',
      'Not me / remove: Robin Ashgrove (@robinreads) on X',
    ]);
    fireEvent.click(radios[1]!);
    await waitFor(() =>
      expect(status()).toBe('Robin Ashgrove (@robinreads) on X is now compared with your other network'),
    );
    fireEvent.click(
      within(section()).getByRole('button', {
        name: 'Not me / remove: Robin Ashgrove (@northfieldlib) on X',
      }),
    );
    expect(plain(within(item('x:northfieldlib')).getByRole('group').textContent)).toMatch(
      /^Forget Robin Ashgrove \(@northfieldlib\) on X\?/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget this profile' }));
    await waitFor(() => expect(status()).toBe('Forgot Robin Ashgrove (@northfieldlib) on X'));
    expect(client.calls.find((c) => c.method === 'forgetProfile')?.args).toEqual(['x:northfieldlib']);
  });

  it('Cancel on “Not me / remove” puts the focus back on that button', async () => {
    const { client } = await renderOptions({ snapshots: snapshots() });
    const button = within(item(LI)).getByRole('button', { name: FORGET_LI });
    button.focus();
    fireEvent.click(button);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, forget this profile' })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(item(LI)).getByRole('button', { name: FORGET_LI })),
    );
    expect(client.calls.some((c) => c.method === 'forgetProfile')).toBe(false);
  });

  it('a right-to-left override in a name cannot turn the row’s own words around', async () => {
    await renderOptions({ snapshots: twins(RLO_NAME) });
    const main = item('x:robinreads').querySelector('.item-main')!;
    // The name and the handle are each in a <bdi>; Spruce's words are outside them.
    expect(Array.from(main.querySelectorAll('bdi')).map((b) => b.textContent)).toEqual([
      RLO_NAME,
      '@robinreads',
    ]);
    expect(main.querySelector('strong')!.textContent).toBe(RLO_NAME);
    // In sentences (the question, the status line) it is isolated, and so is the name inside "name (address)
    // on X", which it would otherwise turn around (found by a review).
    fireEvent.click(within(item('x:robinreads')).getByRole('button', { name: /^Not me \/ remove/ }));
    expect(within(item('x:robinreads')).getByRole('group').textContent).toMatch(
      new RegExp(`^Forget \u2068\u2068${RLO_NAME}\u2069 \\(\u2068@robinreads\u2069\\) on X\u2069\\?`),
    );
  });

  it('a full storage is said plainly', async () => {
    const { client } = await renderOptions({ snapshots: snapshots() });
    client.failWith = QUOTA_FIREFOX;
    fireEvent.click(within(item(LI)).getByRole('button', { name: FORGET_LI }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget this profile' }));
    expect((await within(section()).findByRole('alert')).textContent).toBe(STORAGE_FULL);
  });
});
