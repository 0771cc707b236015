// The most useful fixes of a report. Its own module, so a page that only shows stored reports (the popup)
// does not bundle the rules that made them.
import type { Report, Result } from './report.ts';

/** The fixes worth doing first: failing or warning rules, highest impact first. */
export const topFixes = (report: Pick<Report, 'results'>, n = 3): Result[] =>
  report.results.filter((r) => (r.status === 'fail' || r.status === 'warn') && r.weight > 0).slice(0, n);
