// The worker's use of the checklist: a reading is evaluated with the user's settings and, for the
// cross-network rules, the latest reading of her other network. A LinkedIn reading's report holds the
// LinkedIn rules and the cross-network ones, never the X rules (and the other way round): each network's
// score is its own, so fixing X never moves the LinkedIn score or a goal set on it.
import type { Profile } from '../core/profile.ts';
import { evaluate, type Report } from '../core/report.ts';
import { RULES } from '../core/rules/index.ts';
import type { Settings, Snapshot } from '../storage/schema.ts';
import { mainProfile } from './main-profile.ts';

/**
 * A reading's report with the user's settings, among the stored `snapshots` (with or without it). The main
 * profile of each network is compared with the other network's (the cross-network checks); any other
 * profile of hers (a work account) is scored on its own network's checks only, and so is an example
 * (someone else's profile she keeps to learn from: `snapshots` null).
 */
export function reportFor(
  profile: Profile,
  readAt: string,
  snapshots: Record<string, Snapshot> | null,
  settings: Settings,
): Report {
  const all = { ...snapshots, [profile.key]: { ...snapshots?.[profile.key], profile, readAt } };
  const isMain = !!snapshots && mainProfile(all, profile.platform, settings)?.key === profile.key;
  const other = snapshots && mainProfile(all, profile.platform === 'x' ? 'linkedin' : 'x', settings);
  const [linkedin, x] = profile.platform === 'x' ? [other, profile] : [profile, other];
  return evaluate(
    {
      linkedin: linkedin?.platform === 'linkedin' ? linkedin : undefined,
      x: x?.platform === 'x' ? x : undefined,
      now: readAt,
    },
    settings.checklist,
    RULES.filter((r) => r.platform === profile.platform || (isMain && r.platform === 'cross')),
  );
}

/**
 * Every stored reading (or, with `examples`, every example) evaluated again after the settings changed, each
 * with its own reading time.
 */
export function reevaluateAll(
  snapshots: Record<string, Snapshot>,
  settings: Settings,
  examples?: boolean,
): Record<string, Snapshot> {
  const out: Record<string, Snapshot> = {};
  for (const [key, s] of Object.entries(snapshots)) {
    out[key] = { ...s, report: reportFor(s.profile, s.readAt, examples ? null : snapshots, settings) };
  }
  return out;
}

/**
 * The other readings evaluated again after the reading `key` was stored: the cross-network checks compare each
 * network's main profile, which this one may now be (the one read last), and the other network's main
 * profile compares with it. Only those whose report changed.
 */
export function othersAgain(
  snapshots: Record<string, Snapshot>,
  key: string,
  settings: Settings,
): Record<string, Snapshot> {
  const out: Record<string, Snapshot> = {};
  for (const [other, s] of Object.entries(snapshots)) {
    if (other === key) continue;
    const report = reportFor(s.profile, s.readAt, snapshots, settings);
    if (JSON.stringify(report) !== JSON.stringify(s.report)) out[other] = { ...s, report };
  }
  return out;
}
