// Networking goals (CHECKLIST.md, "Networking goals"): tracked, not scored.
//   scores    a score target per network ("improve my LinkedIn profile": reach 85);
//   people    the people I've met professionally, each ticked when I connect with them (by hand, or when
//             their LinkedIn profile shows them as a 1st-degree connection);
//   groups    join N LinkedIn groups (from the user's own groups page where it can be read, else by hand);
//   networks  professional networks to join (LISNPN, a CILIP community...), a link and a tick each.
// A goal is adopted when it has something in it: a score target set, a person listed, a groups target, a
// network listed. Nothing is adopted by default; the starter plan (starterPlan) is offered, never forced.
//
// Transitions work on the part they change (people may live in storage.local while the small parts sync),
// and, like the to-dos, return the same reference when nothing changes; invalid input throws a RangeError
// with a plain-language message.
//
// Pure: no DOM, no browser API, no clock, no randomness.
import { isDay, isIsoTime, type Day, type IsoTime } from './history.ts';
import { msg, render, type Catalog, type Sub } from './i18n.ts';
import { add, cleanNotes, findByOrigin, isId, type Done, type Todo, type Todos } from './todos.ts';
import type { GoalsSummary, Network } from './goals-progress.ts';

export * from './goals-progress.ts';

/** What a goal-born to-do points at. */
export type GoalId = 'score:linkedin' | 'score:x' | 'people' | 'groups' | 'networks';
export const GOAL_IDS: readonly GoalId[] = ['score:linkedin', 'score:x', 'people', 'groups', 'networks'];

export const DEFAULT_SCORE_TARGET = 85;
export const DEFAULT_GROUPS_TARGET = 3;
export const GOAL_LIMITS = Object.freeze({ name: 200, where: 200, note: 5000, url: 2000 });

/** Score targets (1..100) per network; a network without one has no score goal. */
export type ScoreTargets = Partial<Record<Network, number>>;

export interface Person {
  id: string;
  name: string;
  /** Where we met ("LIKE, London Information and Knowledge Exchange"). */
  where?: string;
  /** When we met. */
  when?: Day;
  /** Their LinkedIn public-profile slug, lower case, from the /in/ URL the user gave (see linkedInSlug). */
  slug?: string;
  note?: string;
  /** When we connected, and whether Spruce saw it on their profile page (auto) or the user ticked it. */
  connected: Done | null;
}

export interface GroupsGoal {
  /** How many groups to join, 1..100. */
  target: number;
  /** How many joined so far. */
  joined: number;
  /** Where `joined` came from: typed by the user, or read from the user's own groups page. */
  source: 'manual' | 'page';
}

export interface ProNetwork {
  id: string;
  name: string;
  /** An http(s) address. */
  url?: string;
  joined: boolean;
}

export interface Goals {
  scores: ScoreTargets;
  people: readonly Person[];
  /** null: no groups goal. */
  groups: GroupsGoal | null;
  networks: readonly ProNetwork[];
}

export const NO_GOALS: Readonly<Goals> = Object.freeze({
  scores: Object.freeze({}),
  people: Object.freeze([]),
  groups: null,
  networks: Object.freeze([]),
});

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** One line of text as kept, or undefined when empty. Throws when too long. */
function text(value: string, max: number, what: string): string | undefined {
  const t = oneLine(value);
  if (t.length > max) throw new RangeError(`${what} can be at most ${max} characters.`);
  return t || undefined;
}

/** A name as kept. Throws when empty or too long. */
function nameOf(value: string): string {
  const t = text(value, GOAL_LIMITS.name, 'A name');
  if (!t) throw new RangeError("A name can't be empty.");
  return t;
}

// ---- LinkedIn profile addresses -----------------------------------------------------------------------------

// As the LinkedIn reader's slug (src/readers/linkedin/url.ts): letters, digits, hyphens; older and localised
// slugs may carry underscores and percent-encoded characters.
const SLUG = /^[\p{L}\p{N}_-]{2,100}$/u;

const decode = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

/** A slug as compared and kept: percent-decoded, lower case. Null when it is not a slug. */
export function normaliseSlug(slug: string): string | null {
  const s = decode(slug.trim())?.toLowerCase();
  return s && SLUG.test(s) && s !== 'me' ? s : null;
}

/**
 * The slug of a LinkedIn member's profile address, or null when `input` is not one. Takes what people paste:
 * "https://www.linkedin.com/in/jane-doe/", "linkedin.com/in/Jane-Doe?trk=...", "uk.linkedin.com/in/jane-doe",
 * "http://...", a page of the profile (".../in/jane-doe/details/experience/"). Not a company page, not /in/me
 * (the viewer's own alias), not another site.
 */
