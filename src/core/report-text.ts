// A report as text: renderReport() turns the engine's messages into words with a catalog (browser.i18n in the
// extension, messages.json in node), and formatReport() lays a report out as readable lines, for
// `spruce check` without --json and for the Markdown progress report. Plain text only (no colours, no HTML):
// the caller joins the lines with "\n". Pure.
import { goalMsg, msg, render, type Catalog, type Msg } from './i18n.ts';
import type { Report, Result } from './report.ts';
import { topFixes } from './top-fixes.ts';
import type { Status } from './rules/types.ts';

type TextFields = 'title' | 'detail' | 'fix' | 'source' | 'why' | 'sourceNote';

/** A result in words: the shape of the `spruce check --json` contract's results, and of the UI's. */
export interface TextResult extends Omit<Result, TextFields> {
  title: string;
  /** The measured value, quoted. */
  detail: string;
  fix: string;
  source: string;
  why: string;
  sourceNote?: string;
}

export interface TextReport extends Omit<Report, 'results'> {
  results: TextResult[];
}

const TEXT_FIELDS: ReadonlySet<string> = new Set<TextFields>([
  'title',
  'detail',
  'fix',
  'source',
  'why',
  'sourceNote',
]);

/** One result in words, its fields in the same order. */
export function renderResult(r: Result, catalog: Catalog): TextResult {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) out[k] = TEXT_FIELDS.has(k) ? render(v as Msg, catalog) : v;
  return out as unknown as TextResult;
}

/** The report in words: every result rendered, the rest as it is. */
export const renderReport = (report: Report, catalog: Catalog): TextReport => ({
  ...report,
  results: report.results.map((r) => renderResult(r, catalog)),
});

const GROUPS: readonly { status: Status; heading: string; mark: string }[] = [
  { status: 'fail', heading: 'report_group_fail', mark: '✗' },
  { status: 'warn', heading: 'report_group_warn', mark: '!' },
  { status: 'unknown', heading: 'report_group_unknown', mark: '?' },
  { status: 'info', heading: 'report_group_info', mark: 'i' },
  { status: 'pass', heading: 'report_group_pass', mark: '✓' },
];

/**
 * "Score 72/100 · coverage 85%", the top 3 fixes, then the checklist grouped: to fix, could be better, not
 * checked, for information, done. Each rule: mark, title, weight, detail; fixes and sources for the first
 * three groups. Its own words are the report_... messages.
 */
export function formatReport(report: Report, catalog: Catalog, options: { top?: number } = {}): string[] {
  const t = (key: string, ...subs: (string | number | Msg)[]): string => render(msg(key, ...subs), catalog);
  const lines: string[] = [];
  const unknown = report.results.filter((r) => r.status === 'unknown' && r.weight > 0).length;
  const pct = Math.round(report.coverage * 100);
  lines.push(
    unknown
      ? render({ key: 'report_score_unknown', count: unknown, subs: [unknown, report.score, pct] }, catalog)
      : t('report_score', report.score, pct),
  );
  if (report.goal !== 'general') lines.push(t('report_goal', goalMsg(report.goal, 'label')));

  const top = topFixes(report, options.top ?? 3).map((r) => renderResult(r, catalog));
  if (top.length > 0) {
    lines.push('', render({ key: 'report_top', count: top.length, subs: [top.length] }, catalog));
    top.forEach((r, i) => {
      lines.push(`  ${t('report_top_item', i + 1, r.title, r.fix)}`);
    });
  } else if (report.results.some((r) => r.status === 'pass')) {
    lines.push('', t('report_nothing_to_fix'));
  }

  for (const group of GROUPS) {
    const rs = report.results.filter((r) => r.status === group.status);
    if (rs.length === 0) continue;
    lines.push('', t(group.heading, rs.length));
    for (const r of rs) lines.push(...formatResult(renderResult(r, catalog), group.mark, t));
  }
  return lines;
}

function formatResult(
  r: TextResult,
  mark: string,
  t: (key: string, ...subs: (string | number)[]) => string,
): string[] {
  const head =
    r.weight > 0
      ? t('report_result', r.title, r.weight, r.rule)
      : t('report_result_no_weight', r.title, r.rule);
  const out = [`  ${mark} ${head}`, `      ${r.detail}`];
  if (r.status === 'fail' || r.status === 'warn') {
    out.push(
      `      ${t('report_why', r.why)}`,
      `      ${t('report_fix', r.fix)}`,
      `      ${t('report_source', r.source)}`,
    );
  }
  return out;
}
