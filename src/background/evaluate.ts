// The worker's use of the checklist: a reading is evaluated with the user's settings and, for the
// cross-network rules, the latest reading of her other network. A LinkedIn reading's report holds the
// LinkedIn rules and the cross-network ones, never the X rules (and the other way round): each network's
// score is its own, so fixing X never moves the LinkedIn score or a goal set on it.
import type { Profile } from '../core/profile.ts';
import { evaluate, type Report } from '../core/report.ts';
import { RULES } from '../core/rules/index.ts';
import type { Settings, Snapshot } from '../storage/schema.ts';

/** The most recently read profile of a platform (the other half of the cross-network checks). */
function latest(snapshots: Record<string, Snapshot>, platform: Profile['platform']): Profile | undefined {
  let best: Snapshot | undefined;
  for (const s of Object.values(snapshots)) {
    if (s.profile.platform === platform && (!best || s.readAt > best.readAt)) best = s;
  }
  return best?.profile;
}

export function reportFor(
  profile: Profile,
  readAt: string,
  snapshots: Record<string, Snapshot>,
  settings: Settings,
): Report {
  const linkedin = profile.platform === 'linkedin' ? profile : latest(snapshots, 'linkedin');
  const x = profile.platform === 'x' ? profile : latest(snapshots, 'x');
  return evaluate(
    {
      linkedin: linkedin?.platform === 'linkedin' ? linkedin : undefined,
      x: x?.platform === 'x' ? x : undefined,
      now: readAt,
    },
    settings.checklist,
    RULES.filter((r) => r.platform === profile.platform || r.platform === 'cross'),
  );
}

/** Every stored reading evaluated again (after the settings changed), each with its own reading time. */
export function reevaluateAll(
  snapshots: Record<string, Snapshot>,
  settings: Settings,
): Record<string, Snapshot> {
  const out: Record<string, Snapshot> = {};
  for (const [key, s] of Object.entries(snapshots)) {
    out[key] = { ...s, report: reportFor(s.profile, s.readAt, snapshots, settings) };
  }
  return out;
}

/**
 * The other network's readings evaluated again after a reading of `platform`: their cross-network checks
 * pair with the newest reading of each network, which this one now is. Only those whose report changed.
 */
export function pairedAgain(
  snapshots: Record<string, Snapshot>,
  platform: Profile['platform'],
  settings: Settings,
): Record<string, Snapshot> {
  const out: Record<string, Snapshot> = {};
  for (const [key, s] of Object.entries(snapshots)) {
    if (s.profile.platform === platform) continue;
    const report = reportFor(s.profile, s.readAt, snapshots, settings);
    if (JSON.stringify(report) !== JSON.stringify(s.report)) out[key] = { ...s, report };
  }
  return out;
}
