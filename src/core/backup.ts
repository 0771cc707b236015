// Export and import of everything Spruce keeps, as one JSON file. The export is plain data; the import trusts
// nothing: a file is refused as a whole, with one plain-language message saying what is wrong and where, when
// - it is larger than the limit (10 MB by default; checked before parsing),
// - it is not complete JSON (cut off, or not JSON at all), or is not a JSON object,
// - it has a "__proto__", "constructor" or "prototype" key anywhere (looked for in every parsed object, however
//   the file spells it: JSON.parse makes "__proto__" an own property, which a later spread or merge could turn
//   into a prototype change),
// - its format marker is not 'spruce-backup', its version is unknown or newer than this Spruce reads,
// - it has a key this version does not know, at the top or in any object Spruce itself writes,
// - anything anywhere has the wrong type or an impossible value (a score of 900, a day 2025-02-30, a to-do
//   without a title, two to-dos with one id, history days out of order...).
// Nothing is dropped or repaired silently: what is imported is exactly what the file says.
//
// Settings live in src/storage, so they are checked by a function the caller passes in. Snapshots (the
// latest reading per profile) are checked for a safe shape: the platform, the key, each field's state
// (found / absent / unknown) and the type of each found value; a snapshot's report only for its score,
// coverage and each result's rule, status and weight (reports can be made again from the profiles).
//
// Pure: no DOM, no browser API, no clock (`now` is given).
import {
  GOAL_IDS,
  GOAL_LIMITS,
  NETWORKS,
  cleanWebUrl,
  normaliseSlug,
  type Goals,
  type GroupsGoal,
  type Person,
  type ProNetwork,
} from './goals.ts';
import {
  factOfCode,
  isDay,
  isIsoTime,
  isRuleId,
  type History,
  type IsoTime,
  type ReportLike,
  type Row,
} from './history.ts';
import { LINKEDIN_FIELDS, X_FIELDS, type LinkedInFields, type Profile, type XFields } from './profile.ts';
import { TODO_LIMITS, isId, type Done, type Todo, type TodoOrigin } from './todos.ts';

import { BACKUP_FORMAT, BACKUP_VERSION, type Snapshot, type State } from './backup-format.ts';

export { BACKUP_FORMAT, BACKUP_VERSION, exportData } from './backup-format.ts';
export type { Backup, Snapshot, State } from './backup-format.ts';
/** Checks the settings in a file: the settings, or a plain-language reason to refuse the file. */
export type SettingsCheck<S> = (raw: unknown) => { ok: true; value: S } | { ok: false; error: string };

export interface BackupLimits<S> {
  settings: SettingsCheck<S>;
  /** The largest file accepted, in characters (default 10 MB). */
  maxChars?: number;
  /**
   * The time now: a file made, or with history days, later than a day after it is refused (a history day
   * still to come would keep every reading until then out of the history). Without it, no date is too late.
   */
  now?: IsoTime;
}

export const DEFAULT_MAX_CHARS = 10 * 1024 * 1024;
/** Spruce's own data nests about 8 deep; a file nested far deeper is not one of ours. */
const MAX_DEPTH = 64;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult<S> = { ok: true; data: State<S>; exportedAt: IsoTime } | { ok: false; error: string };

const refuse = (why: string): { ok: false; error: string } => ({
  ok: false,
  error: `Spruce can't import this file: ${why}. Nothing was changed.`,
});

// ---- Small checkers: each returns the value typed, or throws Invalid with where and what ------------------

class Invalid extends Error {}

type Path = readonly string[];
const at = (path: Path): string => (path.length ? path.join(' › ') : 'the file');
const kindOf = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'an object'
        : typeof v === 'string'
          ? 'text'
          : `${typeof v} ${JSON.stringify(v)}`;
