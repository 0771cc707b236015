// The toolbar popup. Everything it shows is loaded in one go (the first render of real data is marked
// 'spruce:rendered' by useStored); until then the header and tabs are already drawn and the panel keeps its
// height, so nothing jumps when the data arrives. That first render is of the data as stored, read without
// waking the worker (asleep after 30 s idle, it adds about 30 ms); the worker's checked copy follows, drawn
// over it (with sync on, after the worker's start-up sync), and is what stays.
import { useErrorBoundary, useRef, useState } from 'preact/hooks';
import type { Goals } from '../core/goals.ts';
import type { History } from '../core/history.ts';
import type { Todo } from '../core/todos.ts';
import type { Profile } from '../core/profile.ts';
import { profileKeyOf } from '../ui/profile-key.ts';
import type { Meta, Settings, Snapshot } from '../storage/schema.ts';
import type { Client } from '../ui/client.ts';
import { t } from '../ui/i18n.ts';
import { messageOf } from '../messages.ts';
import { Tabs } from '../ui/Tabs.tsx';
import { useStored } from '../ui/useStored.ts';
import { displayName, localDay } from '../ui/summary.ts';
import { ProfileCard, ProfileSummaries } from './Profile.tsx';
import { Progress } from './Progress.tsx';
import { mainProfile } from '../background/main-profile.ts';
import { ReportProblem } from './ReportProblem.tsx';
import { Todos } from './Todos.tsx';
import { Welcome } from './Welcome.tsx';

interface Data {
  url: string | null;
  snapshots: Record<string, Snapshot>;
  todos: Todo[];
  goals: Goals;
  history: History;
  meta: Meta;
  problem: string | null;
  /** Her main profile of each network (settings.main): the score goals follow it. */
  main: Settings['main'];
}

type State = { data: Data; error?: undefined } | { data?: undefined; error: string };

type TabId = 'profile' | 'todos' | 'progress';

async function load(client: Client): Promise<State> {
  try {
    const [url, snapshots, todos, goals, history, meta, problem, settings] = await Promise.all([
      client.activeTabUrl(),
      client.snapshots(),
      client.todos(),
      client.goals(),
      client.history(),
      client.meta(),
      client.problem(),
      client.settings(),
    ]);
    return { data: { url, snapshots, todos, goals, history, meta, problem, main: settings.main } };
  } catch (err) {
    // Say why, in the stored data's own words when the worker knows them.
    const problem = await client.problem().catch(() => null);
    return { error: problem ?? messageOf(err) };
  }
}

/** The same data as stored, for the first render when the worker is asleep; null when only the worker will do. */
async function fromStorage(client: Client): Promise<State | null> {
  const [url, stored] = await Promise.all([client.activeTabUrl(), client.asStored()]);
  return stored && { data: { url, ...stored, problem: null } };
}

/** An error's words, whatever was thrown. */
function errorText(err: unknown): string {
  try {
    return messageOf(err);
  } catch {
    return 'unknown error';
  }
}

/**
 * The popup, drawn first from storage as stored and then from the worker's checked copy. Should the stored
 * copy not draw (damaged in storage), it starts again from the checked copy alone; any other failure to
 * draw is shown as a notice in place of a blank popup.
 */
export function App(props: { client: Client; today?: string }) {
  const [mode, setMode] = useState<'stored' | 'checked'>('stored');
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  // Set by the popup as it draws: whether what it draws is the stored copy.
  const drawingStored = useRef(false);
  // Each child that throws is caught on its own (Preact goes on with its siblings): said once per outcome.
  const said = useRef<boolean | null>(null);
  useErrorBoundary((error) => {
    const again = mode === 'stored' && drawingStored.current;
    if (said.current !== again) {
      said.current = again;
      if (again) console.warn('Spruce: the stored copy did not draw; drawing the checked one.', error);
      else console.error(error);
    }
    if (again) setMode('checked');
    else setFailure({ error });
  });
  if (failure)
    return (
      <main class="popup">
        <div class="card notice error" role="alert" data-testid="problem">
          <p>
            <strong>{t('popupDrawFailed')}</strong>
          </p>
          <p>{errorText(failure.error)}</p>
        </div>
      </main>
    );
  return <Popup {...props} key={mode} stored={mode === 'stored'} drawingStored={drawingStored} />;
}

