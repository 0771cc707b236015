// Mock data for the options page's component tests.
import { cleanup, render, waitFor, type RenderResult } from '@testing-library/preact';
import { reportFor } from '../../../src/background/evaluate.ts';
import { found } from '../../../src/core/field.ts';
import type { Snapshot } from '../../../src/storage/schema.ts';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings.ts';
import { App } from '../../../src/options/App.tsx';
import { mockClient, type MockClient, type MockData } from '../ui/mock-client.ts';
import { NOW, li, xp } from '../rules/helpers.ts';

export const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

export function snapshots(over: { name?: string } = {}): Record<string, Snapshot> {
  const linkedin = li(over.name ? { name: found(over.name) } : {});
  const x = xp();
  const base: Record<string, Snapshot> = {
    [linkedin.key]: { profile: linkedin, readAt: NOW },
    [x.key]: { profile: x, readAt: NOW },
  };
  for (const s of Object.values(base)) s.report = reportFor(s.profile, NOW, base, DEFAULT_SETTINGS);
  return base;
}

/** Render the options page on a mock client and wait until its data is drawn. */
export async function renderOptions(
  init: Partial<MockData> = {},
): Promise<RenderResult & { client: MockClient }> {
  const client = mockClient(init);
  const view = render(<App client={client} />);
  await waitFor(() => {
    if (view.container.querySelector('main[aria-busy="true"]')) throw new Error('still loading');
  });
  return Object.assign(view, { client });
}

export const pwned = () => (window as unknown as { __pwned?: number }).__pwned;

export { cleanup };

/** Text without the isolating marks (FSI … PDI) that keep user text from reordering the page's words. */
export const plain = (text: string | null | undefined): string => (text ?? '').replace(/[\u2068\u2069]/g, '');

/** A right-to-left override inside a name: unisolated, it turns the rest of the line around. */
export const RLO_NAME = 'Robin \u202eAshgrove';

/** Storage full, as Chrome and Firefox word it. */
export const QUOTA_CHROME = 'Resource::kQuotaBytes quota exceeded';
export const QUOTA_FIREFOX = 'QuotaExceededError: storage.local API call exceeded its quota limitations.';
export const STORAGE_FULL =
  "Spruce's storage in this browser is full, so nothing was changed. Export your data, then forget profiles or remove people you no longer need, and try again.";

/**
 * Let the mock's goal changes cross a JSON boundary as Chrome's messaging does (NaN arrives as null), so a
 * test sees what the worker would have been sent.
 */
export function asChromeSends(client: MockClient): void {
  const change = client.changeGoals.bind(client);
  client.changeGoals = (op) => change(JSON.parse(JSON.stringify(op)));
}
