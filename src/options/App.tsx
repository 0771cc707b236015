// The options page: my profiles, the checklist, goals, hints on the page, sync and my data. It talks to the
// extension only through the Client (src/ui/client.ts), so it renders the same with the mock in tests.
// While loading, only the heading is drawn; every section then appears at once below it, so nothing that
// was on screen moves.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStored } from '../ui/useStored.ts';
import type { OptionsClient } from './client.ts';
import { t } from '../ui/i18n.ts';
import { ChecklistSection } from './Checklist.tsx';
import { DataSection } from './Data.tsx';
import { Overlays, Sync } from './Display.tsx';
import { GoalsSection } from './Goals.tsx';
import { Profiles } from './Profiles.tsx';
import { Examples } from './Examples.tsx';
import { errorText, type OptionsState } from './shared.tsx';

type Loaded = { ok: true; state: OptionsState } | { ok: false; error: string };

/** How long a status line stays. */
export const STATUS_MS = 8000;

const SECTIONS = [
  ['profiles', 'optionsProfiles'],
  ['examples', 'optionsExamples'],
  ['checklist', 'optionsChecklist'],
  ['goals', 'optionsGoals'],
  ['overlays', 'optionsOverlays'],
  ['sync', 'optionsSync'],
  ['data', 'optionsData'],
] as const;

export function App({ client }: { client: OptionsClient }) {
  const [loaded] = useStored<Loaded>(client, async () => {
    try {
      const [settings, rules, snapshots, goals, todos, history, syncStatus, problem, examples] =
        await Promise.all([
          client.settings(),
          client.rules(),
          client.snapshots(),
          client.goals(),
          client.todos(),
          client.history(),
          client.syncStatus(),
          client.problem(),
          client.examples(),
        ]);
      return {
        ok: true,
        state: { settings, rules, snapshots, examples, goals, todos, history, syncStatus, problem },
      };
    } catch (err) {
      return { ok: false, error: errorText(err) };
    }
  });
  const [status, setStatus] = useState('');
  // A line says what just happened, then goes: "Imported" must not stand there an hour later.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const say = (text: string) => {
    setStatus(text);
    clearTimeout(timer.current);
    if (text) timer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  // Opened at a section (the popup's "Keep this profile as an example" opens #examples): the sections are
  // drawn only once the data is there, after the browser looked for it, so go there then.
  const drawn = !!loaded?.ok;
  useEffect(() => {
    const heading =
      drawn && location.hash ? document.getElementById(`${location.hash.slice(1)}-heading`) : null;
    heading?.scrollIntoView();
    heading?.focus();
  }, [drawn]);

  return (
    <main class="options" aria-busy={loaded ? 'false' : 'true'}>
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsPrivacy')}</p>
      {!loaded ? (
        <p class="muted" data-testid="loading">
          {t('popupLoading')}
        </p>
      ) : !loaded.ok ? (
        <p class="error card" role="alert" data-testid="load-error">
          {t('optionsLoadFailed', loaded.error)}
        </p>
      ) : (
        <>
          {loaded.state.problem ? (
            <p class="error card" role="alert" data-testid="problem">
              {t('optionsProblem', loaded.state.problem)}
            </p>
          ) : null}
          <nav aria-label={t('optionsContents')} class="toc">
            <ul class="plain row wrap-row">
              {SECTIONS.map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <Profiles client={client} state={loaded.state} say={say} />
          <Examples client={client} state={loaded.state} say={say} />
          <ChecklistSection client={client} state={loaded.state} say={say} />
          <GoalsSection client={client} state={loaded.state} say={say} />
          <Overlays client={client} state={loaded.state} say={say} />
          <Sync client={client} state={loaded.state} say={say} />
          <DataSection client={client} state={loaded.state} say={say} />
        </>
      )}
      <p role="status" aria-live="polite" class="status" data-testid="status">
        {status}
      </p>
    </main>
  );
}
