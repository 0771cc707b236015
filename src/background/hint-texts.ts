// The on-page hints' words, rendered here in the user's language (see HintTexts in src/messages.ts).
import { render, type Catalog } from '../core/i18n.ts';
import type { Report } from '../core/report.ts';
import type { Profile } from '../core/profile.ts';
import { HINT_SLOT, hintKey, type HintTexts } from '../messages.ts';

/** The overlay's own messages (public/_locales: overlay<Name>). */
const WORDS = [
  'Chip',
  'Count',
  'Move',
  'Marker',
  'Fold_headline',
  'Fold_about',
  'Why',
  'Fix',
  'Todo',
  'Added',
  'Dismiss',
  'Snooze',
] as const;

export function hintTexts(report: Report, catalog: Catalog): HintTexts {
  const rules: HintTexts['rules'] = {};
  for (const r of report.results) {
    if (r.status !== 'fail' && r.status !== 'warn') continue;
    rules[hintKey(r)] = {
      title: render(r.title, catalog),
      detail: render(r.detail, catalog),
      why: render(r.why, catalog),
      fix: render(r.fix, catalog),
    };
  }
  const words: HintTexts['words'] = {};
  for (const name of WORDS) words[name] = catalog(`overlay${name}`, [HINT_SLOT]);
  return { rules, words };
}

/**
 * The words of a rule's to-do, as the popup writes them ("LinkedIn: Background banner", the fix as notes), so
 * a to-do added from a hint on the page reads the same. Undefined when the report has no such result.
 */
export function ruleTodoText(
  platform: Profile['platform'],
  report: Report | undefined,
  rule: string,
  catalog: Catalog,
): { title: string; notes: string } | undefined {
  const r = report?.results.find((x) => x.rule === rule);
  if (!r) return undefined;
  const name = catalog(platform === 'linkedin' ? 'platformLinkedIn' : 'platformX', []);
  return { title: `${name}: ${render(r.title, catalog)}`, notes: render(r.fix, catalog) };
}
