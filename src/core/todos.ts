// The to-do list: plain data and pure transitions. A to-do comes from a failing rule (one per rule and
// profile), from a goal (one per goal), or is typed by hand. The list is ordered the way the user put it.
//
// Every transition returns a new list, and returns the SAME list (the same reference) when nothing changes,
// so the caller (the background worker, the single writer) can skip a storage write: `if (next !== todos)`.
// Transitions throw a RangeError with a plain-language message on input that is not valid (an empty title,
// a due date that is not a day, an id already taken); an id that is not in the list is not an error (the
// to-do was removed meanwhile, in another tab): the transition changes nothing.
//
// Ticking off by itself (reconcile): a rule-born to-do is done when a later report shows its rule passing,
// and reopened when the rule fails or warns again, but ONLY if it was ticked off automatically. A to-do the
// user ticked by hand stays ticked whatever the reports say: she may have decided the rule does not matter to
// her, and a to-do that keeps coming back would teach her to ignore the list. An unknown result (the page
// could not be read) never ticks or reopens anything; neither does a rule missing from the report.
//
// Pure: no DOM, no browser API, no clock (the caller passes `now`), no randomness (the caller passes ids).
import type { GoalId } from './goals.ts';
import { isDay, type Day, type IsoTime, type ReportLike } from './history.ts';

export type TodoOrigin =
  { kind: 'rule'; rule: string; profileKey: string } | { kind: 'goal'; goal: GoalId } | { kind: 'manual' };

/** When a to-do was ticked off, and whether by a report (auto) or by the user. */
export interface Done {
  at: IsoTime;
  auto: boolean;
}

export interface Todo {
  id: string;
  /** One line of plain text. */
  title: string;
  notes?: string;
  due?: Day;
  createdAt: IsoTime;
  origin: TodoOrigin;
  done: Done | null;
}

export type Todos = readonly Todo[];

/** Limits a to-do must keep (the backup validator holds stored data to the same ones). */
export const TODO_LIMITS = Object.freeze({ title: 300, notes: 5000 });

/** Ids are given by the caller (crypto.randomUUID() fits): 1-64 letters, digits, '-' or '_'. */
export const isId = (s: unknown): s is string => typeof s === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(s);

/** What the caller gives to add a to-do. */
export interface NewTodo {
  id: string;
  title: string;
  notes?: string;
  due?: Day;
  /** Default: manual. */
  origin?: TodoOrigin;
}

/** A title as kept: white space collapsed to single spaces, trimmed. Throws when empty or too long. */
export function cleanTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (!t) throw new RangeError('A to-do needs a title.');
  if (t.length > TODO_LIMITS.title)
    throw new RangeError(`A to-do title can be at most ${TODO_LIMITS.title} characters.`);
  return t;
}

/** Notes as kept: trimmed; empty notes are no notes (undefined). Throws when too long. */
export function cleanNotes(notes: string): string | undefined {
  const t = notes.trim();
  if (t.length > TODO_LIMITS.notes)
    throw new RangeError(`Notes can be at most ${TODO_LIMITS.notes} characters.`);
  return t || undefined;
}

function checkDue(due: string): Day {
  if (!isDay(due)) throw new RangeError(`A due date is a day written YYYY-MM-DD, not "${due}".`);
  return due;
}

const sameOrigin = (a: TodoOrigin, b: TodoOrigin): boolean =>
  a.kind === 'rule'
    ? b.kind === 'rule' && a.rule === b.rule && a.profileKey === b.profileKey
    : a.kind === 'goal'
      ? b.kind === 'goal' && a.goal === b.goal
      : false; // manual to-dos are never the same as another

/**
 * The to-do born of this rule on this profile, or of this goal (there is at most one of each). Undefined for
 * a manual origin.
 */
export const findByOrigin = (todos: Todos, origin: TodoOrigin): Todo | undefined =>
  todos.find((t) => sameOrigin(t.origin, origin));

/**
 * Add a to-do at the end of the list, open. From a rule: `origin: {kind:'rule', rule, profileKey}`; from a
 * goal: `origin: {kind:'goal', goal}`. A rule+profile or a goal that already has a to-do (open or done)
 * gets no second one: the list comes back unchanged (use findByOrigin + reopen to bring a done one back).
 */
export function add(todos: Todos, input: NewTodo, now: IsoTime): Todos {
  const origin: TodoOrigin = input.origin ? { ...input.origin } : { kind: 'manual' };
  if (origin.kind !== 'manual' && findByOrigin(todos, origin)) return todos;
  if (!isId(input.id)) throw new RangeError(`"${input.id}" is not a usable to-do id.`);
  if (todos.some((t) => t.id === input.id))
    throw new RangeError(`A to-do with id "${input.id}" already exists.`);
  const todo: Todo = { id: input.id, title: cleanTitle(input.title), createdAt: now, origin, done: null };
  const notes = input.notes === undefined ? undefined : cleanNotes(input.notes);
  if (notes !== undefined) todo.notes = notes;
  if (input.due !== undefined) todo.due = checkDue(input.due);
  return [...todos, todo];
}

