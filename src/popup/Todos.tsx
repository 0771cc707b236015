// The To-dos tab: add (title, notes, due date), tick, edit, delete and reorder with buttons. A to-do ticked
// by a later reading says "done automatically" with the day. Titles and notes are the user's text (or a
// rule's), rendered as text.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TodoOp } from '../messages.ts';
import type { Todo } from '../core/todos.ts';
import type { Client } from '../ui/client.ts';
import { actionFailed, t } from '../ui/i18n.ts';
import { formatDay, localDay } from '../ui/summary.ts';

/** The user's local day a to-do was done (its time is stored in UTC), in their words. */
const doneDay = (at: string) => formatDay(localDay(new Date(at)));

interface Draft {
  title: string;
  notes: string;
  due: string;
}

function TodoFields({ draft, set, idPrefix }: { draft: Draft; set: (d: Draft) => void; idPrefix: string }) {
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (idPrefix !== 'new') title.current?.focus();
  }, []);
  return (
    <>
      <label class="field">
        <span>{t('popupTodoTitle')}</span>
        <input
          ref={title}
          id={`${idPrefix}-title`}
          type="text"
          required
          maxLength={300}
          value={draft.title}
          onInput={(e) => set({ ...draft, title: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('popupTodoNotes')}</span>
        <textarea
          id={`${idPrefix}-notes`}
          maxLength={5000}
          value={draft.notes}
          onInput={(e) => set({ ...draft, notes: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('popupTodoDue')}</span>
        <input
          id={`${idPrefix}-due`}
          type="date"
          value={draft.due}
          onInput={(e) => set({ ...draft, due: e.currentTarget.value })}
        />
      </label>
    </>
  );
}

function Item(props: {
  todo: Todo;
  index: number;
  count: number;
  change: (op: TodoOp, focus?: { id: string; act: string }) => Promise<boolean>;
}) {
  const { todo, index, count, change } = props;
  const [editing, setEditing] = useState<Draft | null>(null);
  const checkboxId = `todo-${todo.id}`;
  // Cancelled (the button or Escape): the keyboard goes back to the to-do's Edit button.
  const item = useRef<HTMLLIElement>(null);
  const back = useRef(false);
  useLayoutEffect(() => {
    if (editing || !back.current) return;
    back.current = false;
    item.current?.querySelector<HTMLButtonElement>('[data-act="edit"]')?.focus();
  }, [editing]);
  const cancel = () => {
    back.current = true;
    setEditing(null);
  };

  if (editing) {
    const save = async (e: Event) => {
      e.preventDefault();
      const ok = await change(
        {
          op: 'edit',
          id: todo.id,
          patch: { title: editing.title, notes: editing.notes || null, due: editing.due || null },
        },
        { id: todo.id, act: 'edit' },
      );
      // Saved: the keyboard goes back to the to-do's Edit button, as after a cancel.
      if (ok) cancel();
    };
    return (
      <li class="todo card" data-todo={todo.id} ref={item}>
        <form
          class="stack"
          onSubmit={save}
          onKeyDown={(e) => e.key === 'Escape' && !e.isComposing && (e.preventDefault(), cancel())}
          aria-label={t('popupTodoEditing', todo.title)}
        >
          <TodoFields draft={editing} set={setEditing} idPrefix={`edit-${todo.id}`} />
          <div class="row">
            <button type="submit" class="primary small">
              {t('popupTodoSave')}
            </button>
            <button type="button" class="small" onClick={cancel}>
              {t('popupTodoCancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  const hidden = <span class="visually-hidden">: {todo.title}</span>;
  return (
    <li class={`todo card${todo.done ? ' done' : ''}`} data-todo={todo.id} ref={item}>
      <div class="row todo-head">
        <input
          type="checkbox"
          id={checkboxId}
          checked={todo.done !== null}
          onChange={() =>
            void change(todo.done ? { op: 'reopen', id: todo.id } : { op: 'complete', id: todo.id }, {
              id: todo.id,
              act: 'tick',
            })
          }
        />
        <label for={checkboxId} class="todo-title">
          {todo.title}
        </label>
      </div>
      {(todo.due || todo.done || todo.origin.kind !== 'manual') && (
        <p class="muted small-text">
          {[
            todo.origin.kind === 'rule' ? t('popupTodoFromChecklist') : '',
            todo.origin.kind === 'goal' ? t('popupTodoFromGoal') : '',
            todo.due ? t('popupTodoDueOn', formatDay(todo.due)) : '',
            todo.done
              ? todo.done.auto
                ? t('popupTodoDoneAuto', doneDay(todo.done.at))
                : t('popupTodoDoneOn', doneDay(todo.done.at))
              : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {todo.notes && <p class="notes">{todo.notes}</p>}
      <div class="row wrap">
        <button
          type="button"
          class="small"
          data-act="edit"
          onClick={() => setEditing({ title: todo.title, notes: todo.notes ?? '', due: todo.due ?? '' })}
        >
          {t('popupTodoEdit')}
          {hidden}
        </button>
        <button
          type="button"
          class="small"
          data-act="up"
          disabled={index === 0}
          onClick={() =>
            void change({ op: 'move', id: todo.id, index: index - 1 }, { id: todo.id, act: 'up' })
          }
        >
          {t('popupTodoUp')}
          {hidden}
        </button>
        <button
          type="button"
          class="small"
          data-act="down"
          disabled={index === count - 1}
          onClick={() =>
            void change({ op: 'move', id: todo.id, index: index + 1 }, { id: todo.id, act: 'down' })
          }
        >
          {t('popupTodoDown')}
          {hidden}
        </button>
        <button
          type="button"
          class="small danger"
          data-act="delete"
          onClick={() => void change({ op: 'remove', id: todo.id }, { id: '', act: 'heading' })}
        >
          {t('popupTodoDelete')}
          {hidden}
        </button>
      </div>
    </li>
  );
}

export function Todos(props: { todos: readonly Todo[]; client: Client; onTodos: (todos: Todo[]) => void }) {
  const { todos, client } = props;
  const [draft, setDraft] = useState<Draft>({ title: '', notes: '', due: '' });
  const [said, setSaid] = useState('');
  const focusNext = useRef<{ id: string; act: string } | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Keep the keyboard where it was: a moved to-do keeps focus on its button (the other one at either end),
  // a deleted one sends it to the list's heading. A layout effect: focus moves in the same frame as the list.
  useLayoutEffect(() => {
    const f = focusNext.current;
    if (!f || !root.current) return;
    focusNext.current = null;
    const item = root.current.querySelector(`[data-todo="${f.id}"]`);
    const want =
      f.act === 'heading'
        ? root.current.querySelector<HTMLElement>('#todos-heading')
        : f.act === 'tick'
          ? item?.querySelector<HTMLElement>('input[type="checkbox"]')
          : (item?.querySelector<HTMLButtonElement>(`[data-act="${f.act}"]:not(:disabled)`) ??
            item?.querySelector<HTMLElement>(
              '[data-act="up"]:not(:disabled), [data-act="down"]:not(:disabled)',
            ));
    want?.focus();
  }, [todos]);

  const change = async (op: TodoOp, focus?: { id: string; act: string }): Promise<boolean> => {
    try {
      const next = await client.changeTodo(op);
      focusNext.current = focus ?? null;
      props.onTodos(next);
      setSaid('');
      return true;
    } catch (err) {
      setSaid(actionFailed(err));
      return false;
    }
  };

  const add = async (e: Event) => {
    e.preventDefault();
    const ok = await change({
      op: 'add',
      title: draft.title,
      ...(draft.notes.trim() ? { notes: draft.notes } : {}),
      ...(draft.due ? { due: draft.due } : {}),
    });
    if (ok) {
      setDraft({ title: '', notes: '', due: '' });
      setSaid(t('popupTodoAddedSaid'));
    }
  };

  const open = todos.filter((td) => !td.done).length;
  return (
    <div class="stack" ref={root}>
      <h2 id="todos-heading" tabIndex={-1}>
        {t('popupTodosHeading')}
      </h2>
      <p class="muted" data-testid="todo-count">
        {todos.length === 0 ? t('popupTodosEmpty') : t('popupTodosCount', open, todos.length - open)}
      </p>
      <p role="status" class="said">
        {said}
      </p>
      {todos.length > 0 && (
        <ol class="plain stack" data-testid="todos" aria-labelledby="todos-heading">
          {todos.map((todo, i) => (
            <Item key={todo.id} todo={todo} index={i} count={todos.length} change={change} />
          ))}
        </ol>
      )}
      <form class="card stack" onSubmit={add} aria-labelledby="todo-add-heading">
        <h3 id="todo-add-heading">{t('popupTodoAddHeading')}</h3>
        <TodoFields draft={draft} set={setDraft} idPrefix="new" />
        <div>
          <button type="submit" class="primary">
            {t('popupTodoAdd')}
          </button>
        </div>
      </form>
    </div>
  );
}
