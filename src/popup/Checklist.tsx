// The whole checklist of one report, grouped: to fix, could be better, not checked, for information, done.
// Each item opens to say why it matters, how to fix it and where its threshold comes from, with the actions
// the caller gives (add to my to-dos, show on page). Page text (quoted in details) is rendered as text,
// never as HTML.
import type { ComponentChildren } from 'preact';
import type { Catalog } from '../core/i18n.ts';
import { render } from '../core/i18n.ts';
import type { Report, Result } from '../core/report.ts';
import type { Status } from '../core/rules/types.ts';

const GROUPS: readonly Status[] = ['fail', 'warn', 'unknown', 'info', 'pass'];
const MARK: Record<Status, string> = { fail: '✗', warn: '!', unknown: '?', info: 'i', pass: '✓' };

const isUrl = (s: string) => /^https:\/\/[^\s]+$/.test(s);

export type RuleActions = (result: Result) => ComponentChildren;

export function RuleItem({
  result,
  catalog,
  actions,
}: {
  result: Result;
  catalog: Catalog;
  actions?: RuleActions | undefined;
}) {
  const source = render(result.source, catalog);
  return (
    <li class={`rule rule-${result.status}`} data-rule={result.rule}>
      <details>
        <summary>
          <span class="mark" aria-hidden="true">
            {MARK[result.status]}
          </span>
          {/* The mark in words, for a screen reader: the top fixes have no group heading to say it. */}
          <span class="visually-hidden">{catalog(`popupStatus_${result.status}`, [])}</span>
          <span class="rule-title">{render(result.title, catalog)}</span>
          <span class="rule-detail muted">{render(result.detail, catalog)}</span>
        </summary>
        <div class="rule-body stack">
          <p>{render({ key: 'report_why', subs: [result.why] }, catalog)}</p>
          {result.status !== 'pass' && <p>{render({ key: 'report_fix', subs: [result.fix] }, catalog)}</p>}
          <p class="muted">
            {isUrl(source) ? (
              <a href={source} target="_blank" rel="noreferrer">
                {render({ key: 'report_source', subs: [source] }, catalog)}
              </a>
            ) : (
              render({ key: 'report_source', subs: [source] }, catalog)
            )}{' '}
            ({result.asOf})
          </p>
          {actions?.(result)}
        </div>
      </details>
    </li>
  );
}

export function Checklist({
  report,
  catalog,
  actions,
}: {
  report: Report;
  catalog: Catalog;
  actions?: RuleActions;
}) {
  return (
    <div class="checklist" data-testid="checklist">
      {GROUPS.map((status) => {
        const results = report.results.filter((r) => r.status === status);
        if (results.length === 0) return null;
        return (
          <section key={status} class={`group group-${status}`}>
            <h4>{render({ key: `report_group_${status}`, subs: [results.length] }, catalog)}</h4>
            <ul class="plain">
              {results.map((r) => (
                <RuleItem key={r.rule} result={r} catalog={catalog} actions={actions} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
