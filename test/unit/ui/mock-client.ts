// An in-memory Client for component tests: the same pure transitions the worker applies, no browser.
// `failWith` makes every change reject (error states); `slow` keeps every read pending until released
// (loading states).
import {
  applyGoalOp,
  applyTodoOp,
  forgetProfile,
  reconcileGoalTodos,
  ruleInfo,
} from '../../../src/background/data.ts';
import { importPreview } from '../../../src/background/preview.ts';
import { exportData, parseBackup } from '../../../src/core/backup.ts';
import { adoptStarterPlan, NO_GOALS, starterText, type Goals } from '../../../src/core/goals.ts';
import { catalogFrom, type Messages } from '../../../src/core/i18n.ts';
import messages from '../../../public/_locales/en/messages.json';
import type { History } from '../../../src/core/history.ts';
import type { Todo } from '../../../src/core/todos.ts';
import type { AsStored } from '../../../src/ui/client.ts';
import type { OptionsClient, SiteTab } from '../../../src/options/client.ts';
import { reportFor } from '../../../src/background/evaluate.ts';
import { MAX_EXAMPLES } from '../../../src/core/limits.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import { checkImportedSettings, DEFAULT_SETTINGS } from '../../../src/storage/settings.ts';
import type { Meta, Settings, Snapshot, SyncStatus } from '../../../src/storage/schema.ts';

export interface MockData {
  url: string | null;
  snapshots: Record<string, Snapshot>;
  settings: Settings;
  todos: Todo[];
  goals: Goals;
  history: History;
  meta: Meta;
  syncStatus: SyncStatus;
  problem: string | null;
  /** What the active tab's content script answers with (null: no content script there). */
  page: { html: string; url: string } | null;
  /** What asStored() answers: the popup's data as storage holds it (null: not this version's). */
  asStored?: AsStored | null;
  /** Rules the page has no marker for ("Show on page" answers false). */
  unmarked?: string[];
  /** Other people's profiles kept as examples. */
  examples: Record<string, Snapshot>;
  /** The tabs showing LinkedIn or X pages, and what each one's content script answers (absent: none). */
  tabs: SiteTab[];
  tabPages: Record<number, { html: string; url: string }>;
}

export interface MockClient extends OptionsClient {
  data: MockData;
  /** Calls made to the client, by method name. */
  calls: { method: string; args: unknown[] }[];
  opened: string[];
  failWith?: string;
  /** While set, every read waits for it (loading states). */
  slow?: Promise<void>;
  /** When set, every read rejects with it (a page that cannot load). */
  readError?: string;
}

