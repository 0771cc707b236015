// @vitest-environment jsdom
// The options page as a whole: loading, a store that can't be read, a stored-data problem, every section
// with its heading, every control labelled, no missing message.
import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/options/App.tsx';
import { mockClient } from '../ui/mock-client.ts';
import { cleanup, renderOptions, snapshots } from './fixtures.tsx';

import '../ui/i18n-setup.ts';
afterEach(cleanup);

/** The accessible name a control gets from a <label>, aria-label or aria-labelledby. */
function labelOf(el: HTMLElement): string {
  const byId = (ids: string | null) =>
    (ids ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const labels = (el as HTMLInputElement).labels;
  return (
    el.getAttribute('aria-label') ??
    (el.getAttribute('aria-labelledby') ? byId(el.getAttribute('aria-labelledby')) : null) ??
    Array.from(labels ?? [])
      .map((l) => l.textContent)
      .join(' ')
  ).trim();
}

describe('options page', () => {
  it('shows only the heading and a loading line while the data loads', async () => {
    const client = mockClient({ snapshots: snapshots() });
    let release!: () => void;
    client.slow = new Promise<void>((r) => (release = r));
    const { container } = render(<App client={client} />);
    expect(container.querySelector('h1')?.textContent).toBe('Spruce settings');
    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('loading').textContent).toBeTruthy();
    expect(container.querySelectorAll('section')).toHaveLength(0);
    const headingTop = container.querySelector('h1');
    release();
    client.slow = undefined;
    await waitFor(() => expect(container.querySelectorAll('section.card').length).toBeGreaterThan(3));
    // The heading is the same element: it was not drawn again elsewhere.
    expect(container.querySelector('h1')).toBe(headingTop);
    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('says plainly when the data cannot be loaded', async () => {
    const client = mockClient();
    client.readError = 'Extension context invalidated';
    const { container } = render(<App client={client} />);
    const alert = await screen.findByTestId('load-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Extension context invalidated');
    expect(container.querySelectorAll('section.card')).toHaveLength(0);
  });

  it('shows a stored-data problem above the sections', async () => {
    await renderOptions({ problem: 'Stored data is from a newer Spruce (schema 9).' });
    expect(screen.getByTestId('problem').textContent).toContain('schema 9');
  });

  it('has every section with a heading, linked from the contents, and every control labelled', async () => {
    const { container } = await renderOptions({ snapshots: snapshots() });
    const headings = Array.from(container.querySelectorAll('section.card > h2')).map((h) => h.textContent);
    expect(headings).toEqual([
      'My profiles',
      'Examples to learn from',
      'Checklist',
      'Goals',
      'Hints on the page',
      'Sync',
      'Your data',
    ]);
    const links = Array.from(container.querySelectorAll('nav a')).map((a) => a.getAttribute('href'));
    for (const href of links) expect(container.querySelector(href!)).not.toBeNull();
    const controls = Array.from(
      container.querySelectorAll<HTMLElement>('input, textarea, select, meter, progress'),
    );
    expect(controls.length).toBeGreaterThan(50);
    for (const c of controls) expect(labelOf(c), c.outerHTML.slice(0, 120)).not.toBe('');
    for (const b of Array.from(container.querySelectorAll('button')))
      expect(b.textContent?.trim() || b.getAttribute('aria-label')).toBeTruthy();
    expect(container.textContent).not.toMatch(/⟦/);
    // One status region, empty until something happens.
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
