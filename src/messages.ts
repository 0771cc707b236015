// The message map: each message name fixes its payload and its reply type, checked at compile time
// (test/unit/messages.test.ts has @ts-expect-error cases). `send` lives here and `listen` in
// src/background/listen.ts; with src/storage/ they are the only places that touch messaging and storage.
import { extensionApi } from './ext.ts';
import type { Profile } from './core/profile.ts';
import type { Report } from './core/report.ts';
import type { Day } from './core/history.ts';
import type { Goals, Network, NewNetwork, NewPerson, PersonPatch } from './core/goals.ts';
import type { Todo, TodoOrigin, TodoPatch } from './core/todos.ts';
import type { Rule } from './core/rules/types.ts';
import type { ItemName, LocalItems, Settings } from './storage/schema.ts';

/** A change to the to-do list (src/core/todos.ts does the work; ids of new to-dos come from the worker). */
export type TodoOp =
  | { op: 'add'; title: string; notes?: string; due?: Day; origin?: TodoOrigin }
  | { op: 'edit'; id: string; patch: TodoPatch }
  | { op: 'complete'; id: string }
  | { op: 'reopen'; id: string }
  | { op: 'remove'; id: string }
  | { op: 'move'; id: string; index: number };

/** A change to the goals (src/core/goals.ts). */
export type GoalOp =
  | { op: 'score'; network: Network; target: number | null }
  | { op: 'person/add'; person: Omit<NewPerson, 'id'> }
  | { op: 'person/edit'; id: string; patch: PersonPatch }
  | { op: 'person/connected'; id: string; connected: boolean }
  | { op: 'person/remove'; id: string }
  | { op: 'groups/target'; target: number | null }
  | { op: 'groups/joined'; joined: number }
  /** The groups form: its target and, when she changed it, the count joined, in one write. */
  | { op: 'groups/set'; target: number; joined?: number }
  | { op: 'network/add'; network: Omit<NewNetwork, 'id'> }
  | { op: 'network/edit'; id: string; patch: { name?: string; url?: string | null } }
  | { op: 'network/joined'; id: string; joined: boolean }
  | { op: 'network/remove'; id: string };

/**
 * The on-page hints' words, rendered by the worker in the user's language, so the content script never
 * calls i18n.getMessage (its first call in a page costs about 7 ms: the catalog is fetched then).
 * `rules`: each failing or warning result's texts, under hintKey(result). `words`: the overlay's own messages
 * (overlay<Name>), with HINT_SLOT where their one substitution goes.
 */
export interface HintTexts {
  rules: Record<string, { title: string; detail: string; why: string; fix: string }>;
  words: Record<string, string>;
}

/**
 * A result's key in HintTexts: its rule and what its detail says. A report the worker makes again (other
 * settings) can say something else of a rule; its words come with the next reading, never the old ones.
 * src/overlay/overlay.ts writes the same out (for bytes); test/unit/overlay.test.ts draws from hintTexts().
 */
export const hintKey = (r: { rule: string; detail: unknown }): string => r.rule + JSON.stringify(r.detail);
/** An error's words, whatever was thrown: what a reply's `error` carries, and what the pages show. */
export const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export const HINT_SLOT = '\uE000'; // private use: never in a message, and kept by i18n.getMessage (NUL is not)

/** What an import would change: how many of each thing there are now and in the file. */
export interface ImportPreview {
  exportedAt: string;
  counts: Record<'profiles' | 'todos' | 'people' | 'networks' | 'historyDays', { now: number; file: number }>;
}

/** What the options page shows of a rule (its words are messages: rule_<id>_title, _source...). */
export type RuleInfo = Pick<Rule, 'id' | 'platform' | 'weight' | 'asOf' | 'sourceNote' | 'thresholds'>;

