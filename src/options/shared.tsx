// Small pieces the options page's sections share: the page's state, error text, a form's error line, and
// saving a file without any network (a Blob and <a download>).
import type { Goals } from '../core/goals.ts';
import type { History } from '../core/history.ts';
import type { Todo } from '../core/todos.ts';
import type { Settings, Snapshot, SyncStatus } from '../storage/index.ts';
import type { Client, RuleInfo } from '../ui/client.ts';

export interface OptionsState {
  settings: Settings;
  /** The checklist's rules without their checks (from the worker). */
  rules: RuleInfo[];
  snapshots: Record<string, Snapshot>;
  goals: Goals;
  todos: Todo[];
  history: History;
  syncStatus: SyncStatus;
  /** Why stored data cannot be used (a failed migration), or null. */
  problem: string | null;
}

/** What each section is given. `say` puts a line in the page's status region (announced politely). */
export interface SectionProps {
  client: Client;
  state: OptionsState;
  say: (text: string) => void;
}

/** The plain message of a rejection (the worker's RangeError messages are written for people). */
export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** A form's error, next to it; nothing (and no space) when there is none. */
export function FormError({ id, text }: { id: string; text: string }) {
  return text ? (
    <p id={id} class="error" role="alert">
      {text}
    </p>
  ) : null;
}

/** Today in the user's time zone, YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A whole number typed in a field, or null when it is not one ("12", " 7 "; not "1.5", "12abc", ""). */
export function wholeNumber(text: string): number | null {
  return /^\s*-?\d{1,9}\s*$/.test(text) ? Number(text) : null;
}
