// The Profile tab: on the user's own profile tab, its score, coverage, top fixes and the whole checklist,
// each item with "Add to my to-dos" and "Show on page"; on any other page, one card per profile Spruce has
// read, with what changed since the reading before.
import { useState } from 'preact/hooks';
import { render } from '../core/i18n.ts';
import { entries, type History, type ProfileHistory } from '../core/history-read.ts';
import { describeChange, diff } from '../core/history-change.ts';
import type { Result } from '../core/report.ts';
import type { Todo, TodoOrigin } from '../core/todos.ts';
import { isHint, topFixes } from '../core/top-fixes.ts';
import type { Snapshot } from '../storage/schema.ts';
import type { Client } from '../ui/client.ts';
import { browserCatalog, actionFailed, t, tn } from '../ui/i18n.ts';
import { ScoreRing } from '../ui/ScoreRing.tsx';
import { displayName, formatTime } from '../ui/summary.ts';
import { Checklist, RuleItem } from './Checklist.tsx';

export const platformName = (s: Snapshot) =>
  s.profile.platform === 'linkedin' ? t('platformLinkedIn') : t('platformX');

export function ProfileCard(props: {
  snap: Snapshot;
  /** Her profile of this network the cross-network checks compare, when it is another one (a work account's card). */
  compared?: Snapshot['profile'];
  todos: readonly Todo[];
  /** Her history of this profile: what changed since last time is said on the card too. */
  history?: ProfileHistory;
  client: Client;
  onTodos: (todos: Todo[]) => void;
}) {
  const { snap, todos, client } = props;
  const change = changeSinceLast(props.history);
  const report = snap.report;
  // What the last action on each rule said ("Shown on the page", an error), by rule id.
  const [said, setSaid] = useState<Record<string, string>>({});
  const say = (rule: string, text: string) => setSaid((s) => ({ ...s, [rule]: text }));

  const actions = (r: Result) => {
    const origin: TodoOrigin = { kind: 'rule', rule: r.rule, profileKey: snap.profile.key };
    // As findByOrigin() in src/core/todos.ts, which the popup does not import (it would bundle the to-dos'
    // transitions, which only the worker runs).
    const added = todos.find(
      (td) =>
        td.origin.kind === 'rule' && td.origin.rule === r.rule && td.origin.profileKey === origin.profileKey,
    );
    const title = render(r.title, browserCatalog);
    // Ticked by hand while the latest reading still fails or warns on it: it can be reopened from here.
    const reopen = !!added?.done && (r.status === 'fail' || r.status === 'warn');
    const add = async () => {
      if (added && !reopen) return;
      try {
        const next = await client.changeTodo(
          added
            ? { op: 'reopen', id: added.id }
            : {
                op: 'add',
                title: `${platformName(snap)}: ${title}`,
                notes: render(r.fix, browserCatalog),
                origin,
              },
        );
        props.onTodos(next);
        say(r.rule, t(added ? 'popupTodoReopenedSaid' : 'popupTodoAddedSaid'));
      } catch (err) {
        say(r.rule, actionFailed(err));
      }
    };
    const show = async () => {
      const shown = await client.showOnPage(r.rule).catch(() => null);
      say(
        r.rule,
        t(
          shown
            ? 'popupShownOnPage'
            : shown === false
              ? 'popupShowOnPageNoMarker'
              : 'popupShowOnPageNoAnswer',
        ),
      );
    };
    return (
      <>
        <div class="row wrap">
          {r.status !== 'pass' && r.status !== 'info' && (
            <button
              type="button"
              class="small"
              data-act="add-todo"
              aria-disabled={added && !reopen ? 'true' : undefined}
              onClick={add}
            >
              {reopen
                ? t('popupTodoReopen')
                : added
                  ? added.done
                    ? t('popupTodoDoneAlready')
                    : t('popupTodoAdded')
                  : t('popupAddTodo')}
              <span class="visually-hidden">: {title}</span>
            </button>
          )}
          {/* Only what the page marks (a failing or warning check that counts) can be shown there. */}
          {isHint(r) && (
            <button type="button" class="small" data-act="show" onClick={show}>
              {t('popupShowOnPage')}
              <span class="visually-hidden">: {title}</span>
            </button>
          )}
        </div>
        <p class="said muted" role="status">
          {said[r.rule] ?? ''}
        </p>
      </>
    );
  };

  const fixes = report ? topFixes(report) : [];
  const unchecked = report ? report.results.filter((r) => r.status === 'unknown').length : 0;
  return (
    <section class="card stack" aria-labelledby="profile-heading" data-testid="profile-card">
      <h2 id="profile-heading">{t('popupOnProfile', platformName(snap))}</h2>
      <div class="row">
        {report && <ScoreRing score={report.score} />}
        <div>
          <p class="name">
            <strong>{displayName(snap.profile)}</strong>
          </p>
          {report && (
            <p data-testid="score" class="score">
              {t('popupScore', report.score)}
            </p>
          )}
          <p class="muted">{t('popupReadAt', formatTime(snap.readAt))}</p>
        </div>
      </div>
      {change && <p data-testid="change">{t('popupChangeSinceLast', change)}</p>}
      {report && report.coverage < 1 && (
        <p class="muted" data-testid="coverage">
          {tn('popupCoverage', unchecked, Math.round(report.coverage * 100), unchecked)}
        </p>
      )}
      {!report && <p class="muted">{t('popupNoReport')}</p>}
      {props.compared && (
        <p class="muted" data-testid="not-compared">
          {t('popupNotCompared', displayName(props.compared))}
        </p>
      )}
      {report &&
        (fixes.length > 0 ? (
          <>
            <h3>{t('popupTopFixes')}</h3>
            <ol data-testid="top-fixes" class="fixes">
              {fixes.map((r) => (
                <RuleItem key={r.rule} result={r} catalog={browserCatalog} actions={actions} />
              ))}
            </ol>
          </>
        ) : (
          <p>{t('popupAllGood')}</p>
        ))}
      {report && (
        <>
          <h3>{t('popupChecklist')}</h3>
          <Checklist report={report} catalog={browserCatalog} actions={actions} />
        </>
      )}
    </section>
  );
}

