// @vitest-environment jsdom
// The popup, every view, against the in-memory client: loading, error, empty, the own-profile view with its
// actions, the summary cards, to-dos, progress, the welcome and the problem report; long and hostile content.
import '../ui/i18n-setup.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_GOALS } from '../../../src/core/goals.ts';
import { App } from '../../../src/popup/App.tsx';
import type { Snapshot } from '../../../src/storage/schema.ts';
import type { Todo } from '../../../src/core/todos.ts';
import { mockClient, type MockClient } from '../ui/mock-client.ts';
import { useTimeZone } from '../time-zone.ts';
import { HOSTILE, LI_URL, NOW, found, liHistory, liSnapshot, todo, xSnapshot } from './fixtures.ts';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const TODAY = '2026-11-27';
const show = (client: MockClient) => render(<App client={client} today={TODAY} />);
const ready = () => screen.findByRole('tablist');
const loaded = async () => {
  await waitFor(() => expect(document.querySelector('main[aria-busy]')).toBeNull());
};
const tab = (name: RegExp) => screen.getByRole('tab', { name });
const noMissingText = () => expect(document.body.textContent).not.toMatch(/⟦/);

describe('popup: loading, errors, first run', () => {
  it('draws the header and tabs at once and says it is loading, without data', () => {
    const client = mockClient();
    client.activeTabUrl = () => new Promise(() => undefined); // never answers
    show(client);
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.getAllByRole('tab')).toHaveLength(3);
  });

  it('says why when the data cannot be loaded', async () => {
    const client = mockClient();
    client.todos = () => Promise.reject(new Error('No answer to data/get'));
    show(client);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No answer to data/get');
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('shows the stored-data problem the worker reports, clearly', async () => {
    const problem = 'Your data was saved by a newer Spruce (schema 3); this one understands schema 2.';
    show(mockClient({ problem }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Spruce can't use its stored data right now.");
    expect(alert.textContent).toContain(problem);
  });

  it('welcomes a new user and adopts the starter plan only when asked', async () => {
    const client = mockClient({ meta: { welcomed: false } });
    show(client);
    const welcome = await screen.findByRole('region', { name: 'Welcome to Spruce' });
    expect(welcome.textContent).toMatch(/nothing is sent anywhere/);
    expect(client.calls).toEqual([]); // nothing adopted by opening the popup
    fireEvent.click(within(welcome).getByRole('button', { name: 'Add the starter plan' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Welcome to Spruce' })).toBeNull());
    expect(client.calls.map((c) => c.method)).toEqual(['adoptStarterPlan']);
    // The plan's to-dos are shown straight away.
    expect(tab(/To-dos/).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(tab(/To-dos/))); // the keyboard is not lost
    expect(screen.getAllByRole('listitem').length).toBe(4);
    expect(screen.getByText('Improve my LinkedIn profile')).toBeTruthy();
    noMissingText();
  });

  it('"No thanks" closes the welcome without a plan', async () => {
    const client = mockClient({ meta: { welcomed: false } });
    show(client);
    fireEvent.click(await screen.findByRole('button', { name: 'No thanks' }));
    await waitFor(() => expect(screen.queryByTestId('welcome')).toBeNull());
    expect(client.calls.map((c) => c.method)).toEqual(['finishWelcome']);
    expect(client.data.todos).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(tab(/Profile/)));
  });
});

describe('popup: drawn first from storage, then from the worker', () => {
  /** A client whose worker never answers (asleep, or slow to wake): only asStored() and the tab answer. */
  const workerAsleep = (client: MockClient) => {
    const never = () => new Promise<never>(() => undefined);
    Object.assign(client, {
      todos: never,
      goals: never,
      history: never,
      meta: never,
      problem: never,
      settings: never,
    });
    return client;
  };

  /** The popup's data as storage holds it: one reading, these to-dos, nothing else. */
  const asStored = (snap: Snapshot, todos: Todo[]) => ({
    snapshots: { [snap.profile.key]: snap },
    todos,
    goals: NO_GOALS,
    history: {},
    meta: { welcomed: true },
    main: {},
  });

  it('shows the stored data without waiting for the worker', async () => {
    const snap = liSnapshot();
    const client = workerAsleep(
      mockClient({
        url: LI_URL,
        asStored: asStored(snap, [todo(1)]),
      }),
    );
    show(client);
    expect((await screen.findByTestId('score')).textContent).toBe(`Score ${snap.report!.score}/100`);
    fireEvent.click(tab(/To-dos/));
    expect(await screen.findByText(todo(1).title)).toBeTruthy();
  });

  it('then shows the worker’s checked copy, and the problem only the worker knows', async () => {
    const snap = liSnapshot();
    let wake!: () => void;
    const awake = new Promise<void>((r) => (wake = r));
    const client = mockClient({
      url: LI_URL,
      snapshots: { [snap.profile.key]: snap },
      todos: [],
      problem: 'Your latest reading could not be saved: quota exceeded',
      asStored: asStored(snap, [todo(1)]),
    });
    const todos = client.todos;
    client.todos = () => awake.then(todos);
    show(client);
    await screen.findByTestId('score');
    expect(screen.queryByRole('alert')).toBeNull();
    wake();
    expect((await screen.findByRole('alert')).textContent).toContain('quota exceeded');
    fireEvent.click(tab(/To-dos/));
    await screen.findByText('No to-dos yet. Add one below, or from a check on your profile.');
    expect(screen.queryByText(todo(1).title)).toBeNull();
  });

  it('waits for the worker when the stored data is not this version’s (asStored answers null)', async () => {
    const client = workerAsleep(mockClient({ url: LI_URL, asStored: null }));
    show(client);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByText('Loading…')).toBeTruthy();
  });

  it('draws the worker’s copy when the stored copy cannot be drawn (damaged in storage)', async () => {
    const snap = liSnapshot();
    const client = mockClient({
      url: LI_URL,
      snapshots: { [snap.profile.key]: snap },
      todos: [todo(1)],
      asStored: asStored(snap, [null as never]),
    });
    const todos = client.todos;
    let asked = 0;
    client.todos = () => (asked++, new Promise((r) => setTimeout(r, 30)).then(todos));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    show(client);
    expect((await screen.findByTestId('score')).textContent).toBe(`Score ${snap.report!.score}/100`);
    expect(screen.queryByRole('alert')).toBeNull();
    // Drawn again from the checked copy alone: the worker was asked a second time, and it was said.
    expect(asked).toBe(2);
    expect(warn.mock.calls.filter(([m]) => String(m).includes('stored copy did not draw'))).toHaveLength(1);
    fireEvent.click(tab(/To-dos/));
    expect(await screen.findByText(todo(1).title)).toBeTruthy();
  });

  it('says it could not draw, with the error, when the checked copy fails (no second try)', async () => {
    const snap = liSnapshot();
    const client = mockClient({
      url: LI_URL,
      snapshots: { bad: null as never },
      asStored: asStored(snap, []),
    });
    let asked = 0;
    const snapshots = client.snapshots;
    client.snapshots = () => (asked++, snapshots());
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    show(client);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Spruce couldn't show this popup.");
    expect(alert.textContent).toMatch(/null|undefined/);
    expect(asked).toBe(1);
    expect(error).toHaveBeenCalled();
  });
});

describe('popup: on the own profile tab', () => {
  it('shows the score, the coverage, the top 3 fixes first and the grouped checklist', async () => {
    const snap = liSnapshot();
    show(mockClient({ url: LI_URL, snapshots: { [snap.profile.key]: snap } }));
    expect((await screen.findByTestId('score')).textContent).toBe(`Score ${snap.report!.score}/100`);
    expect(screen.getByRole('heading', { name: 'Your LinkedIn profile' })).toBeTruthy();
    expect(screen.getByTestId('coverage').textContent).toMatch(
      /^Coverage \d+%: \d+ checks? could not be made \(“Not checked” below says why\)$/,
    );
    const fixes = screen.getByTestId('top-fixes').querySelectorAll('li.rule');
    expect(fixes).toHaveLength(3);
    expect(fixes[0]?.getAttribute('data-rule')).toBe(snap.report!.results[0]?.rule);
    const checklist = screen.getByTestId('checklist');
    expect(checklist.querySelectorAll('li.rule')).toHaveLength(snap.report!.results.length);
    expect(checklist.querySelector('.group-fail')).toBeTruthy();
    expect(checklist.querySelector('.group-unknown')).toBeTruthy();
    noMissingText();
  });

  it('adds a rule-born to-do from a failing item, then shows it as added', async () => {
    const snap = liSnapshot();
    const client = mockClient({ url: LI_URL, snapshots: { [snap.profile.key]: snap } });
    show(client);
    await loaded();
    const banner = screen.getByTestId('checklist').querySelector('li[data-rule="li-banner"]') as HTMLElement;
    const add = within(banner).getByRole('button', { name: /^Add to my to-dos/ });
    fireEvent.click(add);
    await waitFor(() => expect(client.data.todos).toHaveLength(1));
    expect(client.calls[0]?.args[0]).toMatchObject({
      op: 'add',
      title: 'LinkedIn: Background banner',
      origin: { kind: 'rule', rule: 'li-banner', profileKey: 'linkedin:robin-reads' },
    });
    await waitFor(() => expect(within(banner).getByRole('button', { name: /^In my to-dos/ })).toBeTruthy());
    const added = within(banner).getByRole('button', { name: /^In my to-dos/ });
    expect(added.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(added); // adding twice does nothing
    expect(client.calls.filter((c) => c.method === 'changeTodo')).toHaveLength(1);
    expect(within(banner).getByRole('status').textContent).toBe('Added to your to-dos.');
  });

  it('offers to reopen a to-do ticked by hand while its check still fails', async () => {
    const snap = liSnapshot();
    const ticked = todo(1, {
      title: 'LinkedIn: Background banner',
      origin: { kind: 'rule', rule: 'li-banner', profileKey: snap.profile.key },
      done: { at: NOW, auto: false },
    });
    const client = mockClient({ url: LI_URL, snapshots: { [snap.profile.key]: snap }, todos: [ticked] });
    show(client);
    await loaded();
    const banner = screen.getByTestId('checklist').querySelector('li[data-rule="li-banner"]') as HTMLElement;
    const reopen = within(banner).getByRole('button', {
      name: /^Done in my to-dos, but still to fix: reopen it/,
    });
    expect(reopen.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(reopen);
    await waitFor(() => expect(client.data.todos[0]?.done).toBeNull());
    expect(client.calls.find((c) => c.method === 'changeTodo')?.args[0]).toEqual({ op: 'reopen', id: 't1' });
    expect(within(banner).getByRole('status').textContent).toBe('Reopened in your to-dos.');
    await waitFor(() => expect(within(banner).getByRole('button', { name: /^In my to-dos/ })).toBeTruthy());
  });

  it('"Show on page" asks the page, and says so politely when it does not answer', async () => {
    const snap = liSnapshot();
    const client = mockClient({ url: LI_URL, snapshots: { [snap.profile.key]: snap } });
    show(client);
    await loaded();
    const banner = screen.getByTestId('checklist').querySelector('li[data-rule="li-banner"]') as HTMLElement;
    fireEvent.click(within(banner).getByRole('button', { name: /^Show on page/ }));
    await waitFor(() => expect(within(banner).getByRole('status').textContent).toMatch(/isn't answering/));
    expect(client.calls.at(-1)).toEqual({ method: 'showOnPage', args: ['li-banner'] });
    client.data.page = { html: '<html></html>', url: LI_URL };
    fireEvent.click(within(banner).getByRole('button', { name: /^Show on page/ }));
    await waitFor(() => expect(within(banner).getByRole('status').textContent).toBe('Shown on the page.'));
    // The page answered, but has no marker for it: not a page that fails to answer.
    client.data.unmarked = ['li-banner'];
    fireEvent.click(within(banner).getByRole('button', { name: /^Show on page/ }));
    await waitFor(() =>
      expect(within(banner).getByRole('status').textContent).toBe('The page has no marker for this check.'),
    );
  });

  it('offers "Show on page" only for what the page marks: failing and warning checks', async () => {
    const snap = liSnapshot();
    const client = mockClient({ url: LI_URL, snapshots: { [snap.profile.key]: snap } });
    show(client);
    await loaded();
    for (const li of screen.getByTestId('checklist').querySelectorAll('li[data-rule]')) {
      const r = snap.report!.results.find((x) => x.rule === li.getAttribute('data-rule'))!;
      const marked = (r.status === 'fail' || r.status === 'warn') && r.weight > 0;
      expect(!!within(li as HTMLElement).queryByRole('button', { name: /^Show on page/ }), r.rule).toBe(
        marked,
      );
    }
    expect(snap.report!.results.some((r) => r.status === 'pass')).toBe(true);
  });

  it('says when a change fails', async () => {
    const snap = liSnapshot();
    const client = mockClient({ url: LI_URL, snapshots: { [snap.profile.key]: snap } });
    client.failWith = 'Storage is full';
    show(client);
    await loaded();
    const banner = screen.getByTestId('checklist').querySelector('li[data-rule="li-banner"]') as HTMLElement;
    fireEvent.click(within(banner).getByRole('button', { name: /^Add to my to-dos/ }));
    await waitFor(() =>
      expect(within(banner).getByRole('status').textContent).toBe("That didn't work: Storage is full"),
    );
  });

  it('says what she can do when the browser’s storage is full, not the browser’s own words', async () => {
    const snap = liSnapshot();
    const client = mockClient({ url: LI_URL, snapshots: { [snap.profile.key]: snap } });
    client.failWith = 'Resource::kQuotaBytes quota exceeded';
    show(client);
    await loaded();
    const banner = screen.getByTestId('checklist').querySelector('li[data-rule="li-banner"]') as HTMLElement;
    fireEvent.click(within(banner).getByRole('button', { name: /^Add to my to-dos/ }));
    await waitFor(() =>
      expect(within(banner).getByRole('status').textContent).toMatch(
        /^Spruce's storage in this browser is full, so nothing was changed\. Export your data/,
      ),
    );
  });

  it('renders a 2,600-character About and hostile page text as text', async () => {
    const about = `${HOSTILE} ${'Librarian and archivist. '.repeat(104)}`.slice(0, 2600);
    const snap = liSnapshot({ name: found(HOSTILE), headline: found(HOSTILE), about: found(about) });
    const { container } = show(mockClient({ url: LI_URL, snapshots: { [snap.profile.key]: snap } }));
    await screen.findByTestId('score');
    expect(container.querySelector('img, script, iframe')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
    expect(container.querySelectorAll('li.rule').length).toBeGreaterThan(15);
  });

  it('a profile tab with no reading yet says so', async () => {
    show(mockClient({ url: 'https://x.com/someone' }));
    expect(await screen.findByText(/reads your own profile while you are signed in to it/)).toBeTruthy();
  });

  it('another profile on a network where hers is kept: says it leaves others alone, not "reload"', async () => {
    const snap = liSnapshot();
    show(
      mockClient({
        url: 'https://www.linkedin.com/in/someone-else/',
        snapshots: { [snap.profile.key]: snap },
      }),
    );
    const name = snap.profile.fields.name.state === 'found' ? snap.profile.fields.name.value : '';
    expect(
      await screen.findByText(
        `Spruce keeps only your own profile, which it knows as ${name}; it leaves other people's profiles alone unless you keep one as an example. If this one is yours too, reload it.`,
      ),
    ).toBeTruthy();
    // Her X profile is another network: not read yet there.
    cleanup();
    show(mockClient({ url: 'https://x.com/someone', snapshots: { [snap.profile.key]: snap } }));
    expect(await screen.findByText(/reads your own profile while you are signed in to it/)).toBeTruthy();
  });
});

describe('popup: someone else’s profile, with two of hers on that network', () => {
  it('names her main one there, the one she chose, not the one kept first (found by a review)', async () => {
    const first = liSnapshot({ name: found('Robin at work') });
    const chosen = liSnapshot({ name: found('Robin Ashgrove') });
    const a = { ...first, profile: { ...first.profile, key: 'linkedin:robin-work' } };
    const b = { ...chosen, profile: { ...chosen.profile, key: 'linkedin:robin-ashgrove' } };
    const settings = { ...structuredClone(DEFAULT_SETTINGS), main: { linkedin: b.profile.key } };
    show(
      mockClient({
        url: 'https://www.linkedin.com/in/someone-else/',
        snapshots: { [a.profile.key]: a, [b.profile.key]: b },
        settings,
      }),
    );
    expect(await screen.findByText(/which it knows as Robin Ashgrove;/)).toBeTruthy();
  });
});

describe('popup: on any other page', () => {
  it('with nothing read, explains and offers to open the profiles', async () => {
    const client = mockClient();
    show(client);
    expect(await screen.findByText(/Open your own LinkedIn or X profile/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open my LinkedIn profile' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open X' }));
    expect(client.opened).toEqual(['https://www.linkedin.com/in/me/', 'https://x.com/home']);
    noMissingText();
  });

  it('on her profile’s tab, says what changed since last time beside the score (PRODUCT: the week-later moment)', async () => {
    const a = liSnapshot();
    show(mockClient({ url: LI_URL, snapshots: { [a.profile.key]: a }, history: liHistory() }));
    const card = await screen.findByTestId('profile-card');
    expect(within(card).getByTestId('change').textContent).toMatch(
      /^Since last time: \+?\d*.*About expanded/,
    );
  });

  it('says nothing of a change on her profile’s tab before there are two readings', async () => {
    const a = liSnapshot();
    show(mockClient({ url: LI_URL, snapshots: { [a.profile.key]: a } }));
    const card = await screen.findByTestId('profile-card');
    expect(within(card).queryByTestId('change')).toBeNull();
  });

  it('shows a card per profile with score, last read and the change since last time', async () => {
    const a = liSnapshot();
    const b = xSnapshot();
    const client = mockClient({
      url: 'https://www.linkedin.com/feed/',
      snapshots: { [a.profile.key]: a, [b.profile.key]: b },
      history: liHistory(),
    });
    show(client);
    const tracked = await screen.findByTestId('tracked');
    const cards = tracked.querySelectorAll('li');
    expect(cards).toHaveLength(2);
    expect(cards[0]?.textContent).toMatch(/LinkedIn · Score \d+\/100/);
    expect(cards[0]?.textContent).toMatch(/Since last time: \+?\d*.*About expanded/);
    expect(cards[1]?.textContent).toMatch(/X · Score \d+\/100/);
    expect(cards[1]?.textContent).toContain('Nothing to compare yet');
    fireEvent.click(screen.getByRole('button', { name: 'Open my X profile' }));
    expect(client.opened).toEqual(['https://x.com/robinreads']);
  });
});

describe('popup: tabs', () => {
  it('are ARIA tabs: one tab stop, arrows, Home and End move and select', async () => {
    show(mockClient());
    await ready();
    const [profile, todos, progress] = screen.getAllByRole('tab');
    expect(profile?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(profile?.id);
    // Only the selected tab names the panel it controls: the others' panels are not in the page.
    expect(screen.getAllByRole('tab').map((t) => t.getAttribute('aria-controls'))).toEqual([
      panel.id,
      null,
      null,
    ]);
    profile!.focus();
    fireEvent.keyDown(profile!, { key: 'ArrowRight' });
    expect(todos?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(todos);
    fireEvent.keyDown(todos!, { key: 'End' });
    expect(document.activeElement).toBe(progress);
    fireEvent.keyDown(progress!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(profile);
    fireEvent.keyDown(profile!, { key: 'ArrowLeft' });
    expect(progress?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(progress?.id);
  });
});

describe('popup: to-dos', () => {
  const open = async (client: MockClient) => {
    show(client);
    await ready();
    fireEvent.click(tab(/To-dos/));
    await loaded();
  };

  it('empty: says so and offers the form', async () => {
    await open(mockClient());
    expect(screen.getByText(/No to-dos yet/)).toBeTruthy();
    expect(screen.getByLabelText('Title')).toBeTruthy();
    expect(screen.getByLabelText('Notes (optional)')).toBeTruthy();
    expect(screen.getByLabelText('Due date (optional)')).toBeTruthy();
  });

  it('adds with title, notes and due date; ticks; edits; deletes', async () => {
    const client = mockClient();
    await open(client);
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Follow up with people from LIKE' } });
    fireEvent.input(screen.getByLabelText('Notes (optional)'), { target: { value: 'Ana, Ben' } });
    fireEvent.input(screen.getByLabelText('Due date (optional)'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(client.data.todos).toHaveLength(1));
    expect(client.data.todos[0]).toMatchObject({
      title: 'Follow up with people from LIKE',
      notes: 'Ana, Ben',
      due: '2026-12-01',
    });
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe(''); // the form is cleared
    const item = await screen.findByRole('checkbox', { name: 'Follow up with people from LIKE' });
    expect(document.querySelector('[data-todo]')?.textContent).toMatch(/Due .*2026/);

    fireEvent.click(item);
    await waitFor(() => expect(client.data.todos[0]?.done).toEqual({ at: expect.any(String), auto: false }));
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Done on /)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /^Edit/ }));
    const form = screen.getByRole('form', { name: /Edit “Follow up/ });
    const title = within(form).getByLabelText('Title') as HTMLInputElement;
    expect(document.activeElement).toBe(title);
    fireEvent.input(title, { target: { value: 'Follow up with Ana' } });
    fireEvent.input(within(form).getByLabelText('Due date (optional)'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(client.data.todos[0]?.title).toBe('Follow up with Ana'));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-act')).toBe('edit'));
    expect(client.data.todos[0]?.due).toBeUndefined();

    fireEvent.click(await screen.findByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(client.data.todos).toEqual([]));
    expect(document.activeElement?.id).toBe('todos-heading');
  });

  it('cancels an edit with Escape or Cancel, changing nothing, and gives the keyboard back to Edit', async () => {
    const client = mockClient({ todos: [todo(1)] });
    await open(client);
    for (const how of ['Escape', 'Cancel']) {
      fireEvent.click(screen.getByRole('button', { name: /^Edit/ }));
      const form = screen.getByRole('form', { name: /^Edit/ });
      const title = within(form).getByLabelText('Title');
      fireEvent.input(title, { target: { value: 'Not this' } });
      if (how === 'Escape') fireEvent.keyDown(title, { key: 'Escape' });
      else fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('form', { name: /^Edit/ })).toBeNull();
      expect(document.activeElement?.getAttribute('data-act'), how).toBe('edit');
    }
    expect(client.data.todos[0]?.title).toBe(todo(1).title);
  });

  it('refuses an empty title with the worker’s words', async () => {
    const client = mockClient();
    await open(client);
    fireEvent.submit(screen.getByRole('button', { name: 'Add' }).closest('form')!);
    expect(await screen.findByText("That didn't work: A to-do needs a title.")).toBeTruthy();
  });

  it('reorders with buttons and keeps the keyboard on the moved to-do', async () => {
    const client = mockClient({ todos: [todo(1), todo(2), todo(3)] });
    await open(client);
    const items = () =>
      Array.from(document.querySelectorAll('[data-todo]')).map((e) => e.getAttribute('data-todo'));
    expect(items()).toEqual(['t1', 't2', 't3']);
    const second = document.querySelector('[data-todo="t2"]') as HTMLElement;
    fireEvent.click(within(second).getByRole('button', { name: /^Move up/ }));
    await waitFor(() => expect(items()).toEqual(['t2', 't1', 't3']));
    // At the top now: Move up is disabled, so the keyboard goes to Move down.
    expect(document.activeElement?.getAttribute('data-act')).toBe('down');
    expect(document.activeElement?.closest('[data-todo]')?.getAttribute('data-todo')).toBe('t2');
    fireEvent.click(document.activeElement as HTMLElement);
    await waitFor(() => expect(items()).toEqual(['t1', 't2', 't3']));
    expect(document.activeElement?.closest('[data-todo]')?.getAttribute('data-todo')).toBe('t2');
  });

  it('marks to-dos done automatically with their day, and says where a to-do came from', async () => {
    const client = mockClient({
      todos: [
        todo(1, {
          title: 'LinkedIn: Background banner',
          origin: { kind: 'rule', rule: 'li-banner', profileKey: 'linkedin:robin-reads' },
          done: { at: '2026-11-20T10:00:00.000Z', auto: true },
        }),
        todo(2, { origin: { kind: 'goal', goal: 'groups' } }),
      ],
    });
    await open(client);
    const first = document.querySelector('[data-todo="t1"]') as HTMLElement;
    expect(first.textContent).toMatch(/From the checklist · Done automatically on .*2026/);
    expect(document.querySelector('[data-todo="t2"]')?.textContent).toContain('From a goal');
    expect(screen.getByTestId('todo-count').textContent).toBe('1 open, 1 done');
    noMissingText();
  });

  it('shows 50 to-dos, the ends unable to move further, and hostile titles as text', async () => {
    const todos = Array.from({ length: 50 }, (_, i) =>
      todo(i, i === 7 ? { title: HOSTILE, notes: HOSTILE } : {}),
    );
    const { container } = render(<App client={mockClient({ todos })} />);
    await ready();
    fireEvent.click(tab(/To-dos/));
    await waitFor(() => expect(container.querySelectorAll('[data-todo]')).toHaveLength(50));
    const first = container.querySelector('[data-todo="t0"]') as HTMLElement;
    const last = container.querySelector('[data-todo="t49"]') as HTMLElement;
    expect((within(first).getByRole('button', { name: /^Move up/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((within(last).getByRole('button', { name: /^Move down/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('checkbox', { name: HOSTILE })).toBeTruthy();
    // Every control has a name that says which to-do it is for.
    expect(screen.getByRole('button', { name: `Delete: ${HOSTILE}` })).toBeTruthy();
  }, 20_000);
});

describe('popup: to-dos in Auckland (UTC+13 in March)', () => {
  useTimeZone('Pacific/Auckland');
  it('says the local day a to-do was done, not the UTC day of its stored time', async () => {
    // 09:00 on 1 March in Auckland; formatDay() writes the day in the test's locale.
    const client = mockClient({
      todos: [todo(1, { done: { at: '2026-02-28T20:00:00.000Z', auto: false } })],
    });
    show(client);
    await ready();
    fireEvent.click(tab(/To-dos/));
    await loaded();
    const text = document.querySelector('[data-todo="t1"]')?.textContent ?? '';
    expect(text).toContain(
      `Done on ${new Date(2026, 2, 1, 12).toLocaleDateString(undefined, { dateStyle: 'medium' })}`,
    );
  });
});

describe('popup: progress', () => {
  it('empty: no history and no goals', async () => {
    show(mockClient());
    await ready();
    fireEvent.click(tab(/Progress/));
    expect(await screen.findByText(/No history yet/)).toBeTruthy();
    expect(screen.getByTestId('goals').textContent).toMatch(/No goals yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Edit goals in Settings' }));
    noMissingText();
  });

  it('draws the score history with dates and a text alternative, what changed, and the goals', async () => {
    const snap = liSnapshot();
    const client = mockClient({
      snapshots: { [snap.profile.key]: snap },
      history: liHistory(),
      goals: { ...NO_GOALS, scores: { linkedin: 85 }, groups: { target: 3, joined: 1, source: 'manual' } },
    });
    show(client);
    await ready();
    fireEvent.click(tab(/Progress/));
    const chart = await screen.findByTestId('chart');
    expect(chart.getAttribute('role')).toBe('img');
    // Its visible caption says what the label says: hidden from screen readers, which hear the label once.
    expect(chart.closest('figure')!.querySelector('figcaption')!.getAttribute('aria-hidden')).toBe('true');
    expect(chart.closest('figure')!.querySelector('figcaption')!.textContent).toBe(
      chart.getAttribute('aria-label'),
    );
    expect(chart.getAttribute('aria-label')).toMatch(
      /^Score history of Robin Reads · LinkedIn, 3 readings: from \d+ on .*2026 to \d+ on .*2026; lowest \d+, highest \d+\.$/,
    );
    expect(chart.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3);
    expect(chart.textContent).toMatch(/2026.*2026/); // first and last dates on the axis
    // Since last week (2026-11-20): the entry that stood then is 2026-11-15, the latest, so since the one before.
    expect(screen.getByTestId('what-changed').textContent).toMatch(/^Since .*2026: .*About expanded/);
    const goals = screen.getByTestId('goals');
    expect(goals.textContent).toContain(`Goals complete: ${snap.report!.score >= 85 ? 1 : 0} of 2`);
    expect(goals.textContent).toMatch(/LinkedIn score\d+ of 85/);
    expect(goals.textContent).toContain('LinkedIn groups joined1 of 3');
    expect(client.opened).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit goals in Settings' }));
    // At the goals section, not the top of the page.
    expect(client.opened).toEqual(['options#goals']);
    noMissingText();
  });

  it('keeps ten years of daily readings to a small chart', async () => {
    const h = liHistory()['linkedin:robin-reads']!;
    const rows = Array.from({ length: 3650 }, (_, i) => {
      const day = new Date(Date.UTC(2016, 0, 1 + i)).toISOString().slice(0, 10);
      return [day, 40 + (i % 50), 900] as [string, number, number];
    });
    show(mockClient({ history: { 'linkedin:robin-reads': [...rows, ...h.slice(0, 0)] } }));
    await ready();
    fireEvent.click(tab(/Progress/));
    const chart = await screen.findByTestId('chart');
    expect(chart.getAttribute('aria-label')).toContain('3650 readings');
    expect(chart.querySelector('polyline')!.getAttribute('points')!.split(' ').length).toBeLessThanOrEqual(
      161,
    );
  });
});

describe('popup: the score goals with two X profiles of hers', () => {
  it('follow her main X profile: the one she chose, else the one read last', async () => {
    const personal = xSnapshot();
    const work: typeof personal = {
      profile: { ...personal.profile, key: 'x:northfieldlib' },
      readAt: '2026-11-20T09:00:00.000Z',
      report: { ...personal.report!, score: personal.report!.score === 90 ? 91 : 90 },
    };
    const goals = { ...NO_GOALS, scores: { x: 90 } };
    const snapshots = { [personal.profile.key]: personal, [work.profile.key]: work };
    const goalsText = async (main: Record<string, string>) => {
      const client = mockClient({ snapshots, goals });
      client.data.settings = { ...client.data.settings, main };
      const view = show(client);
      await ready();
      fireEvent.click(tab(/Progress/));
      const text = (await screen.findByTestId('goals')).textContent;
      view.unmount();
      return text;
    };
    expect(await goalsText({})).toMatch(new RegExp(`X score${work.report!.score} of 90`));
    expect(await goalsText({ x: personal.profile.key })).toMatch(
      new RegExp(`X score${personal.report!.score} of 90`),
    );
  });
});

describe('popup: the card of a profile that is not the one compared across networks', () => {
  it('says its cross-network checks are made with her other profile there, and names it', async () => {
    const personal = xSnapshot();
    const work: typeof personal = {
      ...personal,
      profile: {
        ...personal.profile,
        key: 'x:northfieldlib',
        fields: { ...personal.profile.fields, name: found('Northfield Library') },
      } as typeof personal.profile,
    };
    const snapshots = { [personal.profile.key]: personal, [work.profile.key]: work };
    const card = async (url: string) => {
      const client = mockClient({ url, snapshots });
      client.data.settings = { ...client.data.settings, main: { x: personal.profile.key } };
      const view = show(client);
      await loaded();
      const note = screen.queryByTestId('not-compared')?.textContent ?? null;
      view.unmount();
      return note;
    };
    expect(await card('https://x.com/northfieldlib')).toMatch(
      /made with your other profile here, Robin Reads, so they are not in this score/,
    );
    expect(await card('https://x.com/robinreads')).toBeNull();
  });
});

describe('popup: report a reading problem', () => {
  let saved: Blob[];
  let clicks: string[];
  beforeEach(() => {
    saved = [];
    clicks = [];
    URL.createObjectURL = (b: Blob) => (saved.push(b), 'blob:test');
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('is offered on a profile page only: elsewhere there is no reading of Spruce’s to report', async () => {
    show(mockClient({ url: 'https://www.linkedin.com/feed/' }));
    await screen.findByText(/Open your own LinkedIn or X profile/);
    expect(screen.queryByText('Report a reading problem')).toBeNull();
  });

  it('says so when the profile’s page does not answer (open before Spruce was installed)', async () => {
    show(mockClient({ url: LI_URL }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save the anonymised page structure' }));
    expect(await screen.findByText(/There is no LinkedIn or X page in this tab/)).toBeTruthy();
    expect(saved).toEqual([]);
  });

  it('saves the page anonymised, as a download, and says what to attach where', async () => {
    const html =
      '<!doctype html><html><head><title>Robin Reads | LinkedIn</title></head><body>' +
      '<main><section id="about"><h2>About</h2><p>Secret about text of Robin</p></section>' +
      '<img src="https://media.licdn.com/robin.jpg" onerror="alert(1)"></main></body></html>';
    const snap = liSnapshot();
    const client = mockClient({
      url: LI_URL,
      snapshots: { [snap.profile.key]: snap },
      page: { html, url: LI_URL },
    });
    const { container } = show(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Save the anonymised page structure' }));
    await screen.findByText(
      /^Saved spruce-page-structure-linkedin-\d{4}-\d{2}-\d{2}\.html to your downloads\.$/,
    );
    expect(screen.getByText(/Open an issue on Spruce's project page and attach this file/)).toBeTruthy();
    expect(clicks).toEqual([expect.stringMatching(/^spruce-page-structure-linkedin-.*\.html$/)]);
    const text = await saved[0]!.text();
    expect(text).toContain('Content-Security-Policy');
    expect(text).toContain('id="about"');
    expect(text).not.toMatch(/Secret|Robin|robin\.jpg|alert/);
    expect(container.querySelector('img')).toBeNull(); // nothing of the page is drawn in the popup
  });
});
