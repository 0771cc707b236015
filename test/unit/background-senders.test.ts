// What a content script may ask of the worker. It runs inside LinkedIn's or X's page, so the worker stores only
// the owner's reading of the profile that page shows, in a reading's shape, dated by the worker's own clock; and
// it may add a to-do for a rule of that profile, dismiss hints and tick people, nothing else.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SCRIPT,
  EXTENSION_PAGE,
  dump,
  fakeArea,
  startWorkerOn,
  type FakeArea,
} from './fake-browser.ts';
import { dayOf } from '../../src/core/history.ts';

const V1 = JSON.parse(fs.readFileSync(new URL('../fixtures/storage-v1.json', import.meta.url), 'utf8'));
const LI = V1.snapshots['linkedin:robin-ashgrove'].profile;
const X = V1.snapshots['x:robinreads'].profile;

let local: FakeArea;
let ask: Awaited<ReturnType<typeof startWorkerOn>>['ask'];

async function startWorker() {
  local = fakeArea(V1);
  ({ ask } = await startWorkerOn(local));
  await ask('ping', null); // the start-up migration has run
}

const tab = (url: string) => ({ url, tab: { id: 7 } });
const submit = (profile: unknown, sender: Record<string, unknown> = CONTENT_SCRIPT) =>
  ask('reading/submit', { profile, readMs: 2 }, sender);
const edited = (changes: Record<string, unknown>) => ({ ...structuredClone(LI), ...changes });

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('readings from content scripts', () => {
  it('stores the owner’s reading of the profile the tab shows', async () => {
    await startWorker();
    expect((await submit(LI)).ok).toBe(true);
    // /in/me/ and member-id URLs do not name the member: the page's own address keys the reading.
    expect((await submit(LI, tab('https://www.linkedin.com/in/me/'))).ok).toBe(true);
    expect((await submit(LI, tab('https://www.linkedin.com/in/ACoAAB1234567890abcdefghijkl/'))).ok).toBe(
      true,
    );
    expect((await submit(X, tab('https://x.com/RobinReads/with_replies'))).ok).toBe(true);
  });

  it('follows the tab to the page it shows now (after a pushState the document’s URL is the first page’s)', async () => {
    await startWorker();
    const moved = (from: string, to: string) => ({ url: from, tab: { id: 7, url: to } });
    const feed = 'https://www.linkedin.com/feed/';
    expect((await submit(LI, moved(feed, 'https://www.linkedin.com/in/robin-ashgrove/'))).ok).toBe(true);
    expect(
      (
        await submit(
          LI,
          moved('https://www.linkedin.com/in/robin-ashgrove/', 'https://www.linkedin.com/in/sam/'),
        )
      ).error,
    ).toMatch(/not of the profile this page shows/);
  });

  it('refuses another member’s profile, a profile the tab does not show, and a malformed one; stores nothing', async () => {
    await startWorker();
    const before = dump(local);
    expect((await submit(edited({ own: false }))).error).toMatch(/owner’s own profile/);
    expect((await submit(edited({ own: null }))).error).toMatch(/owner’s own profile/);
    expect((await submit(edited({ key: 'linkedin:someone-else' }))).error).toMatch(
      /not of the profile this page/,
    );
    expect((await submit(X)).error).toMatch(/not of the profile this page/);
    expect((await submit(X, tab('https://x.com/someone_else'))).error).toMatch(
      /not of the profile this page/,
    );
    expect((await submit(LI, tab('https://www.linkedin.com/feed/'))).error).toMatch(/not of the profile/);
    expect((await submit(LI, EXTENSION_PAGE)).error).toMatch(/content scripts/);
    const missingField = structuredClone(LI);
    delete missingField.fields.skills;
    expect((await submit(missingField)).error).toMatch(/^the reading is malformed: .*skills/);
    expect((await submit(edited({ fields: null }))).error).toMatch(/^the reading is malformed/);
    expect(dump(local)).toBe(before);
  });

  it('dates a reading by the worker’s clock, whatever the page said', async () => {
    await startWorker();
    const sent = await ask('reading/submit', { profile: LI, readAt: '2099-12-31T12:00:00.000Z', readMs: 2 });
    expect(sent.error).toMatch(/content scripts/); // from an extension page: refused outright
    const started = Date.now();
    await ask(
      'reading/submit',
      { profile: LI, readAt: '2099-12-31T12:00:00.000Z', readMs: 2 },
      CONTENT_SCRIPT,
    );
    const { snapshots, history } = (await ask('data/get', ['snapshots', 'history'])).reply;
    const readAt = Date.parse(snapshots['linkedin:robin-ashgrove'].readAt);
    expect(readAt).toBeGreaterThanOrEqual(started - 1);
    expect(readAt).toBeLessThanOrEqual(Date.now());
    expect(history['linkedin:robin-ashgrove'].at(-1)[0]).toBe(dayOf(new Date().toISOString()));
  });

  it('a reading that cannot be saved is reported until one is', async () => {
    await startWorker();
    local.failSet = new Error('QUOTA_BYTES quota exceeded');
    expect((await submit(LI)).error).toBe('QUOTA_BYTES quota exceeded');
    expect((await ask('ping', null)).reply.problem).toBe(
      'Your latest reading could not be saved: QUOTA_BYTES quota exceeded',
    );
    delete local.failSet;
    expect((await submit(LI)).ok).toBe(true);
    expect((await ask('ping', null)).reply.problem).toBeNull();
  });
});

