import { useState } from 'preact/hooks';
import { useStored } from '../ui/useStored.ts';
import { GOALS, type Goal } from '../core/settings.ts';
import { goalMsg, render } from '../core/i18n.ts';
import type { Settings, Snapshot } from '../storage/index.ts';
import type { Client } from '../ui/client.ts';
import { browserCatalog, t } from '../ui/i18n.ts';
import { displayName, formatTime } from '../ui/summary.ts';

interface State {
  settings: Settings;
  snapshots: Record<string, Snapshot>;
}

const GOAL_IDS = Object.keys(GOALS) as Goal[];

export function App({ client }: { client: Client }) {
  const [state, setState] = useStored<State>(client, async () => {
    const [settings, snapshots] = await Promise.all([client.settings(), client.snapshots()]);
    return { settings, snapshots };
  });
  // What the user is typing, until saved; otherwise the field shows what is stored, in the same render as
  // the rest of the form (never a frame where the form is drawn and the field still empty).
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  if (!state) return <main class="options" aria-busy="true" />;
  const keywords = draft ?? state.settings.checklist.keywords.join(', ');

  const save = async (checklist: Partial<Settings['checklist']>) => {
    try {
      const settings = await client.updateSettings({
        checklist: { ...state.settings.checklist, ...checklist },
      });
      setState({ ...state, settings });
      setDraft(null);
      setStatus(t('optionsSaved'));
    } catch (err) {
      setStatus(t('optionsSaveFailed', err instanceof Error ? err.message : String(err)));
    }
  };

  const profiles = Object.values(state.snapshots).sort((a, b) => a.profile.key.localeCompare(b.profile.key));

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsPrivacy')}</p>

      <section class="card stack" aria-labelledby="profiles-heading">
        <h2 id="profiles-heading">{t('optionsProfiles')}</h2>
        {profiles.length === 0 ? (
          <p class="muted">{t('optionsNoProfiles')}</p>
        ) : (
          <ul class="plain stack" data-testid="profiles">
            {profiles.map((s) => (
              <li key={s.profile.key}>
                <strong>{displayName(s.profile)}</strong>{' '}
                <span class="muted">
                  {s.profile.platform === 'linkedin' ? t('platformLinkedIn') : t('platformX')}
                  {s.report ? ` · ${t('popupScore', s.report.score)}` : ''} ·{' '}
                  {t('popupReadAt', formatTime(s.readAt))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <fieldset class="card stack">
        <legend>
          <h2>{t('optionsGoal')}</h2>
        </legend>
        <p class="muted">{t('optionsGoalHelp')}</p>
        {GOAL_IDS.map((goal) => (
          <label key={goal} class="choice">
            <input
              type="radio"
              name="goal"
              value={goal}
              checked={state.settings.checklist.goal === goal}
              onChange={() => void save({ goal })}
            />
            <span>
              <strong>{render(goalMsg(goal, 'label'), browserCatalog)}</strong>
              <span class="muted"> {render(goalMsg(goal, 'description'), browserCatalog)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <section class="card stack" aria-labelledby="keywords-heading">
        <h2 id="keywords-heading">{t('optionsKeywords')}</h2>
        <p class="muted" id="keywords-help">
          {t('optionsKeywordsHelp')}
        </p>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void save({ keywords: keywords.split(',') });
          }}
        >
          <label for="keywords">{t('optionsKeywordsLabel')}</label>
          <input
            id="keywords"
            name="keywords"
            type="text"
            aria-describedby="keywords-help"
            value={keywords}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="primary">
            {t('optionsSave')}
          </button>
        </form>
      </section>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
    </main>
  );
}
