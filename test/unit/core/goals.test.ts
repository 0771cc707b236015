import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GROUPS_TARGET,
  DEFAULT_SCORE_TARGET,
  NO_GOALS,
  addNetwork,
  addPerson,
  adoptStarterPlan,
  cleanWebUrl,
  editNetwork,
  editPerson,
  goalsProgress,
  linkedInSlug,
  markConnectedFromProfile,
  profileUrlOf,
  reconcileGoals,
  recordGroupsJoined,
  removeNetwork,
  removePerson,
  setConnected,
  setGroupsTarget,
  setNetworkJoined,
  setScoreTarget,
  starterPlan,
  starterText,
  type Goals,
  type Person,
} from '../../../src/core/goals.ts';
import { catalogFrom, type Catalog, type Messages } from '../../../src/core/i18n.ts';
import { complete, type Todos } from '../../../src/core/todos.ts';
import messages from '../../../public/_locales/en/messages.json';

const EN = catalogFrom(messages as Messages);
const TEXT = starterText(EN);

// Built, so lint's no-script-url does not mistake the hostile test input for our own code.
const JS = ['javascript', 'alert(1)'].join(':');
const T0 = '2025-03-01T09:00:00.000Z';
const T1 = '2025-03-08T09:00:00.000Z';
const ids = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('LinkedIn profile addresses', () => {
  it('takes what people paste and keeps the slug, lower case', () => {
    for (const [input, slug] of [
      ['https://www.linkedin.com/in/jane-doe/', 'jane-doe'],
      ['https://www.linkedin.com/in/Jane-Doe-35520a61', 'jane-doe-35520a61'],
      ['linkedin.com/in/janedoe?trk=public_profile', 'janedoe'],
      ['  http://uk.linkedin.com/in/jane_doe#about ', 'jane_doe'],
      ['www.linkedin.com/in/%E5%BC%A0%E4%BC%9F/', '张伟'],
      // A page of the profile, as copied from the address bar there (found by a review).
      ['https://www.linkedin.com/in/jane-doe/details/experience/', 'jane-doe'],
      ['https://www.linkedin.com/in/jane-doe/recent-activity/', 'jane-doe'],
    ])
      expect(linkedInSlug(input ?? ''), input).toBe(slug);
  });
  it('refuses anything else', () => {
    for (const input of [
      '',
      'jane-doe',
      'https://www.linkedin.com/company/acme/',
      'https://www.linkedin.com/in/',
      'https://www.linkedin.com/in/me/',
      'https://linkedin.com.evil.example/in/jane-doe',
      'https://evil.example/?u=linkedin.com/in/jane-doe',
      `${JS}//linkedin.com/in/jane`,
      'ftp://www.linkedin.com/in/jane-doe',
      'https://user@www.linkedin.com/in/jane-doe',
      'https://www.linkedin.com/in/jane%20doe',
      'https://www.linkedin.com/in/<script>',
    ])
      expect(linkedInSlug(input), input).toBeNull();
  });
  it('gives the address back', () => {
    expect(profileUrlOf('jane-doe')).toBe('https://www.linkedin.com/in/jane-doe/');
    expect(linkedInSlug(profileUrlOf('张伟'))).toBe('张伟');
  });
});