/** Throw the message "<where> should be <what> (found <what it is>)"; pass the value found when there is one. */
function invalid(path: Path, should: string, ...found: unknown[]): never {
  const what = found.length > 0 ? ` (found ${kindOf(found[0])})` : '';
  throw new Invalid(`${at(path)} should be ${should}${what}`);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object with these required and optional keys and no others. */
function obj(v: unknown, path: Path, required: readonly string[], optional: readonly string[] = []): Obj {
  if (!isObj(v)) return invalid(path, 'an object', v);
  for (const k of required) if (!Object.hasOwn(v, k)) throw new Invalid(`${at(path)} is missing "${k}"`);
  const known = new Set([...required, ...optional]);
  for (const k of Object.keys(v))
    if (!known.has(k)) throw new Invalid(`${at(path)} has an unknown key "${k}"`);
  return v;
}
function list(v: unknown, path: Path): unknown[] {
  return Array.isArray(v) ? v : invalid(path, 'a list', v);
}
function str(v: unknown, path: Path, max: number, nonEmpty = false): string {
  if (typeof v !== 'string') return invalid(path, 'text', v);
  if (nonEmpty && !v.trim()) throw new Invalid(`${at(path)} is empty`);
  if (v.length > max) throw new Invalid(`${at(path)} is longer than ${max} characters`);
  return v;
}
function int(v: unknown, path: Path, min: number, max: number): number {
  return Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max
    ? (v as number)
    : invalid(path, `a whole number from ${min} to ${max}`, v);
}
function num(v: unknown, path: Path, min: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
    ? v
    : invalid(path, `a number from ${min} to ${max}`, v);
}
const bool = (v: unknown, path: Path): boolean =>
  typeof v === 'boolean' ? v : invalid(path, 'true or false', v);
const day = (v: unknown, path: Path): string => (isDay(v) ? v : invalid(path, 'a day written YYYY-MM-DD', v));
const time = (v: unknown, path: Path): string =>
  isIsoTime(v) ? v : invalid(path, 'an ISO date and time', v);
const id = (v: unknown, path: Path): string =>
  isId(v) ? v : invalid(path, 'an id (letters, digits, - and _)', v);
const ruleId = (v: unknown, path: Path): string =>
  isRuleId(v) ? v : invalid(path, 'a rule id like "li-photo"', v);
function oneOf<T extends string>(v: unknown, path: Path, options: readonly T[]): T {
  return options.includes(v as T)
    ? (v as T)
    : invalid(path, `one of ${options.map((o) => `"${o}"`).join(', ')}`, v);
}
/** "linkedin:<slug>" or "x:<handle>". */
const PROFILE_KEY = /^(linkedin|x):[^\s:]{1,200}$/u;
const profileKey = (v: unknown, path: Path): string =>
  typeof v === 'string' && PROFILE_KEY.test(v)
    ? v
    : invalid(path, 'a profile key like "linkedin:jane-doe"', v);
function unique<T>(items: readonly T[], key: (t: T) => string | undefined, path: Path, what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    if (seen.has(k)) throw new Invalid(`${at(path)} has ${what} "${k}" twice`);
    seen.add(k);
  }
}

// ---- Spruce's own data ---------------------------------------------------------------------------------------

function done(v: unknown, path: Path): Done | null {
  if (v === null) return null;
  const o = obj(v, path, ['at', 'auto']);
  time(o.at, [...path, 'at']);
  bool(o.auto, [...path, 'auto']);
  return o as unknown as Done;
}

function origin(v: unknown, path: Path): TodoOrigin {
  if (!isObj(v)) return invalid(path, 'an object', v);
  const kind = oneOf(v.kind, [...path, 'kind'], ['rule', 'goal', 'manual'] as const);
  if (kind === 'rule') {
    const o = obj(v, path, ['kind', 'rule', 'profileKey']);
    ruleId(o.rule, [...path, 'rule']);
    profileKey(o.profileKey, [...path, 'profileKey']);
  } else if (kind === 'goal') {
    const o = obj(v, path, ['kind', 'goal']);
    oneOf(o.goal, [...path, 'goal'], GOAL_IDS);
  } else obj(v, path, ['kind']);
  return v as unknown as TodoOrigin;
}

