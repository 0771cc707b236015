// @vitest-environment jsdom
// "Checklist": every rule with its title, source and as-of date; on/off; thresholds validated against the
// rule's declared range (an invalid value shows a message and is not saved); hidden hints with "Show again".
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STATUS_MS } from '../../../src/options/App.tsx';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS } from '../../../src/core/limits.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import { validateSettings } from '../../../src/core/settings.ts';
import { cleanup, plain, QUOTA_CHROME, renderOptions, STORAGE_FULL } from './fixtures.tsx';

import '../ui/i18n-setup.ts';
afterEach(cleanup);

const rule = (id: string) => document.querySelector<HTMLElement>(`li[data-rule="${id}"]`)!;
const updates = (client: { calls: { method: string; args: unknown[] }[] }) =>
  client.calls.filter((c) => c.method === 'updateSettings');
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('options: checklist', () => {
  it('lists every rule once with its title, source and as-of date, grouped by network', async () => {
    const { container } = await renderOptions();
    const items = Array.from(container.querySelectorAll<HTMLElement>('li[data-rule]'));
    expect(items.map((i) => i.dataset.rule)).toEqual(RULES.map((r) => r.id));
    for (const item of items) {
      expect(item.textContent).toMatch(/Source: .+ · as of [A-Z][a-z]{2} \d{4}/);
      expect(within(item).getByRole('checkbox')).toHaveProperty('checked', true);
    }
    expect(rule('li-about').textContent).toContain('About section with a hook');
    expect(container.querySelector('[data-testid="rules-cross"]')!.children.length).toBe(
      RULES.filter((r) => r.platform === 'cross').length,
    );
    expect(container.textContent).not.toMatch(/⟦/);
  });

  it('switches a rule off and on again', async () => {
    const { client } = await renderOptions();
    fireEvent.click(within(rule('li-banner')).getByRole('checkbox', { name: /Custom banner|banner/i }));
    await waitFor(() => expect(client.data.settings.checklist.disabled).toEqual(['li-banner']));
    await waitFor(() =>
      expect(within(rule('li-banner')).getByRole('checkbox')).toHaveProperty('checked', false),
    );
    fireEvent.click(within(rule('li-banner')).getByRole('checkbox'));
    await waitFor(() => expect(client.data.settings.checklist.disabled).toEqual([]));
  });

  it('shows each threshold with its default and range, and saves a valid value', async () => {
    const { client } = await renderOptions();
    const field = screen.getByLabelText('Characters shown before “see more”') as HTMLInputElement;
    expect(field.value).toBe('270');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Default 270; from 100 to 600 characters.',
    );
    type(field, '300');
    fireEvent.click(within(rule('li-about')).getByRole('button', { name: 'Save numbers' }));
    await waitFor(() => expect(client.data.settings.checklist.thresholds['li-about']?.hookChars).toBe(300));
    expect(screen.getByRole('status').textContent).toBe('Saved');
    // Back to defaults.
    await waitFor(() => within(rule('li-about')).getByRole('button', { name: 'Back to defaults' }));
    fireEvent.click(within(rule('li-about')).getByRole('button', { name: 'Back to defaults' }));
    await waitFor(() => expect(client.data.settings.checklist.thresholds).toEqual({}));
  });

  it.each([
    ['out of range', '5000'],
    ['below the range', '99'],
    ['not a number', 'lots'],
    ['a fraction', '270.5'],
    ['empty', ''],
    ['hostile text', '<img src=x onerror="window.__pwned=1">'],
  ])('refuses a threshold that is %s: a message, and nothing saved', async (_what, value) => {
    const { client } = await renderOptions();
    const field = screen.getByLabelText('Characters shown before “see more”');
    type(field, value);
    fireEvent.click(within(rule('li-about')).getByRole('button', { name: 'Save numbers' }));
    const error = await within(rule('li-about')).findByRole('alert');
    expect(error.textContent).toBe('Enter a whole number from 100 to 600. Not saved.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(error.id);
    expect(updates(client)).toHaveLength(0);
    expect(rule('li-about').querySelector('img')).toBeNull();
  });

  it('says "Saved", and a while later says nothing', async () => {
    await renderOptions();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      type(screen.getByLabelText('Characters shown before “see more”'), '300');
      fireEvent.click(within(rule('li-about')).getByRole('button', { name: 'Save numbers' }));
      await vi.advanceTimersByTimeAsync(0);
      expect(screen.getByRole('status').textContent).toBe('Saved');
      await vi.advanceTimersByTimeAsync(STATUS_MS - 100);
      expect(screen.getByRole('status').textContent).toBe('Saved');
      await vi.advanceTimersByTimeAsync(100);
      expect(screen.getByRole('status').textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses thresholds of one check that contradict each other, under the one out of order', async () => {
    const { client } = await renderOptions();
    const skills = rule('li-skills');
    const fields = within(skills).getAllByRole('textbox') as HTMLInputElement[];
    const [failUnder, warnUnder, cap] = fields;
    type(failUnder!, '10');
    type(warnUnder!, '5');
    type(cap!, '1');
    fireEvent.click(within(skills).getByRole('button', { name: 'Save numbers' }));
    const errors = await within(skills).findAllByRole('alert');
    expect(errors.map((e) => e.textContent)).toEqual([
      expect.stringMatching(/^Enter at least the value of “.+”\. Not saved\.$/),
      expect.stringMatching(/^Enter at least the value of “.+”\. Not saved\.$/),
    ]);
    expect(warnUnder!.getAttribute('aria-invalid')).toBe('true');
    expect(cap!.getAttribute('aria-invalid')).toBe('true');
    expect(failUnder!.getAttribute('aria-invalid')).toBeNull();
    expect(updates(client)).toHaveLength(0);
    // In order, they are saved.
    type(warnUnder!, '15');
    type(cap!, '100');
    fireEvent.click(within(skills).getByRole('button', { name: 'Save numbers' }));
    await waitFor(() =>
      expect(client.data.settings.checklist.thresholds['li-skills']).toEqual({
        failUnder: 10,
        warnUnder: 15,
        cap: 100,
      }),
    );
  });

  it('shows the worker’s error when saving fails, and keeps what was typed', async () => {
    const { client } = await renderOptions();
    client.failWith = 'storage is full';
    const field = screen.getByLabelText('Characters shown before “see more”') as HTMLInputElement;
    type(field, '280');
    fireEvent.click(within(rule('li-about')).getByRole('button', { name: 'Save numbers' }));
    const alert = await screen.findByText('Could not save: storage is full');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(field.value).toBe('280');
  });

  it('saves keywords; a long list of keywords stays in the field', async () => {
    const { client } = await renderOptions();
    const field = screen.getByLabelText('Keywords') as HTMLInputElement;
    const long = Array.from({ length: 20 }, (_, i) => `keyword number ${i}`).join(', ');
    type(field, long);
    fireEvent.submit(field.form!);
    await waitFor(() => expect(client.data.settings.checklist.keywords).toHaveLength(20));
  });

  it('lists hidden hints with "Show again", naming their network, and says when there are none', async () => {
    const { client, container } = await renderOptions({
      settings: {
        ...(await import('../../../src/storage/settings.ts')).DEFAULT_SETTINGS,
        hints: {
          'li-banner': { until: null },
          'li-about': { until: '2099-12-24T10:00:00.000Z' },
          // Snoozed until a time now past: the hint is back on the page, so it is not listed as hidden.
          'x-bio': { until: '2020-01-01T00:00:00.000Z' },
          'li-location': { until: null },
          'x-location': { until: null },
        },
      },
    });
    const list = screen.getByTestId('hints');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringMatching(/^About section with a hook \(LinkedIn\) snoozed until Dec 24, 2099/),
      expect.stringMatching(/^Background banner \(LinkedIn\) dismissed/),
      expect.stringMatching(/^Location \(LinkedIn\) dismissed/),
      expect.stringMatching(/^Location \(X\) dismissed/),
    ]);
    fireEvent.click(
      within(list).getByRole('button', { name: 'Show again: About section with a hook (LinkedIn)' }),
    );
    await waitFor(() => expect(client.data.settings.hints).not.toHaveProperty('li-about'));
    expect(client.calls.find((c) => c.method === 'setHint')?.args).toEqual(['li-about', 'restore']);
    // The button she pressed has gone with its row: the focus is on the list's heading, not lost.
    await waitFor(() => expect(document.activeElement?.id).toBe('hints-heading'));
    for (const button of within(screen.getByTestId('hints')).getAllByRole('button', { name: /Show again/ }))
      fireEvent.click(button);
    await waitFor(() => expect(container.textContent).toContain('No hint is hidden.'));
  });
});

