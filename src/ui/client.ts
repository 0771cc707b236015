// The popup and the options page reach the extension only through this interface, so they render the same
// in tests (with a mock) as in the browser. Reads go through the worker, which checks what it hands out, except
// the snapshots (checked here) and asStored(), the popup's first copy; every change goes to the background
// worker, the single writer. The browser's own promise-based API (ext.ts), not
// webextension-polyfill: the polyfill added 10 KB to each page, which the popup's budget could not carry.
import { ext } from '../ext.ts';
import {
  send,
  type GoalOp,
  type ImportPreview,
  type RuleInfo,
  type TabMessageMap,
  type TabMessageName,
  type TodoOp,
} from '../messages.ts';
import { getItem, watchItems, SNAPSHOTS, type Settings, type Snapshot } from '../storage/index.ts';
import {
  isRecord,
  SCHEMA_VERSION,
  validateMain,
  validateMeta,
  type ItemName,
  type Meta,
  type SyncStatus,
} from '../storage/schema.ts';
import { exportData } from '../core/backup-format.ts';
import type { Goals } from '../core/goals.ts';
import type { History } from '../core/history.ts';
import type { Todo } from '../core/todos.ts';

export type { GoalOp, ImportPreview, RuleInfo, TodoOp };

/** What the popup shows, as storage holds it (Client.asStored). */
export interface AsStored {
  snapshots: Record<string, Snapshot>;
  todos: Todo[];
  goals: Goals;
  history: History;
  meta: Meta;
  main: Settings['main'];
}

// core/goals.ts's NO_GOALS, written out: importing it brings that whole module into the popup (about 12 KB).
const NO_GOALS: Goals = { scores: {}, people: [], groups: null, networks: [] };

export interface Client {
  /** URL of the active tab, when the extension may see it (LinkedIn and X only), else null. */
  activeTabUrl(): Promise<string | null>;
  snapshots(): Promise<Record<string, Snapshot>>;
  settings(): Promise<Settings>;
  /** The checklist's rules without their checks (ids, platforms, thresholds with their ranges). */
  rules(): Promise<RuleInfo[]>;
  todos(): Promise<Todo[]>;
  goals(): Promise<Goals>;
  history(): Promise<History>;
  meta(): Promise<Meta>;
  syncStatus(): Promise<SyncStatus>;
  /** Why stored data cannot be used right now (e.g. a failed migration), or null. */
  problem(): Promise<string | null>;
  /**
   * The popup's data straight from storage, without waking the worker (stopped after 30 s idle, it takes
   * about 30 ms to answer): null unless the stored data is this version's, as the worker last wrote it.
   * Snapshots, the main choice and first-run state are checked as the worker checks them; to-dos, goals and
   * history as stored (their checks are the worker's, 10 KB the popup has no room for), so a page shows this
   * only until the worker's checked copy (the reads above) arrives.
   */
  asStored(): Promise<AsStored | null>;

  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  changeTodo(op: TodoOp): Promise<Todo[]>;
  changeGoals(op: GoalOp): Promise<{ goals: Goals; todos: Todo[] }>;
  adoptStarterPlan(): Promise<{ goals: Goals; todos: Todo[] }>;
  finishWelcome(): Promise<void>;
  /** Dismiss a rule's hints (until null), snooze them until a time, or show them again ('restore'). */
  setHint(rule: string, until: string | null | 'restore'): Promise<Settings>;
  /** Check a backup's text (rejects with a plain message when refused); with apply, replace everything. */
  importData(text: string, apply: boolean): Promise<ImportPreview>;
  deleteAll(): Promise<void>;
  /** Forget one profile: its reading, history and rule-born to-dos (false when there was nothing to forget). */
  forgetProfile(key: string): Promise<boolean>;
  /** Everything Spruce keeps, as the text of a backup file (src/core/backup.ts). */
  exportData(): Promise<string>;

  /** The active tab's page HTML, from its content script (null when there is none, e.g. not LinkedIn or X). */
  pageHtml(): Promise<{ html: string; url: string } | null>;
  /**
   * Ask the active tab's content script to scroll to a rule's section and open its hint: true when shown,
   * false when the page has no marker for it, null when no content script answers.
   */
  showOnPage(rule: string): Promise<boolean | null>;

  /** Calls `onChange` whenever any stored data changes, until `signal` aborts. */
  watch(onChange: () => void, signal: AbortSignal): void;
  openTab(url: string): void;
  /** The options page, at one of its sections ('examples') when given. */
  openOptions(section?: string): void;
}

