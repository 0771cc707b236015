// The score and coverage of a report's results: a module of its own, so a page can score a part of a report
// (the options page's examples compare one network's checks) without loading the checklist.
import type { Status } from './rules/types.ts';

const CREDIT: Readonly<Record<Status, number>> = { pass: 1, warn: 0.5, fail: 0, unknown: 0, info: 0 };
const evaluated = (s: Status): boolean => s === 'pass' || s === 'warn' || s === 'fail';

/** Score, coverage and the sums behind them, from results. */
export function scoreOf(results: readonly { status: Status; weight: number }[]): {
  score: number;
  coverage: number;
  earned: number;
  evaluatedWeight: number;
  totalWeight: number;
} {
  let earned = 0;
  let evaluatedWeight = 0;
  let totalWeight = 0;
  for (const r of results) {
    const w = Math.max(0, r.weight);
    totalWeight += w;
    if (!evaluated(r.status)) continue;
    evaluatedWeight += w;
    earned += w * CREDIT[r.status];
  }
  const score = evaluatedWeight > 0 ? Math.round((100 * earned) / evaluatedWeight) : 0;
  const coverage = totalWeight > 0 ? Math.round((1000 * evaluatedWeight) / totalWeight) / 1000 : 0;
  return { score, coverage, earned, evaluatedWeight, totalWeight };
}