export function mockClient(init: Partial<MockData> = {}): MockClient {
  const data: MockData = {
    url: null,
    snapshots: {},
    settings: structuredClone(DEFAULT_SETTINGS),
    todos: [],
    goals: NO_GOALS as Goals,
    history: {},
    meta: { welcomed: true },
    syncStatus: { state: 'off' },
    problem: null,
    page: null,
    examples: {},
    tabs: [],
    tabPages: {},
    ...init,
  };
  const listeners = new Set<() => void>();
  let n = 0;
  const makeId = () => `id-${++n}`;
  const now = () => '2026-11-27T12:00:00.000Z';
  const changed = () => listeners.forEach((f) => f());
  const client: MockClient = {
    data,
    calls: [],
    opened: [],
    activeTabUrl: () => read(() => data.url),
    snapshots: () => read(() => data.snapshots),
    settings: () => read(() => data.settings),
    rules: () => read(() => ruleInfo(RULES)),
    todos: () => read(() => data.todos),
    goals: () => read(() => data.goals),
    history: () => read(() => data.history),
    meta: () => read(() => data.meta),
    syncStatus: () => read(() => data.syncStatus),
    problem: () => read(() => data.problem),
    asStored: () => read(() => data.asStored ?? null),
    async updateSettings(patch) {
      change('updateSettings', [patch]);
      data.settings = { ...data.settings, ...patch };
      changed();
      return data.settings;
    },
    async changeTodo(op) {
      change('changeTodo', [op]);
      data.todos = applyTodoOp(data.todos, op, makeId, now()) as Todo[];
      changed();
      return data.todos;
    },
    async changeGoals(op) {
      change('changeGoals', [op]);
      data.goals = applyGoalOp(data.goals, op, makeId, now());
      data.todos = reconcileGoalTodos(data.todos, data.goals, data.snapshots, now()) as Todo[];
      changed();
      return { goals: data.goals, todos: data.todos };
    },
    async adoptStarterPlan() {
      change('adoptStarterPlan', []);
      const r = adoptStarterPlan(
        data.todos,
        data.goals,
        makeId,
        now(),
        starterText(catalogFrom(messages as Messages)),
      );
      data.todos = r.todos as Todo[];
      data.goals = r.goals;
      data.meta = { welcomed: true };
      changed();
      return { goals: data.goals, todos: data.todos };
    },
    async finishWelcome() {
      change('finishWelcome', []);
      data.meta = { welcomed: true };
      changed();
    },
    async setHint(rule, until) {
      change('setHint', [rule, until]);
      const hints = { ...data.settings.hints };
      if (until === 'restore') delete hints[rule];
      else hints[rule] = { until };
      data.settings = { ...data.settings, hints };
      changed();
      return data.settings;
    },
    async importData(text, apply) {
      change('importData', [text, apply]);
      const parsed = parseBackup(text, { settings: checkImportedSettings });
      if (!parsed.ok) throw new Error(parsed.error);
      const d = parsed.data;
      const cur = { snapshots: data.snapshots, todos: data.todos, goals: data.goals, history: data.history };
      const preview = importPreview(cur, d, parsed.exportedAt);
      if (apply) {
        Object.assign(data, {
          settings: d.settings,
          snapshots: d.snapshots,
          todos: d.todos,
          goals: d.goals,
          history: d.history,
        });
        changed();
      }
      return preview;
    },
    async deleteAll() {
      change('deleteAll', []);
      Object.assign(data, {
        snapshots: {},
        settings: structuredClone(DEFAULT_SETTINGS),
        todos: [],
        goals: NO_GOALS,
        history: {},
        meta: { welcomed: false },
        syncStatus: { state: 'off' },
        examples: {},
      });
      changed();
    },
    async forgetProfile(key) {
      change('forgetProfile', [key]);
      const after = forgetProfile(data, key);
      if (!after.forgotten) return false;
      data.snapshots = after.snapshots;
      data.history = after.history;
      data.todos = after.todos as Todo[];
      changed();
      return true;
    },
    async exportData() {
      const { settings, snapshots, todos, goals, history } = data;
      return JSON.stringify(exportData({ settings, snapshots, todos, goals, history }, now()));
    },
    pageHtml: async () => data.page,
    examples: () => read(() => data.examples),
    siteTabs: () => read(() => data.tabs),
    tabPage: async (id) => data.tabPages[id] ?? null,
    async saveExample(profile) {
      change('saveExample', [profile]);
      // As the worker decides (src/background/index.ts, 'example/save').
      if (profile.own === true || data.snapshots[profile.key]) throw new Error('not someone else’s');
      if (!data.examples[profile.key] && Object.keys(data.examples).length >= MAX_EXAMPLES)
        throw new Error(`${MAX_EXAMPLES} examples at most`);
      const report = reportFor(profile, now(), null, data.settings);
      data.examples = { ...data.examples, [profile.key]: { profile, readAt: now(), report } };
      changed();
      return report;
    },
    async forgetExample(key) {
      change('forgetExample', [key]);
      if (!data.examples[key]) return false;
      const { [key]: _gone, ...rest } = data.examples;
      data.examples = rest;
      changed();
      return true;
    },
    async showOnPage(rule) {
      change('showOnPage', [rule]);
      return data.page === null ? null : !(data.unmarked ?? []).includes(rule);
    },
    watch(onChange, signal) {
      listeners.add(onChange);
      signal.addEventListener('abort', () => listeners.delete(onChange));
    },
    openTab(url) {
      client.opened.push(url);
    },
    openOptions(section) {
      client.opened.push(section ? `options#${section}` : 'options');
    },
  };
  async function read<T>(get: () => T): Promise<T> {
    if (client.slow) await client.slow;
    if (client.readError) throw new Error(client.readError);
    return get();
  }
  function change(method: string, args: unknown[]) {
    client.calls.push({ method, args });
    if (client.failWith) throw new Error(client.failWith);
  }
  return client;
}
