// "Hints on the page" (on/off per site) and "Sync" (on/off, with how much of storage.sync's quota the synced
// data takes, and what went wrong when it failed).
import { SYNC_QUOTA } from '../core/limits.ts';
import type { Settings, Site } from '../storage/index.ts';
import { t, type MessageKey } from '../ui/i18n.ts';
import { formatTime } from '../ui/summary.ts';
import { FormError, saveFailed, useError, type SectionProps } from './shared.tsx';

/** storage.sync's total quota (Chrome's QUOTA_BYTES; Firefox keeps the same limit). */
const SYNC_QUOTA_BYTES = SYNC_QUOTA.total;
const SITES: { id: Site; name: MessageKey }[] = [
  { id: 'linkedin', name: 'platformLinkedIn' },
  { id: 'x', name: 'platformX' },
];

function useSave({ client, say }: Pick<SectionProps, 'client' | 'say'>) {
  const [error, setError] = useError(say);
  const save = async (patch: Partial<Settings>) => {
    setError('');
    try {
      await client.updateSettings(patch);
      say(t('optionsSaved'));
    } catch (err) {
      setError(saveFailed(err));
    }
  };
  return { error, save };
}

export function Overlays(props: SectionProps) {
  const { error, save } = useSave(props);
  const overlays = props.state.settings.overlays;
  return (
    <section class="card stack" aria-labelledby="overlays-heading" id="overlays">
      <h2 id="overlays-heading">{t('optionsOverlays')}</h2>
      <p class="muted">{t('optionsOverlaysHelp')}</p>
      {SITES.map(({ id, name }) => (
        <label key={id} class="choice">
          <input
            type="checkbox"
            name={`overlays-${id}`}
            checked={overlays[id]}
            onChange={(e) => void save({ overlays: { ...overlays, [id]: e.currentTarget.checked } })}
          />
          <span>{t('optionsOverlaysOn', t(name))}</span>
        </label>
      ))}
      <FormError id="overlays-error" text={error} />
    </section>
  );
}

export function Sync(props: SectionProps) {
  const { error, save } = useSave(props);
  const { sync } = props.state.settings;
  const status = props.state.syncStatus;
  const bytes = status.bytes ?? 0;
  const percent = Math.round((bytes / SYNC_QUOTA_BYTES) * 100);
  return (
    <section class="card stack" aria-labelledby="sync-heading" id="sync">
      <h2 id="sync-heading">{t('optionsSync')}</h2>
      <p class="muted">{t('optionsSyncHelp')}</p>
      <label class="choice">
        <input
          type="checkbox"
          name="sync"
          checked={sync}
          aria-describedby="sync-status"
          onChange={(e) => void save({ sync: e.currentTarget.checked })}
        />
        <span>{t('optionsSyncOn')}</span>
      </label>
      <div id="sync-status" data-testid="sync-status" data-state={status.state} class="stack">
        {!sync ? (
          <p>{t('optionsSyncOff')}</p>
        ) : status.state === 'error' ? (
          <p class="error">{t('optionsSyncError', status.message ?? t('optionsSyncErrorUnknown'))}</p>
        ) : status.state === 'ok' ? (
          <p>{status.at ? t('optionsSyncOk', formatTime(status.at)) : t('optionsSyncOkNoTime')}</p>
        ) : (
          <p>{t('optionsSyncPending')}</p>
        )}
        {sync && status.bytes !== undefined ? (
          <div class="row wrap-row">
            <meter
              min={0}
              max={SYNC_QUOTA_BYTES}
              low={SYNC_QUOTA_BYTES * 0.8}
              high={SYNC_QUOTA_BYTES * 0.95}
              optimum={0}
              value={bytes}
              aria-label={t('optionsSyncQuotaLabel')}
            />
            <span>
              {/* Over the limit, a percentage above 100 ("898%") says less than the words do. */}
              {bytes > SYNC_QUOTA_BYTES
                ? t('optionsSyncOver', bytes.toLocaleString(), SYNC_QUOTA_BYTES / 1024)
                : t('optionsSyncBytes', bytes.toLocaleString(), SYNC_QUOTA_BYTES.toLocaleString(), percent)}
            </span>
          </div>
        ) : null}
      </div>
      <FormError id="sync-error" text={error} />
    </section>
  );
}
