// @vitest-environment jsdom
// "Goals": progress, score targets, people I've met (add, tick, edit, remove), LinkedIn groups and
// professional networks; the worker's RangeError messages shown next to the form; hostile text as text.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_GOALS, type Goals } from '../../../src/core/goals.ts';
import type { MockClient } from '../ui/mock-client.ts';
import {
  asChromeSends,
  cleanup,
  HOSTILE,
  plain,
  pwned,
  QUOTA_CHROME,
  renderOptions,
  RLO_NAME,
  snapshots,
  STORAGE_FULL,
} from './fixtures.tsx';

import '../ui/i18n-setup.ts';
afterEach(cleanup);

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const form = (id: string) => screen.getByTestId(id);
const progress = () => screen.getByTestId('goal-progress');
const goalCalls = (client: MockClient) => client.calls.filter((c) => c.method === 'changeGoals');
const status = () => plain(screen.getByRole('status').textContent);

describe('options: goals', () => {
  it('shows no progress until a goal is set', async () => {
    await renderOptions();
    expect(progress().textContent).toContain('No goal set yet.');
    expect(screen.getByText('No one listed yet.')).toBeTruthy();
    expect(screen.getByText('No network listed yet.')).toBeTruthy();
    expect(screen.getByText(/No groups goal yet/)).toBeTruthy();
  });

  it('sets a score target (85 suggested) and shows progress from the latest reading', async () => {
    const data = snapshots();
    const { client } = await renderOptions({ snapshots: data });
    const field = within(form('score-linkedin')).getByLabelText('LinkedIn score target') as HTMLInputElement;
    // Unset: the suggestion is the placeholder, not a value that looks set; "Set" on the empty field sets it.
    expect(field.value).toBe('');
    expect(field.placeholder).toBe('85');
    expect(form('score-linkedin').textContent).toContain('not set');
    fireEvent.submit(form('score-linkedin'));
    await waitFor(() => expect(client.data.goals.scores.linkedin).toBe(85));
    await waitFor(() => expect(field.value).toBe('85'));
    expect(form('score-linkedin').textContent).not.toContain('not set');
    const score = data['linkedin:robin-reads']!.report!.score;
    await waitFor(() => expect(progress().textContent).toContain(`LinkedIn profile score${score} of 85`));
    expect(progress().querySelector('progress')).not.toBeNull();
    // Remove it again.
    fireEvent.click(screen.getByRole('button', { name: 'Remove LinkedIn target' }));
    await waitFor(() => expect(client.data.goals.scores).toEqual({}));
    await waitFor(() => expect(field.value).toBe(''));
    // The button has gone with the target: the focus is on the emptied field, not lost.
    await waitFor(() => expect(document.activeElement).toBe(field));
    // A number typed in is set as typed.
    type(field, '70');
    fireEvent.submit(form('score-linkedin'));
    await waitFor(() => expect(client.data.goals.scores.linkedin).toBe(70));
  });

  it('refuses a score target out of range with the core’s message, next to the form, and sends nothing', async () => {
    const { client } = await renderOptions();
    type(within(form('score-x')).getByLabelText('X score target'), '150');
    fireEvent.submit(form('score-x'));
    const alert = await screen.findByText('A score target is a whole number from 1 to 100. Not saved.');
    expect(alert.id).toBe('scores-error');
    expect(client.data.goals.scores).toEqual({});
    type(within(form('score-x')).getByLabelText('X score target'), 'abc');
    fireEvent.submit(form('score-x'));
    await screen.findByText('A score target is a whole number from 1 to 100. Not saved.');
    expect(goalCalls(client)).toEqual([]);
  });

  it('adds a person with every field, ticks, edits and removes them', async () => {
    const { client } = await renderOptions();
    const add = form('person-new-form');
    type(within(add).getByLabelText('Name'), 'Ada Librarian');
    type(within(add).getByLabelText('Where you met'), 'LIKE, London Information and Knowledge Exchange');
    type(within(add).getByLabelText('When you met'), '2026-11-12');
    type(within(add).getByLabelText('LinkedIn profile address'), 'linkedin.com/in/Ada-Librarian?trk=x');
    type(within(add).getByLabelText('Note'), 'Talked about\nlocal studies.');
    fireEvent.submit(add);
    await waitFor(() => expect(client.data.goals.people).toHaveLength(1));
    expect(client.data.goals.people[0]).toMatchObject({
      name: 'Ada Librarian',
      where: 'LIKE, London Information and Knowledge Exchange',
      when: '2026-11-12',
      slug: 'ada-librarian',
      note: 'Talked about\nlocal studies.',
      connected: null,
    });
    // The form is empty again for the next person.
    await waitFor(() => expect((within(add).getByLabelText('Name') as HTMLInputElement).value).toBe(''));
    const list = await screen.findByTestId('people');
    expect(plain(list.textContent)).toContain(
      'met at LIKE, London Information and Knowledge Exchange · on Nov 12, 2026',
    );
    expect(within(list).getByRole('link').getAttribute('href')).toBe(
      'https://www.linkedin.com/in/ada-librarian/',
    );
    expect(progress().textContent).toContain("People I've met, connected0 of 1");

    fireEvent.click(within(list).getByRole('checkbox'));
    await waitFor(() => expect(client.data.goals.people[0]!.connected).not.toBeNull());
    await waitFor(() => expect(progress().textContent).toContain("People I've met, connected1 of 1 · done"));

    fireEvent.click(within(list).getByRole('button', { name: 'Edit Ada Librarian' }));
    const edit = screen.getByTestId(`edit-${client.data.goals.people[0]!.id}-form`);
    expect(document.activeElement).toBe(within(edit).getByLabelText('Name'));
    type(within(edit).getByLabelText('Name'), 'Ada Lovelace-Librarian');
    type(within(edit).getByLabelText('Where you met'), '');
    fireEvent.submit(edit);
    await waitFor(() => expect(client.data.goals.people[0]!.name).toBe('Ada Lovelace-Librarian'));
    expect(client.data.goals.people[0]!.where).toBeUndefined();

    fireEvent.click(await screen.findByRole('button', { name: 'Remove Ada Lovelace-Librarian' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(client.data.goals.people).toHaveLength(0));
  });

  it('shows the worker’s message for a bad profile address or an empty name, and keeps what was typed', async () => {
    const { client } = await renderOptions();
    const add = form('person-new-form');
    fireEvent.submit(add);
    expect((await within(add).findByRole('alert')).textContent).toBe("A name can't be empty.");
    type(within(add).getByLabelText('Name'), 'Ada');
    type(within(add).getByLabelText('LinkedIn profile address'), 'https://example.com/ada');
    fireEvent.submit(add);
    await waitFor(() =>
      expect(within(add).getByRole('alert').textContent).toMatch(/^That isn't a LinkedIn profile address/),
    );
    expect((within(add).getByLabelText('Name') as HTMLInputElement).value).toBe('Ada');
    expect(client.data.goals.people).toHaveLength(0);
  });

  it('renders hostile names, places and notes as text', async () => {
    const goals: Goals = {
      ...NO_GOALS,
      people: [{ id: 'p1', name: HOSTILE, where: HOSTILE, note: HOSTILE, connected: null }],
      networks: [{ id: 'n1', name: HOSTILE, url: 'https://example.org/?q=%3Cimg%3E', joined: false }],
    };
    const { container } = await renderOptions({ goals });
    const section = container.querySelector('#goals')!;
    expect(section.querySelector('img, script')).toBeNull();
    expect(section.textContent).toContain('<img src=x onerror=');
    expect(pwned()).toBeUndefined();
  });

  it('keeps a long list of people usable', async () => {
    const people = Array.from({ length: 60 }, (_, i) => ({
      id: `p${i}`,
      name: `Person ${i} ${'with-a-very-long-hyphenated-surname'.repeat(3)}`,
      note: 'A long note. '.repeat(100),
      connected: i % 2 ? { at: '2026-11-01T00:00:00.000Z', auto: i % 4 === 1 } : null,
    }));
    await renderOptions({ goals: { ...NO_GOALS, people } });
    const list = screen.getByTestId('people');
    expect(within(list).getAllByRole('checkbox')).toHaveLength(60);
    expect(list.textContent).toContain('connected (seen on their profile)');
    expect(progress().textContent).toContain('30 of 60');
  });

  it('sets a groups goal with a count joined, shows the worker’s message for a bad number, and removes it', async () => {
    const { client } = await renderOptions();
    const groups = form('groups-form');
    expect((within(groups).getByLabelText('Groups to join') as HTMLInputElement).value).toBe('3');
    type(within(groups).getByLabelText('Joined so far'), '1');
    fireEvent.submit(groups);
    await waitFor(() => expect(client.data.goals.groups).toEqual({ target: 3, joined: 1, source: 'manual' }));
    await waitFor(() => expect(progress().textContent).toContain('LinkedIn groups joined1 of 3'));

    type(within(groups).getByLabelText('Groups to join'), '0');
    fireEvent.submit(groups);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The number of groups to join is a whole number from 1 to 100. Not saved.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove groups goal' }));
    await waitFor(() => expect(client.data.goals.groups).toBeNull());
    // The button has gone with the goal: the focus is on the first field, not lost.
    await waitFor(() => expect(document.activeElement?.id).toBe('groups-target'));
  });

  it('saving a new target sends one change, and keeps a count read from her groups page as read', async () => {
    const { client } = await renderOptions({
      goals: { ...NO_GOALS, groups: { target: 3, joined: 4, source: 'page' } },
    });
    type(within(form('groups-form')).getByLabelText('Groups to join'), '5');
    fireEvent.submit(form('groups-form'));
    await waitFor(() => expect(client.data.goals.groups).toEqual({ target: 5, joined: 4, source: 'page' }));
    expect(client.calls.filter((c) => c.method === 'changeGoals').map((c) => c.args)).toEqual([
      [{ op: 'groups/set', target: 5 }],
    ]);
  });

  it('adds a professional network with a link, ticks it joined, edits and removes it', async () => {
    const { client } = await renderOptions();
    const add = form('network-new-form');
    type(within(add).getByLabelText('Network name'), 'LISNPN');
    type(within(add).getByLabelText('Link'), 'lisnpn.spruz.com');
    fireEvent.submit(add);
    await waitFor(() => expect(client.data.goals.networks).toHaveLength(1));
    expect(client.data.goals.networks[0]!.url).toBe('https://lisnpn.spruz.com/');
    const list = await screen.findByTestId('networks');
    fireEvent.click(within(list).getByRole('checkbox', { name: /LISNPN/ }));
    await waitFor(() => expect(client.data.goals.networks[0]!.joined).toBe(true));
    fireEvent.click(within(list).getByRole('button', { name: 'Edit LISNPN' }));
    const edit = screen.getByTestId(`edit-${client.data.goals.networks[0]!.id}-form`);
    type(within(edit).getByLabelText('Link'), ['javascript', 'alert(1)'].join(':'));
    fireEvent.submit(edit);
    expect((await within(edit).findByRole('alert')).textContent).toMatch(/^That isn't a web address/);
    fireEvent.click(within(edit).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove LISNPN' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(client.data.goals.networks).toHaveLength(0));
  });
});

describe('options: goals keep what a typo would have lost', () => {
  const targets = { ...NO_GOALS, scores: { linkedin: 80 } };

  it.each([
    ['a typo', '8o', 'A score target is a whole number from 1 to 100. Not saved.'],
    ['words after the number', '80 points', 'A score target is a whole number from 1 to 100. Not saved.'],
    ['a fraction', '80.5', 'A score target is a whole number from 1 to 100. Not saved.'],
    ['an empty field', '  ', 'Enter a target, or use “Remove LinkedIn target” to remove it. Not saved.'],
  ])(
    'a set score target is kept when the field holds %s: a message, and nothing sent',
    async (_, value, message) => {
      const { client } = await renderOptions({ goals: targets });
      asChromeSends(client);
      const field = within(form('score-linkedin')).getByLabelText(
        'LinkedIn score target',
      ) as HTMLInputElement;
      expect(field.value).toBe('80');
      type(field, value);
      fireEvent.click(within(form('score-linkedin')).getByRole('button', { name: 'Set target' }));
      const alert = await within(document.getElementById('goals')!).findByRole('alert');
      expect(alert.textContent).toBe(message);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(field.getAttribute('aria-describedby')).toBe(alert.id);
      expect(goalCalls(client)).toEqual([]);
      expect(client.data.goals.scores).toEqual({ linkedin: 80 });
      expect(field.value).toBe(value);
      expect(status()).toBe('');
    },
  );

  it('removes a target only with its own button, and says so', async () => {
    const { client } = await renderOptions({ goals: targets });
    fireEvent.click(screen.getByRole('button', { name: 'Remove LinkedIn target' }));
    await waitFor(() => expect(client.data.goals.scores).toEqual({}));
    expect(goalCalls(client).map((c) => c.args[0])).toEqual([
      { op: 'score', network: 'linkedin', target: null },
    ]);
  });

  const groups = { ...NO_GOALS, groups: { target: 3, joined: 9, source: 'manual' as const } };

  it('keeps the groups goal when “Groups to join” is not a number', async () => {
    const { client } = await renderOptions({ goals: groups });
    asChromeSends(client);
    const target = within(form('groups-form')).getByLabelText('Groups to join') as HTMLInputElement;
    type(target, '5 groups');
    fireEvent.click(within(form('groups-form')).getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The number of groups to join is a whole number from 1 to 100. Not saved.',
    );
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(goalCalls(client)).toEqual([]);
    expect(client.data.goals.groups).toEqual({ target: 3, joined: 9, source: 'manual' });
  });

  it('checks both numbers before saving either: a good target with a bad count saves nothing', async () => {
    const { client } = await renderOptions({ goals: groups });
    asChromeSends(client);
    const target = within(form('groups-form')).getByLabelText('Groups to join') as HTMLInputElement;
    const joined = within(form('groups-form')).getByLabelText('Joined so far') as HTMLInputElement;
    type(target, '5');
    type(joined, 'nine');
    fireEvent.submit(form('groups-form'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The number of groups joined is a whole number from 0 to 10,000. Not saved.',
    );
    expect(joined.getAttribute('aria-invalid')).toBe('true');
    expect(target.getAttribute('aria-invalid')).toBeNull();
    expect(goalCalls(client)).toEqual([]);
    expect(client.data.goals.groups).toEqual({ target: 3, joined: 9, source: 'manual' });
    // Both wrong: both said, once "Not saved."
    type(target, '');
    fireEvent.submit(form('groups-form'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The number of groups to join is a whole number from 1 to 100. The number of groups joined is a whole number from 0 to 10,000. Not saved.',
      ),
    );
    // Both right: both saved.
    type(target, '5');
    type(joined, '4');
    fireEvent.submit(form('groups-form'));
    await waitFor(() => expect(client.data.goals.groups).toEqual({ target: 5, joined: 4, source: 'manual' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a new error empties the status line: no old “Saved” beside “Not saved.”', async () => {
    const { client } = await renderOptions({ goals: targets });
    const field = within(form('score-linkedin')).getByLabelText('LinkedIn score target');
    type(field, '90');
    fireEvent.submit(form('score-linkedin'));
    await waitFor(() => expect(client.data.goals.scores.linkedin).toBe(90));
    expect(status()).toBe('Saved');
    type(field, '9o');
    fireEvent.submit(form('score-linkedin'));
    await screen.findByRole('alert');
    expect(status()).toBe('');
  });

  it('a full storage is said plainly, with what she can do', async () => {
    const { client } = await renderOptions();
    client.failWith = QUOTA_CHROME;
    const add = form('person-new-form');
    type(within(add).getByLabelText('Name'), 'Ada');
    fireEvent.submit(add);
    expect((await within(add).findByRole('alert')).textContent).toBe(STORAGE_FULL);
    expect(document.getElementById('goals')!.textContent).not.toContain('kQuotaBytes');
  });
});

describe('options: removing a person or a network', () => {
  const goals: Goals = {
    ...NO_GOALS,
    people: [
      { id: 'p1', name: 'Ada Librarian', connected: null },
      { id: 'p2', name: 'Grace Archivist', connected: null },
    ],
    networks: [{ id: 'n1', name: 'LISNPN', joined: false }],
  };

  it('asks in place first; Cancel keeps the person and puts the focus back on Remove', async () => {
    const { client } = await renderOptions({ goals });
    const list = screen.getByTestId('people');
    const remove = within(list).getByRole('button', { name: 'Remove Ada Librarian' });
    remove.focus();
    fireEvent.click(remove);
    const ask = within(list).getByRole('group', {
      name: "Remove \u2068Ada Librarian\u2069? This can't be undone.",
    });
    const yes = within(ask).getByRole('button', { name: 'Yes, remove' });
    await waitFor(() => expect(document.activeElement).toBe(yes));
    expect(goalCalls(client)).toEqual([]);
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(list).getByRole('button', { name: 'Remove Ada Librarian' })),
    );
    expect(goalCalls(client)).toEqual([]);
    expect(client.data.goals.people).toHaveLength(2);
  });

  it('removes after the confirm, says “Removed <name>”, and keeps the focus in the list', async () => {
    const { client } = await renderOptions({ goals });
    const list = screen.getByTestId('people');
    fireEvent.click(within(list).getByRole('button', { name: 'Remove Ada Librarian' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(client.data.goals.people.map((p) => p.name)).toEqual(['Grace Archivist']));
    expect(status()).toBe('Removed Ada Librarian');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: "People I've met" })),
    );
  });

  it('a network too', async () => {
    const { client } = await renderOptions({ goals });
    const list = screen.getByTestId('networks');
    fireEvent.click(within(list).getByRole('button', { name: 'Remove LISNPN' }));
    expect(goalCalls(client)).toEqual([]);
    fireEvent.click(within(list).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(client.data.goals.networks).toEqual([]));
    expect(status()).toBe('Removed LISNPN');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Professional networks' })),
    );
  });

  it.each([
    ['people', 'Ada Librarian', 'p1'],
    ['networks', 'LISNPN', 'n1'],
  ])('editing in %s: Cancel and Save put the focus back on Edit', async (kind, name, id) => {
    const { client } = await renderOptions({ goals });
    const edit = () => within(screen.getByTestId(kind)).getByRole('button', { name: `Edit ${name}` });
    fireEvent.click(edit());
    fireEvent.click(within(screen.getByTestId(`edit-${id}-form`)).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(edit()));
    fireEvent.click(edit());
    fireEvent.submit(screen.getByTestId(`edit-${id}-form`));
    await waitFor(() => expect(screen.queryByTestId(`edit-${id}-form`)).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(edit()));
    expect(goalCalls(client)).toHaveLength(1);
  });
});

describe('options: names, places and notes cannot turn the page’s words around', () => {
  it('isolates every piece of her text (bdi, or FSI … PDI inside a sentence)', async () => {
    const goals: Goals = {
      ...NO_GOALS,
      people: [
        {
          id: 'p1',
          name: RLO_NAME,
          where: `LIKE \u202e2026`,
          when: '2026-11-12',
          slug: 'robin-ashgrove',
          note: `Note \u202eend`,
          connected: null,
        },
      ],
      networks: [{ id: 'n1', name: `LIS\u202eNPN`, url: 'https://lisnpn.example/', joined: false }],
    };
    const { client } = await renderOptions({ goals });
    const person = screen.getByTestId('people').querySelector('li')!;
    const bdis = Array.from(person.querySelectorAll('bdi')).map((b) => b.textContent);
    expect(bdis).toEqual([RLO_NAME, 'https://www.linkedin.com/in/robin-ashgrove/', 'Note \u202eend']);
    expect(person.textContent).toContain('met at \u2068LIKE \u202e2026\u2069 · on Nov 12, 2026');
    const network = screen.getByTestId('networks').querySelector('li')!;
    expect(Array.from(network.querySelectorAll('bdi')).map((b) => b.textContent)).toEqual([
      'LIS\u202eNPN',
      'https://lisnpn.example/',
    ]);
    // The question and the status line isolate the name too.
    fireEvent.click(within(person).getByRole('button', { name: `Remove ${RLO_NAME}` }));
    expect(within(person).getByRole('group').textContent).toContain(`Remove \u2068${RLO_NAME}\u2069?`);
    fireEvent.click(within(person).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(client.data.goals.people).toEqual([]));
    expect(screen.getByRole('status').textContent).toBe(`Removed \u2068${RLO_NAME}\u2069`);
  });
});
