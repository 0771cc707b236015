// Examples: other people's profiles she keeps to learn from (PRODUCT.md: "seeing a good profile beside your
// own helps"). The worker keeps them apart from her own profiles: scored with her settings on their network's
// checks only, with no history, to-dos or goals, refused for her own profile and beyond MAX_EXAMPLES.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../src/core/profile.ts';
import type { Report } from '../../src/core/report.ts';
import { MAX_EXAMPLES } from '../../src/core/limits.ts';
import {
  CONTENT_SCRIPT,
  EXTENSION_PAGE,
  dump,
  fakeArea,
  startWorkerOn,
  type FakeArea,
} from './fake-browser.ts';

const V1 = JSON.parse(fs.readFileSync(new URL('../fixtures/storage-v1.json', import.meta.url), 'utf8'));

let local: FakeArea;
let ask: Awaited<ReturnType<typeof startWorkerOn>>['ask'];
let installed: Awaited<ReturnType<typeof startWorkerOn>>['installed'];

async function startWorker(initial: Record<string, unknown> = V1) {
  local = fakeArea(initial);
  ({ ask, installed } = await startWorkerOn(local));
  await ask('ping', null);
}

/** Someone else's LinkedIn profile, read from a tab she chose (her own reading, renamed). */
function someoneElse(slug = 'ada-example', own: Profile['own'] = false): Profile {
  const p = V1.snapshots['linkedin:robin-ashgrove'].profile;
  return {
    ...p,
    own,
    key: `linkedin:${slug}`,
    url: `https://www.linkedin.com/in/${slug}/`,
    fields: {
      ...p.fields,
      name: { state: 'found', value: 'Ada Example' },
      publicUrl: { state: 'found', value: slug },
    },
  };
}

