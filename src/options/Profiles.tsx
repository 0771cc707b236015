// "My profiles": every profile Spruce has read, with its score and when it was last read, and one way to
// forget a profile. "This is not me" and "Remove" would do the same thing (forget its reading, its history
// and the to-dos its checks made), so they are one action, asked twice before it happens.
import { t } from '../ui/i18n.ts';
import { displayName, formatTime } from '../ui/summary.ts';
import {
  Confirm,
  FormError,
  isolate,
  saveFailed,
  useError,
  useRemoval,
  type SectionProps,
} from './shared.tsx';
import { mainProfile } from '../background/main-profile.ts';
import type { Profile } from '../core/profile.ts';
import type { Site } from '../storage/schema.ts';

/** The profile's own address on its network: "@robinreads" on X, the slug "robin-ashgrove" on LinkedIn. */
const addressOf = (p: Profile): string => {
  const id = p.key.slice(p.key.indexOf(':') + 1);
  return p.platform === 'x' ? `@${id}` : id;
};

export function Profiles({ client, state, say }: SectionProps) {
  const [error, setError] = useError(say);
  const { asking, setAsking, focusLater, remove } = useRemoval(say, setError, 'profiles-heading');
  const forgetId = (key: string) => `forget-${key}`;

  const profiles = Object.values(state.snapshots).sort((a, b) => a.profile.key.localeCompare(b.profile.key));
  // A network with more than one of her profiles: she chooses the one the cross-network checks compare.
  const several = (site: Site) => profiles.filter((s) => s.profile.platform === site).length > 1;
  const main = (site: Site) => mainProfile(state.snapshots, site, state.settings)?.key;
  // Two profiles may carry the same name (her personal and her department's X accounts): every sentence and
  // accessible name says which one by its address and network too.
  const choose = async (site: Site, key: string, who: string) => {
    setError('');
    try {
      await client.updateSettings({ main: { ...state.settings.main, [site]: key } });
      say(t('optionsProfileMainSaved', isolate(who)));
    } catch (err) {
      setError(saveFailed(err));
    }
  };

  const forget = (key: string, who: string) =>
    remove(() => client.forgetProfile(key), t('optionsProfileForgotten', isolate(who)));

  return (
    <section class="card stack" aria-labelledby="profiles-heading" id="profiles">
      <h2 id="profiles-heading" tabIndex={-1}>
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
              const address = addressOf(s.profile);
              const network = s.profile.platform === 'linkedin' ? t('platformLinkedIn') : t('platformX');
              const who = t('optionsProfileWho', name, address, network);
              // Shown in a sentence: the name and address isolated inside it too, so a direction mark in a name
              // cannot turn "(address) on LinkedIn" around (an accessible name is heard, not laid out).
              const shown = t('optionsProfileWho', isolate(name), isolate(address), network);
              const key = s.profile.key;
              return (
                <li key={key} class="item" data-key={key}>
                  <div class="item-main">
                    <strong class="wrap">
                      <bdi>{name}</bdi>
                    </strong>{' '}
                    <span class="muted">
                      <bdi class="wrap">{address}</bdi> · {network}
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
                          aria-label={t('optionsProfileMainLabel', who)}
                          checked={main(s.profile.platform) === key}
                          onChange={() => void choose(s.profile.platform, key, shown)}
                        />
                        {t('optionsProfileMain')}
                      </label>
                    )}
                  </div>
                  {asking === key ? (
                    <Confirm
                      ask={t('optionsProfileForgetAsk', isolate(shown))}
                      yes={t('optionsProfileForgetYes')}
                      yesId={`forget-yes-${key}`}
                      onYes={() => void forget(key, shown)}
                      onCancel={() => {
                        setAsking(null);
                        focusLater(forgetId(key), 'profiles-heading');
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      id={forgetId(key)}
                      aria-label={t('optionsProfileForgetLabel', who)}
                      onClick={() => {
                        setError('');
                        setAsking(key);
                        focusLater(`forget-yes-${key}`);
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
