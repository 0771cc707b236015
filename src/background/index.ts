// The background worker: the single writer to storage. It is stopped and restarted by the browser at will,
// so nothing lives only in its memory: every handler reads what it needs from storage, and every change is
// one serialised read-modify-write (src/background/queue.ts), so concurrent edits from the popup, the
// options page and several tabs never lose an update.
import { ext } from '../ext.ts';
import { listen } from './listen.ts';
import { getItem, setItems, SNAPSHOTS } from '../storage/index.ts';
import { EXAMPLES } from '../storage/schema.ts';
import { MAX_EXAMPLES } from '../core/limits.ts';
import { clearAll, ensureSchema } from '../storage/upgrade.ts';
import { GOALS, HISTORY, META, SYNC_STATUS, TODOS, validateTodos } from '../storage/items.ts';
import { checkImportedSettings, SETTINGS, validateSettings } from '../storage/settings.ts';
import { clearSync, mergeTodos, pullSync, pushSync, syncedHash } from '../storage/sync.ts';
import { isRecord, type Item, type ItemName, type LocalItems, type Settings } from '../storage/schema.ts';
import { messageOf, type TodoOp } from '../messages.ts';
import { checkSnapshots, parseBackup } from '../core/backup.ts';
import { adoptStarterPlan, linkedInSlug, markConnectedFromProfile, starterText } from '../core/goals.ts';
import type { Todo, Todos } from '../core/todos.ts';
import type { Profile } from '../core/profile.ts';
import { serial } from './queue.ts';
import { othersAgain, reevaluateAll, reportFor } from './evaluate.ts';
import {
  afterReading,
  applyGoalOp,
  applyTodoOp,
  forgetProfile,
  reconcileAll,
  reconcileGoalTodos,
  rescoreLatest,
  ruleInfo,
  withToday,
} from './data.ts';
import { importPreview } from './preview.ts';
import { hintTexts, ruleTodoText } from './hint-texts.ts';
import { checkReadingSender, checkTodoSender, isExtensionPage, pageUrl } from './senders.ts';
import type { Catalog } from '../core/i18n.ts';
import { RULES } from '../core/rules/index.ts';

const ITEMS: { [K in ItemName]?: Item<K> } = {
  snapshots: SNAPSHOTS,
  settings: SETTINGS,
  todos: TODOS,
  goals: GOALS,
  history: HISTORY,
  meta: META,
  syncStatus: SYNC_STATUS,
};

const queue = serial();
/** Why stored data cannot be used (a failed migration, data from a newer Spruce), or null. */
let problem: string | null = null;
/** Why the latest reading could not be saved (storage full...), until one is: the popup shows it. */
let unsaved: string | null = null;

/**
 * Run a change after the ones before it. Each first checks the stored schema (cheap when current), so a
 * migration runs before anything is written, and a store emptied by "Delete all my data" is stamped again.
 */
function write<T>(task: () => Promise<T>): Promise<T> {
  return queue(async () => {
    try {
      await ensureSchema();
      problem = null;
    } catch (err) {
      problem = messageOf(err);
      throw err;
    }
    return task();
  });
}

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();
/** The browser's messages in the user's language, for the words the worker makes (hints, the starter plan). */
const catalog: Catalog = (key, subs) => ext().i18n.getMessage(key, subs);

// ---- Sync: batched a moment after the last change; checked again at every start ----------------------------

let syncTimer: ReturnType<typeof setTimeout> | undefined;
const SYNC_DELAY_MS = 1500;

function scheduleSync(): void {
  clearTimeout(syncTimer);
  syncTimer = setTimeout(() => void write(sync), SYNC_DELAY_MS);
}

/** Push this browser's settings and to-dos when they changed (sync()), or whatever they are (`always`). */
async function push(always?: boolean): Promise<void> {
  const [settings, todos, status] = await Promise.all([
    getItem(SETTINGS),
    getItem(TODOS),
    getItem(SYNC_STATUS),
  ]);
  if (!settings.sync) return;
  const next = await pushSync({ settings, todos }, now(), always ? { state: 'off' } : status);
  if (next !== status) await setItems({ syncStatus: next });
}

/**
 * At start, and a moment after each change: take a newer copy another browser synced when this one has not
 * changed since its last push; when both changed (or this one's last push failed), keep this browser's
 * settings and to-dos and add the other's to-dos it lacks. Then push. (A push that did not look first would
 * replace a to-do another browser added since: lost there too once it takes this copy.)
 */
