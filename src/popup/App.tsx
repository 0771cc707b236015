import { useStored } from '../ui/useStored.ts';
import type { Snapshot } from '../storage/index.ts';
import type { Client } from '../ui/client.ts';
import { browserCatalog, t } from '../ui/i18n.ts';
import { render } from '../core/i18n.ts';
import type { Report } from '../core/report.ts';
import { topFixes } from '../core/top-fixes.ts';
import { Checklist } from './Checklist.tsx';
import { displayName, fieldCounts, formatTime } from '../ui/summary.ts';
import { profileKeyOf } from '../readers/index.ts';

interface State {
  url: string | null;
  snapshots: Record<string, Snapshot>;
}

const platformName = (s: Snapshot) =>
  s.profile.platform === 'linkedin' ? t('platformLinkedIn') : t('platformX');

function ReportSummary({ report }: { report: Report }) {
  const fixes = topFixes(report);
  const unchecked = report.results.filter((r) => r.status === 'unknown').length;
  return (
    <div class="stack">
      <p data-testid="score" class="score">
        {t('popupScore', report.score)}
      </p>
      {unchecked > 0 && <p class="muted">{t('popupUnchecked', unchecked)}</p>}
      {fixes.length > 0 ? (
        <>
          <h2>{t('popupTopFixes')}</h2>
          <ol data-testid="top-fixes" class="fixes">
            {fixes.map((r) => (
              <li key={r.rule}>
                <strong>{render(r.title, browserCatalog)}</strong>
                <div class="muted">{render(r.fix, browserCatalog)}</div>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{t('popupAllGood')}</p>
      )}
    </div>
  );
}

function ProfileCard({ snap }: { snap: Snapshot }) {
  const counts = fieldCounts(snap.profile);
  return (
    <section class="card stack" aria-label={t('popupOnProfile', platformName(snap))}>
      <h2>{t('popupOnProfile', platformName(snap))}</h2>
      <p>
        <strong>{displayName(snap.profile)}</strong>
      </p>
      <p data-testid="fields-read">{t('popupFieldsRead', counts.read, counts.total)}</p>
      {counts.unknown > 0 && <p class="muted">{t('popupFieldsUnknown', counts.unknown)}</p>}
      <p class="muted">{t('popupReadAt', formatTime(snap.readAt))}</p>
      {snap.report && <ReportSummary report={snap.report} />}
      {snap.report && <Checklist report={snap.report} catalog={browserCatalog} />}
    </section>
  );
}

export function App({ client }: { client: Client }) {
  const [state] = useStored<State>(client, async () => {
    const [url, snapshots] = await Promise.all([client.activeTabUrl(), client.snapshots()]);
    return { url, snapshots };
  });

  // Same height while loading, so nothing jumps when the data arrives.
  if (!state) {
    return (
      <main class="popup" aria-busy="true">
        <p class="muted">{t('popupLoading')}</p>
      </main>
    );
  }

  const key = state.url ? profileKeyOf(state.url) : null;
  const current = key ? state.snapshots[key] : undefined;
  const others = Object.values(state.snapshots)
    .filter((s) => s.profile.key !== key)
    .sort((a, b) => b.readAt.localeCompare(a.readAt));

  return (
    <main class="popup">
      <header class="row" style={{ justifyContent: 'space-between', marginBottom: 'var(--space-3)' }}>
        <h1>{t('popupTitle')}</h1>
        <button type="button" onClick={() => client.openOptions()}>
          {t('popupOptions')}
        </button>
      </header>

      {key && current && <ProfileCard snap={current} />}
      {key && !current && (
        <section class="card">
          <p>{t('popupNotReadYet')}</p>
        </section>
      )}

      {others.length > 0 ? (
        <section class="card">
          <h2>{t('popupTracked')}</h2>
          <ul class="plain stack" data-testid="tracked">
            {others.map((s) => (
              <li key={s.profile.key}>
                <a href={s.profile.url} target="_blank" rel="noreferrer">
                  {displayName(s.profile)}
                </a>{' '}
                <span class="muted">
                  {platformName(s)}
                  {s.report ? ` · ${t('popupScore', s.report.score)}` : ''} · {formatTime(s.readAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        !key && (
          <section class="card stack">
            <p>{t('popupEmpty')}</p>
            <div class="row">
              <button
                type="button"
                class="primary"
                onClick={() => client.openTab('https://www.linkedin.com/in/me/')}
              >
                {t('popupOpenLinkedIn')}
              </button>
              <button type="button" onClick={() => client.openTab('https://x.com/home')}>
                {t('popupOpenX')}
              </button>
            </div>
          </section>
        )
      )}
    </main>
  );
}