function todo(v: unknown, path: Path): Todo {
  const o = obj(v, path, ['id', 'title', 'createdAt', 'origin', 'done'], ['notes', 'due']);
  id(o.id, [...path, 'id']);
  str(o.title, [...path, 'title'], TODO_LIMITS.title, true);
  if (o.notes !== undefined) str(o.notes, [...path, 'notes'], TODO_LIMITS.notes);
  if (o.due !== undefined) day(o.due, [...path, 'due']);
  time(o.createdAt, [...path, 'createdAt']);
  origin(o.origin, [...path, 'origin']);
  done(o.done, [...path, 'done']);
  return o as unknown as Todo;
}

export function checkTodos(v: unknown, path: Path = ['to-dos']): Todo[] {
  const todos = list(v, path).map((t, i) => todo(t, [...path, `item ${i + 1}`]));
  unique(todos, (t) => t.id, path, 'the id');
  unique(
    todos,
    (t) => (t.origin.kind === 'rule' ? `${t.origin.rule} on ${t.origin.profileKey}` : undefined),
    path,
    'a to-do for rule',
  );
  unique(todos, (t) => (t.origin.kind === 'goal' ? t.origin.goal : undefined), path, 'a to-do for goal');
  return todos;
}

function person(v: unknown, path: Path): Person {
  const o = obj(v, path, ['id', 'name', 'connected'], ['where', 'when', 'slug', 'note']);
  id(o.id, [...path, 'id']);
  str(o.name, [...path, 'name'], GOAL_LIMITS.name, true);
  if (o.where !== undefined) str(o.where, [...path, 'where'], GOAL_LIMITS.where);
  if (o.when !== undefined) day(o.when, [...path, 'when']);
  if (o.slug !== undefined && (typeof o.slug !== 'string' || normaliseSlug(o.slug) !== o.slug))
    invalid([...path, 'slug'], 'a LinkedIn profile name, lower case', o.slug);
  if (o.note !== undefined) str(o.note, [...path, 'note'], TODO_LIMITS.notes);
  done(o.connected, [...path, 'connected']);
  return o as unknown as Person;
}

function network(v: unknown, path: Path): ProNetwork {
  const o = obj(v, path, ['id', 'name', 'joined'], ['url']);
  id(o.id, [...path, 'id']);
  str(o.name, [...path, 'name'], GOAL_LIMITS.name, true);
  if (o.url !== undefined && (typeof o.url !== 'string' || cleanWebUrl(o.url) !== o.url))
    invalid([...path, 'url'], 'a web address starting with https:// or http://', o.url);
  bool(o.joined, [...path, 'joined']);
  return o as unknown as ProNetwork;
}

export function checkGoals(v: unknown, path: Path = ['goals']): Goals {
  const o = obj(v, path, ['scores', 'people', 'groups', 'networks']);
  const scores = obj(o.scores, [...path, 'scores'], [], NETWORKS);
  for (const n of NETWORKS) if (scores[n] !== undefined) int(scores[n], [...path, 'scores', n], 1, 100);
  const people = list(o.people, [...path, 'people']).map((p, i) =>
    person(p, [...path, 'people', `person ${i + 1}`]),
  );
  unique(people, (p) => p.id, [...path, 'people'], 'the id');
  unique(people, (p) => p.slug, [...path, 'people'], 'the LinkedIn profile');
  if (o.groups !== null) {
    const g = obj(o.groups, [...path, 'groups'], ['target', 'joined', 'source']);
    int(g.target, [...path, 'groups', 'target'], 1, 100);
    int(g.joined, [...path, 'groups', 'joined'], 0, 10000);
    oneOf(g.source, [...path, 'groups', 'source'], [
      'manual',
      'page',
    ] as const satisfies GroupsGoal['source'][]);
  }
  const networks = list(o.networks, [...path, 'networks']).map((n, i) =>
    network(n, [...path, 'networks', `network ${i + 1}`]),
  );
  unique(networks, (n) => n.id, [...path, 'networks'], 'the id');
  return o as unknown as Goals;
}

