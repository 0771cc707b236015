// "Your data": export everything as JSON, import a backup after seeing what it would change, a Markdown
// progress report for a period (download or copy), and delete everything. No network: files are saved
// through a Blob URL and read with File.text().
import { useEffect, useRef, useState } from 'preact/hooks';
import { addDays } from '../core/history.ts';
import { lastDays, progressReport } from '../core/markdown.ts';
import { mainProfile } from '../background/main-profile.ts';
import type { ImportPreview } from '../ui/client.ts';
import { browserCatalog, t, type MessageKey } from '../ui/i18n.ts';
import { formatTime } from '../ui/summary.ts';
import type { Profile } from '../core/profile.ts';
import { saveFile } from '../ui/download.ts';
import { errorText, FormError, isolate, saveFailed, today, useError, type SectionProps } from './shared.tsx';

const COUNTS: { key: keyof ImportPreview['counts']; label: MessageKey }[] = [
  { key: 'profiles', label: 'optionsCountProfiles' },
  { key: 'todos', label: 'optionsCountTodos' },
  { key: 'people', label: 'optionsCountPeople' },
  { key: 'networks', label: 'optionsCountNetworks' },
  { key: 'historyDays', label: 'optionsCountHistoryDays' },
];

export function DataSection(props: SectionProps) {
  return (
    <section class="card stack" aria-labelledby="data-heading" id="data">
      <h2 id="data-heading">{t('optionsData')}</h2>
      <p class="muted">{t('optionsDataHelp')}</p>
      <Export {...props} />
      <Import {...props} />
      <Report {...props} />
      <DeleteAll {...props} />
    </section>
  );
}