async function sync(): Promise<void> {
  // Every start of the worker waits for this (the popup's first request among them): with sync off, one read.
  const settings = await getItem(SETTINGS);
  if (!settings.sync) return;
  const [todos, status] = await Promise.all([getItem(TODOS), getItem(SYNC_STATUS)]);
  const remote = await pullSync(status).catch(() => null);
  const data = synced(remote);
  if (data) {
    if (status.state === 'ok' && status.hash === syncedHash({ settings, todos })) {
      const adopted = adopt(data.settings);
      const items: Partial<LocalItems> = {
        settings: adopted,
        todos: validateTodos(data.todos),
        syncStatus: { ...status, state: 'ok', hash: remote!.hash, at: remote!.at },
      };
      // Another browser changed the checklist or her main profiles: this browser's reports follow.
      if (scoring(adopted) !== scoring(settings)) await rescore(adopted, items);
      await setItems(items);
      return;
    }
    await setItems({ todos: mergeTodos(todos, data.todos) });
  }
  // No copy at all (another browser switched sync off, or deleted its data): this one's goes up again.
  await push(remote === undefined);
}

/** The synced copy's data, when there is a usable one. */
const synced = (remote: Awaited<ReturnType<typeof pullSync>>) =>
  remote && isRecord(remote.data) ? (remote.data as { settings?: unknown; todos?: unknown }) : null;

/** Settings another browser synced, taken as this browser's own (still syncing). */
const adopt = (raw: unknown): Settings => ({ ...validateSettings(raw), sync: true });

// ---- Settings that change the scores ----------------------------------------------------------------------

/** What of the settings the reports depend on: the checklist and her main profile of each network. */
const scoring = (v: Settings) => JSON.stringify([v.checklist, v.main]);

/**
 * The reports made again with new scoring settings, and what follows them: the newest history row of each
 * profile, and the to-dos (a check now passing ticks its to-do; a score goal follows). Into `items`, whose
 * to-dos (if any) are the ones to start from.
 */
async function rescore(settings: Settings, items: Partial<LocalItems>): Promise<void> {
  const [snapshots, history, todos, goals] = await Promise.all([
    items.snapshots ?? getItem(SNAPSHOTS),
    items.history ?? getItem(HISTORY),
    items.todos ?? getItem(TODOS),
    items.goals ?? getItem(GOALS),
  ]);
  items.snapshots = reevaluateAll(snapshots, settings);
  const rows = rescoreLatest(history, items.snapshots);
  if (rows !== history) items.history = rows as LocalItems['history'];
  const next = reconcileAll(todos, items.snapshots, goals, settings, now());
  if (next !== todos) items.todos = next as Todo[];
  await examplesAgain(settings, items);
}

/** The examples' reports made again with these settings (and this version's checks), when she keeps any. */
async function examplesAgain(settings: Settings, items: Partial<LocalItems>): Promise<void> {
  const examples = await getItem(EXAMPLES);
  if (Object.keys(examples).length) items.examples = reevaluateAll(examples, settings, true);
}

/** Sync switched off (in the options, or by importing a backup that has it off): the synced copy goes. */
async function syncOff(items: Partial<LocalItems>): Promise<void> {
  await clearSync().catch(() => undefined);
  items.syncStatus = { state: 'off' };
}

// ---- To-do changes, batched: a burst (fast clicks in several places) is one read-modify-write ------------

type Pending = { op: TodoOp; resolve(todos: Todo[]): void; reject(err: unknown): void };
let pendingTodos: Pending[] = [];

function changeTodos(op: TodoOp): Promise<{ todos: Todo[] }> {
  return new Promise<Todo[]>((resolve, reject) => {
    pendingTodos.push({ op, resolve, reject });
    if (pendingTodos.length === 1) void write(applyPendingTodos).catch(failPendingTodos);
    // else: a write is already queued, and it takes this change too
  }).then((todos) => ({ todos }));
}

async function applyPendingTodos(): Promise<void> {
  const batch = pendingTodos;
  pendingTodos = [];
  try {
    const start = await getItem(TODOS);
    let todos: Todos = start;
    const refused = batch.map((p) => {
      try {
        todos = applyTodoOp(todos, p.op, newId, now());
        return null;
      } catch (err) {
        return err; // this change is refused (e.g. an empty title); the others go ahead
      }
    });
    if (todos !== start) {
      await setItems({ todos: todos as Todo[] });
      scheduleSync();
    }
    batch.forEach((p, i) => (refused[i] ? p.reject(refused[i]) : p.resolve(todos as Todo[])));
  } catch (err) {
    batch.forEach((p) => p.reject(err));
  }
}

