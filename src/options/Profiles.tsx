// "My profiles": every profile Spruce has read, with its score and when it was last read, and one way to
// forget a profile. "This is not me" and "Remove" would do the same thing (forget its reading, its history
// and the to-dos its checks made), so they are one action, asked twice before it happens.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n.ts';
import { displayName, formatTime } from '../ui/summary.ts';
import { errorText, FormError, type SectionProps } from './shared.tsx';
import { mainProfile } from '../background/main-profile.ts';
import type { Site } from '../storage/schema.ts';

export function Profiles({ client, state, say }: SectionProps) {
  const [asking, setAsking] = useState<string | null>(null);
  const [error, setError] = useState('');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => confirmRef.current?.focus(), [asking]);

  const profiles = Object.values(state.snapshots).sort((a, b) => a.profile.key.localeCompare(b.profile.key));
  // A network with more than one of her profiles: she chooses the one the cross-network checks compare.
  const several = (site: Site) => profiles.filter((s) => s.profile.platform === site).length > 1;
  const main = (site: Site) => mainProfile(state.snapshots, site, state.settings)?.key;
  const choose = async (site: Site, key: string, name: string) => {
    setError('');
    try {
      await client.updateSettings({ main: { ...state.settings.main, [site]: key } });
      say(t('optionsProfileMainSaved', name));
    } catch (err) {
      setError(t('optionsSaveFailed', errorText(err)));
    }
  };

  const forget = async (key: string, name: string) => {
    setError('');
    try {
      await client.forgetProfile(key);
      setAsking(null);
      say(t('optionsProfileForgotten', name));
      // The profile's row (and the button that had the focus) is gone: keep the focus in the section.
      headingRef.current?.focus();
    } catch (err) {
      setError(t('optionsSaveFailed', errorText(err)));
    }
  };

  return (
    <section class="card stack" aria-labelledby="profiles-heading" id="profiles">
      <h2 id="profiles-heading" tabIndex={-1} ref={headingRef}>
        {t('optionsProfiles')}
      </h2>
      {profiles.length === 0 ? (
        <p class="muted">{t('optionsNoProfiles')}</p>
      ) : (
        <>
          <p class="muted">{t('optionsProfilesHelp')}</p>
          {(several('linkedin') || several('x')) && <p class="muted">{t('optionsProfilesMainHelp')}</p>}
          <ul class="plain list" data-testid="profiles">
            {profiles.map((s) => {
              const name = displayName(s.profile);
              const key = s.profile.key;
              return (
                <li key={key} class="item" data-key={key}>
                  <div class="item-main">
                    <strong class="wrap">{name}</strong>{' '}
                    <span class="muted">
                      {s.profile.platform === 'linkedin' ? t('platformLinkedIn') : t('platformX')}
                      {s.report ? ` · ${t('popupScore', s.report.score)}` : ''} ·{' '}
                      {t('popupReadAt', formatTime(s.readAt))}
                      {s.profile.own === false ? ` · ${t('optionsProfileNotOwn')}` : ''}
                    </span>
                    {several(s.profile.platform) && (
                      <label class="row">
                        <input
                          type="radio"
                          name={`main-${s.profile.platform}`}
                          data-testid="main"
                          checked={main(s.profile.platform) === key}
                          onChange={() => void choose(s.profile.platform, key, name)}
                        />
                        {t('optionsProfileMain')}
                      </label>
                    )}
                  </div>
                  {asking === key ? (
                    <div class="confirm stack" role="group" aria-label={t('optionsProfileForgetAsk', name)}>
                      <p>{t('optionsProfileForgetAsk', name)}</p>
                      <div class="row wrap-row">
                        <button
                          type="button"
                          class="danger"
                          ref={confirmRef}
                          onClick={() => void forget(key, name)}
                        >
                          {t('optionsProfileForgetYes')}
                        </button>
                        <button type="button" onClick={() => setAsking(null)}>
                          {t('optionsCancel')}
                        </button>
                      </div>
                    </div>
                  ) : (
                    <button
                      type="button"
                      aria-label={t('optionsProfileForgetLabel', name)}
                      onClick={() => {
                        setError('');
                        setAsking(key);
                      }}
                    >
                      {t('optionsProfileForget')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <FormError id="profiles-error" text={error} />
    </section>
  );
}