const stored = async (name: string) => JSON.parse(local.data.get(name) ?? 'null');
const rulesOf = (r: Report) => [...new Set(r.results.map((x) => x.rule.split('-')[0]))].sort();

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('examples', () => {
  it('are kept apart from her profiles: scored on their network’s checks, no history, to-dos or main', async () => {
    await startWorker();
    const before = {
      snapshots: await stored('snapshots'),
      todos: await stored('todos'),
      history: await stored('history'),
    };
    const answer = await ask('example/save', { profile: someoneElse() }, EXTENSION_PAGE);
    expect(answer.error).toBeUndefined();
    expect(rulesOf(answer.reply.report)).toEqual(['li']);
    const examples = await stored('examples');
    expect(Object.keys(examples)).toEqual(['linkedin:ada-example']);
    expect(examples['linkedin:ada-example'].report).toEqual(answer.reply.report);
    expect(examples['linkedin:ada-example'].profile.own).toBe(false);
    expect(await stored('snapshots')).toEqual(before.snapshots);
    expect(await stored('todos')).toEqual(before.todos);
    expect(await stored('history')).toEqual(before.history);
    expect((await ask('settings/get', null)).reply.settings.main).toEqual({});
  });

  it('saving one again replaces it (read again)', async () => {
    await startWorker();
    await ask('example/save', { profile: someoneElse() }, EXTENSION_PAGE);
    const again = someoneElse();
    again.fields = { ...again.fields, headline: { state: 'found', value: 'Changed headline' } };
    expect((await ask('example/save', { profile: again }, EXTENSION_PAGE)).ok).toBe(true);
    const examples = await stored('examples');
    expect(Object.keys(examples)).toHaveLength(1);
    expect(examples['linkedin:ada-example'].profile.fields.headline.value).toBe('Changed headline');
  });

  it('refuses her own profile, content scripts, malformed readings, and one more than the limit', async () => {
    await startWorker();
    const before = dump(local);
    expect((await ask('example/save', { profile: someoneElse('x1', true) }, EXTENSION_PAGE)).error).toMatch(
      /not someone else’s/,
    );
    // Unsure whose it is, but it is one she keeps as hers.
    const hers = { ...V1.snapshots['linkedin:robin-ashgrove'].profile, own: null };
    expect((await ask('example/save', { profile: hers }, EXTENSION_PAGE)).error).toMatch(
      /not someone else’s/,
    );
    expect((await ask('example/save', { profile: someoneElse() }, CONTENT_SCRIPT)).error).toMatch(
      /only Spruce’s own pages/,
    );
    const broken = { ...someoneElse(), fields: 'nothing' } as unknown as Profile;
    expect((await ask('example/save', { profile: broken }, EXTENSION_PAGE)).error).toMatch(/malformed/);
    expect(dump(local)).toBe(before);

    for (let i = 0; i < MAX_EXAMPLES; i++)
      expect((await ask('example/save', { profile: someoneElse(`p${i}`) }, EXTENSION_PAGE)).ok).toBe(true);
    expect((await ask('example/save', { profile: someoneElse('one-more') }, EXTENSION_PAGE)).error).toMatch(
      new RegExp(`${MAX_EXAMPLES} examples at most`),
    );
    // One already kept can still be read again.
    expect((await ask('example/save', { profile: someoneElse('p3') }, EXTENSION_PAGE)).ok).toBe(true);
    expect(Object.keys(await stored('examples'))).toHaveLength(MAX_EXAMPLES);
  });

  it('follow her settings: a check she switches off leaves their reports too, and an update remakes them', async () => {
    await startWorker();
    const { report } = (await ask('example/save', { profile: someoneElse() }, EXTENSION_PAGE)).reply;
    const rule = (report as Report).results[0]!.rule;
    const { settings } = (await ask('settings/get', null)).reply;
    const checklist = { ...settings.checklist, disabled: [...settings.checklist.disabled, rule] };
    expect((await ask('settings/update', { checklist }, EXTENSION_PAGE)).ok).toBe(true);
    const after = (await stored('examples'))['linkedin:ada-example'].report as Report;
    expect(after.results.map((r) => r.rule)).not.toContain(rule);

    // An update remakes them with this version's checks: a report from an older version is replaced.
    const examples = await stored('examples');
    examples['linkedin:ada-example'].report = { ...after, results: [], score: 1 };
    local.data.set('examples', JSON.stringify(examples));
    installed('update');
    await vi.runAllTimersAsync();
    expect((await stored('examples'))['linkedin:ada-example'].report).toEqual(after);
  });

  it('keeps a page whose owner the reader could not tell (the options page asked her first)', async () => {
    await startWorker();
    const answer = await ask('example/save', { profile: someoneElse('who', null) }, EXTENSION_PAGE);
    expect(answer.ok).toBe(true);
    expect(Object.keys(await stored('examples'))).toEqual(['linkedin:who']);
  });

  it('one that turns out to be hers (kept signed out, then read as hers) stops being an example', async () => {
    await startWorker();
    const mine = someoneElse('robin-ashgrove-2');
    await ask('example/save', { profile: mine }, EXTENSION_PAGE);
    await ask('example/save', { profile: someoneElse('bo') }, EXTENSION_PAGE);
    const sender = { url: mine.url, tab: { id: 3 } };
    const reading = { ...mine, own: true };
    expect((await ask('reading/submit', { profile: reading, readMs: 1 }, sender)).ok).toBe(true);
    expect(Object.keys(await stored('examples'))).toEqual(['linkedin:bo']);
    expect(Object.keys(await stored('snapshots'))).toContain(mine.key);
  });

  it('are forgotten one by one, and with everything else', async () => {
    await startWorker();
    await ask('example/save', { profile: someoneElse() }, EXTENSION_PAGE);
    await ask('example/save', { profile: someoneElse('bo') }, EXTENSION_PAGE);
    expect((await ask('example/forget', { key: 'linkedin:ada-example' }, EXTENSION_PAGE)).reply).toEqual({
      forgotten: true,
    });
    expect((await ask('example/forget', { key: 'linkedin:ada-example' }, EXTENSION_PAGE)).reply).toEqual({
      forgotten: false,
    });
    expect((await ask('example/forget', { key: 'linkedin:bo' }, CONTENT_SCRIPT)).error).toMatch(
      /only Spruce’s own pages/,
    );
    expect(Object.keys(await stored('examples'))).toEqual(['linkedin:bo']);
    await ask('data/delete', null, EXTENSION_PAGE);
    expect(local.data.has('examples')).toBe(false);
  });
});
