// "Report a reading problem": the page's HTML from the tab's content script, anonymised HERE (the page never
// sees the result), saved as a file the user attaches to an issue. Nothing is sent anywhere.
import { useState } from 'preact/hooks';
import { anonymisePage } from '../readers/anonymise.ts';
import type { Client } from '../ui/client.ts';
import { saveFile } from '../ui/download.ts';
import { actionFailed, t } from '../ui/i18n.ts';
import { localDay } from '../ui/summary.ts';

export function ReportProblem({ client }: { client: Client }) {
  const [said, setSaid] = useState<{ text: string; saved: boolean } | null>(null);
  const save = async () => {
    try {
      const page = await client.pageHtml();
      if (!page) {
        setSaid({ text: t('popupReportNoPage'), saved: false });
        return;
      }
      // DOMParser makes an inert document: no scripts run, nothing loads.
      const doc = new DOMParser().parseFromString(page.html, 'text/html');
      const site = /(^|\.)linkedin\.com$/.test(new URL(page.url).hostname) ? 'linkedin' : 'x';
      const name = `spruce-page-structure-${site}-${localDay()}.html`;
      saveFile(name, anonymisePage(doc, page.url));
      setSaid({ text: t('popupReportSaved', name), saved: true });
    } catch (err) {
      setSaid({
        text: actionFailed(err),
        saved: false,
      });
    }
  };
  return (
    <details class="report-problem" data-testid="report-problem">
      <summary>{t('popupReportTitle')}</summary>
      <div class="stack">
        <p>{t('popupReportIntro')}</p>
        <button type="button" onClick={() => void save()}>
          {t('popupReportSave')}
        </button>
        <div role="status">
          {said && <p>{said.text}</p>}
          {said?.saved && <p>{t('popupReportAttach')}</p>}
        </div>
      </div>
    </details>
  );
}