/** `when` (a day or an ISO time) unless it is after `latest` (an ISO time: a day compares as its start). */
function notLater(when: string, path: Path, latest: string): string {
  if (when > latest) throw new Invalid(`${at(path)} is in the future (${when})`);
  return when;
}

function row(v: unknown, path: Path, previousDay: string, latest: string): Row {
  const r = list(v, path);
  if (r.length < 3 || r.length > 4) invalid(path, 'a list of 3 or 4 items (day, score, coverage, changes)');
  const d = notLater(day(r[0], [...path, 'day']), path, latest);
  if (d <= previousDay) throw new Invalid(`${at(path)} is not after the day before it (${previousDay})`);
  int(r[1], [...path, 'score'], 0, 100);
  int(r[2], [...path, 'coverage'], 0, 1000);
  if (r.length === 4) {
    const changes = r[3];
    if (!isObj(changes)) invalid([...path, 'changes'], 'an object', changes);
    for (const [key, value] of Object.entries(changes)) {
      if (key === 'rules') {
        if (!isObj(value)) invalid([...path, 'rules'], 'an object', value);
        for (const [rule, mark] of Object.entries(value)) {
          ruleId(rule, [...path, 'rules']);
          if (mark !== null) oneOf(mark, [...path, 'rules', rule], ['fail', 'pass'] as const);
        }
      } else if (factOfCode(key)) {
        if (value !== null) int(value, [...path, key], 0, Number.MAX_SAFE_INTEGER);
      } else throw new Invalid(`${at([...path, 'changes'])} has an unknown key "${key}"`);
    }
  }
  return r as Row;
}

/** A history as stored; with `latest` (an ISO time), one with a later day is refused (parseBackup). */
export function checkHistory(v: unknown, path: Path = ['history'], latest = '9'): History {
  if (!isObj(v)) return invalid(path, 'an object', v);
  for (const [key, rows] of Object.entries(v)) {
    profileKey(key, path);
    let previous = '';
    list(rows, [...path, key]).forEach((r, i) => {
      previous = row(r, [...path, key, `row ${i + 1}`], previous, latest)[0];
    });
  }
  return v as History;
}

// ---- Snapshots ----------------------------------------------------------------------------------------------

type ValueCheck = (v: unknown, path: Path) => void;
const anyStr: ValueCheck = (v, p) => void str(v, p, 100_000);
const count: ValueCheck = (v, p) => void num(v, p, 0, 1e12);
const yes: ValueCheck = (v, p) => void (v === true || invalid(p, 'true', v));
const boolean: ValueCheck = (v, p) => void bool(v, p);
const listOf =
  (item: ValueCheck): ValueCheck =>
  (v, p) =>
    list(v, p).forEach((x, i) => item(x, [...p, `item ${i + 1}`]));
const experience: ValueCheck = (v, p) => {
  const o = obj(v, p, ['title', 'company', 'current', 'description']);
  anyStr(o.title, [...p, 'title']);
  anyStr(o.company, [...p, 'company']);
  bool(o.current, [...p, 'current']);
  if (o.description !== null) anyStr(o.description, [...p, 'description']);
};
const education: ValueCheck = (v, p) => anyStr(obj(v, p, ['school']).school, [...p, 'school']);

// The type of each field's found value (profile.ts): tsc checks that every field is listed.
const LINKEDIN_VALUES: Record<keyof LinkedInFields, ValueCheck> = {
  name: anyStr,
  headline: anyStr,
  about: anyStr,
  location: anyStr,
  photo: yes,
  banner: yes,
  connections: count,
  followers: count,
  experience: listOf(experience),
  education: listOf(education),
  skills: count,
  recommendations: count,
  featured: count,
  certifications: count,
  volunteering: count,
  languages: count,
  openToWork: boolean,
  publicUrl: anyStr,
  customUrl: boolean,
};
const X_VALUES: Record<keyof XFields, ValueCheck> = {
  name: anyStr,
  handle: anyStr,
  bio: anyStr,
  location: anyStr,
  website: anyStr,
  category: anyStr,
  avatar: yes,
  header: yes,
  pinned: yes,
  followers: count,
  following: count,
  verified: boolean,
  joined: anyStr,
  lastPostAt: anyStr,
};

