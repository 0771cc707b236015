// Progress on the networking goals (goals.ts): how far each adopted goal is, from the goals and the latest scores.
// Its own module so that the popup, which only shows progress, does not bundle the goals' transitions and the
// starter plan; goals.ts re-exports everything here.
//
// Pure: no DOM, no browser API, no clock.
import type { GoalId, Goals } from './goals.ts';

export type Network = 'linkedin' | 'x';
export const NETWORKS: readonly Network[] = ['linkedin', 'x'];

export interface GoalProgress {
  goal: GoalId;
  /** The score, or the number connected / joined; null when not known yet (no reading of that network). */
  current: number | null;
  /** The target score, or the number to reach. */
  target: number;
  complete: boolean;
  /** 0..1. */
  ratio: number;
}

export interface GoalsSummary {
  /** The adopted goals, in GOAL_IDS order. */
  goals: GoalProgress[];
  overall: {
    /** How many goals are complete, of how many. */
    complete: number;
    total: number;
    /** The mean of the goals' ratios, 0..1 (0 with no goals). */
    ratio: number;
  };
}

const progress = (goal: GoalId, current: number | null, target: number): GoalProgress => ({
  goal,
  current,
  target,
  complete: current !== null && current >= target,
  ratio: current === null || target <= 0 ? 0 : Math.min(1, current / target),
});

/**
 * Progress on every adopted goal. `latestScores`: the latest score of the user's own profile per network (from
 * the latest report or history entry); a network without a score has unknown progress (current null).
 */
export function goalsProgress(goals: Goals, latestScores: Partial<Record<Network, number>>): GoalsSummary {
  const list: GoalProgress[] = [];
  for (const network of NETWORKS) {
    const target = goals.scores[network];
    if (target !== undefined) list.push(progress(`score:${network}`, latestScores[network] ?? null, target));
  }
  if (goals.people.length > 0)
    list.push(progress('people', goals.people.filter((p) => p.connected).length, goals.people.length));
  if (goals.groups) list.push(progress('groups', goals.groups.joined, goals.groups.target));
  if (goals.networks.length > 0)
    list.push(progress('networks', goals.networks.filter((n) => n.joined).length, goals.networks.length));
  const complete = list.filter((g) => g.complete).length;
  const ratio = list.length > 0 ? list.reduce((sum, g) => sum + g.ratio, 0) / list.length : 0;
  return { goals: list, overall: { complete, total: list.length, ratio } };
}