describe('other requests from content scripts', () => {
  it('may add a to-do for a rule of the profile on its page, dismiss hints, and ping', async () => {
    await startWorker();
    const add = (profileKey: string, sender: Record<string, unknown> = CONTENT_SCRIPT) =>
      ask(
        'todos/change',
        { op: 'add', title: 'Fix it', origin: { kind: 'rule', rule: 'li-about', profileKey } },
        sender,
      );
    expect((await add('linkedin:robin-ashgrove')).ok).toBe(true);
    expect((await add('x:robinreads')).error).toMatch(/only Spruce’s own pages/);
    expect((await add('x:robinreads', tab('https://x.com/robinreads'))).ok).toBe(true);
    expect((await ask('hints/set', { rule: 'li-about', until: null }, CONTENT_SCRIPT)).ok).toBe(true);
    // A snooze is stored as an ISO time whatever form it came in; what is not a time is refused.
    const snoozed = await ask(
      'hints/set',
      { rule: 'li-photo', until: 'Fri Dec 31 2099 10:00:00 GMT+0000' },
      CONTENT_SCRIPT,
    );
    expect(snoozed.reply.settings.hints['li-photo']).toEqual({ until: '2099-12-31T10:00:00.000Z' });
    expect((await ask('hints/set', { rule: 'li-photo', until: 'for ever' }, CONTENT_SCRIPT)).error).toMatch(
      /not a time/,
    );
    expect((await ask('ping', null, CONTENT_SCRIPT)).ok).toBe(true);
  });

  it('a to-do added from a hint gets the words the popup gives it', async () => {
    await startWorker();
    const rule = V1.snapshots['linkedin:robin-ashgrove'].report.results.find(
      (r: { rule: string; status: string }) => r.rule.startsWith('li-') && r.status === 'fail',
    ).rule;
    const origin = { kind: 'rule', rule, profileKey: 'linkedin:robin-ashgrove' };
    const { reply } = await ask(
      'todos/change',
      { op: 'add', title: 'Whatever the page said', origin },
      CONTENT_SCRIPT,
    );
    const added = reply.todos.find((t: { origin: { rule?: string } }) => t.origin.rule === rule);
    // The fake catalog writes a message as its key and substitutions.
    const key = rule.replace(/-/g, '_');
    expect(added.title).toBe(`platformLinkedIn: rule_${key}_title`);
    expect(added.notes).toMatch(new RegExp(`^rule_${key}_fix`));
  });

  it('a hint’s add opens again her to-do of that check that was ticked off (found by a review)', async () => {
    await startWorker();
    const origin = { kind: 'rule', rule: 'li-about', profileKey: 'linkedin:robin-ashgrove' };
    const { reply } = await ask('todos/change', { op: 'add', title: 'About', origin }, EXTENSION_PAGE);
    const id = reply.todos.find((t: { origin: { rule?: string } }) => t.origin.rule === 'li-about').id;
    await ask('todos/change', { op: 'complete', id }, EXTENSION_PAGE);
    const again = await ask('todos/change', { op: 'add', title: 'About', origin }, CONTENT_SCRIPT);
    const same = again.reply.todos.filter((t: { origin: { rule?: string } }) => t.origin.rule === 'li-about');
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ id, done: null });
  });

  it('may not change, read back or replace anything else', async () => {
    await startWorker();
    const { todos } = (await ask('data/get', ['todos'])).reply;
    const before = dump(local);
    const refused: [string, unknown][] = [
      ['todos/change', { op: 'add', title: 'Injected' }],
      ['todos/change', { op: 'remove', id: todos[0]?.id ?? 'x' }],
      ['settings/update', { sync: true, checklist: { disabled: ['li-photo'] } }],
      ['goals/change', { op: 'person/add', person: { name: 'Injected' } }],
      ['starter/adopt', null],
      ['welcome/done', null],
      ['data/get', ['snapshots', 'history']],
      ['settings/get', null],
      ['rules/list', null],
      ['profile/forget', { key: 'linkedin:robin-ashgrove' }],
      ['data/import', { text: '{}', apply: true }],
      ['data/delete', null],
    ];
    for (const [name, payload] of refused) {
      expect((await ask(name, payload, CONTENT_SCRIPT)).error, name).toMatch(/only Spruce’s own pages/);
    }
    expect(dump(local)).toBe(before);
  });
});
