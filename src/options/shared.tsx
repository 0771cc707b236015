// Small pieces the options page's sections share: the page's state, error text, a form's error line, a
// question asked in place, user text isolated inside our sentences, and moving the focus after a render.
import { useEffect, useState } from 'preact/hooks';
import type { Goals } from '../core/goals.ts';
import type { History } from '../core/history.ts';
import type { Todo } from '../core/todos.ts';
import type { Settings, Snapshot, SyncStatus } from '../storage/index.ts';
import type { RuleInfo } from '../ui/client.ts';
import type { OptionsClient } from './client.ts';
import { failure, t } from '../ui/i18n.ts';

export interface OptionsState {
  settings: Settings;
  /** The checklist's rules without their checks (from the worker). */
  rules: RuleInfo[];
  snapshots: Record<string, Snapshot>;
  /** Other people's profiles she keeps as examples to learn from. */
  examples: Record<string, Snapshot>;
  goals: Goals;
  todos: Todo[];
  history: History;
  syncStatus: SyncStatus;
  /** Why stored data cannot be used (a failed migration), or null. */
  problem: string | null;
}

/** What each section is given. `say` puts a line in the page's status region (announced politely). */
export interface SectionProps {
  client: OptionsClient;
  state: OptionsState;
  say: (text: string) => void;
}

/**
 * The plain message of a rejection (the worker's RangeError messages are written for people); a full storage
 * as what she can do about it.
 */
export const errorText = (err: unknown): string => failure(err, (m) => m);

/** "Could not save: <why>"; a full storage as what she can do about it (a sentence of its own). */
export const saveFailed = (err: unknown): string => failure(err, (m) => t('optionsSaveFailed', m));

/**
 * User or page text inside one of our sentences ("Removed $1"), isolated (FSI … PDI): a direction mark in it
 * (a right-to-left override in a name) cannot reorder the words after it. In markup, <bdi> does the same.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * A section's error, shown next to its form. Showing one empties the page's status line, so an old "Saved"
 * does not stand beside a new "Not saved.".
 */
export function useError(say: (text: string) => void): [string, (text: string) => void] {
  const [error, setError] = useState('');
  return [
    error,
    (text: string) => {
      setError(text);
      if (text) say('');
    },
  ];
}

/**
 * Focus an element after the next render: the first of `ids` on the page then (the button that opened a
 * form, drawn again when it closes; else the list's heading, when that button is gone).
 */
export function useFocusLater(): (...ids: string[]) => void {
  const [ids, setIds] = useState<string[] | null>(null);
  useEffect(() => {
    if (!ids) return;
    setIds(null);
    ids
      .map((id) => document.getElementById(id))
      .find((el) => el !== null)
      ?.focus();
  }, [ids]);
  return (...next: string[]) => setIds(next);
}

/**
 * A list whose rows are removed after "Are you sure?" (Confirm): which row is asking, and `remove(run, done)`,
 * which runs the removal and then closes the question, says `done` and keeps the focus in the section (on
 * `heading`: the row, and the button that had the focus, are gone), or shows why it failed.
 */
export function useRemoval(
  say: (text: string) => void,
  setError: (text: string) => void,
  heading: string,
): {
  asking: string | null;
  setAsking: (key: string | null) => void;
  focusLater: (...ids: string[]) => void;
  remove: (run: () => Promise<unknown>, done: string) => Promise<void>;
} {
  const [asking, setAsking] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const remove = async (run: () => Promise<unknown>, done: string) => {
    setError('');
    try {
      await run();
      setAsking(null);
      say(done);
      focusLater(heading);
    } catch (err) {
      setError(saveFailed(err));
    }
  };
  return { asking, setAsking, focusLater, remove };
}

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

/**
 * "Are you sure?" in place of the button that asked, as a group named by its question: the question, a
 * danger button that does it (`yesId`, to be focused when it opens) and Cancel.
 */
export function Confirm(props: {
  ask: string;
  yes: string;
  yesId: string;
  onYes: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="confirm stack" role="group" aria-labelledby={`${props.yesId}-ask`}>
      <p id={`${props.yesId}-ask`}>{props.ask}</p>
      <div class="row wrap-row">
        <button type="button" class="danger" id={props.yesId} onClick={props.onYes}>
          {props.yes}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </div>
  );
}
