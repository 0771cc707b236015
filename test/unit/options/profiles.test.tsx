// @vitest-environment jsdom
// "My profiles": empty, listed with score and last read, hostile names as text, "Not me / remove" asked
// twice before it forgets, the worker's error shown next to the list.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { found } from '../../../src/core/profile.ts';
import type { Snapshot } from '../../../src/storage/schema.ts';
import { NOW, li } from '../rules/helpers.ts';
import { cleanup, HOSTILE, pwned, renderOptions, snapshots } from './fixtures.tsx';

import '../ui/i18n-setup.ts';
afterEach(cleanup);

const section = () => document.getElementById('profiles')!;
const item = (key: string) => section().querySelector<HTMLElement>(`li[data-key="${key}"]`)!;
const LI = 'linkedin:robin-reads';

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
    fireEvent.click(within(item(LI)).getByRole('button', { name: 'Not me / remove: Robin Reads' }));
    const yes = screen.getByRole('button', { name: 'Yes, forget this profile' });
    expect(document.activeElement).toBe(yes);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(client.calls.some((c) => c.method === 'forgetProfile')).toBe(false);

    fireEvent.click(within(item(LI)).getByRole('button', { name: 'Not me / remove: Robin Reads' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget this profile' }));
    await waitFor(() => expect(within(section()).getAllByRole('listitem')).toHaveLength(1));
    expect(client.calls.find((c) => c.method === 'forgetProfile')?.args).toEqual(['linkedin:robin-reads']);
    expect(screen.getByRole('status').textContent).toBe('Forgot Robin Reads');
    // The focus stays in the section (the row it was on is gone).
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'My profiles' }));
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
      name: 'Compared with my other network',
    }) as HTMLInputElement[];
    expect(radios.map((r) => r.closest('li')!.dataset.key)).toEqual(['x:northfieldlib', 'x:robinreads']);
    expect(radios.map((r) => r.checked)).toEqual([true, false]);
    fireEvent.click(radios[1]!);
    await waitFor(() =>
      expect(client.calls.find((c) => c.method === 'updateSettings')?.args).toEqual([
        { main: { x: 'x:robinreads' } },
      ]),
    );
    expect(screen.getByRole('status').textContent).toMatch(/is now compared with your other network$/);
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
    fireEvent.click(within(item(LI)).getByRole('button', { name: 'Not me / remove: Robin Reads' }));
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
