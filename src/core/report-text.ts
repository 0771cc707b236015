// A report as readable text lines, for `spruce check` without --json and for the Markdown progress report.
// Plain text only (no colours, no HTML): the caller joins the lines with "\n". Pure.
import type { Report, Result } from './report.ts';
import { topFixes } from './report.ts';
import type { Status } from './rules/types.ts';
import { GOALS } from './settings.ts';

const GROUPS: readonly { status: Status; heading: string; mark: string }[] = [
  { status: 'fail', heading: 'To fix', mark: '✗' },
  { status: 'warn', heading: 'Could be better', mark: '!' },
  { status: 'unknown', heading: 'Not checked (couldn’t read or not measured)', mark: '?' },
  { status: 'info', heading: 'For information', mark: 'i' },
  { status: 'pass', heading: 'Done', mark: '✓' },
];

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * "Score 72/100 · coverage 85%", the top 3 fixes, then the checklist grouped: to fix, could be better, not
 * checked, for information, done. Each rule: mark, title, weight, detail; fixes and sources for the first
 * three groups.
 */
export function formatReport(report: Report, options: { top?: number } = {}): string[] {
  const lines: string[] = [];
  const unknown = report.results.filter((r) => r.status === 'unknown' && r.weight > 0).length;
  lines.push(
    `Score ${report.score}/100 · coverage ${pct(report.coverage)}` +
      (unknown ? ` (${unknown} rule${unknown === 1 ? '' : 's'} couldn’t be checked)` : ''),
  );
  if (report.goal !== 'general') lines.push(`Goal: ${GOALS[report.goal].label}`);

  const top = topFixes(report, options.top ?? 3);
  if (top.length > 0) {
    lines.push('', `Top ${top.length === 1 ? 'fix' : `${top.length} fixes`}:`);
    top.forEach((r, i) => {
      lines.push(`  ${i + 1}. ${r.title}: ${r.fix}`);
    });
  } else if (report.results.some((r) => r.status === 'pass')) {
    lines.push('', 'Nothing to fix among the rules that could be checked.');
  }

  for (const group of GROUPS) {
    const rs = report.results.filter((r) => r.status === group.status);
    if (rs.length === 0) continue;
    lines.push('', `${group.heading} (${rs.length})`);
    for (const r of rs) lines.push(...formatResult(r, group.mark));
  }
  return lines;
}

function formatResult(r: Result, mark: string): string[] {
  const weight = r.weight > 0 ? ` [weight ${r.weight}]` : '';
  const out = [`  ${mark} ${r.title}${weight} (${r.rule})`, `      ${r.detail}`];
  if (r.status === 'fail' || r.status === 'warn') {
    out.push(`      Why: ${r.why}`, `      Fix: ${r.fix}`, `      Source: ${r.source}`);
  }
  return out;
}
