// Pure count parsing for the numbers profile pages show: "1.2K", "3M", "1,204", "500+", French "1 204" and
// "1,2 k", German "1.204" and "1,5 Mio.", Japanese "1.2万". No DOM, no browser API: readers, rules and the
// CLI share it, and it is tested in plain node.
//
// Why not Intl.NumberFormat: it formats but does not parse, and the page's locale is not always known (a
// French UI may show an English member's text). The shapes below cover what LinkedIn and X print.

/**
 * The multiplier written at the start of `s` ("k", "Mio.", "млн", "万"...), or 1 when there is none. Letters
 * must not run on into a word ("3 mutual" is not 3 million), so Latin and Cyrillic suffixes need a non-letter
 * after them; CJK units are followed directly by other CJK letters ("1.2万人"), so they are matched without
 * that check. The patterns are written here, not at the top of the module: one with \p{L} made there costs
 * about 0.1 ms on every LinkedIn and X page the content script loads in, profile or not.
 */
function multiplier(s: string): number {
  const cjk = /^(?:([千천])|([万萬만])|[億亿억])/.exec(s);
  if (cjk) return cjk[1] ? 1e3 : cjk[2] ? 1e4 : 1e8;
  const latin = /^(?:(k|tsd\.?|mil|тыс\.?)|(m|mn|mio\.?|mln|млн\.?)|b|bn|md|mrd\.?|млрд\.?)(?!\p{L})/iu.exec(
    s,
  );
  return latin ? (latin[1] ? 1e3 : latin[2] ? 1e6 : 1e9) : 1;
}

// Grouped thousands with one consistent separator: "1,204", "12.345.678", "1 204" (space, no-break space,
// narrow no-break space as French uses), "1'204" (Swiss). A lone separator followed by 1-2 digits is a
// decimal point instead ("1,2 k", "10.6M"). No /u flag on these two: their characters are all in the BMP, so
// they match the same without it, and compile faster in the page.
const GROUPED = /^\d{1,3}(?:([,.'\u00A0\u202F ])\d{3})(?:\1\d{3})*(?!\d)/;
const PLAIN = /^\d+(?:[.,]\d+)?/;
const SPACES = /^[\s\u00A0\u202F]*/;
// The ASCII letters a suffix can start with (under the suffixes' case-insensitive matching).
const LATIN_START = /^[kmtb]/i;

// Decimal digits of other scripts, as Arabic, Persian and Urdu, Hindi and Marathi, Bengali, Punjabi, Gujarati,
// Odia, Tamil, Telugu, Kannada, Malayalam, Thai and Lao UIs (and fullwidth forms in CJK text) may print
// them, and the Arabic decimal and thousands separators (U+066B, U+066C; not U+066A, the percent sign):
// "١٬٢٠٤" is 1,204, not 1. The nine Indic scripts are one range here, Devanagari's digits to Malayalam's
// (their digits sit at the same place in each 128-letter block), told apart from their letters below.
// Written as the characters themselves, and no /u flag (all in the BMP): the content script's budget.
const DIGITS = /[٠-٩٫٬۰-۹०-൯๐-๙໐-໙０-９]/g;

/** `text` with the digits (and separators) above in ASCII ("٣٠" -> "30"), everything else kept. */
export const asciiDigits = (text: string): string =>
  text.replace(DIGITS, (d) => {
    const c = d.charCodeAt(0);
    // Each run of ten starts at a code point ending in 0, so its last hex digit is the digit; the Indic
    // ones start at 0x966 + k * 0x80.
    const n = c > 0x900 && c < 0xe00 ? (c - 0x966) % 0x80 : c & 15;
    return n < 10 ? String(n) : c > 0x700 ? d : n & 1 ? '.' : ',';
  });

/**
 * The first count written in `text`, or null when there is none.
 * "1.2K" -> 1200, "3M" -> 3000000, "1,204" -> 1204, "500+" -> 500, "1 204 abonnés" -> 1204,
 * "1,2 k" -> 1200, "Show all 30 skills" -> 30, "フォロワー1.2万人" -> 12000, "٣٠ مهارة" -> 30.
 */
export function parseCount(raw: string): number | null {
  const text = asciiDigits(raw);
  const start = text.search(/\d/);
  if (start < 0) return null;
  const rest = text.slice(start);

  let value: number;
  let consumed: number;
  const grouped = GROUPED.exec(rest);
  if (grouped) {
    value = Number(grouped[0].replace(/[^\d]/g, ''));
    consumed = grouped[0].length;
  } else {
    const plain = PLAIN.exec(rest);
    if (!plain) return null;
    value = Number(plain[0].replace(',', '.'));
    consumed = plain[0].length;
  }

  let after = rest.slice(consumed);
  // "500+" is LinkedIn's floor for large networks: the count is at least 500, so 500 is the honest reading.
  if (after.startsWith('+')) after = after.slice(1);
  const spaced = after.replace(SPACES, '');
  // Most counts are followed by a word ("500+ connections", "30 skills") or nothing. Every suffix starts
  // with k, t, m or b in either case, or with a non-ASCII letter: anything else is decided here, without
  // running (and first compiling) the suffix patterns, whose Unicode case-insensitive classes cost about
  // 0.2 ms to compile in the page.
  const c = spaced.charCodeAt(0);
  const times = c >= 0x80 || LATIN_START.test(spaced) ? multiplier(spaced) : 1;
  // A fraction is a count only with a multiplier ("1.2K"): "١٫٢ ألف" (1.2 thousand in Arabic) has one we do
  // not know, and 1 would be a wrong reading.
  if (times === 1 && value % 1) return null;
  return Math.round(value * times);
}

/** The first integer written in `text` (no suffixes), or null: integersIn(text)[0] without the others. */
export function firstInteger(text: string): number | null {
  const m = /\d{1,3}(?:([,.\u00A0\u202F ])\d{3})(?:\1\d{3})*(?!\d)|\d+/.exec(asciiDigits(text));
  return m ? Number(m[0].replace(/[^\d]/g, '')) : null;
}

/** Every integer written in `text`, in order (no suffixes): for "Show all 30 skills"-style labels. */
export function integersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of asciiDigits(text).matchAll(/\d{1,3}(?:([,.\u00A0\u202F ])\d{3})(?:\1\d{3})*(?!\d)|\d+/gu)) {
    out.push(Number(m[0].replace(/[^\d]/g, '')));
  }
  return out;
}