describe('people I have met', () => {
  const anna = {
    id: 'p1',
    name: 'Anna Smith',
    where: 'LIKE',
    when: '2025-02-20',
    profileUrl: 'linkedin.com/in/anna-s',
  };
  it('adds a person with the profile kept as a slug', () => {
    const people = addPerson([], anna);
    expect(people).toEqual([
      { id: 'p1', name: 'Anna Smith', where: 'LIKE', when: '2025-02-20', slug: 'anna-s', connected: null },
    ]);
  });
  it('refuses a bad address, a bad date, an empty name, a duplicate profile', () => {
    expect(() => addPerson([], { ...anna, profileUrl: 'https://example.org/anna' })).toThrow(
      /LinkedIn profile/,
    );
    expect(() => addPerson([], { ...anna, when: 'last week' })).toThrow(/YYYY-MM-DD/);
    expect(() => addPerson([], { ...anna, name: ' ' })).toThrow(/name/);
    const people = addPerson([], anna);
    expect(() =>
      addPerson(people, { ...anna, id: 'p2', profileUrl: 'https://www.linkedin.com/in/Anna-S/' }),
    ).toThrow(/Anna Smith already/);
  });
  it('edits and removes; the same list when nothing changes', () => {
    const people = addPerson([], anna);
    const edited = editPerson(people, 'p1', {
      where: null,
      profileUrl: 'https://www.linkedin.com/in/anna-smith',
    });
    expect(edited[0]).toEqual({
      id: 'p1',
      name: 'Anna Smith',
      when: '2025-02-20',
      slug: 'anna-smith',
      connected: null,
    });
    expect(editPerson(people, 'p1', { name: 'Anna  Smith ' })).toBe(people);
    expect(editPerson(people, 'nope', { name: 'X' })).toBe(people);
    expect(removePerson(people, 'p1')).toEqual([]);
    expect(removePerson(people, 'nope')).toBe(people);
  });
  it('ticks by hand, and unticks', () => {
    const people = addPerson([], anna);
    const ticked = setConnected(people, 'p1', true, T0);
    expect(ticked[0]?.connected).toEqual({ at: T0, auto: false });
    expect(setConnected(ticked, 'p1', true, T1)).toBe(ticked);
    expect(setConnected(ticked, 'p1', false, T1)[0]?.connected).toBeNull();
  });
  it('ticks automatically when their profile shows a 1st-degree connection', () => {
    let people: readonly Person[] = addPerson([], anna);
    people = addPerson(people, { id: 'p2', name: 'Bob' });
    const after = markConnectedFromProfile(people, 'Anna-S', T1);
    expect(after[0]?.connected).toEqual({ at: T1, auto: true });
    expect(after[1]).toBe(people[1]);
    expect(markConnectedFromProfile(after, 'anna-s', T1)).toBe(after);
    expect(markConnectedFromProfile(people, 'someone-else', T1)).toBe(people);
    expect(markConnectedFromProfile(people, '', T1)).toBe(people);
    // a tick by hand is kept as it was
    const byHand = setConnected(people, 'p1', true, T0);
    expect(markConnectedFromProfile(byHand, 'anna-s', T1)).toBe(byHand);
  });
});