function Export({ client, say }: SectionProps) {
  const [error, setError] = useError(say);
  const run = async () => {
    setError('');
    try {
      saveFile(`spruce-backup-${today()}.json`, await client.exportData(), 'application/json');
      say(t('optionsExported'));
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <div class="stack">
      <h3>{t('optionsExport')}</h3>
      <p class="muted">{t('optionsExportHelp')}</p>
      <div>
        <button type="button" data-testid="export" onClick={() => void run()}>
          {t('optionsExportButton')}
        </button>
      </div>
      <FormError id="export-error" text={error} />
    </div>
  );
}

function Import({ client, say }: SectionProps) {
  const [file, setFile] = useState<{ name: string; text: string; preview: ImportPreview } | null>(null);
  const [error, setError] = useError(say);
  const input = useRef<HTMLInputElement>(null);

  const choose = async (chosen: File | undefined) => {
    setError('');
    setFile(null);
    if (!chosen) return;
    try {
      await read(chosen);
    } finally {
      // Emptied after each try, so that choosing the same file again (mended after a refusal) is a change
      // the page hears; the preview names the file.
      if (input.current) input.current.value = '';
    }
  };
  const read = async (chosen: File) => {
    let text: string;
    try {
      text = await chosen.text();
    } catch (err) {
      setError(t('optionsImportRefused', errorText(err)));
      return;
    }
    try {
      const preview = await client.importData(text, false);
      setFile({ name: chosen.name, text, preview });
      // The preview appears below the field, away from the focus: the status line tells a screen reader.
      say(t('optionsImportReady', isolate(chosen.name)));
    } catch (err) {
      // The worker's refusal is a whole sentence already ("Spruce can't import this file: ... Nothing was
      // changed."), as is any reason it cannot write now.
      setError(errorText(err));
    }
  };
  const apply = async () => {
    if (!file) return;
    setError('');
    try {
      await client.importData(file.text, true);
      setFile(null);
      if (input.current) input.current.value = '';
      input.current?.focus();
      say(t('optionsImported'));
    } catch (err) {
      setError(errorText(err));
    }
  };
  const cancel = () => {
    setFile(null);
    if (input.current) input.current.value = '';
    input.current?.focus();
  };

  return (
    <div class="stack">
      <h3>{t('optionsImport')}</h3>
      <p class="muted" id="import-help">
        {t('optionsImportHelp')}
      </p>
      <div class="field">
        <label for="import-file">{t('optionsImportFile')}</label>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-describedby={error ? 'import-error import-help' : 'import-help'}
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </div>
      <FormError id="import-error" text={error} />
      {file ? (
        <div class="confirm stack" data-testid="import-preview">
          <table>
            <caption>
              {t('optionsImportPreview', isolate(file.name), formatTime(file.preview.exportedAt))}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsImportWhat')}</th>
                <th scope="col">{t('optionsImportNow')}</th>
                <th scope="col">{t('optionsImportInFile')}</th>
              </tr>
            </thead>
            <tbody>
              {COUNTS.map(({ key, label }) => (
                <tr key={key} data-count={key}>
                  <th scope="row">{t(label)}</th>
                  <td>{file.preview.counts[key].now}</td>
                  <td>{file.preview.counts[key].file}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t('optionsImportWarning')}</p>
          <div class="row wrap-row">
            <button type="button" class="danger" data-testid="import-apply" onClick={() => void apply()}>
              {t('optionsImportApply')}
            </button>
            <button type="button" onClick={cancel}>
              {t('optionsCancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function Report({ state, say }: SectionProps) {
  const initial = lastDays(today(), 30);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [error, setError] = useError(say);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;

  /** The name on a profile, when it was read. */
  const nameOf = (p: Profile | undefined) =>
    p?.fields.name.state === 'found' ? p.fields.name.value : undefined;
  const markdown = (): string => {
    const mains = new Set(
      (['linkedin', 'x'] as const).map((site) => mainProfile(state.snapshots, site, state.settings)?.key),
    );
    return progressReport(
      {
        // Only the user's own profiles: an example profile she saved to learn from is not her progress.
        // Her main profile of each network first: the score goals follow it.
        profiles: Object.keys(state.history)
          .filter((key) => state.snapshots[key]?.profile.own !== false)
          .sort()
          .sort((a, b) => Number(mains.has(b)) - Number(mains.has(a)))
          .map((key) => ({
            key,
            name: nameOf(state.snapshots[key]?.profile),
            history: state.history[key]!,
          })),
        todos: state.todos,
        goals: state.goals,
        from,
        to,
      },
      browserCatalog,
    );
  };

  const check = (): boolean => {
    setError(valid ? '' : t('optionsReportBadRange'));
    return valid;
  };
  const save = () => {
    if (!check()) return;
    saveFile(`spruce-progress-${from}-to-${to}.md`, markdown(), 'text/markdown');
    say(t('optionsReportSaved'));
  };
  const copy = async () => {
    if (!check()) return;
    try {
      await navigator.clipboard.writeText(markdown());
      say(t('optionsReportCopied'));
    } catch (err) {
      setError(t('optionsReportCopyFailed', errorText(err)));
    }
  };

  return (
    <div class="stack">
      <h3>{t('optionsReport')}</h3>
      <p class="muted">{t('optionsReportHelp')}</p>
      <div class="row wrap-row" role="group" aria-label={t('optionsReportPeriod')}>
        <label for="report-from">{t('optionsReportFrom')}</label>
        <input
          id="report-from"
          type="date"
          value={from}
          max={to}
          aria-describedby="report-error"
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
        <label for="report-to">{t('optionsReportTo')}</label>
        <input
          id="report-to"
          type="date"
          value={to}
          min={from}
          aria-describedby="report-error"
          onInput={(e) => setTo(e.currentTarget.value)}
        />
        <button type="button" onClick={() => setFrom(addDays(to, -6))}>
          {t('optionsReportLastWeek')}
        </button>
      </div>
      <div class="row wrap-row">
        <button type="button" data-testid="report-download" onClick={save}>
          {t('optionsReportDownload')}
        </button>
        <button type="button" data-testid="report-copy" onClick={() => void copy()}>
          {t('optionsReportCopy')}
        </button>
      </div>
      <FormError id="report-error" text={error} />
    </div>
  );
}

function DeleteAll({ client, say }: SectionProps) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useError(say);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const run = async () => {
    setError('');
    try {
      await client.deleteAll();
      setAsking(false);
      say(t('optionsDeleted'));
      setTimeout(() => startRef.current?.focus());
    } catch (err) {
      setError(saveFailed(err));
    }
  };
  return (
    <div class="stack">
      <h3>{t('optionsDelete')}</h3>
      <p class="muted">{t('optionsDeleteHelp')}</p>
      {asking ? (
        <div class="confirm stack" role="group" aria-labelledby="delete-ask">
          <p id="delete-ask">
            <strong>{t('optionsDeleteAsk')}</strong>
          </p>
          <div class="row wrap-row">
            <button
              type="button"
              class="danger"
              ref={confirmRef}
              data-testid="delete-confirm"
              onClick={() => void run()}
            >
              {t('optionsDeleteYes')}
            </button>
            <button
              type="button"
              onClick={() => {
                setAsking(false);
                setTimeout(() => startRef.current?.focus());
              }}
            >
              {t('optionsCancel')}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button
            type="button"
            class="danger-outline"
            ref={startRef}
            data-testid="delete-start"
            onClick={() => setAsking(true)}
          >
            {t('optionsDeleteButton')}
          </button>
        </div>
      )}
      <FormError id="delete-error" text={error} />
    </div>
  );
}
