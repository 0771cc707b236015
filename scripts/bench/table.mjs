// Small statistics and a plain-text table for `npm run bench`.

/** { median, min, max, n } of numbers (the median of an even count is the mean of the middle two). */
export function stats(values) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return { median: null, min: null, max: null, n: 0 };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs.at(-1), n: xs.length };
}

/** Pairwise differences a[i] - b[i] (samples taken alternately, so pair i ran under the same conditions). */
export const paired = (a, b) => a.map((x, i) => x - b[i]).filter((d) => Number.isFinite(d));

const fmt = (v, digits) => (v === null || v === undefined ? '-' : v.toFixed(digits));

/**
 * Rows are [label, stats | number | string, unit, note?]. A stats row prints median, min and max; a plain value
 * prints in the median column.
 */
export function table(title, rows, digits = 1) {
  const cells = rows.map(([label, v, unit, note = '']) => {
    if (v && typeof v === 'object') {
      return [label, fmt(v.median, digits), fmt(v.min, digits), fmt(v.max, digits), unit, note];
    }
    return [
      label,
      typeof v === 'number' ? fmt(v, Number.isInteger(v) ? 0 : digits) : String(v),
      '',
      '',
      unit,
      note,
    ];
  });
  const head = ['', 'median', 'min', 'max', 'unit', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) =>
    c
      .map((s, i) => (i === 0 || i >= 4 ? s.padEnd(widths[i]) : s.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [`\n${title}`, line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** A plain table with its own headings: rows of strings (the first column left-aligned, the rest right). */
export function grid(title, head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((c) => String(c[i]).length)));
  const line = (c) =>
    c
      .map((s, i) => (i === 0 ? String(s).padEnd(widths[i]) : String(s).padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [`\n${title}`, line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
