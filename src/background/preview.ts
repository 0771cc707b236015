// What an import would change, in counts the options page shows before the user confirms.
import type { State } from '../core/backup.ts';
import type { Goals } from '../core/goals.ts';
import type { History } from '../core/history.ts';
import type { Todos } from '../core/todos.ts';
import type { ImportPreview } from '../messages.ts';

type Counted = Pick<State, 'snapshots'> & { todos: Todos; goals: Goals; history: History };

/** Days with a score of any profile (two profiles read on the same day are one day). */
const days = (h: History): number =>
  new Set(Object.values(h).flatMap((rows) => rows.map((row) => row[0]))).size;

export function importPreview(now: Counted, file: Counted, exportedAt: string): ImportPreview {
  const count = (f: (s: Counted) => number) => ({ now: f(now), file: f(file) });
  return {
    exportedAt,
    counts: {
      profiles: count((s) => Object.keys(s.snapshots).length),
      todos: count((s) => s.todos.length),
      people: count((s) => s.goals.people.length),
      networks: count((s) => s.goals.networks.length),
      historyDays: count((s) => days(s.history)),
    },
  };
}
