// The descriptors of the data items (to-dos, goals, history, first-run state, sync status). Every load goes
// through the same checks an import does (src/core/backup.ts); a part that fails them is dropped from what
// is handed out (never from storage: only the worker writes, and only after a change the user made), so one
// damaged entry cannot hide the rest.
import { checkGoals, checkHistory, checkTodos } from '../core/backup.ts';
import { NO_GOALS, type Goals } from '../core/goals.ts';
import type { History } from '../core/history.ts';
import type { Todo } from '../core/todos.ts';
import { isRecord, validateMeta, type Item, type SyncStatus } from './schema.ts';

/** `check(v)` when it passes, else undefined. */
function passes<T>(check: (v: unknown) => T, v: unknown): T | undefined {
  try {
    return check(v);
  } catch {
    return undefined;
  }
}

export function validateTodos(raw: unknown): Todo[] {
  if (!Array.isArray(raw)) return [];
  const whole = passes(checkTodos, raw);
  if (whole) return whole;
  // Keep each to-do that passes on its own and does not clash with one kept before it.
  const kept: Todo[] = [];
  for (const t of raw) if (passes(checkTodos, [...kept, t])) kept.push(t as Todo);
  return kept;
}

export function validateGoals(raw: unknown): Goals {
  if (!isRecord(raw)) return NO_GOALS as Goals;
  const whole = passes(checkGoals, raw);
  if (whole) return whole;
  const goals: Goals = { ...NO_GOALS };
  for (const part of ['scores', 'people', 'groups', 'networks'] as const) {
    const tried = { ...goals, [part]: raw[part] };
    if (passes(checkGoals, tried)) Object.assign(goals, { [part]: raw[part] });
  }
  // A list with one damaged entry keeps the others (the next write would otherwise store the list empty).
  for (const part of ['people', 'networks'] as const) {
    const list = raw[part];
    if (goals[part] !== NO_GOALS[part] || !Array.isArray(list)) continue;
    const kept: unknown[] = [];
    for (const item of list) if (passes(checkGoals, { ...goals, [part]: [...kept, item] })) kept.push(item);
    Object.assign(goals, { [part]: kept });
  }
  return goals;
}

export function validateHistory(raw: unknown): History {
  if (!isRecord(raw)) return {};
  const out: Record<string, History[string]> = {};
  for (const [key, rows] of Object.entries(raw)) {
    if (passes(checkHistory, { [key]: rows })) out[key] = rows as History[string];
  }
  return out;
}

export function validateSyncStatus(raw: unknown): SyncStatus {
  if (!isRecord(raw) || (raw.state !== 'ok' && raw.state !== 'error')) return { state: 'off' };
  const out: SyncStatus = { state: raw.state };
  if (typeof raw.at === 'string') out.at = raw.at;
  if (typeof raw.bytes === 'number' && Number.isFinite(raw.bytes)) out.bytes = raw.bytes;
  if (typeof raw.message === 'string') out.message = raw.message;
  if (typeof raw.hash === 'string') out.hash = raw.hash;
  return out;
}

export const TODOS: Item<'todos'> = { name: 'todos', validate: validateTodos };
export const GOALS: Item<'goals'> = { name: 'goals', validate: validateGoals };
export const HISTORY: Item<'history'> = { name: 'history', validate: validateHistory };
export const META: Item<'meta'> = { name: 'meta', validate: validateMeta };
export const SYNC_STATUS: Item<'syncStatus'> = { name: 'syncStatus', validate: validateSyncStatus };
