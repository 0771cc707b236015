// Page text cut to a length for quoting. Its own module: src/core/i18n.ts needs only this, and the pages that
// render messages (the popup) should not bundle text.ts's keyword and name helpers with it.

/** Page text on one line, cut at `max` characters with "…": what a detail quotes (quoted() in i18n.ts). */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const chars = [...t];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : t;
}