export function linkedInSlug(input: string): string | null {
  const raw = input.trim();
  if (!raw || raw.length > GOAL_LIMITS.url) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !/^[a-z]{2,3}\.linkedin\.com$/.test(host)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  // A page of the profile ("/in/jane-doe/details/experience/", "/recent-activity/") is that member's too.
  if (parts[0] !== 'in' || parts.length < 2) return null;
  return normaliseSlug(parts[1] ?? '');
}

/** The profile address of a slug. */
export const profileUrlOf = (slug: string): string =>
  `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;

// ---- Score targets ------------------------------------------------------------------------------------------

/** Set (1..100) or clear (null) the score target of a network. */
export function setScoreTarget(scores: ScoreTargets, network: Network, target: number | null): ScoreTargets {
  if (target === null) {
    if (!Object.hasOwn(scores, network)) return scores;
    const out = { ...scores };
    delete out[network];
    return out;
  }
  if (!Number.isInteger(target) || target < 1 || target > 100)
    throw new RangeError('A score target is a whole number from 1 to 100.');
  return scores[network] === target ? scores : { ...scores, [network]: target };
}

// ---- People I've met ----------------------------------------------------------------------------------------

export interface NewPerson {
  id: string;
  name: string;
  where?: string;
  when?: Day;
  /** Their LinkedIn profile address, as pasted; kept as its slug. */
  profileUrl?: string;
  note?: string;
}

function slugFrom(profileUrl: string): string | undefined {
  if (!profileUrl.trim()) return undefined;
  const slug = linkedInSlug(profileUrl);
  if (!slug)
    throw new RangeError(
      "That isn't a LinkedIn profile address: it should look like https://www.linkedin.com/in/their-name/",
    );
  return slug;
}

function checkWhen(when: string): Day {
  if (!isDay(when)) throw new RangeError(`A date is a day written YYYY-MM-DD, not "${when}".`);
  return when;
}

/** Add a person at the end of the list, not yet connected. Someone with the same profile is not added twice. */
export function addPerson(people: readonly Person[], input: NewPerson): readonly Person[] {
  if (!isId(input.id)) throw new RangeError(`"${input.id}" is not a usable id.`);
  if (people.some((p) => p.id === input.id))
    throw new RangeError(`A person with id "${input.id}" already exists.`);
  const person: Person = { id: input.id, name: nameOf(input.name), connected: null };
  const where = input.where === undefined ? undefined : text(input.where, GOAL_LIMITS.where, 'Where you met');
  if (where !== undefined) person.where = where;
  if (input.when !== undefined && input.when !== '') person.when = checkWhen(input.when);
  const slug = input.profileUrl === undefined ? undefined : slugFrom(input.profileUrl);
  if (slug !== undefined) {
    const same = people.find((p) => p.slug === slug);
    if (same) throw new RangeError(`${same.name} already has this LinkedIn profile in your list.`);
    person.slug = slug;
  }
  const note = input.note === undefined ? undefined : cleanNotes(input.note);
  if (note !== undefined) person.note = note;
  return [...people, person];
}

export interface PersonPatch {
  name?: string;
  /** null or '' removes it; likewise for the others. */
  where?: string | null;
  when?: Day | null;
  profileUrl?: string | null;
  note?: string | null;
}

function updateById<T extends { id: string }>(list: readonly T[], id: string, f: (t: T) => T): readonly T[] {
  const i = list.findIndex((t) => t.id === id);
  const old = list[i];
  if (!old) return list;
  const next = f(old);
  if (next === old) return list;
  const out = [...list];
  out[i] = next;
  return out;
}

const setOptional = <T, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): void => {
  if (value === undefined) delete obj[key];
  else obj[key] = value;
};

const sameFields = <T extends object>(a: T, b: T): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k as keyof T] === b[k as keyof T]);
};

export function editPerson(people: readonly Person[], id: string, patch: PersonPatch): readonly Person[] {
  return updateById(people, id, (p) => {
    const next: Person = { ...p };
    if (patch.name !== undefined) next.name = nameOf(patch.name);
    if (patch.where !== undefined)
      setOptional(
        next,
        'where',
        patch.where === null ? undefined : text(patch.where, GOAL_LIMITS.where, 'Where you met'),
      );
    if (patch.when !== undefined)
      setOptional(next, 'when', patch.when === null || patch.when === '' ? undefined : checkWhen(patch.when));
    if (patch.profileUrl !== undefined) {
      const slug = patch.profileUrl === null ? undefined : slugFrom(patch.profileUrl);
      const same = slug && people.find((o) => o.slug === slug && o.id !== id);
      if (same) throw new RangeError(`${same.name} already has this LinkedIn profile in your list.`);
      setOptional(next, 'slug', slug);
    }
    if (patch.note !== undefined)
      setOptional(next, 'note', patch.note === null ? undefined : cleanNotes(patch.note));
    return sameFields(next, p) ? p : next;
  });
}

export const removePerson = (people: readonly Person[], id: string): readonly Person[] =>
  people.some((p) => p.id === id) ? people.filter((p) => p.id !== id) : people;

/** Tick (or untick) a person by hand. Ticking one already connected keeps the first record of it. */
export const setConnected = (
  people: readonly Person[],
  id: string,
  connected: boolean,
  now: IsoTime,
): readonly Person[] =>
  updateById(people, id, (p) =>
    connected
      ? p.connected
        ? p
        : { ...p, connected: { at: now, auto: false } }
      : p.connected
        ? { ...p, connected: null }
        : p,
  );

/**
 * A LinkedIn profile page showed this member (`slug`, as in the page URL) as a 1st-degree connection: tick
 * everyone in the list with that profile who isn't ticked yet ({at: now, auto: true}). Never unticks: a page
 * that doesn't show "1st" proves nothing (it may not have loaded that part).
 */
export function markConnectedFromProfile(
  people: readonly Person[],
  slug: string,
  now: IsoTime,
): readonly Person[] {
  const s = normaliseSlug(slug);
  if (!s) return people;
  let out: Person[] | undefined;
  people.forEach((p, i) => {
    if (p.slug !== s || p.connected) return;
    out ??= [...people];
    out[i] = { ...p, connected: { at: now, auto: true } };
  });
  return out ?? people;
}

// ---- LinkedIn groups ----------------------------------------------------------------------------------------

/** Set the number of groups to join (1..100), or drop the goal (null). */
export function setGroupsTarget(groups: GroupsGoal | null, target: number | null): GroupsGoal | null {
  if (target === null) return null;
  if (!Number.isInteger(target) || target < 1 || target > 100)
    throw new RangeError('The number of groups to join is a whole number from 1 to 100.');
  if (!groups) return { target, joined: 0, source: 'manual' };
  return groups.target === target ? groups : { ...groups, target };
}

/**
 * Record how many groups the user has joined: typed by her ('manual') or read from her own groups page
 * ('page'). Without a groups goal there is nothing to record: null stays null.
 */
export function recordGroupsJoined(
  groups: GroupsGoal | null,
  joined: number,
  source: GroupsGoal['source'],
): GroupsGoal | null {
  if (!groups) return groups;
  if (!Number.isInteger(joined) || joined < 0 || joined > 10000)
    throw new RangeError('The number of groups joined is a whole number from 0 to 10,000.');
  return groups.joined === joined && groups.source === source ? groups : { ...groups, joined, source };
}

// ---- Professional networks ----------------------------------------------------------------------------------

/**
 * An http(s) address as kept (the URL parser's form, at most `max` characters), or null. The limit is on that
 * form: a link typed in another script grows when it is percent-encoded (a Cyrillic letter takes 6).
 */
export function cleanWebUrl(input: string, max: number = GOAL_LIMITS.url): string | null {
  const raw = input.trim();
  if (!raw || raw.length > max) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
    if (!url.hostname.includes('.') || url.href.length > max) return null;
    return url.href;
  } catch {
    return null;
  }
}

function networkUrl(input: string): string | undefined {
  if (!input.trim()) return undefined;
  const url = cleanWebUrl(input);
  if (!url)
    throw new RangeError(
      cleanWebUrl(input, Infinity)
        ? `That link is too long: at most ${GOAL_LIMITS.url} characters as a web address.`
        : "That isn't a web address: it should look like https://example.org/",
    );
  return url;
}

export interface NewNetwork {
  id: string;
  name: string;
  url?: string;
}

export function addNetwork(networks: readonly ProNetwork[], input: NewNetwork): readonly ProNetwork[] {
  if (!isId(input.id)) throw new RangeError(`"${input.id}" is not a usable id.`);
  if (networks.some((n) => n.id === input.id))
    throw new RangeError(`A network with id "${input.id}" already exists.`);
  const network: ProNetwork = { id: input.id, name: nameOf(input.name), joined: false };
  const url = input.url === undefined ? undefined : networkUrl(input.url);
  if (url !== undefined) network.url = url;
  return [...networks, network];
}

export function editNetwork(
  networks: readonly ProNetwork[],
  id: string,
  patch: { name?: string; url?: string | null },
): readonly ProNetwork[] {
  return updateById(networks, id, (n) => {
    const next: ProNetwork = { ...n };
    if (patch.name !== undefined) next.name = nameOf(patch.name);
    if (patch.url !== undefined)
      setOptional(next, 'url', patch.url === null ? undefined : networkUrl(patch.url));
    return sameFields(next, n) ? n : next;
  });
}

export const setNetworkJoined = (
  networks: readonly ProNetwork[],
  id: string,
  joined: boolean,
): readonly ProNetwork[] => updateById(networks, id, (n) => (n.joined === joined ? n : { ...n, joined }));

export const removeNetwork = (networks: readonly ProNetwork[], id: string): readonly ProNetwork[] =>
  networks.some((n) => n.id === id) ? networks.filter((n) => n.id !== id) : networks;

// ---- Progress -----------------------------------------------------------------------------------------------
// goalsProgress and its types live in goals-progress.ts (re-exported below).

/**
 * The goal-born to-dos, brought up to date with the goals' progress, by the rule reconcile() follows for
 * rules: an open to-do is ticked off (auto) when its goal is complete; one ticked off automatically is reopened
 * when its goal no longer is (a person added, a target raised); one ticked by hand stays done; a goal whose
 * progress is unknown (no score yet) or that is not adopted changes nothing. The same list when nothing changes.
 */
export function reconcileGoals(todos: Todos, summary: GoalsSummary, now: IsoTime): Todos {
  const byGoal = new Map(summary.goals.map((g) => [g.goal, g]));
  let out: Todo[] | undefined;
  todos.forEach((t, i) => {
    if (t.origin.kind !== 'goal') return;
    const g = byGoal.get(t.origin.goal);
    if (!g || g.current === null) return;
    let next = t;
    if (g.complete && !t.done) next = { ...t, done: { at: now, auto: true } };
    else if (!g.complete && t.done?.auto) next = { ...t, done: null };
    if (next === t) return;
    out ??= [...todos];
    out[i] = next;
  });
  return out ?? todos;
}

// ---- The starter plan ---------------------------------------------------------------------------------------

/** The goals in the plan, in order. */
export const STARTER_GOALS = [
  'score:linkedin',
  'people',
  'groups',
  'networks',
] as const satisfies readonly GoalId[];

/** The words of the starter plan's to-dos and network, in the user's language (starterText). */
export interface StarterText {
  todos: Record<(typeof STARTER_GOALS)[number], { title: string; notes: string }>;
  network: string;
}

/**
 * The words of the "Online networks starter plan" (23 Things for Professional Development, Thing 6), the
 * founding user's own four to-dos, from the catalog: starter_<goal>_title and _notes (score:linkedin is
 * score_linkedin), starter_network. Once created they are the user's data, hers to rename.
 */
export function starterText(catalog: Catalog): StarterText {
  const say = (key: string, ...subs: Sub[]): string => render(msg(key, ...subs), catalog);
  const todo = (goal: string, ...subs: Sub[]) => ({
    title: say(`starter_${goal}_title`),
    notes: say(`starter_${goal}_notes`, ...subs),
  });
  return {
    todos: {
      'score:linkedin': todo('score_linkedin', DEFAULT_SCORE_TARGET),
      people: todo('people'),
      groups: todo('groups', DEFAULT_GROUPS_TARGET),
      networks: todo('networks'),
    },
    network: say('starter_network'),
  };
}

/**
 * Adopt the starter plan: its four to-dos (one per goal, appended) and goals (LinkedIn score target 85, join 3
 * groups, one professional network to rename). Whatever the user already has stays as it is: a goal already
 * set or a to-do for the goal already there is not added again, so adopting twice changes nothing (the same
 * `todos` and `goals` references come back). `makeId` is called once per thing created; `text` gives the
 * words (starterText).
 */
export function adoptStarterPlan(
  todos: Todos,
  goals: Goals,
  makeId: () => string,
  now: IsoTime,
  text: StarterText,
): { todos: Todos; goals: Goals } {
  if (!isIsoTime(now)) throw new RangeError(`"${now}" is not an ISO date-time.`);
  let nextTodos = todos;
  for (const goal of STARTER_GOALS) {
    if (findByOrigin(nextTodos, { kind: 'goal', goal })) continue;
    const { title, notes } = text.todos[goal];
    nextTodos = add(nextTodos, { id: makeId(), title, notes, origin: { kind: 'goal', goal } }, now);
  }
  const scores =
    goals.scores.linkedin === undefined
      ? setScoreTarget(goals.scores, 'linkedin', DEFAULT_SCORE_TARGET)
      : goals.scores;
  const groups = goals.groups ?? setGroupsTarget(null, DEFAULT_GROUPS_TARGET);
  const networks =
    goals.networks.length > 0
      ? goals.networks
      : addNetwork(goals.networks, { id: makeId(), name: text.network });
  const same = scores === goals.scores && groups === goals.groups && networks === goals.networks;
  return {
    todos: nextTodos,
    goals: same ? goals : { ...goals, scores, groups, networks },
  };
}

/** The plan on its own, for showing before the user accepts it: what adoptStarterPlan adds to nothing. */
export const starterPlan = (
  makeId: () => string,
  now: IsoTime,
  text: StarterText,
): { todos: Todos; goals: Goals } => adoptStarterPlan([], NO_GOALS, makeId, now, text);