/** The tab the popup is about: `?tab=<id>` (E2E), else the active tab (one round trip, URL included). */
async function targetTab() {
  const forTab = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(forTab) && forTab > 0) return ext().tabs.get(forTab);
  const [tab] = await ext().tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * A message to the content script of a tab (the target tab unless `tabId` is given); undefined when no content
 * script answers.
 */
export async function toTab<K extends TabMessageName>(
  name: K,
  payload: TabMessageMap[K]['payload'],
  tabId?: number,
): Promise<TabMessageMap[K]['reply'] | undefined> {
  try {
    const id = tabId ?? (await targetTab())?.id;
    if (id === undefined) return undefined;
    const answer = (await ext().tabs.sendMessage(id, { spruce: 1, name, payload })) as
      { ok: true; reply: TabMessageMap[K]['reply'] } | { ok: false; error: string } | undefined;
    return answer?.ok ? answer.reply : undefined;
  } catch {
    return undefined; // no content script in that tab (another site, or a tab opened before install)
  }
}

const ALL_ITEMS: readonly ItemName[] = [
  'snapshots',
  'settings',
  'todos',
  'goals',
  'history',
  'meta',
  'syncStatus',
  'examples',
];

export const browserClient: Client = {
  async activeTabUrl() {
    // `?tab=<id>` opens the popup for a given tab (the E2E suite opens the popup page in a tab of its own,
    // where the active tab would be the popup itself).
    return (await targetTab())?.url ?? null;
  },
  snapshots: () => getItem(SNAPSHOTS),
  settings: async () => (await send('settings/get', null)).settings,
  rules: async () => (await send('rules/list', null)).rules,
  todos: async () => (await send('data/get', ['todos'])).todos ?? [],
  goals: async () => (await send('data/get', ['goals'])).goals ?? NO_GOALS,
  history: async () => (await send('data/get', ['history'])).history ?? {},
  meta: async () => (await send('data/get', ['meta'])).meta ?? { welcomed: true },
  syncStatus: async () => (await send('data/get', ['syncStatus'])).syncStatus ?? { state: 'off' },
  problem: async () => (await send('ping', null)).problem,
  async asStored() {
    const raw = await ext().storage.local.get([
      'schemaVersion',
      'snapshots',
      'todos',
      'goals',
      'history',
      'meta',
      'settings',
    ]);
    // An older or newer stored shape (a migration to run, or one that failed): only the worker can say.
    if (raw.schemaVersion !== SCHEMA_VERSION) return null;
    return {
      snapshots: SNAPSHOTS.validate(raw.snapshots),
      todos: Array.isArray(raw.todos) ? (raw.todos as Todo[]) : [],
      goals: isRecord(raw.goals) ? (raw.goals as unknown as Goals) : NO_GOALS,
      history: isRecord(raw.history) ? (raw.history as History) : {},
      meta: validateMeta(raw.meta),
      main: validateMain(isRecord(raw.settings) ? raw.settings.main : undefined),
    };
  },

  updateSettings: async (patch) => (await send('settings/update', patch)).settings,
  changeTodo: async (op) => (await send('todos/change', op)).todos,
  changeGoals: (op) => send('goals/change', op),
  adoptStarterPlan: () => send('starter/adopt', null),
  finishWelcome: async () => void (await send('welcome/done', null)),
  setHint: async (rule, until) => (await send('hints/set', { rule, until })).settings,
  importData: async (text, apply) => (await send('data/import', { text, apply })).preview,
  deleteAll: async () => void (await send('data/delete', null)),
  forgetProfile: async (key) => (await send('profile/forget', { key })).forgotten,
  async exportData() {
    const items = await send('data/get', ['settings', 'snapshots', 'todos', 'goals', 'history']);
    const { settings: all, snapshots, todos, goals, history } = items as Required<typeof items>;
    // No main profile chosen: the file leaves the setting out, so a Spruce from before it can read the file.
    const { main, ...rest } = all;
    const settings = Object.keys(main).length > 0 ? all : rest;
    return JSON.stringify(
      exportData({ settings, snapshots, todos, goals, history }, new Date().toISOString()),
    );
  },

  async pageHtml() {
    return (await toTab('page/html', null)) ?? null;
  },
  async showOnPage(rule) {
    return (await toTab('hint/show', { rule }))?.shown ?? null;
  },

  watch(onChange, signal) {
    watchItems(ALL_ITEMS, onChange, signal);
  },
  openTab(url) {
    void ext().tabs.create({ url });
  },
  openOptions(section) {
    const api = ext().runtime;
    if (!section) return void api.openOptionsPage();
    const page = api.getManifest().options_ui?.page ?? '';
    void ext().tabs.create({ url: `${api.getURL(page)}#${section}` });
  },
};
