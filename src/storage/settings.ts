// The settings item. Its own module: validating settings needs the whole rule list (rule ids, threshold
// ranges), which only the worker and the options page should load.
import {
  DEFAULT_SETTINGS as DEFAULT_CHECKLIST,
  validateSettings as validateChecklist,
} from '../core/settings.ts';
import { isRecord, type Item, type Settings } from './schema.ts';

export const DEFAULT_SETTINGS: Settings = { checklist: DEFAULT_CHECKLIST };

/** Settings from storage, with any missing or malformed part replaced by its default. */
export function validateSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  return { checklist: validateChecklist(r.checklist) };
}

export const SETTINGS: Item<'settings'> = { name: 'settings', validate: validateSettings };