describe('options: keywords are never dropped without a word', () => {
  // 103 characters, no comma: one phrase.
  const LONG =
    'information and knowledge management for public and academic libraries and archives and museums in Kent';
  const field = () => screen.getByLabelText('Keywords') as HTMLInputElement;
  const save = () =>
    fireEvent.click(within(screen.getByTestId('keywords-form')).getByRole('button', { name: 'Save' }));

  it('holds the same limits as the core, which drops what is over them', () => {
    const words = (n: number, length = 10) =>
      Array.from({ length: n }, (_, i) => `${String.fromCharCode(97 + (i % 26))}${i}`.padEnd(length, 'x'));
    expect(validateSettings({ keywords: words(MAX_KEYWORDS, MAX_KEYWORD_LENGTH) }).keywords).toHaveLength(
      MAX_KEYWORDS,
    );
    expect(validateSettings({ keywords: words(MAX_KEYWORDS + 1) }).keywords).toHaveLength(MAX_KEYWORDS);
    expect(validateSettings({ keywords: ['x'.repeat(MAX_KEYWORD_LENGTH + 1)] }).keywords).toEqual([]);
  });

  it('says the limits under the field', async () => {
    await renderOptions();
    expect(document.getElementById('keywords-help')!.textContent).toContain(
      'Up to 20 keywords, each at most 80 characters.',
    );
  });

  it('refuses 25 keywords, one of them 103 characters long, naming the problems, and saves nothing', async () => {
    const { DEFAULT_SETTINGS } = await import('../../../src/storage/settings.ts');
    const { client } = await renderOptions({
      settings: {
        ...DEFAULT_SETTINGS,
        checklist: { ...DEFAULT_SETTINGS.checklist, keywords: ['cataloguing'] },
      },
    });
    // As the reviewer typed them: the long phrase tenth; the core kept 20 and dropped it and keywords 22-25.
    const words = Array.from({ length: 25 }, (_, i) => `keyword ${i + 1}`);
    words[9] = LONG;
    const typed = words.join(', ');
    fireEvent.input(field(), { target: { value: typed } });
    save();
    const alert = await within(screen.getByTestId('keywords-form').parentElement!).findByRole('alert');
    expect(plain(alert.textContent)).toBe(
      `You entered 25 keywords; Spruce uses at most 20. “${LONG}” has 103 characters; a keyword can have at most 80. Not saved.`,
    );
    expect(alert.textContent).toContain(`“\u2068${LONG}\u2069”`);
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().getAttribute('aria-describedby')).toContain(alert.id);
    expect(updates(client)).toHaveLength(0);
    expect(client.data.settings.checklist.keywords).toEqual(['cataloguing']);
    expect(field().value).toBe(typed);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('counts keywords as the core splits them: a repeat in other letter case is counted once', async () => {
    const { client } = await renderOptions();
    const twenty = Array.from({ length: 20 }, (_, i) => `keyword ${i + 1}`);
    fireEvent.input(field(), { target: { value: [...twenty, 'Keyword 1', 'x'.repeat(80)].join('; ') } });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'You entered 21 keywords; Spruce uses at most 20. Not saved.',
    );
    fireEvent.input(field(), {
      target: { value: [...twenty.slice(1), 'Keyword 2', 'x'.repeat(80)].join('; ') },
    });
    save();
    await waitFor(() => expect(client.data.settings.checklist.keywords).toHaveLength(20));
    expect(client.data.settings.checklist.keywords.at(-1)).toBe('x'.repeat(80));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a full storage is said plainly', async () => {
    const { client } = await renderOptions();
    client.failWith = QUOTA_CHROME;
    fireEvent.input(field(), { target: { value: 'local studies' } });
    save();
    expect((await screen.findByRole('alert')).textContent).toBe(STORAGE_FULL);
  });

  it('a refused number empties the status line: no old “Saved” beside “Not saved.”', async () => {
    await renderOptions();
    const about = screen.getByLabelText('Characters shown before “see more”');
    type(about, '300');
    fireEvent.click(within(rule('li-about')).getByRole('button', { name: 'Save numbers' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    type(about, '3000');
    fireEvent.click(within(rule('li-about')).getByRole('button', { name: 'Save numbers' }));
    await within(rule('li-about')).findByRole('alert');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