function field(v: unknown, path: Path, value: ValueCheck): void {
  if (!isObj(v)) return invalid(path, 'an object', v);
  const state = oneOf(v.state, [...path, 'state'], ['found', 'absent', 'unknown'] as const);
  if (state === 'found') {
    const f = obj(v, path, ['state', 'value'], ['partial']);
    value(f.value, [...path, 'value']);
    if ('partial' in f && f.partial !== true) invalid([...path, 'partial'], 'true', f.partial);
  } else if (state === 'absent') obj(v, path, ['state']);
  else anyStr(obj(v, path, ['state', 'reason']).reason, [...path, 'reason']);
}

function profile(v: unknown, path: Path): Profile {
  const o = obj(v, path, ['platform', 'layout', 'own', 'url', 'key', 'health', 'fields']);
  const platform = oneOf(o.platform, [...path, 'platform'], ['linkedin', 'x'] as const);
  oneOf(o.layout, [...path, 'layout'], [
    'linkedin-2024',
    'linkedin-2026',
    'linkedin-public',
    'x',
    'unknown',
  ] as const);
  if (o.own !== null) bool(o.own, [...path, 'own']);
  str(o.url, [...path, 'url'], 5000);
  // The popup links to it: only the sites' own https pages (a reader only ever reads those).
  if (!/^https:\/\/(?:[a-z0-9-]+\.)*(?:linkedin|x|twitter)\.com\//i.test(o.url as string))
    invalid([...path, 'url'], 'the https address of a LinkedIn or X page', o.url);
  const key = profileKey(o.key, [...path, 'key']);
  if (!key.startsWith(`${platform}:`)) invalid([...path, 'key'], `a ${platform} profile key`, key);
  const health = obj(o.health, [...path, 'health'], ['recognised', 'unrecognised']);
  for (const k of ['recognised', 'unrecognised'])
    list(health[k], [...path, 'health', k]).forEach((s, i) =>
      str(s, [...path, 'health', k, `item ${i + 1}`], 200),
    );
  const checks: Record<string, ValueCheck> = platform === 'linkedin' ? LINKEDIN_VALUES : X_VALUES;
  const names: readonly string[] = platform === 'linkedin' ? LINKEDIN_FIELDS : X_FIELDS;
  const fields = obj(o.fields, [...path, 'fields'], names);
  for (const name of names) field(fields[name], [...path, 'fields', name], checks[name] ?? anyStr);
  return o as unknown as Profile;
}

const STATUSES = ['pass', 'fail', 'warn', 'unknown', 'info'] as const;

/** A report, loosely: its score, coverage and each result's rule, status and weight (other keys are kept). */
function report(v: unknown, path: Path): ReportLike {
  if (!isObj(v)) return invalid(path, 'an object', v);
  int(v.score, [...path, 'score'], 0, 100);
  num(v.coverage, [...path, 'coverage'], 0, 1);
  list(v.results, [...path, 'results']).forEach((r, i) => {
    const p = [...path, 'results', `item ${i + 1}`];
    if (!isObj(r)) return invalid(p, 'an object', r);
    ruleId(r.rule, [...p, 'rule']);
    oneOf(r.status, [...p, 'status'], STATUSES);
    num(r.weight, [...p, 'weight'], 0, 100);
  });
  return v as unknown as ReportLike;
}

export function checkSnapshots(v: unknown, path: Path = ['snapshots']): Record<string, Snapshot> {
  if (!isObj(v)) return invalid(path, 'an object', v);
  for (const [key, s] of Object.entries(v)) {
    const p = [...path, key];
    profileKey(key, path);
    const o = obj(s, p, ['profile', 'readAt'], ['readMs', 'report']);
    const prof = profile(o.profile, [...p, 'profile']);
    if (prof.key !== key) throw new Invalid(`${at(p)} holds the profile ${prof.key}`);
    time(o.readAt, [...p, 'readAt']);
    if (o.readMs !== undefined) num(o.readMs, [...p, 'readMs'], 0, 3_600_000);
    if (o.report !== undefined) report(o.report, [...p, 'report']);
  }
  return v as Record<string, Snapshot>;
}

// ---- The file -----------------------------------------------------------------------------------------------

/** The first forbidden key anywhere in a parsed value, or nesting deeper than MAX_DEPTH; iterative. */
function forbiddenKey(root: unknown): string | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) return 'nesting';
    if (Array.isArray(v)) for (const x of v) stack.push([x, depth + 1]);
    else
      for (const k of Object.keys(v)) {
        if (FORBIDDEN.has(k)) return k;
        stack.push([(v as Obj)[k], depth + 1]);
      }
  }
  return null;
}

