// The settings item. Its own module: validating settings needs the whole rule list (rule ids, threshold
// ranges), which only the worker and the options page should load.
import {
  DEFAULT_SETTINGS as DEFAULT_CHECKLIST,
  validateSettings as validateChecklist,
} from '../core/settings.ts';
import { isRuleId } from '../core/history.ts';
import { ruleById } from '../core/rules/index.ts';
import { isRecord, validateMain, type HintChoice, type Item, type Settings } from './schema.ts';

export const DEFAULT_SETTINGS: Settings = {
  checklist: DEFAULT_CHECKLIST,
  overlays: { linkedin: true, x: true },
  sync: false,
  hints: {},
  main: {},
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
    main: validateMain(r.main),
  };
}

/** The same value with object keys in one order, for comparing. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    isRecord(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );

/**
 * The checklist part of imported settings without what an update of the rules normally leaves behind, which a
 * load drops too: rule ids that no longer exist (disabled, thresholds), thresholds a rule no longer has, and
 * overrides equal to today's default (the default changed to the user's value). Values of the wrong type
 * stay, so the comparison below still refuses them.
 */
function withoutRetired(checklist: unknown): unknown {
  if (!isRecord(checklist)) return checklist;
  const out = { ...checklist };
  if (Array.isArray(out.disabled))
    out.disabled = out.disabled.filter((id) => typeof id !== 'string' || ruleById(id));
  if (isRecord(out.thresholds)) {
    const kept: Record<string, unknown> = {};
    for (const [id, values] of Object.entries(out.thresholds)) {
      const rule = ruleById(id);
      if (!isRecord(values)) kept[id] = values;
      if (!isRecord(values) || !rule) continue;
      const usable = Object.entries(values).filter(
        ([key, v]) =>
          typeof v !== 'number' ||
          (Object.hasOwn(rule.thresholds, key) && v !== rule.thresholds[key]?.default),
      );
      if (usable.length > 0) kept[id] = Object.fromEntries(usable);
    }
    out.thresholds = kept;
  }
  return out;
}

/**
 * Settings from an imported file: nothing is repaired, but what an older backup normally holds after an update
 * (a retired rule, an override equal to a changed default) is dropped, as a load drops it. Anything else must
 * be exactly what Spruce would store (validation leaves it unchanged), or the file is refused: wrong types,
 * unknown settings or goals, keywords or thresholds validation would change.
 */
export function checkImportedSettings(
  raw: unknown,
): { ok: true; value: Settings } | { ok: false; error: string } {
  if (!isRecord(raw)) return { ok: false, error: 'they are not an object' };
  const extra = Object.keys(raw).find((k) => !Object.hasOwn(DEFAULT_SETTINGS, k));
  if (extra) return { ok: false, error: `"${extra}" is not a setting Spruce knows` };
  const value = validateSettings(raw);
  const full = { ...DEFAULT_SETTINGS, ...raw };
  full.checklist = withoutRetired(full.checklist) as Settings['checklist'];
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (canonical(value[key]) !== canonical(full[key]))
      return { ok: false, error: `"${key}" holds values Spruce cannot use` };
  }
  return { ok: true, value };
}

export const SETTINGS: Item<'settings'> = { name: 'settings', validate: validateSettings };
