// @vitest-environment jsdom
// "Your data": export (a file through a Blob URL, no network), import with a preview and a confirm, refused
// files changing nothing, the Markdown progress report (download and copy, escaped user text), delete all
// after a second explicit button.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_GOALS } from '../../../src/core/goals.ts';
import type { Todo } from '../../../src/core/todos.ts';
import {
  cleanup,
  HOSTILE,
  plain,
  pwned,
  QUOTA_CHROME,
  renderOptions,
  snapshots,
  STORAGE_FULL,
} from './fixtures.tsx';

import '../ui/i18n-setup.ts';

let saved: { name: string; blob: Blob }[];
beforeEach(() => {
  saved = [];
  let last: Blob | undefined;
  URL.createObjectURL = vi.fn((b: Blob) => {
    last = b;
    return 'blob:spruce/1';
  }) as never;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: last! });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const choose = (text: string, name = 'backup.json') => {
  const input = screen.getByLabelText('Backup file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  fireEvent.change(input);
};

const HISTORY = {
  'linkedin:robin-reads': [
    ['2026-10-01', 40, 900],
    ['2026-11-20', 60, 950, { rules: { 'li-banner': 'pass' } }],
  ],
} as never;

const todo = (over: Partial<Todo>): Todo => ({
  id: 't1',
  title: 'Add a banner',
  createdAt: '2026-10-01T00:00:00.000Z',
  origin: { kind: 'manual' },
  done: null,
  ...over,
});

describe('options: export', () => {
  it('saves everything as a JSON file named by the day, without any network', async () => {
    const { client } = await renderOptions({ snapshots: snapshots() });
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^spruce-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saved[0]!.blob.type).toBe('application/json');
    expect(await saved[0]!.blob.text()).toBe(await client.exportData());
    expect(screen.getByRole('status').textContent).toBe('Backup file saved');
  });
});

