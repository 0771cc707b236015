// First run: what Spruce reads, that nothing leaves the browser, and the optional starter plan. Never forced:
// the rest of the popup works beside it, and "No thanks" closes it for good.
import { useState } from 'preact/hooks';
import type { Client } from '../ui/client.ts';
import { actionFailed, t } from '../ui/i18n.ts';

export function Welcome({ client, onAdopted }: { client: Client; onAdopted: () => void }) {
  const [said, setSaid] = useState('');
  const run = async (f: () => Promise<unknown>, after?: () => void) => {
    try {
      await f();
      after?.();
      // The welcome goes, and the focus with it: to the popup's current tab instead, once drawn.
      setTimeout(() => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
    } catch (err) {
      setSaid(actionFailed(err));
    }
  };
  return (
    <div class="card welcome stack" role="region" aria-labelledby="welcome-heading" data-testid="welcome">
      <h2 id="welcome-heading">{t('popupWelcomeTitle')}</h2>
      <p>{t('popupWelcomeReads')}</p>
      <p>{t('popupWelcomePrivate')}</p>
      <p>{t('popupWelcomeStarter')}</p>
      <div class="row wrap">
        <button
          type="button"
          class="primary"
          data-testid="adopt-starter"
          onClick={() => void run(() => client.adoptStarterPlan(), onAdopted)}
        >
          {t('popupWelcomeAdopt')}
        </button>
        <button type="button" data-testid="no-thanks" onClick={() => void run(() => client.finishWelcome())}>
          {t('popupWelcomeNoThanks')}
        </button>
      </div>
      <p role="status">{said}</p>
    </div>
  );
}
