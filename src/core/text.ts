// Plain-text helpers for the checklist rules: folding (case, accents), words, plural stripping, keyword
// matching, key terms, name normalisation and the LinkedIn auto-assigned slug. Pure: no DOM, no browser API.
// Everything here is deliberately simple and offline: no AI, no dictionaries beyond the short lists below.

// Letters that NFKD does not split into base letter + accent.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower case, accents removed, runs of white space collapsed: "Ãlvaro  PÉREZ" -> "alvaro perez". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

// Pictographs, their modifiers and joiners, flags, keycaps: what "emoji" means in a name or a headline.
const EMOJI =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}|[\u{E0020}-\u{E007F}]/gu;

/** The text without emoji. */
export const stripEmoji = (text: string): string => text.replace(EMOJI, '');

/** Words of folded text: letters and digits; "e-mail" gives "e", "mail"; "O'Brien" gives "obrien". */
export function words(text: string): string[] {
  return fold(stripEmoji(text))
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A word without its plural ending, so "libraries" matches "library" and "skills" matches "skill". English
 * rules only, applied the same way to both sides of every comparison, so consistency matters more than
 * grammar: "analysis" and "status" keep their s; "searches" -> "search", "classes" -> "class".
 */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

const stems = (text: string): string[] => words(text).map(stem);

/**
 * Does `text` contain the keyword or phrase, ignoring case, accents, plurals, punctuation and spacing?
 * "Knowledge Management" is found in "knowledge-management lead"; "library" in "Libraries".
 */
export function containsKeyword(text: string, keyword: string): boolean {
  const needle = stems(keyword);
  if (needle.length === 0) return false;
  const hay = stems(text);
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  // "e-learning" vs "elearning", "know-how" vs "knowhow": a run of words that joins up to the keyword.
  const joined = needle.join('');
  if (joined.length < 5) return false;
  for (let i = 0; i < hay.length; i++) {
    let acc = '';
    for (let k = i; k < hay.length && acc.length < joined.length; k++) {
      acc += hay[k];
      if (acc === joined) return true;
    }
  }
  return false;
}

/** The character offset where the keyword first appears in `text` (folded), or -1. Used for "before the fold". */
export function keywordOffset(text: string, keyword: string): number {
  // Walk word by word, keeping each word's start offset in the original text.
  const spans: { start: number; stem: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}'’`]+/gu)) {
    const w = words(m[0]).join('');
    if (w) spans.push({ start: m.index ?? 0, stem: stem(w) });
  }
  const needle = stems(keyword);
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= spans.length; i++) {
    for (let j = 0; j < needle.length; j++) if (spans[i + j]?.stem !== needle[j]) continue outer;
    return spans[i]?.start ?? -1;
  }
  return containsKeyword(text, keyword) ? text.length : -1;
}

// Words too common to say anything about what a person does. English, plus the few French, German and
// Spanish function words that show up in bilingual headlines. Generic profile filler is listed too.
// (Pure annotations: a bundle that only renders messages leaves the list out.)
const STOPWORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'a an and are as at be been but by for from has have he her his i im in into is it its me my of on or our ' +
    'she so that the their them they this to us was we were who with you your yours ' +
    'about all also am any can do just more most new not now only other out over some than then there ' +
    'these those very what when where which while will would how why via per ' +
    'de des du et la le les en un une pour chez avec der die das und fur bei mit von el los las y con para ' +
    'views opinions own tweets posts personal account official based love lover fan passionate enthusiast ' +
    'helping help experienced professional expert'
  ).split(' '),
);

/**
 * The words that carry meaning, stemmed: no stop words, at least 3 letters, except 2-letter all-capital
 * acronyms in the original ("AI", "UX", "HR"). Used to compare a LinkedIn headline with an X bio.
 */
