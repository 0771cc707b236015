// The worker module as the browser runs it, with storage and messaging faked: readings go into the history
// and tick to-dos; bulk changes are refused from content scripts; a failed migration blocks writes and is
// reported.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import type { Todo } from '../../src/core/todos.ts';
import { hintKey } from '../../src/messages.ts';
import { dayOf } from '../../src/core/history.ts';
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

async function startWorker(initial: Record<string, unknown> = {}) {
  local = fakeArea(initial);
  ({ ask, installed } = await startWorkerOn(local));
}

/** Her department's X account (she runs it too): another own X profile, and the tab that shows it. */
function workAccount() {
  const x = V1.snapshots['x:robinreads'];
  const work = {
    ...x.profile,
    key: 'x:northfieldlib',
    url: 'https://x.com/northfieldlib',
    fields: {
      ...x.profile.fields,
      name: { state: 'found', value: 'Northfield Library' },
      handle: { state: 'found', value: 'northfieldlib' },
    },
  };
  return { work, sender: { url: 'https://x.com/northfieldlib', tab: { id: 9 } } };
}

/** The stored report's cross-network results of a profile, by rule. */
async function crossOf(key: string): Promise<Record<string, string>> {
  const { snapshots } = (await ask('data/get', ['snapshots'])).reply;
  return Object.fromEntries(
    (snapshots[key].report as Report).results
      .filter((r) => r.rule.startsWith('cross-'))
      .map((r) => [r.rule, r.status]),
  );
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the background worker', () => {
  it('migrates stored version 1 data at start and answers with it', async () => {
    await startWorker(V1);
    expect((await ask('ping', null)).ok).toBe(true);
    const { reply } = await ask('data/get', ['history', 'meta']);
    expect(Object.keys(reply.history)).toHaveLength(2);
    expect(reply.meta).toEqual({ welcomed: false });
    expect(JSON.parse(local.data.get('schemaVersion')!)).toBe(2);
    expect((await ask('ping', null)).reply.problem).toBeNull();
  });

  it('a reading is stored with its report, recorded in the history, and ticks off a fixed rule’s to-do', async () => {
    await startWorker(V1);
    const snap = V1.snapshots['linkedin:robin-ashgrove'];
    const failing = (snap.report as Report).results.find(
      (r) => r.status === 'fail' && r.rule.startsWith('li-'),
    )!.rule;
    await ask('todos/change', {
      op: 'add',
      title: 'Fix it',
      origin: { kind: 'rule', rule: failing, profileKey: snap.profile.key },
    });
    const answer = await ask(
      'reading/submit',
      { profile: snap.profile, readAt: '2026-11-27T09:00:00.000Z', readMs: 3 },
      CONTENT_SCRIPT,
    );
    expect(answer.ok).toBe(true);
    // A LinkedIn reading is scored on the LinkedIn and cross-network rules (version 1 mixed in X's).
    expect(answer.reply.report.results.every((r: { rule: string }) => /^(li|cross)-/.test(r.rule))).toBe(
      true,
    );
    // The hints' words come rendered, for every failing rule: the page needs no i18n call.
    const result = answer.reply.report.results.find((r: { rule: string }) => r.rule === failing);
    expect(answer.reply.texts.rules[hintKey(result)].title).toBe(`rule_${failing.replace(/-/g, '_')}_title`);
    expect(answer.reply.texts.words.Chip).toBe('overlayChip | \uE000');
    const { reply } = await ask('data/get', ['history', 'todos']);
    expect(reply.history['linkedin:robin-ashgrove']).toHaveLength(2);
    const todo = (reply.todos as Todo[])[0]!;
    // The rule still fails on the same reading: the to-do stays open.
    expect(todo.done).toBeNull();
  });

  it('a to-do a reading ticked off is reopened when a setting makes the same reading fail it (found by a review)', async () => {
    const key = 'linkedin:robin-ashgrove';
    const snap = V1.snapshots[key];
    const keywords = { checklist: { ...V1.settings.checklist, keywords: ['digital skills', 'zzzz'] } };
    // A check that passes on this reading, and fails or warns with keywords she does not use.
    await startWorker(V1);
    const statuses = (r: Report) => new Map(r.results.map((x) => [x.rule, x.status]));
    const before = statuses(
      (await ask('reading/submit', { profile: snap.profile, readMs: 3 }, CONTENT_SCRIPT)).reply.report,
    );
    await ask('settings/update', keywords, EXTENSION_PAGE);
    const after = statuses((await ask('data/get', ['snapshots'])).reply.snapshots[key].report);
    const rule = [...before].find(([r, st]) => st === 'pass' && /fail|warn/.test(after.get(r) ?? ''))?.[0];
    expect(rule).toBeDefined();

    await startWorker(V1);
    await ask('todos/change', {
      op: 'add',
      title: 'Fix it',
      origin: { kind: 'rule', rule, profileKey: key },
    });
    await ask('reading/submit', { profile: snap.profile, readMs: 3 }, CONTENT_SCRIPT);
    const { reply } = await ask('data/get', ['snapshots', 'todos']);
    // Ticked off by the reading, and dated by it.
    expect(reply.todos[0].done).toEqual({ at: reply.snapshots[key].readAt, auto: true });
    await ask('settings/update', keywords, EXTENSION_PAGE);
    expect((await ask('data/get', ['todos'])).reply.todos[0].done).toBeNull();
  });

  it('a reading the same day that could not read parts of the page keeps what the earlier one saw there (found by a review)', async () => {
    await startWorker(V1);
    const snap = V1.snapshots['linkedin:robin-ashgrove'];
    // Read now, in full: today's reading.
    expect((await ask('reading/submit', { profile: snap.profile, readMs: 3 }, CONTENT_SCRIPT)).ok).toBe(true);
    const full = (await ask('data/get', ['snapshots', 'history'])).reply;
    const before = full.snapshots[snap.profile.key];
    // Read again before the lower cards have loaded: they are unknown in this reading.
    const unknown = {
      state: 'unknown',
      reason: 'skills section not found yet: the page may still be loading',
    };
    const partial = {
      ...snap.profile,
      fields: { ...snap.profile.fields, skills: unknown, about: unknown, experience: unknown },
    };
    expect(partial.fields.skills).not.toEqual(before.profile.fields.skills);
    const answer = await ask('reading/submit', { profile: partial, readMs: 3 }, CONTENT_SCRIPT);
    expect(answer.ok).toBe(true);
    expect(answer.reply.report.score).toBe(before.report.score);
    expect(answer.reply.report.coverage).toBe(before.report.coverage);
    const after = (await ask('data/get', ['snapshots', 'history'])).reply;
    expect(after.snapshots[snap.profile.key].profile.fields).toEqual(before.profile.fields);
    expect(after.history).toEqual(full.history);
    // What this reading did read is this reading's.
    const renamed = {
      ...partial,
      fields: { ...partial.fields, headline: { state: 'found', value: 'New headline' } },
    };
    await ask('reading/submit', { profile: renamed, readMs: 3 }, CONTENT_SCRIPT);
    const last = (await ask('data/get', ['snapshots'])).reply.snapshots[snap.profile.key].profile.fields;
    expect(last.headline).toEqual({ state: 'found', value: 'New headline' });
    expect(last.skills).toEqual(before.profile.fields.skills);
  });

  it('a reading on another day than the last one keeps what it could not read unknown', async () => {
    const snap = V1.snapshots['linkedin:robin-ashgrove'];
    // The stored reading is from another day (the fixture's); this one cannot read the skills.
    expect(dayOf(snap.readAt)).not.toBe(dayOf(new Date().toISOString()));
    await startWorker(V1);
    const unknown = {
      state: 'unknown',
      reason: 'skills section not found yet: the page may still be loading',
    };
    const partial = { ...snap.profile, fields: { ...snap.profile.fields, skills: unknown } };
    expect((await ask('reading/submit', { profile: partial, readMs: 3 }, CONTENT_SCRIPT)).ok).toBe(true);
    const stored = (await ask('data/get', ['snapshots'])).reply.snapshots[snap.profile.key];
    expect(stored.profile.fields.skills).toEqual(unknown);
  });

  it('a reading of one network makes the other network’s cross-network checks again, and their to-dos follow', async () => {
    await startWorker(V1);
    const li = V1.snapshots['linkedin:robin-ashgrove'];
    const x = V1.snapshots['x:robinreads'];
    // The headline and the bio share one key term: the LinkedIn report asks for more, as a to-do.
    await ask('todos/change', {
      op: 'add',
      title: 'LinkedIn: the same story',
      origin: { kind: 'rule', rule: 'cross-message', profileKey: li.profile.key },
    });
    expect((await crossOf(li.profile.key))['cross-message']).toBe('warn');
    // Fixed on X: the bio now tells the headline's story. Only X is read again.
    const bio = 'Librarian at Northfield Public Library. Local studies, digital skills, and good coffee.';
    const profile = { ...x.profile, fields: { ...x.profile.fields, bio: { state: 'found', value: bio } } };
    const sender = { url: 'https://x.com/robinreads', tab: { id: 8 } };
    expect((await ask('reading/submit', { profile, readMs: 2 }, sender)).ok).toBe(true);
    // Both networks' reports agree, and the LinkedIn to-do ticked itself off.
    expect((await crossOf(x.profile.key))['cross-message']).toBe('pass');
    expect((await crossOf(li.profile.key))['cross-message']).toBe('pass');
    const { reply } = await ask('data/get', ['todos']);
    expect((reply.todos as Todo[])[0]!.done).toMatchObject({ auto: true });
    // The LinkedIn reading itself was not touched: only its report.
    const { snapshots } = (await ask('data/get', ['snapshots'])).reply;
    expect(snapshots[li.profile.key].profile).toEqual(li.profile);
    expect(snapshots[li.profile.key].readAt).toBe(li.readAt);
  });

  it('with a second X profile of hers: compares the one read last until she chooses, then the chosen one', async () => {
    await startWorker(V1);
    const { work, sender } = workAccount();
    expect((await ask('reading/submit', { profile: work, readMs: 2 }, sender)).ok).toBe(true);
    // Read last, the work account is compared: her LinkedIn name now "differs"; her own X is scored alone.
    expect((await crossOf('linkedin:robin-ashgrove'))['cross-name']).toBe('fail');
    expect(await crossOf('x:robinreads')).toEqual({});
    // She says which X profile is hers to compare: every report follows at once.
    expect((await ask('settings/update', { main: { x: 'x:robinreads' } }, EXTENSION_PAGE)).ok).toBe(true);
    expect((await crossOf('linkedin:robin-ashgrove'))['cross-name']).toBe('pass');
    expect((await crossOf('x:robinreads'))['cross-name']).toBe('pass');
    expect(await crossOf('x:northfieldlib')).toEqual({});
    // Reading the work account again changes nothing of that.
    expect((await ask('reading/submit', { profile: work, readMs: 2 }, sender)).ok).toBe(true);
    expect((await crossOf('linkedin:robin-ashgrove'))['cross-name']).toBe('pass');
    // Her choice forgotten with its profile: the one read last is compared again.
    expect((await ask('profile/forget', { key: 'x:robinreads' }, EXTENSION_PAGE)).ok).toBe(true);
    expect((await ask('data/get', ['settings'])).reply.settings.main).toEqual({});
    expect((await crossOf('linkedin:robin-ashgrove'))['cross-name']).toBe('fail');
  });

  it('a to-do of a check that passes once she chooses her main profile ticks itself off then', async () => {
    await startWorker(V1);
    const { work, sender } = workAccount();
    expect((await ask('reading/submit', { profile: work, readMs: 2 }, sender)).ok).toBe(true);
    await ask('todos/change', {
      op: 'add',
      title: 'LinkedIn: the same name',
      origin: { kind: 'rule', rule: 'cross-name', profileKey: 'linkedin:robin-ashgrove' },
    });
    expect((await ask('settings/update', { main: { x: 'x:robinreads' } }, EXTENSION_PAGE)).ok).toBe(true);
    const { reply } = await ask('data/get', ['todos']);
    expect((reply.todos as Todo[])[0]!.done).toMatchObject({ auto: true });
  });

  it('after an update, makes the stored reports again with this version’s rules', async () => {
    await startWorker(V1);
    await ask('ping', null);
    const rulesOf = async () => {
      const { snapshots } = (await ask('data/get', ['snapshots'])).reply;
      return Object.fromEntries(
        Object.entries(snapshots).map(([key, s]: [string, any]) => [
          key,
          [...new Set(s.report.results.map((r: { rule: string }) => r.rule.split('-')[0]))].sort(),
        ]),
      );
    };
    // Version 1 scored each network with the other one's rules too.
    expect((await rulesOf())['linkedin:robin-ashgrove']).toContain('x');
    installed('install');
    await vi.runAllTimersAsync();
    expect((await rulesOf())['linkedin:robin-ashgrove']).toContain('x');
    installed('update');
    await vi.runAllTimersAsync();
    expect(await rulesOf()).toEqual({
      'linkedin:robin-ashgrove': ['cross', 'li'],
      'x:robinreads': ['cross', 'x'],
    });
  });

  it('a restored backup closes the welcome (someone restoring has used Spruce before)', async () => {
    await startWorker(V1);
    const { reply: items } = await ask('data/get', ['settings', 'snapshots', 'todos', 'goals', 'history']);
    expect((await ask('data/get', ['meta'])).reply.meta).toEqual({ welcomed: false });
    const { exportData } = await import('../../src/core/backup.ts');
    const text = JSON.stringify(exportData(items, '2026-11-27T10:00:00.000Z'));
    expect((await ask('data/import', { text, apply: false })).ok).toBe(true);
    expect((await ask('data/get', ['meta'])).reply.meta).toEqual({ welcomed: false });
    expect((await ask('data/import', { text, apply: true })).ok).toBe(true);
    expect((await ask('data/get', ['meta'])).reply.meta).toEqual({ welcomed: true });
  });

  it('an imported backup’s newest history rows and to-dos follow its reports, made again (found by a review)', async () => {
    await startWorker(V1);
    const { reply: items } = await ask('data/get', ['settings', 'snapshots', 'todos', 'goals', 'history']);
    const key = 'linkedin:robin-ashgrove';
    const snap = items.snapshots[key]!;
    // As an older Spruce may have written it: her headline check passing, the score 99, its to-do ticked.
    const headline = snap.report!.results.find((r: { rule: string }) => r.rule === 'li-headline')!;
    (headline as { status: string }).status = 'pass';
    snap.report!.score = 99;
    items.history = { [key]: [[dayOf(snap.readAt), 99, 1000]] };
    items.todos = [
      {
        id: 'headline',
        title: 'LinkedIn: headline',
        createdAt: snap.readAt,
        origin: { kind: 'rule', rule: 'li-headline', profileKey: key },
        done: { at: snap.readAt, auto: true },
      },
    ];
    const { exportData } = await import('../../src/core/backup.ts');
    const text = JSON.stringify(exportData(items, '2026-11-27T10:00:00.000Z'));
    expect((await ask('data/import', { text, apply: true })).ok).toBe(true);
    const after = (await ask('data/get', ['snapshots', 'history', 'todos'])).reply;
    const score = after.snapshots![key]!.report!.score;
    expect(score).not.toBe(99);
    // "Since last time" counts from the score she sees, and the check that fails again reopens its to-do.
    expect(after.history![key]!.at(-1)![1]).toBe(score);
    expect(after.todos![0]!.done).toBeNull();
  });

  it('an imported backup leaves this browser’s sync as it was: never switched off (and the copy her other browsers share removed), nor on (found by a review)', async () => {
    const sync = fakeArea();
    local = fakeArea(V1);
    ({ ask } = await startWorkerOn(local, sync));
    expect((await ask('settings/update', { sync: true }, EXTENSION_PAGE)).ok).toBe(true);
    await vi.runAllTimersAsync();
    expect(sync.data.has('spruce:meta')).toBe(true);
    const { reply: items } = await ask('data/get', ['settings', 'snapshots', 'todos', 'goals', 'history']);
    const { exportData } = await import('../../src/core/backup.ts');
    const backup = (on: boolean) =>
      JSON.stringify(
        exportData({ ...items, settings: { ...items.settings!, sync: on } }, '2026-11-27T10:00:00.000Z'),
      );
    // Made in a browser that did not sync, imported in one that does: it goes on syncing.
    expect((await ask('data/import', { text: backup(false), apply: true })).ok).toBe(true);
    await vi.runAllTimersAsync();
    expect(sync.data.has('spruce:meta')).toBe(true);
    expect((await ask('data/get', ['settings'])).reply.settings.sync).toBe(true);
    expect((await ask('data/get', ['syncStatus'])).reply.syncStatus.state).toBe('ok');
    // Made in a browser that synced, imported in one that does not: nothing starts syncing.
    expect((await ask('settings/update', { sync: false }, EXTENSION_PAGE)).ok).toBe(true);
    await vi.runAllTimersAsync();
    expect([...sync.data.keys()]).toEqual([]);
    expect((await ask('data/import', { text: backup(true), apply: true })).ok).toBe(true);
    await vi.runAllTimersAsync();
    expect([...sync.data.keys()]).toEqual([]);
    expect((await ask('data/get', ['settings'])).reply.settings.sync).toBe(false);
  });

  it('refuses readings from pages without a tab, and imports or deletes from content scripts', async () => {
    await startWorker(V1);
    await ask('ping', null);
    const before = dump(local);
    expect(
      (await ask('reading/submit', { profile: {}, readAt: '', readMs: 0 }, EXTENSION_PAGE)).error,
    ).toMatch(/content scripts/);
    expect((await ask('data/delete', null, CONTENT_SCRIPT)).error).toMatch(/only Spruce’s own pages/);
    expect((await ask('data/import', { text: '{}', apply: true }, CONTENT_SCRIPT)).error).toMatch(
      /only Spruce’s own pages/,
    );
    expect(dump(local)).toBe(before);
  });

  it('a failed migration blocks every write, leaves the data as it was, and is reported', async () => {
    const broken = structuredClone(V1);
    broken.snapshots['x:robinreads'].report.results = null;
    await startWorker(broken);
    const before = dump(local);
    const answer = await ask('todos/change', { op: 'add', title: 'anything' });
    expect(answer.error).toMatch(/Updating stored data from version 1 to 2 failed/);
    expect((await ask('ping', null)).reply.problem).toMatch(/version 1 to 2/);
    expect(dump(local)).toBe(before);
  });

  it('a 1st-degree profile page ticks the listed person with that address, and nothing else', async () => {
    await startWorker();
    await ask('goals/change', {
      op: 'person/add',
      person: { name: 'Sam', profileUrl: 'https://www.linkedin.com/in/sam-lee/' },
    });
    await ask('goals/change', {
      op: 'person/add',
      person: { name: 'Ana', profileUrl: 'linkedin.com/in/ana-k' },
    });
    const before = dump(local);
    const page = (url: string) => ({ url, tab: { id: 7 } });
    // The address is the sender's page: a content script cannot name someone it does not show.
    expect(
      (
        await ask(
          'people/seen',
          { href: 'https://www.linkedin.com/in/sam-lee/' },
          page('https://www.linkedin.com/in/someone-else/'),
        )
      ).reply,
    ).toEqual({ ticked: 0 });
    expect(dump(local)).toBe(before);
    expect((await ask('people/seen', null, EXTENSION_PAGE)).error).toMatch(/content scripts/);
    expect(
      (await ask('people/seen', null, page('https://www.linkedin.com/in/Sam-Lee/?trk=x'))).reply,
    ).toEqual({
      ticked: 1,
    });
    const { goals } = (await ask('data/get', ['goals'])).reply;
    expect(goals.people.map((p: any) => [p.name, p.connected?.auto ?? null])).toEqual([
      ['Sam', true],
      ['Ana', null],
    ]);
  });

  it('switching sync on copies settings and to-dos to storage.sync a moment later, in one write', async () => {
    await startWorker();
    await ask('todos/change', { op: 'add', title: 'Synced to-do' });
    await ask('settings/update', { sync: true });
    const sync = (globalThis as any).chrome.storage.sync as FakeArea;
    expect(sync.data.size).toBe(0);
    await vi.runAllTimersAsync();
    expect(sync.setCalls).toBe(1);
    expect(sync.data.get('spruce:0')).toContain('Synced to-do');
    expect((await ask('data/get', ['syncStatus'])).reply.syncStatus.state).toBe('ok');
    // Off again: the synced copy is removed.
    await ask('settings/update', { sync: false });
    expect(sync.data.size).toBe(0);
  });
});
