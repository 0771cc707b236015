// The Markdown progress report: the period's scores then and now per profile, what changed in words, the
// to-dos done and still open, and the goals' progress; ready to paste into a reflective blog post or a CPD
// record. Every piece of user text (to-do titles, names, places, network names, profile keys) goes through
// escapeMarkdown(), so a title like `[x](javascript:...)` or `<img onerror=...>` stays text wherever the
// Markdown is rendered. Pure: no DOM, no browser API, no clock (the period is given).
import { goalsProgress, type GoalProgress, type Goals, type Network } from './goals.ts';
import {
  addDays,
  dayOf,
  describeChange,
  diff,
  entries,
  ruleName,
  type Day,
  type HistoryEntry,
  type ProfileHistory,
} from './history.ts';
import type { Todo, Todos } from './todos.ts';

/**
 * Make user text safe and literal in Markdown: one line (white space collapsed), control and bidi-override
 * characters dropped, and every character Markdown or HTML gives a meaning inside a line backslash-escaped
 * (CommonMark: any ASCII punctuation may be escaped). Characters that start a block (-, +, =, "1.") are
 * escaped at the start, so the text can be put anywhere on a line.
 */
export function escapeMarkdown(text: string): string {
  const line = text
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  return line
    .replace(/[\\`*_[\]<>()#|~&!{}]/g, '\\$&')
    .replace(/^([-+=]|\d+(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** Every English word of the report, in one place so it can move to _locales. */
export const REPORT_WORDS = {
  title: (from: Day, to: Day) => `# Progress report: ${from} to ${to}`,
  madeBy: '_Made with Spruce from the data kept in this browser._',
  profiles: '## Profiles',
  noProfiles: 'No profile read yet.',
  network: { linkedin: 'LinkedIn', x: 'X' } as Record<string, string>,
  noReading: (to: Day) => `- No reading of this profile by ${to}.`,
  onlyReading: (score: number, day: Day) => `- Score: ${score} on ${day} (one reading so far)`,
  scores: (a: HistoryEntry, b: HistoryEntry) => {
    const d = b.score - a.score;
    const sign = d > 0 ? `+${d}` : d < 0 ? `${d}` : 'no change';
    return `- Score: ${a.score} on ${a.day}, ${b.score} on ${b.day} (${sign})`;
  },
  coverage: (c: number) =>
    `- Coverage: ${Math.round(c * 100)}% of the checklist could be read on the latest reading`,
  changed: (words: string) => `- What changed: ${words}`,
  readings: (n: number) => `- Readings in this period: ${n}`,
  todos: '## To-dos',
  doneHeading: (n: number) => `Done in this period (${n}):`,
  openHeading: (n: number) => `Still open (${n}):`,
  noneDone: 'None done in this period.',
  noneOpen: 'Nothing left open.',
  doneOn: (day: Day, auto: boolean) => (auto ? `done ${day}, ticked off by a later reading` : `done ${day}`),
  due: (day: Day) => `due ${day}`,
  goals: '## Goals',
  noGoals: 'No goals set.',
  goal: {
    score: (network: string, current: number | null, target: number) =>
      current === null
        ? `${network} profile score: not read yet (target ${target})`
        : `${network} profile score: ${current} of ${target}`,
    people: (current: number, target: number) => `People I've met: ${current} of ${target} connected`,
    groups: (current: number, target: number) => `LinkedIn groups: ${current} of ${target} joined`,
    networks: (current: number, target: number) => `Professional networks: ${current} of ${target} joined`,
  },
  met: (where: string | undefined, when: Day | undefined) =>
    [where && `met at ${where}`, when && `on ${when}`].filter(Boolean).join(' '),
  overall: (complete: number, total: number) => `${complete} of ${total} goals complete.`,
} as const;

/** One of the user's own profiles, and its history. */
export interface ReportProfile {
  /** "linkedin:<slug>" or "x:<handle>". */
  key: string;
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

const label = (key: string): string => {
  const i = key.indexOf(':');
  const network = REPORT_WORDS.network[key.slice(0, i)] ?? key.slice(0, i);
  const id = key.slice(i + 1);
  return `${escapeMarkdown(network)}: ${escapeMarkdown(key.startsWith('x:') ? `@${id}` : id)}`;
};

function profileSection(p: ReportProfile, from: Day, to: Day): string[] {
  const all = entries(p.history);
  const upTo = all.filter((e) => e.day <= to);
  const now = upTo.at(-1);
  const lines = [`### ${label(p.key)}`, ''];
  if (!now) return [...lines, REPORT_WORDS.noReading(to), ''];
  // Then: what stood when the period began (the last reading before it), else its first reading.
  const before = upTo.filter((e) => e.day < from).at(-1);
  const then = before ?? upTo.find((e) => e.day >= from) ?? now;
  const inPeriod = upTo.filter((e) => e.day >= from).length;
  if (then === now) lines.push(REPORT_WORDS.onlyReading(now.score, now.day));
  else {
    lines.push(REPORT_WORDS.scores(then, now));
    lines.push(REPORT_WORDS.changed(describeChange(diff(then, now), (id) => escapeMarkdown(ruleName(id)))));
  }
  lines.push(REPORT_WORDS.coverage(now.coverage), REPORT_WORDS.readings(inPeriod), '');
  return lines;
}

const inPeriod = (day: Day, from: Day, to: Day): boolean => day >= from && day <= to;

function todoLine(t: Todo): string {
  const extra: string[] = [];
  if (t.done) extra.push(REPORT_WORDS.doneOn(dayOf(t.done.at), t.done.auto));
  else if (t.due) extra.push(REPORT_WORDS.due(t.due));
  return `- [${t.done ? 'x' : ' '}] ${escapeMarkdown(t.title)}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

function todosSection(todos: Todos, from: Day, to: Day): string[] {
  const done = todos.filter((t) => t.done && inPeriod(dayOf(t.done.at), from, to));
  const open = todos.filter((t) => !t.done && dayOf(t.createdAt) <= to);
  const lines = [REPORT_WORDS.todos, ''];
  if (done.length) lines.push(REPORT_WORDS.doneHeading(done.length), '', ...done.map(todoLine), '');
  else lines.push(REPORT_WORDS.noneDone, '');
  if (open.length) lines.push(REPORT_WORDS.openHeading(open.length), '', ...open.map(todoLine), '');
  else lines.push(REPORT_WORDS.noneOpen, '');
  return lines;
}

function goalLine(g: GoalProgress): string {
  const w = REPORT_WORDS.goal;
  const text = g.goal.startsWith('score:')
    ? w.score(REPORT_WORDS.network[g.goal.slice(6)] ?? g.goal, g.current, g.target)
    : w[g.goal as 'people' | 'groups' | 'networks'](g.current ?? 0, g.target);
  return `- [${g.complete ? 'x' : ' '}] ${text}`;
}

function goalsSection(goals: Goals, scores: Partial<Record<Network, number>>): string[] {
  const summary = goalsProgress(goals, scores);
  const lines = [REPORT_WORDS.goals, ''];
  if (summary.goals.length === 0) return [...lines, REPORT_WORDS.noGoals, ''];
  for (const g of summary.goals) {
    lines.push(goalLine(g));
    if (g.goal === 'people')
      for (const p of goals.people) {
        const met = REPORT_WORDS.met(p.where && escapeMarkdown(p.where), p.when);
        lines.push(`  - [${p.connected ? 'x' : ' '}] ${escapeMarkdown(p.name)}${met ? ` (${met})` : ''}`);
      }
    if (g.goal === 'networks')
      for (const n of goals.networks) lines.push(`  - [${n.joined ? 'x' : ' '}] ${escapeMarkdown(n.name)}`);
  }
  lines.push('', REPORT_WORDS.overall(summary.overall.complete, summary.overall.total), '');
  return lines;
}

/** The progress report for the period from..to (both included), as Markdown. */
export function progressReport(input: ProgressInput): string {
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
    REPORT_WORDS.title(from, to),
    '',
    REPORT_WORDS.madeBy,
    '',
    REPORT_WORDS.profiles,
    '',
    ...(input.profiles.length
      ? input.profiles.flatMap((p) => profileSection(p, from, to))
      : [REPORT_WORDS.noProfiles, '']),
    ...todosSection(input.todos, from, to),
    ...goalsSection(input.goals, scores),
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
