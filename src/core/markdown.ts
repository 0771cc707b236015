// The Markdown progress report: the period's scores then and now per profile, what changed in words, the
// to-dos done and still open, and the goals' progress; ready to paste into a reflective blog post or a CPD
// record. Every piece of user text (to-do titles, names, places, network names, profile keys) goes through
// escapeMarkdown(), so a title like `[x](javascript:...)` or `<img onerror=...>` stays text wherever the
// Markdown is rendered. Its words are the mdreport_* messages of public/_locales (and history_* for what
// changed), rendered with the catalog the caller gives. Pure: no DOM, no browser API, no clock (the period is
// given).
import { goalsProgress, type GoalProgress, type Goals, type Network } from './goals.ts';
import { addDays, dayOf, entries, type Day, type ProfileHistory } from './history.ts';
import { describeChange, diff, ruleName } from './history-change.ts';
import { msg, render, type Catalog, type Sub } from './i18n.ts';
import type { Todo, Todos } from './todos.ts';

/**
 * Make user text safe and literal in Markdown: one line (white space collapsed), control and bidi-override
 * characters dropped, and a backslash before each character that would mean something there, and no
 * other: the report is also pasted as plain text (a CPD form, a blog's visual editor), where every
 * backslash shows. Always: \\ ` * [ < ~ (escapes, code, emphasis, links and images, HTML and autolinks,
 * strikethrough); _ unless it is inside a word (CommonMark makes no emphasis there: jane_doe); & before
 * what reads as an entity (&amp;). At the start, what would begin a block: - + = # > and "1." / "1)".
 * Without an unescaped [ there is no link, so ( ) ! ] stay as they are. test/unit/core/markdown.test.ts
 * renders the result with markdown-it to check it.
 */