describe('options: import', () => {
  it('shows what the file holds against what is here now, and replaces only after the confirm', async () => {
    const source = await renderOptions({ snapshots: snapshots(), todos: [todo({})], history: HISTORY });
    const backup = await source.client.exportData();
    cleanup();
    const { client } = await renderOptions();
    choose(backup);
    const preview = await screen.findByTestId('import-preview');
    const rows = Array.from(preview.querySelectorAll('tr[data-count]')).map((r) =>
      Array.from(r.children).map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['Profiles', '0', '2'],
      ['To-dos', '0', '1'],
      ["People I've met", '0', '0'],
      ['Professional networks', '0', '0'],
      ['Days of score history', '0', '2'],
    ]);
    // The file's name is hers: isolated, so its direction marks cannot turn the caption around.
    expect(within(preview).getByText(/^\u2068backup\.json\u2069, exported /)).toBeTruthy();
    expect(client.calls.filter((c) => c.method === 'importData').map((c) => c.args[1])).toEqual([false]);
    expect(Object.keys(client.data.snapshots)).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Replace my data with this file' }));
    await waitFor(() => expect(Object.keys(client.data.snapshots)).toHaveLength(2));
    expect(client.data.todos).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('Imported');
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('cancelling the preview changes nothing', async () => {
    const source = await renderOptions({ snapshots: snapshots() });
    const backup = await source.client.exportData();
    cleanup();
    const { client } = await renderOptions();
    choose(backup);
    await screen.findByTestId('import-preview');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(client.calls.filter((c) => c.method === 'importData')).toHaveLength(1);
    expect(client.data.snapshots).toEqual({});
  });

  it.each([
    ['malformed JSON', '{"format": "spruce-backup", '],
    ['another file', JSON.stringify({ hello: 'world' })],
    ['hostile text', HOSTILE],
  ])('refuses %s with the worker’s plain message, and changes nothing', async (_what, text) => {
    const { client } = await renderOptions({ snapshots: snapshots() });
    const before = JSON.stringify(client.data);
    choose(text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Spruce can't import this file: .+\. Nothing was changed\.$/s);
    expect(alert.textContent?.match(/Nothing was changed/g)).toHaveLength(1);
    expect(alert.id).toBe('import-error');
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(JSON.stringify(client.data)).toBe(before);
    expect(document.querySelector('#data img, #data script')).toBeNull();
    expect(pwned()).toBeUndefined();
  });
});

describe('options: import, once more', () => {
  /** A backup of two profiles, made on a page of its own (gone when this returns). */
  async function backupOf(): Promise<string> {
    const source = await renderOptions({ snapshots: snapshots() });
    const backup = await source.client.exportData();
    cleanup();
    return backup;
  }

  /** Record what the page writes to the file field's value (jsdom keeps no file list of its own here). */
  function watchValue(): string[] {
    const input = screen.getByLabelText('Backup file') as HTMLInputElement;
    const writes: string[] = [];
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => 'C:\\fakepath\\backup.json',
      set: (v: string) => writes.push(v),
    });
    return writes;
  }

  it('empties the file field after a refused file, so choosing the mended file again is heard', async () => {
    await renderOptions();
    const writes = watchValue();
    choose('{"format": "spruce-backup", ');
    await screen.findByRole('alert');
    expect(writes).toEqual(['']);
  });

  it('empties it after a file it could read too, and announces the preview in the status line', async () => {
    const backup = await backupOf();
    await renderOptions();
    const writes = watchValue();
    choose(backup);
    await screen.findByTestId('import-preview');
    expect(writes).toEqual(['']);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(plain(status.textContent)).toBe(
      'Check what backup.json holds, below, then replace your data with it or cancel.',
    );
  });

  it('says plainly when the storage is full, and keeps the preview to try again', async () => {
    const backup = await backupOf();
    const { client } = await renderOptions();
    choose(backup);
    await screen.findByTestId('import-preview');
    client.failWith = QUOTA_CHROME;
    fireEvent.click(screen.getByRole('button', { name: 'Replace my data with this file' }));
    expect((await screen.findByRole('alert')).textContent).toBe(STORAGE_FULL);
    expect(screen.getByTestId('import-preview')).toBeTruthy();
    // The announcement of the preview gives way to the error.
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('options: progress report', () => {
  const data = () => ({
    snapshots: snapshots(),
    history: HISTORY,
    todos: [todo({ title: `Fix ${HOSTILE}`, done: { at: '2026-11-20T10:00:00.000Z', auto: false } })],
    goals: { ...NO_GOALS, people: [{ id: 'p', name: '[x](javascript:alert(1))', connected: null }] },
  });
  const period = (from: string, to: string) => {
    fireEvent.input(screen.getByLabelText('From'), { target: { value: from } });
    fireEvent.input(screen.getByLabelText('To'), { target: { value: to } });
  };

  it('downloads the period’s report as Markdown, with user text escaped', async () => {
    await renderOptions(data());
    period('2026-11-01', '2026-11-30');
    fireEvent.click(screen.getByRole('button', { name: 'Download .md' }));
    expect(saved[0]!.name).toBe('spruce-progress-2026-11-01-to-2026-11-30.md');
    expect(saved[0]!.blob.type).toBe('text/markdown');
    const md = await saved[0]!.blob.text();
    expect(md).toMatch(/^# Progress report: 2026-11-01 to 2026-11-30\n/);
    expect(md).toContain('- Score: 40 on 2026-10-01, 60 on 2026-11-20 (+20)');
    expect(md).toContain('\\<img src=x onerror="window.\\_\\_pwned=1">');
    expect(md).toContain('\\[x](javascript:alert(1))');
    expect(screen.getByRole('status').textContent).toBe('Report saved');
  });

  it('copies the same report to the clipboard, and says when it cannot', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderOptions(data());
    period('2026-11-01', '2026-11-30');
    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Report copied'));
    expect(writeText.mock.calls[0]![0]).toMatch(/^# Progress report: 2026-11-01 to 2026-11-30/);

    writeText.mockRejectedValueOnce(new Error('Document is not focused.'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    expect((await screen.findByRole('alert')).textContent).toBe("Couldn't copy: Document is not focused.");
  });

  it('refuses a period that ends before it starts', async () => {
    await renderOptions(data());
    period('2026-11-30', '2026-11-01');
    fireEvent.click(screen.getByRole('button', { name: 'Download .md' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Choose two dates, the first not after the second.',
    );
    expect(saved).toHaveLength(0);
  });

  it('offers the last 30 days by default, and a one-click last week', async () => {
    await renderOptions();
    const from = screen.getByLabelText('From') as HTMLInputElement;
    const to = screen.getByLabelText('To') as HTMLInputElement;
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(days(from.value, to.value)).toBe(29);
    fireEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() => expect(days(from.value, to.value)).toBe(6));
  });
});

describe('options: delete everything', () => {
  it('asks with a second explicit button, which has the focus; Cancel keeps everything', async () => {
    const { client } = await renderOptions({ snapshots: snapshots() });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    const yes = screen.getByRole('button', { name: 'Yes, delete everything' });
    expect(document.activeElement).toBe(yes);
    expect(screen.getByText("Delete everything Spruce keeps? This can't be undone.")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(client.calls.some((c) => c.method === 'deleteAll')).toBe(false);
    expect(Object.keys(client.data.snapshots)).toHaveLength(2);
  });

  it('deletes everything after the confirm, and the page shows the empty state', async () => {
    const { client } = await renderOptions({ snapshots: snapshots() });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Everything was deleted'));
    expect(client.data.snapshots).toEqual({});
    await waitFor(() => expect(document.getElementById('profiles')!.textContent).toContain('None yet.'));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all my data…' })),
    );
  });

  it('shows why it could not delete', async () => {
    const { client } = await renderOptions();
    client.failWith = 'only Spruce’s own pages can do this';
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not save: only Spruce’s own pages can do this',
    );
  });
});
