// The Progress tab: each profile's score over time as a small SVG chart (with the same figures in words and
// as a table), what changed since last week, and how the goals stand.
import {
  addDays,
  entries,
  type History,
  type HistoryEntry,
  type ProfileHistory,
} from '../core/history-read.ts';
import { changeSince, describeChange, diff } from '../core/history-change.ts';
import type { GoalId, Goals } from '../core/goals.ts';
import { render } from '../core/i18n.ts';
import { goalsProgress } from '../core/goals-progress.ts';
import type { Settings, Snapshot } from '../storage/schema.ts';
import { latestScores } from '../background/main-profile.ts';
import type { Client } from '../ui/client.ts';
import { browserCatalog, t, tn, type MessageKey } from '../ui/i18n.ts';
import { displayName, formatDay } from '../ui/summary.ts';

const W = 340;
const H = 110;
const LEFT = 26;
const RIGHT = 6;
const TOP = 8;
const BOTTOM = 20;
/** At most this many points are drawn (about one per 2 px); the words and the table keep every reading. */
const MAX_POINTS = 160;
const TABLE_ROWS = 12;

const time = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function ScoreChart({ list, name }: { list: readonly HistoryEntry[]; name: string }) {
  const first = list[0];
  const last = list.at(-1);
  if (!first || !last) return null;
  const t0 = time(first.day);
  const span = Math.max(1, time(last.day) - t0);
  const x = (e: HistoryEntry) => LEFT + ((time(e.day) - t0) / span) * (W - LEFT - RIGHT);
  const y = (score: number) => TOP + (1 - score / 100) * (H - TOP - BOTTOM);
  const step = Math.ceil(list.length / MAX_POINTS);
  const drawn = list.filter((_, i) => i % step === 0 || i === list.length - 1);
  const points = drawn.map((e) => `${x(e).toFixed(1)},${y(e.score).toFixed(1)}`).join(' ');
  const scores = list.map((e) => e.score);
  const summary = tn(
    'popupChartAlt',
    list.length,
    name,
    list.length,
    first.score,
    formatDay(first.day),
    last.score,
    formatDay(last.day),
    Math.min(...scores),
    Math.max(...scores),
  );
  const rows = list.slice(-TABLE_ROWS).reverse();
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={summary} data-testid="chart">
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line class="grid" x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} />
            <text class="axis" x={LEFT - 4} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {drawn.length > 1 ? (
          <polyline class="line" points={points} fill="none" />
        ) : (
          <circle class="dot" cx={x(last)} cy={y(last.score)} r="3" />
        )}
        <text class="axis" x={LEFT} y={H - 4} text-anchor="start">
          {formatDay(first.day)}
        </text>
        {list.length > 1 && (
          <text class="axis" x={W - RIGHT} y={H - 4} text-anchor="end">
            {formatDay(last.day)}
          </text>
        )}
      </svg>
      {/* The chart's label already says it: heard once, not twice. */}
      <figcaption class="muted small-text" aria-hidden="true">
        {summary}
      </figcaption>
      <details>
        <summary>{t('popupChartTable')}</summary>
        <table class="scores">
          <caption class="visually-hidden">
            {t('popupChartTableCaption', name, rows.length, list.length)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('popupChartDay')}</th>
              <th scope="col">{t('popupChartScore')}</th>
              <th scope="col">{t('popupChartCoverage')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.day}>
                <td>{formatDay(e.day)}</td>
                <td>{e.score}</td>
                <td>{Math.round(e.coverage * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/**
 * What changed since last week (changeSince), else, when there is no reading in the last week to compare, since
 * the reading before the last; null with a single reading.
 */
export function whatChanged(
  history: ProfileHistory,
  list: readonly HistoryEntry[],
  today: string,
): string | null {
  const [prev, last] = list.slice(-2);
  const d = changeSince(history, addDays(today, -7)) ?? (prev && last ? diff(prev, last) : undefined);
  return d ? t('popupChangeSince', formatDay(d.from), render(describeChange(d), browserCatalog)) : null;
}

const GOAL_LABEL: Record<GoalId, MessageKey> = {
  'score:linkedin': 'popupGoalScoreLinkedIn',
  'score:x': 'popupGoalScoreX',
  people: 'popupGoalPeople',
  groups: 'popupGoalGroups',
  networks: 'popupGoalNetworks',
};

function GoalsSummary({
  goals,
  snapshots,
  main,
  client,
}: {
  goals: Goals;
  snapshots: Record<string, Snapshot>;
  main: Settings['main'];
  client: Client;
}) {
  // Each network's score goal follows her main profile there (the one read last, unless she chose).
  const summary = goalsProgress(goals, latestScores(snapshots, { main }));
  return (
    <section class="card stack" aria-labelledby="goals-heading" data-testid="goals">
      <h3 id="goals-heading">{t('popupGoalsHeading')}</h3>
      {summary.goals.length === 0 ? (
        <p class="muted">{t('popupGoalsNone')}</p>
      ) : (
        <>
          <p>{t('popupGoalsOverall', summary.overall.complete, summary.overall.total)}</p>
          <ul class="plain stack">
            {summary.goals.map((g) => (
              <li key={g.goal}>
                <div class="row spread">
                  <span>{t(GOAL_LABEL[g.goal])}</span>
                  <span class="muted">
                    {g.current === null
                      ? t('popupGoalNotRead', g.target)
                      : t(g.complete ? 'popupGoalDone' : 'popupGoalValue', g.current, g.target)}
                  </span>
                </div>
                <div class="bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(g.ratio * 100)}%` }} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <div>
        <button type="button" class="small" onClick={() => client.openOptions('goals')}>
          {t('popupGoalsEdit')}
        </button>
      </div>
    </section>
  );
}

export function Progress(props: {
  history: History;
  snapshots: Record<string, Snapshot>;
  goals: Goals;
  main: Settings['main'];
  client: Client;
  today: string;
}) {
  const keys = Object.keys(props.history)
    .filter((k) => (props.history[k]?.length ?? 0) > 0)
    .sort();
  return (
    <div class="stack">
      <h2>{t('popupProgressHeading')}</h2>
      {keys.length === 0 && <p class="muted">{t('popupProgressEmpty')}</p>}
      {keys.map((key) => {
        const history = props.history[key] ?? [];
        const list = entries(history);
        const snap = props.snapshots[key];
        const site = key.startsWith('x:') ? t('platformX') : t('platformLinkedIn');
        const name = `${snap ? displayName(snap.profile) : key.slice(key.indexOf(':') + 1)} · ${site}`;
        const change = whatChanged(history, list, props.today);
        return (
          <section key={key} class="card stack" data-history={key} aria-label={name}>
            <h3>{name}</h3>
            <ScoreChart list={list} name={name} />
            <p data-testid="what-changed">{change ?? t('popupNoChangeYet')}</p>
          </section>
        );
      })}
      <GoalsSummary goals={props.goals} snapshots={props.snapshots} main={props.main} client={props.client} />
    </div>
  );
}
