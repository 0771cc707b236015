// The worker's data transitions: one message's change applied to the stored state, using the pure core.
// Pure (ids and times come in), so the unit tests drive them without a browser.
import * as goals from '../core/goals.ts';
import { appendFor, dayOf, entryFromReport, type History, type IsoTime } from '../core/history.ts';
import type { Report } from '../core/report.ts';
import * as todos from '../core/todos.ts';
import type { Profile } from '../core/profile.ts';
import type { GoalOp, RuleInfo, TodoOp } from '../messages.ts';
import type { Rule } from '../core/rules/types.ts';
import type { Settings, Snapshot } from '../storage/schema.ts';
import { latestScores, mainProfile } from './main-profile.ts';

type Todos = todos.Todos;
type Goals = goals.Goals;

export function applyTodoOp(list: Todos, op: TodoOp, makeId: () => string, now: IsoTime): Todos {
  switch (op.op) {
    case 'add': {
      const { title, notes, due, origin } = op;
      // A check's to-do she ticked off, asked for again (a hint's "Add to my to-dos" shows while the check
      // still needs work): it opens again, rather than the list staying as it was. Decided here, in the
      // serialised write, against the list as it is then.
      const had = origin?.kind === 'rule' ? todos.findByOrigin(list, origin) : undefined;
      if (had?.done) return todos.reopen(list, had.id);
      return todos.add(list, { id: makeId(), title, notes, due, origin }, now);
    }
    case 'edit':
      return todos.edit(list, op.id, op.patch);
    case 'complete':
      return todos.complete(list, op.id, now);
    case 'reopen':
      return todos.reopen(list, op.id);
    case 'remove':
      return todos.remove(list, op.id);
    case 'move':
      return todos.move(list, op.id, op.index);
  }
}

export function applyGoalOp(g: Goals, op: GoalOp, makeId: () => string, now: IsoTime): Goals {
  const with_ = <K extends keyof Goals>(key: K, value: Goals[K]): Goals =>
    value === g[key] ? g : { ...g, [key]: value };
  switch (op.op) {
    case 'score':
      return with_('scores', goals.setScoreTarget(g.scores, op.network, op.target));
    case 'person/add':
      return with_('people', goals.addPerson(g.people, { ...op.person, id: makeId() }));
    case 'person/edit':
      return with_('people', goals.editPerson(g.people, op.id, op.patch));
    case 'person/connected':
      return with_('people', goals.setConnected(g.people, op.id, op.connected, now));
    case 'person/remove':
      return with_('people', goals.removePerson(g.people, op.id));
    case 'groups/target':
      return with_('groups', goals.setGroupsTarget(g.groups, op.target));
    case 'groups/joined':
      return with_('groups', goals.recordGroupsJoined(g.groups, op.joined, 'manual'));
    case 'groups/set': {
      // Both or neither: a count left as it was keeps its source (one read from her groups page stays so).
      const set = goals.setGroupsTarget(g.groups, op.target);
      return with_(
        'groups',
        op.joined === undefined ? set : goals.recordGroupsJoined(set, op.joined, 'manual'),
      );
    }
    case 'network/add':
      return with_('networks', goals.addNetwork(g.networks, { ...op.network, id: makeId() }));
    case 'network/edit':
      return with_('networks', goals.editNetwork(g.networks, op.id, op.patch));
    case 'network/joined':
      return with_('networks', goals.setNetworkJoined(g.networks, op.id, op.joined));
    case 'network/remove':
      return with_('networks', goals.removeNetwork(g.networks, op.id));
  }
}

/**
 * Every report's rule-born to-dos (ticked or reopened), then the goal-born ones, brought up to date after the
 * reports were made again (other settings, another main profile, a profile forgotten).
 */
export function reconcileAll(
  list: Todos,
  snapshots: Record<string, Snapshot>,
  g: Goals,
  settings: Pick<Settings, 'main'>,
  now: IsoTime,
): Todos {
  list = followMain(list, snapshots, settings);
  for (const [key, s] of Object.entries(snapshots))
    if (s.report) list = todos.reconcile(list, key, s.report, s.readAt);
  return reconcileGoalTodos(list, g, snapshots, now, settings);
}

/**
 * The to-dos of the cross-network checks moved to her main profile of their network (todos.moveRuleTodos),
 * after she chose another one or, with none chosen, read another profile of hers last. To-dos from a backup,
 * from another browser's sync or from before this version follow at the next reading when this browser has
 * a reading of their profile; one of a profile read only in another browser stays where that browser put it.
 */
export const followMain = (
  list: Todos,
  snapshots: Record<string, Snapshot>,
  settings: Pick<Settings, 'main'> = { main: {} },
): Todos =>
  todos.moveRuleTodos(
    list,
    // A rule's id starts with its network's name: cross-... (test/unit/core/rules-meta.test.ts).
    (rule) => rule.startsWith('cross-'),
    (key) => {
      const platform = Object.hasOwn(snapshots, key) ? snapshots[key]!.profile.platform : undefined;
      return platform && mainProfile(snapshots, platform, settings)?.key;
    },
  );

