import { useEffect, useState } from 'preact/hooks';
import type { Settings, Snapshot } from '../storage/index.ts';
import type { Client } from '../ui/client.ts';
import { t } from '../ui/i18n.ts';
import { displayName, formatTime } from '../ui/summary.ts';

interface State {
  settings: Settings;
  snapshots: Record<string, Snapshot>;
}

export function App({ client }: { client: Client }) {
  const [state, setState] = useState<State | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    const load = async () => {
      const [settings, snapshots] = await Promise.all([client.settings(), client.snapshots()]);
      if (!controller.signal.aborted) setState({ settings, snapshots });
    };
    void load();
    client.watch(() => void load(), controller.signal);
    return () => controller.abort();
  }, [client]);

  if (!state) return <main class="options" aria-busy="true" />;

  const setOverlay = async (site: 'linkedin' | 'x', on: boolean) => {
    try {
      const settings = await client.updateSettings({ overlays: { ...state.settings.overlays, [site]: on } });
      setState({ ...state, settings });
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

      <section class="card stack">
        <h2>{t('optionsProfiles')}</h2>
        {profiles.length === 0 ? (
          <p class="muted">{t('optionsNoProfiles')}</p>
        ) : (
          <ul class="plain stack" data-testid="profiles">
            {profiles.map((s) => (
              <li key={s.profile.key}>
                <strong>{displayName(s.profile)}</strong>{' '}
                <span class="muted">
                  {s.profile.platform === 'linkedin' ? t('platformLinkedIn') : t('platformX')} ·{' '}
                  {t('popupReadAt', formatTime(s.readAt))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="card stack">
        <h2>{t('optionsHints')}</h2>
        <label>
          <input
            type="checkbox"
            name="overlays-linkedin"
            checked={state.settings.overlays.linkedin}
            onChange={(e) => void setOverlay('linkedin', e.currentTarget.checked)}
          />
          {t('optionsHintsLinkedIn')}
        </label>
        <label>
          <input
            type="checkbox"
            name="overlays-x"
            checked={state.settings.overlays.x}
            onChange={(e) => void setOverlay('x', e.currentTarget.checked)}
          />
          {t('optionsHintsX')}
        </label>
      </section>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
    </main>
  );
}