describe('score targets, groups, networks', () => {
  it('sets and clears score targets', () => {
    const s = setScoreTarget({}, 'linkedin', 90);
    expect(s).toEqual({ linkedin: 90 });
    expect(setScoreTarget(s, 'linkedin', 90)).toBe(s);
    expect(setScoreTarget(s, 'linkedin', null)).toEqual({});
    expect(setScoreTarget({}, 'x', null)).toEqual({});
    expect(() => setScoreTarget({}, 'x', 0)).toThrow(/1 to 100/);
    expect(() => setScoreTarget({}, 'x', 101)).toThrow(/1 to 100/);
  });
  it('keeps a groups goal', () => {
    const g = setGroupsTarget(null, 3);
    expect(g).toEqual({ target: 3, joined: 0, source: 'manual' });
    expect(setGroupsTarget(g, 3)).toBe(g);
    const read = recordGroupsJoined(g, 2, 'page');
    expect(read).toEqual({ target: 3, joined: 2, source: 'page' });
    expect(recordGroupsJoined(read, 2, 'page')).toBe(read);
    expect(recordGroupsJoined(null, 2, 'page')).toBeNull();
    expect(setGroupsTarget(read, null)).toBeNull();
    expect(() => recordGroupsJoined(g, -1, 'manual')).toThrow();
  });
  it('keeps professional networks with a safe link', () => {
    let n = addNetwork([], { id: 'n1', name: 'LISNPN', url: 'lisnpn.example.org' });
    expect(n).toEqual([{ id: 'n1', name: 'LISNPN', url: 'https://lisnpn.example.org/', joined: false }]);
    expect(() => addNetwork([], { id: 'n2', name: 'Evil', url: JS })).toThrow(/web address/);
    expect(cleanWebUrl('data:text/html,<script>')).toBeNull();
    n = setNetworkJoined(n, 'n1', true);
    expect(n[0]?.joined).toBe(true);
    expect(setNetworkJoined(n, 'n1', true)).toBe(n);
    n = editNetwork(n, 'n1', { name: 'CILIP community', url: null });
    expect(n[0]).toEqual({ id: 'n1', name: 'CILIP community', joined: true });
    expect(editNetwork(n, 'n1', { name: 'CILIP community' })).toBe(n);
    expect(removeNetwork(n, 'n1')).toEqual([]);
  });
  it('keeps a link to at most 2,000 characters as written to storage, percent-encoded (found by a review)', () => {
    // 404 characters typed, 2,000+ once encoded: kept, it was dropped as too long when read back.
    const typed = `https://ru.wikipedia.org/wiki/${'Ж'.repeat(370)}`;
    expect(typed.length).toBeLessThan(2000);
    expect(cleanWebUrl(typed)).toBeNull();
    expect(() => addNetwork([], { id: 'n1', name: 'Wiki', url: typed })).toThrow(/too long: at most 2000/);
    const fits = `https://ru.wikipedia.org/wiki/${'Ж'.repeat(320)}`;
    expect(cleanWebUrl(fits)?.length).toBeLessThanOrEqual(2000);
    expect(addNetwork([], { id: 'n1', name: 'Wiki', url: fits })[0]?.url).toBe(cleanWebUrl(fits));
  });
});

describe('progress', () => {
  const goals: Goals = {
    scores: { linkedin: 85, x: 80 },
    people: [
      { id: 'p1', name: 'A', connected: { at: T0, auto: false } },
      { id: 'p2', name: 'B', connected: null },
    ],
    groups: { target: 3, joined: 3, source: 'page' },
    networks: [{ id: 'n1', name: 'LISNPN', joined: false }],
  };
  it('summarises each adopted goal and all of them', () => {
    const s = goalsProgress(goals, { linkedin: 68 });
    expect(s.goals).toEqual([
      { goal: 'score:linkedin', current: 68, target: 85, complete: false, ratio: 0.8 },
      { goal: 'score:x', current: null, target: 80, complete: false, ratio: 0 },
      { goal: 'people', current: 1, target: 2, complete: false, ratio: 0.5 },
      { goal: 'groups', current: 3, target: 3, complete: true, ratio: 1 },
      { goal: 'networks', current: 0, target: 1, complete: false, ratio: 0 },
    ]);
    expect(s.overall).toEqual({ complete: 1, total: 5, ratio: (0.8 + 0 + 0.5 + 1 + 0) / 5 });
  });
  it('has no goals until one is adopted', () => {
    expect(goalsProgress(NO_GOALS, { linkedin: 90 })).toEqual({
      goals: [],
      overall: { complete: 0, total: 0, ratio: 0 },
    });
  });
  it('keeps ratios within 0..1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (target, score) => {
        const s = goalsProgress({ ...NO_GOALS, scores: { linkedin: target } }, { linkedin: score });
        const g = s.goals[0];
        expect(g?.ratio).toBeGreaterThanOrEqual(0);
        expect(g?.ratio).toBeLessThanOrEqual(1);
        expect(g?.complete).toBe(score >= target);
      }),
    );
  });
});