const mb = (chars: number): string => (chars / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

/**
 * Read a backup file's text. Returns the data to store, or a plain-language message to show (the whole file
 * is refused; nothing is half-imported).
 */
export function parseBackup<S>(text: string, limits: BackupLimits<S>): ParseResult<S> {
  const maxChars = limits.maxChars ?? DEFAULT_MAX_CHARS;
  if (typeof text !== 'string') return refuse('it is not a text file');
  if (text.length > maxChars)
    return refuse(`it is too large (${mb(text.length)} MB; a Spruce backup is at most ${mb(maxChars)} MB)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(
      text.trim()
        ? 'it is not complete JSON (it may have been cut off, or it is not a Spruce backup)'
        : 'it is empty',
    );
  }
  if (!isObj(parsed)) return refuse("it is not a Spruce backup (it doesn't hold a JSON object)");
  const bad = forbiddenKey(parsed);
  if (bad === 'nesting') return refuse('it is nested far deeper than a Spruce backup ever is');
  if (bad) return refuse(`it contains a key named "${bad}", which Spruce never writes`);
  if (parsed.format !== BACKUP_FORMAT)
    return refuse('it is not a Spruce backup (its "format" is not "spruce-backup")');
  const version = parsed.version;
  if (!Number.isSafeInteger(version) || (version as number) < 1)
    return refuse(`its version (${JSON.stringify(version) ?? 'missing'}) is not one Spruce knows`);
  if ((version as number) > BACKUP_VERSION)
    return refuse(
      `it was made by a newer version of Spruce (backup version ${version}; this one reads up to ${BACKUP_VERSION}). ` +
        'Update Spruce, then import it again',
    );
  try {
    const top = obj(parsed, [], ['format', 'version', 'exportedAt', 'data']);
    // A day after now at the latest: the clock of the computer that made the file may be a little ahead.
    const latest = limits.now ? new Date(Date.parse(limits.now) + 864e5).toISOString() : '9';
    const exportedAt = notLater(time(top.exportedAt, ['exportedAt']), ['exportedAt'], latest);
    const data = obj(top.data, ['data'], ['settings', 'snapshots', 'todos', 'goals', 'history']);
    let settings: ReturnType<SettingsCheck<S>>;
    try {
      settings = limits.settings(data.settings);
    } catch {
      settings = { ok: false, error: 'they could not be read' };
    }
    if (!settings.ok) throw new Invalid(`the settings are not valid: ${settings.error}`);
    return {
      ok: true,
      exportedAt,
      data: {
        settings: settings.value,
        snapshots: checkSnapshots(data.snapshots),
        todos: checkTodos(data.todos),
        goals: checkGoals(data.goals),
        history: checkHistory(data.history, undefined, latest),
      },
    };
  } catch (err) {
    if (err instanceof Invalid) return refuse(err.message);
    throw err;
  }
}