/** The write could not start (stored data unusable): every change waiting for it fails with the reason. */
function failPendingTodos(err: unknown): void {
  const batch = pendingTodos;
  pendingTodos = [];
  batch.forEach((p) => p.reject(err));
}

/** What a goal change reads: the goals, the to-dos (goal-born ones follow them) and the latest scores. */
async function goalState() {
  const [goals, todos, snapshots, settings] = await Promise.all([
    getItem(GOALS),
    getItem(TODOS),
    getItem(SNAPSHOTS),
    getItem(SETTINGS),
  ]);
  return { goals, todos, snapshots, settings };
}

/**
 * A reading's time, now, once it is checked to have a reading's shape (else a plain error). The time is the
 * worker's: a reading dated in the future would hold the history's last day until then (src/core/history.ts
 * appends only later days).
 */
function wellFormed(profile: Profile, readMs?: number): string {
  const readAt = now();
  try {
    checkSnapshots({ [profile.key]: { profile, readAt, readMs } });
  } catch (err) {
    throw new Error(`the reading is malformed: ${messageOf(err)}`, { cause: err });
  }
  return readAt;
}

// ---- Handlers ---------------------------------------------------------------------------------------------

listen({
  async ping() {
    return { pong: true, version: ext().runtime.getManifest().version, problem: problem ?? unsaved };
  },

  async 'reading/submit'({ profile: read, readMs }, sender) {
    // Only our own content scripts, on a tab, submit readings: of the owner's own profile, the one the tab
    // shows, in the shape a reading has (wellFormed).
    checkReadingSender(read, sender);
    const readAt = wellFormed(read, readMs);
    return write(async () => {
      const [snapshots, settings, todos, goals, history, examples] = await Promise.all([
        getItem(SNAPSHOTS),
        getItem(SETTINGS),
        getItem(TODOS),
        getItem(GOALS),
        getItem(HISTORY),
        getItem(EXAMPLES),
      ]);
      const profile = withToday(read, readAt, snapshots[read.key]);
      const report = reportFor(profile, readAt, snapshots, settings);
      snapshots[profile.key] = { profile, readAt, readMs, report };
      // The cross-network checks may compare this reading now, in the other readings' reports too.
      const paired = othersAgain(snapshots, profile.key, settings);
      Object.assign(snapshots, paired);
      const after = afterReading(
        { snapshots, todos, goals, history, settings },
        profile,
        report,
        readAt,
        now(),
        paired,
      );
      const items: Partial<LocalItems> = { snapshots };
      // Kept as an example before (read signed out): it is hers, so it is no example.
      if (examples[profile.key]) {
        delete examples[profile.key];
        items.examples = examples;
      }
      if (after.history !== history) items.history = after.history as LocalItems['history'];
      if (after.todos !== todos) items.todos = after.todos as Todo[];
      try {
        await setItems(items);
        unsaved = null;
      } catch (err) {
        unsaved = `Your latest reading could not be saved: ${messageOf(err)}`;
        throw err;
      }
      if (items.todos) scheduleSync();
      return { stored: true, report, settings, texts: hintTexts(report, catalog) };
    });
  },

  async 'data/get'(names) {
    // After the changes already queued (the start-up migration among them): a page reads what it just wrote.
    await queue(async () => undefined);
    const out: Record<string, unknown> = {};
    await Promise.all(
      [...new Set(names)].map(async (name) => {
        const item = ITEMS[name];
        if (item) out[name] = await getItem(item as Item<typeof name>);
      }),
    );
    return out as Partial<LocalItems>;
  },

  async 'people/seen'(_payload, sender) {
    // The page the content script runs in, not an address it names: it can only tick whom it shows.
    const url = pageUrl(sender);
    if (!sender.tab || !url) throw new Error('profile pages come from content scripts');
    const slug = linkedInSlug(url);
    if (!slug) return { ticked: 0 };
    return write(async () => {
      const { goals, todos, snapshots, settings } = await goalState();
      const time = now();
      const people = markConnectedFromProfile(goals.people, slug, time);
      if (people === goals.people) return { ticked: 0 };
      const nextGoals = { ...goals, people };
      const nextTodos = reconcileGoalTodos(todos, nextGoals, snapshots, time, settings);
      await setItems(
        nextTodos === todos ? { goals: nextGoals } : { goals: nextGoals, todos: nextTodos as Todo[] },
      );
      return { ticked: people.filter((p, i) => p !== goals.people[i]).length };
    });
  },

  async 'rules/list'() {
    return { rules: ruleInfo(RULES) };
  },

  async 'settings/get'() {
    return { settings: await getItem(SETTINGS) };
  },

  async 'settings/update'(patch) {
    return write(async () => {
      const current = await getItem(SETTINGS);
      let settings = validateSettings({ ...current, ...patch });
      const items: Partial<LocalItems> = {};
      // Switched on where another browser already syncs: its settings are hers everywhere (this browser's
      // first push would otherwise replace them there), and its to-dos join this one's.
      if (!current.sync && settings.sync) {
        const data = synced(await pullSync({ state: 'off' }).catch(() => null));
        if (data) {
          if (isRecord(data.settings)) settings = adopt(data.settings);
          items.todos = mergeTodos(await getItem(TODOS), data.todos);
        }
      }
      items.settings = settings;
      // The stored reports follow the new settings at once (goal weights, keywords, disabled rules).
      if (scoring(settings) !== scoring(current)) await rescore(settings, items);
      if (current.sync && !settings.sync) await syncOff(items);
      await setItems(items);
      if (settings.sync) scheduleSync();
      return { settings };
    });
  },

  async 'todos/change'(op, sender) {
    checkTodoSender(op, sender);
    // A hint's "Add to my to-dos" (a content script): the to-do gets the words the popup would give it.
    if (op.op === 'add' && op.origin?.kind === 'rule' && !isExtensionPage(sender)) {
      const { profileKey, rule } = op.origin;
      const snap = (await getItem(SNAPSHOTS))[profileKey];
      const text = snap && ruleTodoText(snap.profile.platform, snap.report, rule, catalog);
      if (text) return changeTodos({ ...op, ...text });
    }
    return changeTodos(op);
  },

  async 'goals/change'(op) {
    return write(async () => {
      const { goals, todos, snapshots, settings } = await goalState();
      const time = now();
      const nextGoals = applyGoalOp(goals, op, newId, time);
      const nextTodos = reconcileGoalTodos(todos, nextGoals, snapshots, time, settings);
      const items: Partial<LocalItems> = {};
      if (nextGoals !== goals) items.goals = nextGoals;
      if (nextTodos !== todos) items.todos = nextTodos as Todo[];
      if (items.goals || items.todos) await setItems(items);
      if (items.todos) scheduleSync();
      return { goals: nextGoals, todos: nextTodos as Todo[] };
    });
  },

  async 'starter/adopt'() {
    return write(async () => {
      const { goals, todos, snapshots, settings } = await goalState();
      const time = now();
      const adopted = adoptStarterPlan(todos, goals, newId, time, starterText(catalog));
      const nextTodos = reconcileGoalTodos(adopted.todos, adopted.goals, snapshots, time, settings) as Todo[];
      await setItems({ goals: adopted.goals, todos: nextTodos, meta: { welcomed: true } });
      scheduleSync();
      return { goals: adopted.goals, todos: nextTodos };
    });
  },

  async 'welcome/done'() {
    return write(async () => {
      await setItems({ meta: { ...(await getItem(META)), welcomed: true } });
      return { welcomed: true };
    });
  },

  async 'hints/set'({ rule, until: asked }) {
    // Stored as the worker writes a time: the hints compare ISO times as text, so "Fri Dec 31 2099" would
    // snooze for ever.
    const time = asked === null || asked === 'restore' ? null : new Date(asked);
    if (time && Number.isNaN(time.getTime())) throw new Error(`"${asked}" is not a time`);
    const until = time ? time.toISOString() : asked;
    return write(async () => {
      const current = await getItem(SETTINGS);
      const hints = { ...current.hints };
      if (until === 'restore') delete hints[rule];
      else hints[rule] = { until };
      const settings: Settings = validateSettings({ ...current, hints });
      await setItems({ settings });
      scheduleSync();
      return { settings };
    });
  },

  async 'data/import'({ text, apply }) {
    const parsed = parseBackup(text, { settings: checkImportedSettings, now: now() });
    if (!parsed.ok) throw new Error(parsed.error);
    return write(async () => {
      const [snapshots, todos, goals, history] = await Promise.all([
        getItem(SNAPSHOTS),
        getItem(TODOS),
        getItem(GOALS),
        getItem(HISTORY),
      ]);
      const preview = importPreview({ snapshots, todos, goals, history }, parsed.data, parsed.exportedAt);
      if (apply) {
        const d = parsed.data;
        // Whether this browser syncs stays as she set it here: a backup made elsewhere neither starts syncing
        // nor removes the copy her other browsers share.
        const { sync: on } = await getItem(SETTINGS);
        const settings = { ...d.settings, sync: on };
        const items: Partial<LocalItems> = {
          settings,
          snapshots: d.snapshots as LocalItems['snapshots'],
          todos: d.todos as Todo[],
          goals: d.goals,
          history: d.history,
          // Someone restoring a backup has used Spruce before: no welcome over her restored score.
          meta: { ...(await getItem(META)), welcomed: true },
        };
        // The reports are made again from the readings, so they carry this version's checks and texts; the
        // newest history rows and the to-dos follow them, as after a settings change.
        await rescore(settings, items);
        await setItems(items);
        if (on) scheduleSync();
      }
      return { preview };
    });
  },

  async 'profile/forget'({ key }) {
    return write(async () => {
      const [snapshots, history, todos, goals, settings] = await Promise.all([
        getItem(SNAPSHOTS),
        getItem(HISTORY),
        getItem(TODOS),
        getItem(GOALS),
        getItem(SETTINGS),
      ]);
      const after = forgetProfile({ snapshots, history, todos }, key);
      if (!after.forgotten) return { forgotten: false };
      const items: Partial<LocalItems> = {};
      if (after.snapshots !== snapshots) {
        // The other profiles' cross-network checks were made with this one: make them again without it.
        items.snapshots = reevaluateAll(after.snapshots, settings);
      }
      const rescored = items.snapshots ? rescoreLatest(after.history, items.snapshots) : after.history;
      if (rescored !== history) items.history = rescored as LocalItems['history'];
      // She chose the forgotten one as her main profile there: the choice goes with it.
      const main = Object.fromEntries(Object.entries(settings.main).filter(([, k]) => k !== key));
      const kept = { ...settings, main };
      if (JSON.stringify(main) !== JSON.stringify(settings.main)) items.settings = kept;
      const nextTodos = reconcileAll(after.todos, items.snapshots ?? snapshots, goals, kept, now());
      if (nextTodos !== todos) items.todos = nextTodos as Todo[];
      await setItems(items);
      if (items.todos) scheduleSync();
      return { forgotten: true };
    });
  },

  async 'example/save'({ profile }) {
    // From the options page (extension pages only, senders.ts), which read the page of a tab she chose. The
    // time is the worker's, as for her own readings.
    const readAt = wellFormed(profile);
    return write(async () => {
      const [examples, snapshots, settings] = await Promise.all([
        getItem(EXAMPLES),
        getItem(SNAPSHOTS),
        getItem(SETTINGS),
      ]);
      // Her own profile is checked as hers when she opens it; an example is someone else's (by the page's
      // signs, or by her word when the page gives none: the options page asks her). It says both in her
      // language before it sends.
      if (profile.own === true || snapshots[profile.key]) throw new Error('not someone else’s');
      if (!examples[profile.key] && Object.keys(examples).length >= MAX_EXAMPLES)
        throw new Error(`${MAX_EXAMPLES} examples at most`);
      const report = reportFor(profile, readAt, null, settings);
      examples[profile.key] = { profile, readAt, report };
      await setItems({ examples });
      return { report };
    });
  },

  async 'example/forget'({ key }) {
    return write(async () => {
      const examples = await getItem(EXAMPLES);
      if (!Object.hasOwn(examples, key)) return { forgotten: false };
      delete examples[key];
      await setItems({ examples });
      return { forgotten: true };
    });
  },

  async 'data/delete'() {
    return queue(async () => {
      clearTimeout(syncTimer);
      await clearAll();
      return { deleted: true as const };
    });
  },
});

// Every start: check (and migrate) the stored data, then catch up with sync.
void write(sync).catch(() => undefined);

// After an update, the stored reports are made again from their readings: they then hold this version's rules,
// thresholds and texts (and each network's report only its own rules and the cross-network ones).
ext().runtime.onInstalled?.addListener(({ reason }) => {
  if (reason !== 'update') return;
  void write(async () => {
    const [snapshots, settings, history] = await Promise.all([
      getItem(SNAPSHOTS),
      getItem(SETTINGS),
      getItem(HISTORY),
    ]);
    const after = reevaluateAll(snapshots, settings);
    const items: Partial<LocalItems> = {
      snapshots: after,
      history: rescoreLatest(history, after) as LocalItems['history'],
    };
    await examplesAgain(settings, items);
    await setItems(items);
  }).catch(() => undefined);
});
