// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Profile } from '../../src/core/profile.ts';
import { found, unknown } from '../../src/core/field.ts';
import { startContent } from '../../src/content/start.ts';

const runtime = {
  id: 'spruce-test',
  sendMessage: vi.fn(async () => ({ ok: true, reply: { stored: true } })),
};

const reading = (own: boolean | null): Profile =>
  ({
    platform: 'linkedin',
    layout: 'linkedin-2026',
    own,
    url: location.href,
    key: 'linkedin:someone',
    health: { recognised: [], unrecognised: [] },
    fields: { name: found('Someone'), skills: unknown('not loaded yet') },
  }) as unknown as Profile;

describe('the content script on a profile page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('chrome', { runtime });
    history.replaceState({}, '', '/in/someone/');
    document.body.replaceChildren();
    runtime.sendMessage.mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stops reading someone else’s profile at once, sends nothing, draws nothing, only answers the extension', async () => {
    // It answers the extension's pages (the options page reads it when she asks to keep it as an example, the
    // popup saves it to report a reading problem); nothing else of the extension is asked.
    const hooks = { clear: vi.fn(), stop: vi.fn(), stored: vi.fn(), isOwnNode: () => false, listen: vi.fn() };
    const read = vi.fn(() => reading(false));
    const overlay = vi.fn(() => hooks);
    const life = startContent({ isProfile: () => true, read, overlay });
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('section'));
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(read).toHaveBeenCalledTimes(1);
    expect(runtime.sendMessage).not.toHaveBeenCalled();
    expect(overlay).toHaveBeenCalledTimes(1);
    expect(hooks.listen).toHaveBeenCalledTimes(1);
    expect(hooks.stored).not.toHaveBeenCalled();
    life.abort();
  });

  it('on a profile it cannot tell is hers, sends nothing but answers the popup (to report a reading problem)', async () => {
    const hooks = { clear: vi.fn(), stop: vi.fn(), stored: vi.fn(), isOwnNode: () => false, listen: vi.fn() };
    const overlay = vi.fn(() => hooks);
    const life = startContent({ isProfile: () => true, read: () => reading(null), overlay });
    await vi.advanceTimersByTimeAsync(1000);
    expect(runtime.sendMessage).not.toHaveBeenCalled();
    expect(overlay).toHaveBeenCalledTimes(1);
    expect(hooks.listen).toHaveBeenCalled();
    expect(hooks.stored).not.toHaveBeenCalled();
    life.abort();
  });

  it('an orphan (the extension updated under the tab) stops at its first reading of her profile, quietly', async () => {
    vi.stubGlobal('chrome', { runtime: { sendMessage: runtime.sendMessage } }); // no id: the context is gone
    const read = vi.fn(() => reading(true));
    const overlay = vi.fn();
    startContent({ isProfile: (href) => href.includes('/in/'), read, overlay });
    expect(read).toHaveBeenCalledTimes(1);
    history.pushState({}, '', '/in/someone-else/');
    document.body.append(document.createElement('section'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(read).toHaveBeenCalledTimes(1);
    expect(runtime.sendMessage).not.toHaveBeenCalled();
    expect(overlay).not.toHaveBeenCalled();
  });

  it('keeps reading the owner’s profile as it loads, and sends each new reading', async () => {
    let n = 0;
    const read = vi.fn(() => {
      const p = reading(true);
      return { ...p, fields: { ...p.fields, name: found(`Someone ${n}`) } } as Profile;
    });
    const life = startContent({ isProfile: () => true, read });
    n++;
    document.body.append(document.createElement('section'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(2);
    life.abort();
  });

  it('on a page that is not a profile only checks the URL, and reads once the app navigates to one', async () => {
    history.replaceState({}, '', '/feed/');
    const read = vi.fn(() => reading(true));
    const isProfile = vi.fn((href: string) => href.includes('/in/'));
    const abortControllers = vi.spyOn(globalThis, 'AbortController');
    const hooks = { clear: vi.fn(), stop: vi.fn(), stored: vi.fn(), isOwnNode: () => false, listen: vi.fn() };
    const overlay = vi.fn(() => hooks);
    const life = startContent({ isProfile, read, overlay });
    expect(isProfile).toHaveBeenCalledTimes(1);
    expect(read).not.toHaveBeenCalled();
    expect(runtime.sendMessage).not.toHaveBeenCalled();
    // Nothing made for a page that is not a profile (their first use costs a content script's world time),
    // nor the hints (making them compiles their code: about 0.4 ms on every LinkedIn page).
    expect(abortControllers).not.toHaveBeenCalled();
    expect(overlay).not.toHaveBeenCalled();
    abortControllers.mockRestore();
    // jsdom has no Navigation API: the fallback timer notices the SPA navigation.
    history.pushState({}, '', '/in/someone/');
    await vi.advanceTimersByTimeAsync(1000);
    expect(read).toHaveBeenCalledTimes(1);
    // The hints are made with the first reading of her profile, once, and told of each page change from then on.
    expect(overlay).toHaveBeenCalledTimes(1);
    history.pushState({}, '', '/feed/');
    await vi.advanceTimersByTimeAsync(1000);
    expect(hooks.clear).toHaveBeenCalledTimes(1);
    history.pushState({}, '', '/in/someone/');
    await vi.advanceTimersByTimeAsync(1000);
    expect(overlay).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(2);
    life.abort();
    history.pushState({}, '', '/in/someone-else/');
    await vi.advanceTimersByTimeAsync(2000);
    expect(read).toHaveBeenCalledTimes(2); // stopped: no read after abort()
    expect(hooks.stop).toHaveBeenCalledTimes(1);
  });
});
