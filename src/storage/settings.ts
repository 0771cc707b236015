// The settings item. Its own module: validating settings needs the whole rule list (rule ids, threshold
// ranges), which only the worker and the options page should load.
import {
  DEFAULT_SETTINGS as DEFAULT_CHECKLIST,
  validateSettings as validateChecklist,
} from '../core/settings.ts';
import { isRuleId } from '../core/history.ts';
import { isRecord, type HintChoice, type Item, type Settings } from './schema.ts';

export const DEFAULT_SETTINGS: Settings = {
  checklist: DEFAULT_CHECKLIST,
  overlays: { linkedin: true, x: true },
  sync: false,
  hints: {},
};

const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

function validateHints(raw: unknown): Record<string, HintChoice> {
  const out: Record<string, HintChoice> = {};
  if (!isRecord(raw)) return out;
  for (const [rule, choice] of Object.entries(raw)) {
    if (isRuleId(rule) && isRecord(choice) && (choice.until === null || isTime(choice.until)))
      out[rule] = { until: choice.until };
  }
  return out;
}

/** Settings from storage, with any missing or malformed part replaced by its default. */
export function validateSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const overlays = isRecord(r.overlays) ? r.overlays : {};
  return {
    checklist: validateChecklist(r.checklist),
    overlays: {
      linkedin: overlays.linkedin !== false,
      x: overlays.x !== false,
    },
    sync: r.sync === true,
    hints: validateHints(r.hints),
  };
}

/** The same value with object keys in one order, for comparing. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    isRecord(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );

/**
 * Settings from an imported file: unlike a load, nothing is repaired. They must be exactly what Spruce
 * would store (validation leaves them unchanged), or the file is refused.
 */
export function checkImportedSettings(
  raw: unknown,
): { ok: true; value: Settings } | { ok: false; error: string } {
  if (!isRecord(raw)) return { ok: false, error: 'they are not an object' };
  const extra = Object.keys(raw).find((k) => !Object.hasOwn(DEFAULT_SETTINGS, k));
  if (extra) return { ok: false, error: `"${extra}" is not a setting Spruce knows` };
  const value = validateSettings(raw);
  const full = { ...DEFAULT_SETTINGS, ...raw };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (canonical(value[key]) !== canonical(full[key]))
      return { ok: false, error: `"${key}" holds values Spruce cannot use` };
  }
  return { ok: true, value };
}

export const SETTINGS: Item<'settings'> = { name: 'settings', validate: validateSettings };
