// Reliability of the data the user keeps, in the real browsers with the built extension: concurrent writers
// lose nothing, a stopped service worker loses nothing, a bad import changes nothing, and export -> delete
// all -> import gives back exactly what there was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyGoalOp, applyTodoOp } from '../../src/background/data.ts';
import { exportData } from '../../src/core/backup-format.ts';
import { NO_GOALS, type Goals } from '../../src/core/goals.ts';
import type { Todo, Todos } from '../../src/core/todos.ts';
import type { GoalOp, MessageName, Payload, Reply, TodoOp } from '../../src/messages.ts';
import { rng } from '../unit/readers/helpers.ts';
import { JSDOM, VirtualConsole } from 'jsdom';
import { captureUrl } from '../unit/captures.ts';
import {
  BROWSERS,
  canonicalJson,
  capture,
  defaultSite,
  localStorageOf,
  sleep,
  startWorld,
  stopWorld,
  waitForSnapshot,
  type World,
} from './harness.ts';
import type { Tab } from './browsers.ts';

/** Send a typed message to the worker from an extension page (a context of its own). */
function send<K extends MessageName>(tab: Tab, name: K, payload: Payload<K>): Promise<Reply<K>> {
  return tab.evaluate(
    async ([n, p]) => {
      type Api = {
        runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; reply?: unknown; error?: string }> };
      };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const answer = await (g.browser ?? g.chrome)!.runtime.sendMessage({ spruce: 1, name: n, payload: p });
      if (!answer?.ok) throw new Error(answer?.error ?? 'no answer');
      return answer.reply;
    },
    [name, payload] as const,
  ) as Promise<Reply<K>>;
}

