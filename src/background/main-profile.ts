// Which of her profiles stands for a network: the one the cross-network checks compare and the score goals
// follow. Its own small module: the popup, the options page and the worker all ask it.
import type { Network } from '../core/goals-progress.ts';
import type { Profile } from '../core/profile.ts';
import type { Settings, Snapshot } from '../storage/schema.ts';

/**
 * The profile of a network the cross-network checks compare: the one she chose (settings.main) while it is
 * kept, else the one read last.
 */
export function mainProfile(
  snapshots: Record<string, Snapshot>,
  platform: Profile['platform'],
  settings: Pick<Settings, 'main'>,
): Profile | undefined {
  const chosen = settings.main[platform];
  if (chosen && Object.hasOwn(snapshots, chosen)) return snapshots[chosen]!.profile;
  let best: Snapshot | undefined;
  for (const s of Object.values(snapshots)) {
    if (s.profile.platform === platform && (!best || s.readAt > best.readAt)) best = s;
  }
  return best?.profile;
}

/** Each network's score for the score goals: the latest report of its main profile. */
export function latestScores(
  snapshots: Record<string, Snapshot>,
  settings: Pick<Settings, 'main'>,
): Partial<Record<Network, number>> {
  const out: Partial<Record<Network, number>> = {};
  for (const network of ['linkedin', 'x'] as const) {
    const key = mainProfile(snapshots, network, settings)?.key;
    const report = key ? snapshots[key]?.report : undefined;
    if (report) out[network] = report.score;
  }
  return out;
}