function Popup({
  client,
  today,
  stored,
  drawingStored,
}: {
  client: Client;
  today?: string;
  stored: boolean;
  drawingStored: { current: boolean };
}) {
  const [state, setState, checked] = useStored<State>(
    client,
    () => load(client),
    stored ? () => fromStorage(client) : undefined,
  );
  drawingStored.current = state !== null && !checked;
  const [tab, setTab] = useState<TabId>('profile');
  const data = state?.data;
  // Into the data shown when the answer comes (the checked copy may have arrived since the click).
  const onTodos = (todos: Todo[]) => setState((s) => (s.data ? { data: { ...s.data, todos } } : s));

  const key = data?.url ? profileKeyOf(data.url) : null;
  const current = key ? data?.snapshots[key] : undefined;
  const compared = current && mainProfile(data!.snapshots, current.profile.platform, { main: data!.main });
  // A profile page Spruce has not kept, on a network where it already knows hers: most likely someone else's
  // (whose pages it leaves alone), so "scroll or reload" would not help.
  // The one she would call hers there: the profile the cross-network checks compare (her choice, else the one
  // read last), not whichever was kept first.
  const hers =
    key && !current && data
      ? mainProfile(data.snapshots, key.slice(0, key.indexOf(':')) as Profile['platform'], data)
      : undefined;

  const panel = () => {
    if (!state) return <p class="muted">{t('popupLoading')}</p>;
    if (!data) return null;
    if (tab === 'todos') return <Todos todos={data.todos} client={client} onTodos={onTodos} />;
    if (tab === 'progress')
      return (
        <Progress
          history={data.history}
          snapshots={data.snapshots}
          goals={data.goals}
          main={data.main}
          client={client}
          today={today ?? localDay()}
        />
      );
    return (
      <>
        {key && current && (
          <ProfileCard
            snap={current}
            compared={compared?.key === current.profile.key ? undefined : compared}
            todos={data.todos}
            history={data.history[current.profile.key]}
            client={client}
            onTodos={onTodos}
          />
        )}
        {key && !current && (
          <section class="card" aria-label={t('popupThisPage')}>
            <p>{hers ? t('popupNotOwn', displayName(hers)) : t('popupNotReadYet')}</p>
            {/* Other people's profiles are left alone unless she keeps one to learn from (options, Examples). */}
            <button type="button" class="link" onClick={() => client.openOptions('examples')}>
              {t('popupKeepExample')}
            </button>
          </section>
        )}
        {!key && <ProfileSummaries snapshots={data.snapshots} history={data.history} client={client} />}
        {/* A reading problem is a profile page's: elsewhere there is nothing of Spruce's to report. */}
        {key && <ReportProblem client={client} />}
      </>
    );
  };

  return (
    <main class="popup" aria-busy={state ? undefined : 'true'}>
      <header class="row spread">
        <h1>{t('popupTitle')}</h1>
        <button type="button" onClick={() => client.openOptions()}>
          {t('popupOptions')}
        </button>
      </header>
      {(state?.error ?? data?.problem) && (
        <div class="card notice error" role="alert" data-testid="problem">
          <p>
            <strong>{t('popupProblemTitle')}</strong>
          </p>
          <p>{state?.error ?? data?.problem}</p>
        </div>
      )}
      {data && !data.meta.welcomed && (
        <Welcome
          client={client}
          onAdopted={() => {
            setTab('todos');
            document.getElementById('popup-tab-todos')?.focus();
          }}
        />
      )}
      {!state?.error && (
        <Tabs
          idPrefix="popup"
          label={t('popupSections')}
          tabs={[
            { id: 'profile', label: t('popupTabProfile') },
            { id: 'todos', label: t('popupTabTodos') },
            { id: 'progress', label: t('popupTabProgress') },
          ]}
          selected={tab}
          onSelect={setTab}
        >
          {panel()}
        </Tabs>
      )}
    </main>
  );
}