describe('the starter plan', () => {
  it('offers four to-dos and their goals, as data', () => {
    const plan = starterPlan(ids(), T0, TEXT);
    expect(plan.todos.map((t) => [t.title, t.origin])).toEqual([
      [TEXT.todos['score:linkedin'].title, { kind: 'goal', goal: 'score:linkedin' }],
      [TEXT.todos.people.title, { kind: 'goal', goal: 'people' }],
      [TEXT.todos.groups.title, { kind: 'goal', goal: 'groups' }],
      [TEXT.todos.networks.title, { kind: 'goal', goal: 'networks' }],
    ]);
    expect(plan.goals).toEqual({
      scores: { linkedin: DEFAULT_SCORE_TARGET },
      people: [],
      groups: { target: DEFAULT_GROUPS_TARGET, joined: 0, source: 'manual' },
      networks: [{ id: 'id5', name: TEXT.network, joined: false }],
    });
    expect(DEFAULT_SCORE_TARGET).toBe(85);
    expect(DEFAULT_GROUPS_TARGET).toBe(3);
  });
  it('takes its words from the catalog: starter_ messages, the targets put in', () => {
    const seen = new Set<string>();
    const record: Catalog = (key, subs) => (seen.add(key), EN(key, subs));
    expect(starterText(record)).toEqual({
      todos: {
        'score:linkedin': {
          title: 'Improve my LinkedIn profile',
          notes: 'Work through the checklist until the LinkedIn score reaches 85.',
        },
        people: {
          title: "Connect on LinkedIn with everyone I've met professionally",
          notes:
            'List the people you have met (name, where, when, their LinkedIn address). Each is ticked when you ' +
            'connect, by hand or when their profile shows them as a 1st-degree connection.',
        },
        groups: {
          title: 'Join a few LinkedIn groups',
          notes: 'Join 3 groups in your field and take part in one discussion.',
        },
        networks: {
          title: 'Join a professional network',
          notes: 'For example LISNPN (new library and information professionals) or a CILIP community.',
        },
      },
      network: 'A professional network (e.g. LISNPN, CILIP communities)',
    });
    expect(Object.keys(messages).filter((k) => k.startsWith('starter_') && !seen.has(k))).toEqual([]);
  });
  it('adds to what the user has without changing it, and adopting twice changes nothing', () => {
    const own: Goals = {
      ...NO_GOALS,
      scores: { linkedin: 95 },
      networks: [{ id: 'n', name: 'CILIP', joined: true }],
    };
    const first = adoptStarterPlan([], own, ids(), T0, TEXT);
    expect(first.goals.scores).toEqual({ linkedin: 95 });
    expect(first.goals.networks).toBe(own.networks);
    expect(first.goals.groups).toEqual({ target: 3, joined: 0, source: 'manual' });
    const again = adoptStarterPlan(first.todos, first.goals, () => 'never-used', T1, TEXT);
    expect(again.todos).toBe(first.todos);
    expect(again.goals).toBe(first.goals);
  });
});

describe('goal to-dos tick themselves off', () => {
  const plan = starterPlan(ids(), T0, TEXT);
  const progress = (linkedin: number | undefined, goals: Goals = plan.goals) =>
    goalsProgress(goals, linkedin === undefined ? {} : { linkedin });
  it('when the goal is complete, and reopen when it no longer is (if ticked automatically)', () => {
    const done = reconcileGoals(plan.todos, progress(90), T1);
    expect(done[0]?.done).toEqual({ at: T1, auto: true });
    expect(done.slice(1)).toEqual(plan.todos.slice(1));
    expect(reconcileGoals(done, progress(90), T1)).toBe(done);
    expect(reconcileGoals(done, progress(70), T1)[0]?.done).toBeNull();
  });
  it('never on unknown progress, and never reopening a tick by hand', () => {
    expect(reconcileGoals(plan.todos, progress(undefined), T1)).toBe(plan.todos);
    const byHand: Todos = complete(plan.todos, plan.todos[0]?.id ?? '', T0);
    expect(reconcileGoals(byHand, progress(40), T1)).toBe(byHand);
  });
  it('the people goal completes when everyone listed is connected', () => {
    const goals: Goals = {
      ...plan.goals,
      people: [{ id: 'p', name: 'A', connected: { at: T0, auto: true } }],
    };
    const out = reconcileGoals(plan.todos, progress(undefined, goals), T1);
    expect(out[1]?.done).toEqual({ at: T1, auto: true });
  });
});