export function escapeMarkdown(text: string): string {
  const line = text
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  return line
    .replace(/[\\`*[<~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?=#?[\p{L}\p{N}]+;)/gu, '\\$&')
    .replace(/^([-+=#>]|\d+(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** One of the user's own profiles, and its history. */
export interface ReportProfile {
  /** "linkedin:<slug>" or "x:<handle>". */
  key: string;
  /** The name on the profile, when known: the heading says it before the address. */
  name?: string;
  history: ProfileHistory;
}

export interface ProgressInput {
  /** The user's own profiles (the first of each network gives the score goals their progress). */
  profiles: readonly ReportProfile[];
  todos: Todos;
  goals: Goals;
  /** The period, both days included. */
  from: Day;
  to: Day;
}

/** The report's words: the mdreport_* messages of public/_locales, through the catalog given. */
type Say = (key: string, ...subs: Sub[]) => string;

/** A network's name (platformLinkedIn, platformX), or the key's own prefix for one Spruce does not know. */
const networkName = (network: string, say: Say): string =>
  network === 'linkedin' ? say('platformLinkedIn') : network === 'x' ? say('platformX') : network;

/** "LinkedIn: Robin Ashgrove (robin-ashgrove)", "X: @robinreads" when the name is not known. */
const label = ({ key, name }: ReportProfile, say: Say): string => {
  const i = key.indexOf(':');
  const network = networkName(key.slice(0, i), say);
  const id = escapeMarkdown(key.startsWith('x:') ? `@${key.slice(i + 1)}` : key.slice(i + 1));
  return `${escapeMarkdown(network)}: ${name?.trim() ? `${escapeMarkdown(name)} (${id})` : id}`;
};

/** "+3", "-2" or "no change". */
const signed = (d: number, say: Say): string =>
  d > 0 ? say('history_score_up', d) : d < 0 ? say('history_score_down', -d) : say('mdreport_no_change');

function profileSection(p: ReportProfile, from: Day, to: Day, catalog: Catalog, say: Say): string[] {
  const all = entries(p.history);
  const upTo = all.filter((e) => e.day <= to);
  const now = upTo.at(-1);
  const lines = [`### ${label(p, say)}`, ''];
  if (!now) return [...lines, `- ${say('mdreport_no_reading', to)}`, ''];
  // Then: what stood when the period began (the last reading before it), else its first reading.
  const before = upTo.filter((e) => e.day < from).at(-1);
  const then = before ?? upTo.find((e) => e.day >= from) ?? now;
  const inPeriod = upTo.filter((e) => e.day >= from).length;
  if (then === now) lines.push(`- ${say('mdreport_only_reading', now.score, now.day)}`);
  else {
    const delta = signed(now.score - then.score, say);
    lines.push(`- ${say('mdreport_scores', then.score, then.day, now.score, now.day, delta)}`);
    const change = describeChange(diff(then, now), (id) => escapeMarkdown(render(ruleName(id), catalog)));
    lines.push(`- ${say('mdreport_changed', change)}`);
  }
  lines.push(
    `- ${say('mdreport_coverage', Math.round(now.coverage * 100))}`,
    `- ${say('mdreport_readings', inPeriod)}`,
    '',
  );
  return lines;
}

const inPeriod = (day: Day, from: Day, to: Day): boolean => day >= from && day <= to;

function todoLine(t: Todo, say: Say): string {
  const extra = t.done
    ? say(t.done.auto ? 'mdreport_done_auto' : 'mdreport_done_on', dayOf(t.done.at))
    : t.due
      ? say('mdreport_due', t.due)
      : '';
  return `- [${t.done ? 'x' : ' '}] ${escapeMarkdown(t.title)}${extra ? ` (${extra})` : ''}`;
}

// A to-do's days are the user's local days (dayOf), like the period's: one done at 09:00 on 1 March in
// Auckland is done in March, though its stored time says 28 February in UTC.
function todosSection(todos: Todos, from: Day, to: Day, say: Say): string[] {
  const done = todos.filter((t) => t.done && inPeriod(dayOf(t.done.at), from, to));
  const open = todos.filter((t) => !t.done && dayOf(t.createdAt) <= to);
  const line = (t: Todo) => todoLine(t, say);
  const lines = [`## ${say('mdreport_todos')}`, ''];
  if (done.length) lines.push(say('mdreport_done_heading', done.length), '', ...done.map(line), '');
  else lines.push(say('mdreport_none_done'), '');
  if (open.length) lines.push(say('mdreport_open_heading', open.length), '', ...open.map(line), '');
  else lines.push(say('mdreport_none_open'), '');
  return lines;
}

function goalLine(g: GoalProgress, say: Say): string {
  const text = g.goal.startsWith('score:')
    ? g.current === null
      ? say('mdreport_goal_score_unread', networkName(g.goal.slice(6), say), g.target)
      : say('mdreport_goal_score', networkName(g.goal.slice(6), say), g.current, g.target)
    : say(`mdreport_goal_${g.goal}`, g.current ?? 0, g.target);
  return `- [${g.complete ? 'x' : ' '}] ${text}`;
}

/** "met at LIKE on 2025-02-20", "met at LIKE", "on 2025-02-20" or ''. */
const met = (where: string | undefined, when: Day | undefined, say: Say): string =>
  where && when
    ? say('mdreport_met_at_on', where, when)
    : where
      ? say('mdreport_met_at', where)
      : when
        ? say('mdreport_met_on', when)
        : '';

function goalsSection(goals: Goals, scores: Partial<Record<Network, number>>, say: Say): string[] {
  const summary = goalsProgress(goals, scores);
  const lines = [`## ${say('mdreport_goals')}`, ''];
  if (summary.goals.length === 0) return [...lines, say('mdreport_no_goals'), ''];
  for (const g of summary.goals) {
    lines.push(goalLine(g, say));
    if (g.goal === 'people')
      for (const p of goals.people) {
        const when = met(p.where && escapeMarkdown(p.where), p.when, say);
        lines.push(`  - [${p.connected ? 'x' : ' '}] ${escapeMarkdown(p.name)}${when ? ` (${when})` : ''}`);
      }
    if (g.goal === 'networks')
      for (const n of goals.networks) lines.push(`  - [${n.joined ? 'x' : ' '}] ${escapeMarkdown(n.name)}`);
  }
  lines.push('', say('mdreport_overall', summary.overall.complete, summary.overall.total), '');
  return lines;
}

/**
 * The progress report for the period from..to (both included), as Markdown, in the catalog's language (in the
 * extension the browser's, in node catalogFrom(messages.json)).
 */
export function progressReport(input: ProgressInput, catalog: Catalog): string {
  const say: Say = (key, ...subs) => render(msg(key, ...subs), catalog);
  const { from, to } = input;
  const scores: Partial<Record<Network, number>> = {};
  for (const p of input.profiles) {
    const network = p.key.slice(0, p.key.indexOf(':'));
    if ((network === 'linkedin' || network === 'x') && scores[network] === undefined) {
      const now = entries(p.history)
        .filter((e) => e.day <= to)
        .at(-1);
      if (now) scores[network] = now.score;
    }
  }
  const lines = [
    `# ${say('mdreport_title', from, to)}`,
    '',
    `_${say('mdreport_made_by')}_`,
    '',
    `## ${say('mdreport_profiles')}`,
    '',
    ...(input.profiles.length
      ? input.profiles.flatMap((p) => profileSection(p, from, to, catalog, say))
      : [say('mdreport_no_profiles'), '']),
    ...todosSection(input.todos, from, to, say),
    ...goalsSection(input.goals, scores, say),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** The period of the last `days` days up to `to` (both included), for a "last month" report. */
export const lastDays = (to: Day, days: number): { from: Day; to: Day } => ({
  from: addDays(to, 1 - days),
  to,
});