/** Goal-born to-dos brought up to date with the goals and the scores of her main profiles. */
export const reconcileGoalTodos = (
  list: Todos,
  g: Goals,
  snapshots: Record<string, Snapshot>,
  now: IsoTime,
  settings: Pick<Settings, 'main'> = { main: {} },
): Todos => goals.reconcileGoals(list, goals.goalsProgress(g, latestScores(snapshots, settings)), now);

export interface AfterReading {
  history: History;
  todos: Todos;
}

/**
 * A reading with what an earlier reading of the same profile, the same day, saw where this one could not:
 * a page read again before all of it has loaded (LinkedIn draws its lower cards as she scrolls; X drops the
 * posts far above the view) then moves neither her score and history nor her goals and to-dos. A field this
 * reading found or found absent is this reading's; one it could not read keeps today's earlier value.
 */
export function withToday(p: Profile, readAt: IsoTime, before: Snapshot | undefined): Profile {
  if (!before || dayOf(before.readAt) !== dayOf(readAt)) return p;
  type Fields = Record<string, { state: string }>;
  const fields: Fields = { ...p.fields };
  const old = before.profile.fields as unknown as Fields;
  for (const k in fields)
    if (fields[k]!.state === 'unknown' && old[k] && old[k].state !== 'unknown') fields[k] = old[k];
  return { ...p, fields } as unknown as Profile;
}

/**
 * What a new reading of an own profile changes besides its snapshot: the day's history entry, the
 * profile's rule-born to-dos (ticked or reopened), and the goal-born ones (a score target reached).
 * `paired`: the other readings whose reports it changed (evaluate.ts othersAgain), already in
 * `state.snapshots`: their rule-born to-dos follow their new reports, and so does each one's newest history
 * row when it records that stored reading (rescoreLatest), as after a change of settings: the chart and
 * "since last time" then agree with the report the popup shows.
 */
export function afterReading(
  state: {
    history: History;
    todos: Todos;
    goals: Goals;
    snapshots: Record<string, Snapshot>;
    settings?: Pick<Settings, 'main'>;
  },
  profile: Profile,
  report: Report,
  readAt: IsoTime,
  now: IsoTime,
  paired: Record<string, Snapshot> = {},
): AfterReading {
  let history = appendFor(state.history, profile.key, entryFromReport(dayOf(readAt), report, profile));
  history = rescoreLatest(history, paired);
  let list = followMain(state.todos, state.snapshots, state.settings);
  // Each report's to-dos by the time of the reading it was made from (its own checks are that old).
  list = todos.reconcile(list, profile.key, report, readAt);
  for (const [key, s] of Object.entries(paired)) list = todos.reconcile(list, key, s.report!, s.readAt);
  list = reconcileGoalTodos(list, state.goals, state.snapshots, now, state.settings);
  return { history, todos: list };
}

export interface ProfileState {
  snapshots: Record<string, Snapshot>;
  history: History;
  todos: Todos;
}

/**
 * One profile forgotten ("Not me / remove" on the options page): its snapshot, its history and the to-dos
 * born of its rules go; everything else stays. The same objects come back for what did not change.
 */
export function forgetProfile(state: ProfileState, key: string): ProfileState & { forgotten: boolean } {
  const { snapshots, history, todos: list } = state;
  const inSnapshots = Object.hasOwn(snapshots, key);
  const inHistory = Object.hasOwn(history, key);
  const born = (t: todos.Todo) => t.origin.kind === 'rule' && t.origin.profileKey === key;
  const nextTodos = list.some(born) ? list.filter((t) => !born(t)) : list;
  const without = <T>(record: Readonly<Record<string, T>>): Record<string, T> => {
    const out = { ...record };
    delete out[key];
    return out;
  };
  return {
    snapshots: inSnapshots ? without(snapshots) : snapshots,
    history: inHistory ? without(history) : history,
    todos: nextTodos,
    forgotten: inSnapshots || inHistory || nextTodos !== list,
  };
}

/** The rule list as the options page needs it: no check functions, so the page need not bundle the rules. */
export const ruleInfo = (rules: readonly Rule[]): RuleInfo[] =>
  rules.map(({ id, platform, weight, asOf, sourceNote, thresholds }) =>
    sourceNote
      ? { id, platform, weight, asOf, sourceNote, thresholds }
      : { id, platform, weight, asOf, thresholds },
  );

/**
 * The newest history row of each profile made again from its re-evaluated report, when that row records the
 * stored reading (it is of the reading's day): the chart, "since last time" and the Markdown report then show
 * the score the popup shows. Older rows keep the scores they were given. `history` itself when nothing changes.
 */
export function rescoreLatest(history: History, snapshots: Record<string, Snapshot>): History {
  let out = history;
  for (const [key, s] of Object.entries(snapshots)) {
    const day = (Object.hasOwn(history, key) ? history[key] : undefined)?.at(-1)?.[0];
    if (s.report && day === dayOf(s.readAt))
      out = appendFor(out, key, entryFromReport(day, s.report, s.profile));
  }
  return out;
}