/** Replace the to-do with this id by `f(todo)`; the same list when there is none or `f` returns it unchanged. */
function update(todos: Todos, id: string, f: (t: Todo) => Todo): Todos {
  const i = todos.findIndex((t) => t.id === id);
  const old = todos[i];
  if (!old) return todos;
  const next = f(old);
  if (next === old) return todos;
  const out = [...todos];
  out[i] = next;
  return out;
}

export interface TodoPatch {
  title?: string;
  /** null or '' removes the notes. */
  notes?: string | null;
  /** null removes the due date. */
  due?: Day | null;
}

/** Change a to-do's title, notes or due date. */
export function edit(todos: Todos, id: string, patch: TodoPatch): Todos {
  return update(todos, id, (t) => {
    const next: Todo = { ...t };
    if (patch.title !== undefined) next.title = cleanTitle(patch.title);
    if (patch.notes !== undefined) {
      const notes = patch.notes === null ? undefined : cleanNotes(patch.notes);
      if (notes === undefined) delete next.notes;
      else next.notes = notes;
    }
    if (patch.due !== undefined) {
      if (patch.due === null) delete next.due;
      else next.due = checkDue(patch.due);
    }
    const same = next.title === t.title && next.notes === t.notes && next.due === t.due;
    return same ? t : next;
  });
}

/** Tick off by hand. A to-do already done keeps its first completion (and whether it was automatic). */
export const complete = (todos: Todos, id: string, now: IsoTime): Todos =>
  update(todos, id, (t) => (t.done ? t : { ...t, done: { at: now, auto: false } }));

/** Open a done to-do again. */
export const reopen = (todos: Todos, id: string): Todos =>
  update(todos, id, (t) => (t.done ? { ...t, done: null } : t));

export function remove(todos: Todos, id: string): Todos {
  const i = todos.findIndex((t) => t.id === id);
  return i < 0 ? todos : todos.filter((_, j) => j !== i);
}

/**
 * Move a to-do so that it ends up at `index` in the list (clamped to 0..length-1). The other to-dos keep their
 * order.
 */
export function move(todos: Todos, id: string, index: number): Todos {
  const from = todos.findIndex((t) => t.id === id);
  const item = todos[from];
  if (!item) return todos;
  const to = Math.max(0, Math.min(todos.length - 1, Math.trunc(Number.isFinite(index) ? index : 0)));
  if (to === from) return todos;
  const out = todos.filter((_, j) => j !== from);
  out.splice(to, 0, item);
  return out;
}

/**
 * Rule-born to-dos moved to another profile: each one whose rule `moves(rule)` and whose profile
 * `to(profileKey)` names another gets that profile's key, open or done as it was. The cross-network checks
 * run on her main profile of each network only, so their to-dos follow it there: left on a profile that is
 * no longer the main one, no report would ever tick one off, or reopen one ticked off automatically when the
 * profiles now compared fail the check. Not moved when the other profile already has a to-do for that rule
 * (at most one per rule and profile): then nothing is lost, and the old one stays as she left it. The same
 * list when nothing moves.
 */
export function moveRuleTodos(
  todos: Todos,
  moves: (rule: string) => boolean,
  to: (profileKey: string) => string | undefined,
): Todos {
  let out: Todo[] | undefined;
  todos.forEach((t, i) => {
    const o = t.origin;
    if (o.kind !== 'rule' || !moves(o.rule)) return;
    const key = to(o.profileKey);
    const origin = key && key !== o.profileKey && { ...o, profileKey: key };
    if (!origin || findByOrigin(out ?? todos, origin)) return;
    out ??= [...todos];
    out[i] = { ...t, origin };
  });
  return out ?? todos;
}

/**
 * Bring the rule-born to-dos of `profileKey` up to date with a report made from a reading taken at `seen`:
 * - rule passes: an open to-do is ticked off ({at: seen, auto: true});
 * - rule fails or warns: a to-do ticked off automatically is reopened; one ticked by hand stays done;
 * - rule unknown, information only, or not in the report: nothing changes;
 * - a reading older than the one that ticked it off (in another browser, which synced it) does not reopen it:
 *   only a later reading, or the same one checked again (other settings), undoes a fix.
 * Manual and goal to-dos, and other profiles' to-dos, are never touched. The same list when nothing changes.
 */
export function reconcile(todos: Todos, profileKey: string, report: ReportLike, seen: IsoTime): Todos {
  const status = new Map(report.results.map((r) => [r.rule, r.status]));
  let out: Todo[] | undefined;
  todos.forEach((t, i) => {
    if (t.origin.kind !== 'rule' || t.origin.profileKey !== profileKey) return;
    const s = status.get(t.origin.rule);
    let next = t;
    if (s === 'pass' && !t.done) next = { ...t, done: { at: seen, auto: true } };
    else if ((s === 'fail' || s === 'warn') && t.done?.auto && Date.parse(seen) >= Date.parse(t.done.at))
      next = { ...t, done: null };
    if (next === t) return;
    out ??= [...todos];
    out[i] = next;
  });
  return out ?? todos;
}
