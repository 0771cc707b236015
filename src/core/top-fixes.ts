// The most useful fixes of a report. Its own module, so a page that only shows stored reports (the popup) and
// the on-page hints do not bundle the rules that made them.
import type { Report, Result } from './report.ts';

/** A result worth fixing, and so a hint on the page: a failing or warning rule that counts in the score. */
export const isHint = (r: Pick<Result, 'status' | 'weight'>): boolean =>
  /fail|warn/.test(r.status) && r.weight > 0;

/**
 * Is a rule's hint dismissed (until null) or snoozed until a later time (ISO times compare as text)? A snooze
 * that has run out hides nothing: the hint is back on the page, and off the options page's list of hidden ones.
 */
export const isHidden = (
  settings: { hints?: Record<string, { until: string | null }> },
  rule: string,
  now: string,
): boolean => {
  const h = settings.hints?.[rule];
  return !!h && (h.until === null || h.until > now);
};

/** The fixes worth doing first: failing or warning rules, highest impact first. */
export const topFixes = (report: Pick<Report, 'results'>, n = 3): Result[] =>
  report.results.filter(isHint).slice(0, n);