export interface MessageMap {
  /**
   * A content script read a profile page. The worker stores the snapshot (single writer), records the day in
   * the history, ticks off (or reopens) the profile's rule-born to-dos, and replies with the report and the
   * settings the page's hints need.
   */
  'reading/submit': {
    payload: { profile: Profile; readMs: number };
    reply: { stored: boolean; report: Report; settings: Settings; texts: HintTexts };
  };
  /**
   * Stored items, validated by the worker (so the pages need not bundle the validators). Only the items
   * asked for are in the reply.
   */
  'data/get': { payload: ItemName[]; reply: Partial<LocalItems> };
  /**
   * The sender's LinkedIn page (someone else's profile) shows a 1st-degree connection: the worker ticks the
   * people in the user's list with that page's address; nothing is stored when nobody matches.
   */
  'people/seen': { payload: null; reply: { ticked: number } };
  /** The to-do list after one change (errors such as an empty title reject with a plain message). */
  'todos/change': { payload: TodoOp; reply: { todos: Todo[] } };
  /** The goals after one change; goal-born to-dos follow their goals' progress. */
  'goals/change': { payload: GoalOp; reply: { goals: Goals; todos: Todo[] } };
  /** Adopt the "Online networks starter plan" (adopting twice changes nothing). Also closes the welcome. */
  'starter/adopt': { payload: null; reply: { goals: Goals; todos: Todo[] } };
  /** The welcome was read and closed. */
  'welcome/done': { payload: null; reply: { welcomed: true } };
  /** Dismiss a rule's hints (until null), snooze them (until a time), or show them again (restore). */
  'hints/set': { payload: { rule: string; until: string | null | 'restore' }; reply: { settings: Settings } };
  /** Check a backup file's text; with `apply`, replace everything with it. A refused file changes nothing. */
  'data/import': { payload: { text: string; apply: boolean }; reply: { preview: ImportPreview } };
  /** Delete everything Spruce keeps (local and sync storage). */
  'data/delete': { payload: null; reply: { deleted: true } };
  /**
   * Forget one profile ("linkedin:<slug>", "x:<handle>"): its reading, its history and its rule-born to-dos.
   * The other profiles' reports are made again without it (the cross-network checks). False when unknown.
   */
  'profile/forget': { payload: { key: string }; reply: { forgotten: boolean } };
  /**
   * Keep someone else's profile as an example to learn from (the options page read it from a tab she chose).
   * Scored with her settings on its network's checks, kept apart from her own profiles: no history, to-dos or
   * goals, not in backups, not synced. Refused for her own profile, and beyond MAX_EXAMPLES.
   */
  'example/save': { payload: { profile: Profile }; reply: { report: Report } };
  /** Forget an example (false when it was not kept). */
  'example/forget': { payload: { key: string }; reply: { forgotten: boolean } };
  /** The settings, validated (the pages ask the worker, so they need not bundle the rule list). */
  'settings/get': { payload: null; reply: { settings: Settings } };
  /** The checklist's rules, in order, without their checks (the options page lists them). */
  'rules/list': { payload: null; reply: { rules: RuleInfo[] } };
  /** Change settings (a partial patch). The worker merges, validates and stores them. */
  'settings/update': { payload: Partial<Settings>; reply: { settings: Settings } };
  /** Liveness check; tests and the content script use it to see that the worker answers. */
  ping: { payload: null; reply: { pong: true; version: string; problem: string | null } };
}

/**
 * Messages from the extension's pages to the content script of a tab (browser.tabs.sendMessage), in the same
 * envelope. The content script answers only on the site's pages where it runs.
 */
export interface TabMessageMap {
  /** The page's HTML as it is now, for "Report a reading problem" (the popup anonymises it, not the page). */
  'page/html': { payload: null; reply: { html: string; url: string } };
  /** "Show on page": scroll to the section a rule is about and open its hint. False when not on the page. */
  'hint/show': { payload: { rule: string }; reply: { shown: boolean } };
}
export type TabMessageName = keyof TabMessageMap;

export type MessageName = keyof MessageMap;
export type Payload<K extends MessageName> = MessageMap[K]['payload'];
export type Reply<K extends MessageName> = MessageMap[K]['reply'];

export interface Envelope<K extends MessageName = MessageName> {
  spruce: 1;
  name: K;
  payload: Payload<K>;
}

export { extensionApi };

export type Answer<K extends MessageName> = { ok: true; reply: Reply<K> } | { ok: false; error: string };

/** Send a message to the background worker and wait for its typed reply. Rejects with the worker's error. */
export async function send<K extends MessageName>(name: K, payload: Payload<K>): Promise<Reply<K>> {
  const api = extensionApi();
  if (!api) throw new Error('Extension context invalidated');
  const envelope: Envelope<K> = { spruce: 1, name, payload };
  const answer = (await api.runtime.sendMessage(envelope)) as Answer<K> | undefined;
  if (!answer) throw new Error(`No answer to ${name}`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.reply;
}

export const isEnvelope = (m: unknown): m is Envelope =>
  typeof m === 'object' &&
  m !== null &&
  (m as Envelope).spruce === 1 &&
  typeof (m as Envelope).name === 'string';
