// @vitest-environment jsdom
// "Hints on the page" per site and "Sync" with its quota status.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings.ts';
import type { SyncStatus } from '../../../src/storage/schema.ts';
import {
  cleanup,
  HOSTILE,
  pwned,
  QUOTA_CHROME,
  QUOTA_FIREFOX,
  renderOptions,
  STORAGE_FULL,
} from './fixtures.tsx';

import '../ui/i18n-setup.ts';
afterEach(cleanup);

const syncOn = (syncStatus: SyncStatus) =>
  renderOptions({ settings: { ...structuredClone(DEFAULT_SETTINGS), sync: true }, syncStatus });

describe('options: hints on the page', () => {
  it('switches the hints off and on per site', async () => {
    const { client } = await renderOptions();
    const linkedin = screen.getByLabelText('Show hints on LinkedIn') as HTMLInputElement;
    const x = screen.getByLabelText('Show hints on X') as HTMLInputElement;
    expect([linkedin.checked, x.checked]).toEqual([true, true]);
    fireEvent.click(x);
    await waitFor(() => expect(client.data.settings.overlays).toEqual({ linkedin: true, x: false }));
    expect(client.calls.at(-1)).toEqual({
      method: 'updateSettings',
      args: [{ overlays: { linkedin: true, x: false } }],
    });
    await waitFor(() =>
      expect((screen.getByLabelText('Show hints on X') as HTMLInputElement).checked).toBe(false),
    );
  });

  it('shows why a change could not be saved', async () => {
    const { client } = await renderOptions();
    client.failWith = 'the extension was updated; reload this page';
    fireEvent.click(screen.getByLabelText('Show hints on LinkedIn'));
    const alert = await within(document.getElementById('overlays')!).findByRole('alert');
    expect(alert.textContent).toBe('Could not save: the extension was updated; reload this page');
  });

  it.each([QUOTA_CHROME, QUOTA_FIREFOX, 'QUOTA_BYTES quota exceeded'])(
    'says plainly what to do when the storage is full (%s)',
    async (message) => {
      const { client } = await renderOptions();
      client.failWith = message;
      fireEvent.click(screen.getByLabelText('Show hints on LinkedIn'));
      const alert = await within(document.getElementById('overlays')!).findByRole('alert');
      expect(alert.textContent).toBe(STORAGE_FULL);
    },
  );
});

describe('options: sync', () => {
  it('is off by default and says everything stays in this browser', async () => {
    const { client } = await renderOptions();
    const status = screen.getByTestId('sync-status');
    expect(status.textContent).toBe('Sync is off: everything stays in this browser.');
    fireEvent.click(screen.getByLabelText('Sync settings and to-dos'));
    await waitFor(() => expect(client.data.settings.sync).toBe(true));
  });

  it('shows the bytes used of storage.sync’s 102,400', async () => {
    await syncOn({ state: 'ok', at: '2026-11-27T10:00:00.000Z', bytes: 20480 });
    const status = screen.getByTestId('sync-status');
    expect(status.dataset.state).toBe('ok');
    expect(status.textContent).toContain('Synced Nov 27, 2026');
    expect(status.textContent).toContain('20,480 of 102,400 bytes (20%)');
    const meter = status.querySelector('meter')!;
    expect(meter.getAttribute('aria-label')).toBe('Sync storage used');
    expect(meter.getAttribute('value')).toBe('20480');
    expect(meter.getAttribute('max')).toBe('102400');
  });

  it('shows a sync error plainly, and its message as text', async () => {
    await syncOn({ state: 'error', bytes: 101_000, message: `Over the quota. ${HOSTILE}` });
    const status = screen.getByTestId('sync-status');
    expect(status.dataset.state).toBe('error');
    expect(status.textContent).toContain('Sync failed: Over the quota.');
    expect(status.textContent).toContain('Your data is safe in this browser.');
    expect(status.textContent).toContain('101,000 of 102,400 bytes (99%)');
    expect(status.querySelector('img, script')).toBeNull();
    expect(pwned()).toBeUndefined();
  });

  it('over the limit, says so in words instead of a percentage above 100', async () => {
    await syncOn({ state: 'error', bytes: 919_938, message: 'Too big.' });
    const status = screen.getByTestId('sync-status');
    expect(status.textContent).toContain('919,938 bytes: over the 100 KB sync limit');
    expect(status.textContent).not.toMatch(/%/);
    cleanup();
    await syncOn({ state: 'ok', bytes: 102_400 });
    expect(screen.getByTestId('sync-status').textContent).toContain('102,400 of 102,400 bytes (100%)');
  });

  it('says when syncing has not happened yet, and when the browser gave no reason', async () => {
    await syncOn({ state: 'off' });
    expect(screen.getByTestId('sync-status').textContent).toBe('Sync is on; the first copy is being made.');
    cleanup();
    await syncOn({ state: 'error' });
    expect(screen.getByTestId('sync-status').textContent).toContain('the browser gave no reason.');
  });
});
