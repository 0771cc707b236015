// Type contracts of the message map: each name fixes its payload and its reply. The @ts-expect-error lines
// fail `npm run typecheck` if a wrong payload ever type-checks.
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';

const runtime = vi.hoisted(() => ({
  id: 'spruce-test',
  getURL: (path: string) => `chrome-extension://spruce-test/${path}`,
  sendMessage: vi.fn(),
  onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
}));
// The worker and the content scripts use the browser's own API (src/ext.ts).
vi.stubGlobal('chrome', { runtime });

const { send, extensionApi } = await import('../../src/messages.ts');
const { listen } = await import('../../src/background/listen.ts');
const { DEFAULT_SETTINGS } = await import('../../src/storage/settings.ts');
const { NO_GOALS } = await import('../../src/core/goals.ts');
type Reply<K extends import('../../src/messages.ts').MessageName> = import('../../src/messages.ts').Reply<K>;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.stubGlobal('chrome', { runtime });
});

describe('message map', () => {
  it('fixes payload and reply types per message name', () => {
    expectTypeOf<Reply<'ping'>>().toEqualTypeOf<{ pong: true; version: string; problem: string | null }>();
    expectTypeOf<Reply<'reading/submit'>['report']['score']>().toEqualTypeOf<number>();
    expectTypeOf<Reply<'todos/change'>['todos'][number]['title']>().toEqualTypeOf<string>();
    if (Math.random() > 2) {
      // @ts-expect-error ping takes null
      void send('ping', { hello: 1 });
      // @ts-expect-error settings/update takes settings, not a string
      void send('settings/update', 'overlays off');
      // @ts-expect-error unknown message names do not exist
      void send('nope', null);
      // @ts-expect-error a reading needs the time it took
      void send('reading/submit', { profile: {} as never, readAt: '' });
      // @ts-expect-error a to-do is added with a title
      void send('todos/change', { op: 'add', notes: 'no title' });
      // @ts-expect-error goals change by named operations only
      void send('goals/change', { op: 'people', people: [] });
    }
  });

  it('uses Firefox’s browser or Chrome’s chrome, and nothing once the extension is gone', () => {
    vi.stubGlobal('chrome', { runtime });
    expect(extensionApi()?.runtime).toBe(runtime);
    vi.stubGlobal('browser', { runtime: { ...runtime, id: 'firefox' } });
    expect(extensionApi()?.runtime.id).toBe('firefox');
    vi.unstubAllGlobals();
    vi.stubGlobal('chrome', {});
    expect(extensionApi()).toBeUndefined();
  });

  it('send() wraps the payload in an envelope and unwraps the reply', async () => {
    vi.stubGlobal('chrome', { runtime });
    runtime.sendMessage.mockResolvedValueOnce({ ok: true, reply: { pong: true, version: '1' } });
    await expect(send('ping', null)).resolves.toEqual({ pong: true, version: '1' });
    expect(runtime.sendMessage).toHaveBeenLastCalledWith({ spruce: 1, name: 'ping', payload: null });
  });

  it('send() rejects with the worker’s error, when nobody answers, and after an extension update', async () => {
    vi.stubGlobal('chrome', { runtime });
    runtime.sendMessage.mockResolvedValueOnce({ ok: false, error: 'quota exceeded' });
    await expect(send('ping', null)).rejects.toThrow('quota exceeded');
    runtime.sendMessage.mockResolvedValueOnce(undefined);
    await expect(send('ping', null)).rejects.toThrow('No answer to ping');
    vi.stubGlobal('chrome', {});
    await expect(send('ping', null)).rejects.toThrow('Extension context invalidated');
  });

  it('listen() answers only our own envelopes and reports handler errors', async () => {
    const stop = listen({
      ping: async () => ({ pong: true, version: '9', problem: null }),
      'reading/submit': async () => {
        throw new Error('bad reading');
      },
      'settings/get': async () => ({ settings: DEFAULT_SETTINGS }),
      'rules/list': async () => ({ rules: [] }),
      'settings/update': async () => ({ settings: DEFAULT_SETTINGS }),
      'todos/change': async () => ({ todos: [] }),
      'goals/change': async () => ({ goals: NO_GOALS, todos: [] }),
      'starter/adopt': async () => ({ goals: NO_GOALS, todos: [] }),
      'welcome/done': async () => ({ welcomed: true }),
      'hints/set': async () => ({ settings: DEFAULT_SETTINGS }),
      'data/import': async () => {
        throw new Error('not a backup');
      },
      'data/delete': async () => ({ deleted: true }),
      'profile/forget': async () => ({ forgotten: false }),
      'example/save': async () => {
        throw new Error('own profile');
      },
      'example/forget': async () => ({ forgotten: false }),
      'data/get': async () => ({}),
      'people/seen': async () => ({ ticked: 0 }),
    });
    const listener = runtime.onMessage.addListener.mock.calls.at(-1)![0];
    const self = { id: 'spruce-test' };
    const ask = (message: unknown) =>
      new Promise((resolve) => expect(listener(message, self, resolve)).toBe(true));
    await expect(ask({ spruce: 1, name: 'ping', payload: null })).resolves.toEqual({
      ok: true,
      reply: { pong: true, version: '9', problem: null },
    });
    await expect(ask({ spruce: 1, name: 'reading/submit', payload: {} })).resolves.toEqual({
      ok: false,
      error: 'bad reading',
    });
    // A content script (a LinkedIn or X page) may not send what only the extension's pages may (senders.ts).
    const page = { id: 'spruce-test', url: 'https://www.linkedin.com/feed/', tab: { id: 1 } };
    await expect(
      new Promise((resolve) => listener({ spruce: 1, name: 'data/delete', payload: null }, page, resolve)),
    ).resolves.toEqual({ ok: false, error: 'only Spruce’s own pages can do this' });
    expect(listener({ spruce: 1, name: 'ping', payload: null }, { id: 'another-extension' })).toBeUndefined();
    expect(listener({ name: 'ping' }, self)).toBeUndefined();
    expect(listener({ spruce: 1, name: 'unknown', payload: null }, self)).toBeUndefined();
    stop();
    expect(runtime.onMessage.removeListener).toHaveBeenCalledWith(listener);
  });
});