/** The worker's answer to a message that must be refused: its error text. */
async function refusal<K extends MessageName>(tab: Tab, name: K, payload: Payload<K>): Promise<string> {
  try {
    await send(tab, name, payload);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  throw new Error(`${name} was accepted`);
}

type Area = {
  get(k: null): Promise<Record<string, unknown>>;
  getBytesInUse?(k: null): Promise<number>;
};
type StorageApi = { storage: { local: Area } };

/** storage.local as one canonical text (the browsers do not keep key order). */
const storageText = async (tab: Tab): Promise<string> => canonicalJson(await localStorageOf(tab));

function bytesInUse(tab: Tab): Promise<number> {
  return tab.evaluate(async () => {
    const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    const local = (g.browser ?? g.chrome)!.storage.local;
    if (local.getBytesInUse) return local.getBytesInUse(null);
    return new TextEncoder().encode(JSON.stringify(await local.get(null))).length - 2; // "{}" is empty
  });
}

/** What must survive: to-dos and goals without the worker's clock times. */
const timeless = (todos: Todos) =>
  todos.map(({ createdAt: _c, done, ...t }) => ({ ...t, done: done ? { auto: done.auto } : null }));
const timelessGoals = (g: Goals) => ({
  ...g,
  people: g.people.map(({ connected, ...p }) => ({
    ...p,
    connected: connected ? { auto: connected.auto } : null,
  })),
});

/** A real saved page of another member (a 3rd-degree connection), shown as a 1st-degree one or as it is. */
function otherMember(degree: '1st' | '3rd'): { url: string; html: string } {
  const file = 'linkedin/2024-signed-in-sparse.html';
  const dom = new JSDOM(capture(file), { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  for (const el of doc.querySelectorAll('script:not([type="application/ld+json"]), meta[http-equiv]'))
    el.remove();
  doc.querySelector('.distance-badge .dist-value')!.textContent = degree;
  return { url: captureUrl(doc, file), html: dom.serialize() };
}

describe.each(BROWSERS)('stored data in %s', (browserName) => {
  let world: World;
  let pages: Tab[];
  const site = defaultSite();
  beforeAll(async () => {
    world = await startWorld(browserName, site);
    // Three contexts: the popup's page and two options pages, each its own document.
    pages = [
      world.inspector,
      await world.driver.open(world.driver.extensionUrl('src/popup/index.html')),
      await world.driver.open(world.driver.extensionUrl('src/options/index.html')),
    ];
  }, 60_000);
  afterAll(() => stopWorld(world));

  // 20 rounds in Chromium, as the reliability target asks; 5 in Firefox, whose messaging is slower here.
  const rounds = browserName === 'chromium' ? 20 : 5;
  it(`3 contexts × 100 to-dos sent at once, ${rounds} times over: every one is kept`, async () => {
    let lost = 0;
    for (let round = 0; round < rounds; round++) {
      await send(pages[0]!, 'data/delete', null);
      await Promise.all(
        pages.map((tab, c) =>
          tab.evaluate(
            ([ctx, r]) => {
              type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
              const g = globalThis as unknown as { browser?: Api; chrome?: Api };
              const api = (g.browser ?? g.chrome)!;
              // Fired without awaiting each other, as a user clicking fast in three places would.
              const sends = Array.from({ length: 100 }, (_, i) =>
                api.runtime.sendMessage({
                  spruce: 1,
                  name: 'todos/change',
                  payload: { op: 'add', title: `round ${r} context ${ctx} #${i}` },
                }),
              );
              return Promise.all(sends).then((answers) => answers.filter((a) => a?.ok).length);
            },
            [c, round] as const,
          ),
        ),
      );
      const { todos } = await send(pages[0]!, 'data/get', ['todos']);
      const titles = new Set(todos!.map((t) => t.title));
      for (let c = 0; c < 3; c++)
        for (let i = 0; i < 100; i++) if (!titles.has(`round ${round} context ${c} #${i}`)) lost++;
      expect(todos).toHaveLength(300);
    }
    console.log(`${browserName}: lost writes ${lost}/${rounds * 300}`);
    expect(lost).toBe(0);
  }, 240_000);

  it('a 50-step flow with the worker stopped between steps matches the model', async () => {
    await send(pages[0]!, 'data/delete', null);
    const random = rng(2026);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    let model: { todos: Todos; goals: Goals } = { todos: [], goals: NO_GOALS };
    let stops = 0;
    for (let step = 0; step < 50; step++) {
      const ids = model.todos.map((t) => t.id);
      const tab = pick(pages);
      const kind =
        ids.length < 3 ? 'add' : pick(['add', 'complete', 'reopen', 'move', 'edit', 'remove', 'goal']);
      if (kind === 'goal') {
        const op: GoalOp = pick<GoalOp>([
          { op: 'score', network: 'linkedin', target: 50 + (step % 50) },
          { op: 'person/add', person: { name: `Person ${step}`, where: 'LIKE meetup' } },
          { op: 'network/add', network: { name: `Network ${step}`, url: 'https://www.cilip.org.uk/' } },
          { op: 'groups/target', target: 1 + (step % 5) },
        ]);
        const reply = await send(tab, 'goals/change', op);
        const added = [...reply.goals.people, ...reply.goals.networks].map((x) => x.id);
        const known = new Set([...model.goals.people, ...model.goals.networks].map((x) => x.id));
        const fresh = added.find((id) => !known.has(id)) ?? 'unused';
        model = { ...model, goals: applyGoalOp(model.goals, op, () => fresh, new Date().toISOString()) };
      } else {
        const id = pick(ids);
        const op: TodoOp =
          kind === 'add'
            ? {
                op: 'add',
                title: `Step ${step}: ${pick(['Join a group', 'Add skills', '<b>bold</b> & "quoted"'])}`,
              }
            : kind === 'move'
              ? { op: 'move', id, index: Math.floor(random() * ids.length) }
              : kind === 'edit'
                ? { op: 'edit', id, patch: { notes: `edited at step ${step}` } }
                : { op: kind as 'complete' | 'reopen' | 'remove', id };
        const { todos } = await send(tab, 'todos/change', op);
        const fresh = todos.find((t) => !ids.includes(t.id))?.id ?? 'unused';
        model = { ...model, todos: applyTodoOp(model.todos, op, () => fresh, new Date().toISOString()) };
      }
      if (world.driver.stopWorker && step % 3 === 2) {
        await world.driver.stopWorker();
        stops++;
      }
      const stored = await send(pages[(step + 1) % 3]!, 'data/get', ['todos', 'goals']);
      expect(timeless(stored.todos as Todo[])).toEqual(timeless(model.todos));
      expect(timelessGoals(stored.goals!)).toEqual(timelessGoals(model.goals));
    }
    console.log(
      `${browserName}: 50 steps, worker stopped ${stops} times, state matched the model after each`,
    );
  }, 180_000);

  it('people I’ve met: a listed person is ticked when their profile shows them as a 1st-degree connection', async () => {
    await send(pages[0]!, 'data/delete', null);
    const third = otherMember('3rd');
    const path = new URL(third.url).pathname;
    await send(pages[2]!, 'goals/change', {
      op: 'person/add',
      person: { name: 'Met at LIKE', profileUrl: third.url },
    });
    const connected = async () => (await send(pages[0]!, 'data/get', ['goals'])).goals!.people[0]!.connected;

    site.set(`www.linkedin.com${path}`, () => third.html);
    let tab = await world.driver.open(third.url);
    await sleep(1500);
    expect(await connected()).toBeNull(); // 3rd degree: not a connection
    await tab.close();

    site.set(`www.linkedin.com${path}`, () => otherMember('1st').html);
    tab = await world.driver.open(third.url);
    const deadline = Date.now() + 10_000;
    while (!(await connected()) && Date.now() < deadline) await sleep(100);
    expect(await connected()).toMatchObject({ auto: true });
    // Nothing of that page is kept: no reading, no history.
    const { snapshots, history } = await send(pages[0]!, 'data/get', ['snapshots', 'history']);
    expect([snapshots, history]).toEqual([{}, {}]);
    await tab.close();
  }, 60_000);

  describe('import and export', () => {
    let backup = '';

    beforeAll(async () => {
      await send(pages[0]!, 'data/delete', null);
      // Real data: a reading (with its history day), to-dos, goals, settings.
      const tab = await world.driver.open('https://www.linkedin.com/in/robin-ashgrove/');
      await waitForSnapshot(world.inspector, 'linkedin:robin-ashgrove');
      await tab.close();
      await send(pages[1]!, 'todos/change', {
        op: 'add',
        title: 'Ask Sam for a recommendation',
        due: '2026-12-24',
      });
      await send(pages[1]!, 'starter/adopt', null);
      await send(pages[2]!, 'goals/change', {
        op: 'person/add',
        person: { name: 'Sam Lee', profileUrl: 'linkedin.com/in/sam-lee' },
      });
      await send(pages[2]!, 'settings/update', { overlays: { linkedin: true, x: false } });
      const items = await send(pages[0]!, 'data/get', ['settings', 'snapshots', 'todos', 'goals', 'history']);
      const { settings, snapshots, todos, goals, history } = items as Required<typeof items>;
      expect(Object.keys(history)).toEqual(['linkedin:robin-ashgrove']);
      backup = JSON.stringify(
        exportData({ settings, snapshots, todos, goals, history }, new Date().toISOString()),
      );
    }, 60_000);

    it('refuses 10 malformed files with a clear message each, and storage stays byte-identical', async () => {
      const good = JSON.parse(backup);
      const withData = (patch: Record<string, unknown>) =>
        JSON.stringify({ ...good, data: { ...good.data, ...patch } });
      const bad: [string, string, RegExp][] = [
        ['truncated JSON', backup.slice(0, Math.floor(backup.length / 2)), /not complete JSON/],
        ['wrong types', withData({ todos: 'all of them' }), /to-dos/],
        [
          'a __proto__ key',
          backup.replace('"data":{', '"data":{"__proto__":{"polluted":true},'),
          /__proto__/,
        ],
        ['an 11 MB file', JSON.stringify({ ...good, padding: 'x'.repeat(11 * 1024 * 1024) }), /too large/],
        ['an unknown version', JSON.stringify({ ...good, version: 99 }), /newer version of Spruce/],
        ['extra keys', JSON.stringify({ ...good, extra: 1 }), /extra/],
        ['not a Spruce backup', JSON.stringify({ hello: 'world' }), /not a Spruce backup/],
        ['an empty file', '', /empty/],
        ['a to-do without a title', withData({ todos: [{ ...good.data.todos[0], title: '' }] }), /title/],
        [
          'a settings key Spruce does not know',
          withData({ settings: { ...good.data.settings, evil: true } }),
          /evil/,
        ],
      ];
      const before = await storageText(pages[0]!);
      let refused = 0;
      for (const [what, text, message] of bad) {
        const error = await refusal(pages[2]!, 'data/import', { text, apply: true });
        expect(error, what).toMatch(message);
        expect(await storageText(pages[0]!), what).toBe(before);
        refused++;
      }
      console.log(`${browserName}: malformed imports refused ${refused}/10, storage unchanged`);
    }, 120_000);

    it('export -> delete all (0 bytes left) -> import gives back exactly what there was', async () => {
      const before = JSON.parse(await storageText(pages[0]!));
      const preview = await send(pages[2]!, 'data/import', { text: backup, apply: false });
      expect(preview.preview.counts.todos.file).toBe(before.todos.length);
      expect(await storageText(pages[0]!)).toBe(JSON.stringify(before)); // a preview changes nothing

      await send(pages[2]!, 'data/delete', null);
      expect(await bytesInUse(pages[0]!)).toBe(0);

      await send(pages[2]!, 'data/import', { text: backup, apply: true });
      const after = JSON.parse(await storageText(pages[0]!));
      for (const key of ['settings', 'snapshots', 'todos', 'goals', 'history'])
        expect(after[key], key).toEqual(before[key]);
    }, 60_000);
  });
});