/** "+3: About expanded" between the last two readings, or null when there is only one. */
export function changeSinceLast(history: ProfileHistory | undefined): string | null {
  if (!history || history.length < 2) return null;
  const all = entries(history);
  const [a, b] = all.slice(-2);
  return a && b ? render(describeChange(diff(a, b)), browserCatalog) : null;
}

export function ProfileSummaries(props: {
  snapshots: Record<string, Snapshot>;
  history: History;
  client: Client;
}) {
  const { client } = props;
  const list = Object.values(props.snapshots).sort((a, b) => b.readAt.localeCompare(a.readAt));
  const mine = (p: 'linkedin' | 'x') => list.find((s) => s.profile.platform === p)?.profile.url;
  const linkedin = mine('linkedin');
  const x = mine('x');
  return (
    <div class="stack">
      {list.length === 0 ? (
        <p>{t('popupEmpty')}</p>
      ) : (
        <section aria-labelledby="tracked-heading">
          <h2 id="tracked-heading">{t('popupTracked')}</h2>
          <ul class="plain" data-testid="tracked">
            {list.map((s) => {
              const change = changeSinceLast(props.history[s.profile.key]);
              return (
                <li key={s.profile.key} class="card row summary" data-profile={s.profile.key}>
                  {s.report && <ScoreRing score={s.report.score} size={44} />}
                  <div>
                    <a href={s.profile.url} target="_blank" rel="noreferrer">
                      {displayName(s.profile)}
                    </a>
                    <div class="muted">
                      {platformName(s)}
                      {s.report ? ` · ${t('popupScore', s.report.score)}` : ''}
                    </div>
                    <div class="muted">{t('popupReadAt', formatTime(s.readAt))}</div>
                    <div data-testid="change">
                      {change ? t('popupChangeSinceLast', change) : t('popupNoChangeYet')}
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div class="row wrap">
        <button
          type="button"
          class="primary"
          onClick={() => client.openTab(linkedin ?? 'https://www.linkedin.com/in/me/')}
        >
          {t('popupOpenLinkedIn')}
        </button>
        <button type="button" onClick={() => client.openTab(x ?? 'https://x.com/home')}>
          {x ? t('popupOpenMyX') : t('popupOpenX')}
        </button>
      </div>
    </div>
  );
}