export function keyTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of stripEmoji(text).matchAll(/[\p{L}\p{N}'’`]+/gu)) {
    const raw = m[0].replace(/['’`]/g, '');
    const w = fold(raw);
    if (!w || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    if (w.length >= 3 || (w.length === 2 && /^\p{Lu}{2}$/u.test(raw))) out.add(stem(w));
  }
  return out;
}

/** Keywords as the user typed them: split on commas, semicolons and new lines, trimmed, de-duplicated. */
export function parseKeywords(input: string | readonly string[]): string[] {
  const parts = typeof input === 'string' ? input.split(/[,;\n]/) : input.flatMap((k) => k.split(/[,;\n]/));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    const k = part.replace(/\s+/g, ' ').trim();
    const key = stems(k).join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(k);
  }
  return out;
}

// Pronouns written in a name: "(she/her)", "[they/them]", "he/him", "she·her", "elle/she".
const PRONOUN =
  /\b(?:she|he|they|ze|xe|elle|il|iel|her|him|them|hers|his|theirs)\s*[/·|]\s*\p{L}+(?:\s*[/·|]\s*\p{L}+)?/giu;
const HONORIFICS = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev']);
const POST_NOMINALS = new Set([
  'phd',
  'dphil',
  'mba',
  'msc',
  'ma',
  'ba',
  'bsc',
  'mclip',
  'fclip',
  'acl',
  'mlis',
  'mls',
  'cpa',
  'pmp',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
]);

/**
 * A person's name reduced to comparable words: emoji, pronouns ("(she/her)"), anything in brackets,
 * taglines after "|", " - ", "•" or a comma ("Jane Doe, MCLIP"), honorifics and post-nominals removed,
 * case and accents folded. "Dr. Zoë  Núñez-Smith (she/her) 📚" -> ["zoe", "nunezsmith"].
 */
export function nameWords(name: string): string[] {
  let s = stripEmoji(name).replace(PRONOUN, ' ');
  s = s.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ');
  s = s.split(/\s[|•·–—-]\s|[|•·,]/u)[0] ?? '';
  return s
    .split(/\s+/)
    .map((w) => fold(w).replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w && !HONORIFICS.has(w) && !POST_NOMINALS.has(w));
}

/**
 * Is any word of the name written in another script than Latin ("王芳", "Иван", "محمد")? Then a name or
 * handle in Latin letters unlike it may still be its romanisation, which the name checks cannot judge.
 */
export const otherScript = (name: string): boolean =>
  nameWords(name).some((w) => /\p{L}/u.test(w) && !/[a-z]/.test(w));

/** How two names compare after normalisation: the same first and last name, one part of the other, or not. */
export function compareNames(a: string, b: string): 'same' | 'partial' | 'different' | 'empty' {
  const x = nameWords(a).filter((w) => w.length > 1);
  const y = nameWords(b).filter((w) => w.length > 1);
  if (x.length === 0 || y.length === 0) return 'empty';
  const [xf, xl] = [x[0], x[x.length - 1]];
  const [yf, yl] = [y[0], y[y.length - 1]];
  // Middle names are dropped: first and last words decide. A surname written with or without a hyphen
  // ("Núñez Smith", "Núñez-Smith") compares as the joined last words.
  const tail = (ws: string[], k: number): string => ws.slice(Math.max(1, ws.length - k)).join('');
  const sameLast = xl === yl || [2, 3].some((k) => tail(x, k) === yl || tail(y, k) === xl);
  if (xf === yf && sameLast) return 'same';
  if (x.join('') === y.join('')) return 'same';
  const shorter = x.length <= y.length ? x : y;
  const longer = shorter === x ? y : x;
  if (shorter.every((w) => longer.includes(w))) return 'partial';
  return 'different';
}

/**
 * LinkedIn's auto-assigned public URL is the member's name plus a random suffix, e.g. "jane-doe-35520a61" or
 * "jane-doe-b2a7184b": a final hyphenated part of 6-12 hexadecimal characters with at least one digit. A custom
 * slug ("janedoe", "jane-doe-librarian", "jane-doe-dev2024") is not. Kept here, pure, so src/core never imports
 * a reader; src/readers/linkedin/url.ts has the reader's own copy, and both follow the same examples.
 */
export function isAutoAssignedSlug(slug: string): boolean {
  const suffix = /-([0-9a-z]{6,12})$/i.exec(slug)?.[1]?.toLowerCase();
  if (!suffix) return false;
  return /^[0-9a-f]+$/.test(suffix) && /\d/.test(suffix);
}

/** Characters as a person counts them (emoji and accented letters count once). */
export const charCount = (text: string): number => [...text.normalize('NFC')].length;

/** "1,204": numbers in details, formatted the same everywhere, before they are put into a message. */
export const num = (n: number): string => n.toLocaleString('en-GB');

// clip() lives in clip.ts so that message rendering (i18n.ts) does not bundle the keyword helpers above.
export { clip } from './clip.ts';
