// `spruce check <saved-page.html> --url <page URL> [--json]`: the extension's readers and checklist on a
// page saved from the browser, in node. The JSON output is a public contract (docs/ARCHITECTURE.md):
// {platform, layout, own, fields, report}.
//
// Exit codes: 0 success; 2 unusable input (a one-line message on stderr: missing or unreadable file, not
// HTML, a URL that is not a LinkedIn or X profile page, bad options); 1 an internal error.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { LINKEDIN_FIELDS, X_FIELDS, type Field, type Profile } from '../core/profile.ts';
import { profileSite, readPage } from '../readers/index.ts';
import { linkedInPage } from '../readers/linkedin/url.ts';
import { xPage } from '../readers/x/url.ts';
import { version as SPRUCE_VERSION } from '../../package.json';
import { evaluateProfile, type Report } from '../core/report.ts';
import { formatReport, renderReport } from '../core/report-text.ts';
import { catalogFrom } from '../core/i18n.ts';
import messages from '../../public/_locales/en/messages.json';

// ---------------------------------------------------------------------------------------------------------
// Types

/** Where the CLI writes: process.stdout/stderr by default, anything with write() in tests. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** One rule's outcome, as the `report` of the JSON contract lists it (docs/ARCHITECTURE.md). */
export interface CliRuleResult {
  rule: string;
  status: 'pass' | 'fail' | 'warn' | 'unknown' | 'info';
  weight: number;
  title: string;
  detail: string;
  fix: string;
  source: string;
}
export interface CliReport {
  score: number;
  coverage: number;
  results: CliRuleResult[];
}

/**
 * Given a reading, the checklist report (messages, not words: the CLI renders it in English). The default runs
 * the checklist with default settings, now.
 */
export type Evaluate = (profile: Profile) => Report;

/** The checklist's words: the extension's own messages.json, English. */
const ENGLISH = catalogFrom(messages);

const evaluateNow: Evaluate = (profile) => evaluateProfile(profile, new Date().toISOString());

export interface CliHooks {
  evaluate?: Evaluate;
}

/** The JSON the CLI prints with --json. */
export interface CheckOutput {
  platform: Profile['platform'];
  layout: Profile['layout'];
  own: boolean | null;
  fields: Record<
    string,
    | { state: 'found'; value: unknown; partial?: true }
    | { state: 'absent' }
    | { state: 'unknown'; reason?: string }
  >;
  report?: CliReport;
}

// ---------------------------------------------------------------------------------------------------------
// Usage and errors

const USAGE = `Usage: spruce check <saved-page.html> --url <page URL> [--json]

Reads a LinkedIn or X profile page saved from your browser ("Save page as", HTML) the way the Spruce
extension does, and prints what it found.

  --url <url>   the address the page was saved from, e.g. https://www.linkedin.com/in/<you>/
                or https://x.com/<you>
  --json        print one JSON object (platform, layout, own, fields, report) instead of text
  -h, --help    show this help
  --version     show the version

Exit status: 0 read; 2 unusable input (missing file, not HTML, not a profile URL, bad options).
`;

/** An input problem: exit 2 with this one line. */
class UsageError extends Error {}

/** Keep a message to one printable line. */
const oneLine = (s: string): string => sanitise(s).replace(/\s+/g, ' ').trim();

/** Page text reaches the terminal: drop control characters (escape sequences) and bidi overrides. */
function sanitise(s: string): string {
  return s.replace(/[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, (c) =>
    c === '\n' || c === '\t' ? ' ' : '',
  );
}

// ---------------------------------------------------------------------------------------------------------
// Arguments

interface CheckArgs {
  file: string;
  url: string;
  json: boolean;
}

type Parsed = { kind: 'help' } | { kind: 'version' } | { kind: 'check'; args: CheckArgs };

function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  let url: string | undefined;
  let json = false;
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--version') version = true;
    else if (arg === '--json') json = true;
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (value === undefined || value === '' || (arg === '--url' && value.startsWith('--'))) {
        throw new UsageError('--url needs a value: the address the page was saved from');
      }
      if (url !== undefined) throw new UsageError('--url given twice');
      url = value;
    } else if (arg.startsWith('-') && arg !== '-')
      throw new UsageError(`unknown option '${arg}' (see spruce --help)`);
    else positional.push(arg);
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  const [command, file, ...extra] = positional;
  if (command === undefined)
    throw new UsageError('missing command (usage: spruce check <saved-page.html> --url <url>)');
  if (command !== 'check')
    throw new UsageError(`unknown command '${command}' (the one command is: spruce check)`);
  if (file === undefined)
    throw new UsageError('missing the saved page (usage: spruce check <saved-page.html> --url <url>)');
  if (extra.length > 0)
    throw new UsageError(`unexpected argument '${extra[0]}': check reads one page at a time`);
  if (url === undefined) {
    throw new UsageError('missing --url <url>: the address the page was saved from (the readers need it)');
  }
  return { kind: 'check', args: { file, url, json } };
}

// ---------------------------------------------------------------------------------------------------------
// The URL

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
const X_HOST = /(^|\.)(x|twitter)\.com$/i;

/** Fail with a clear line unless `href` is a LinkedIn or X profile page. */
function checkUrl(href: string): void {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new UsageError(`--url '${href}' is not a URL (expected e.g. https://www.linkedin.com/in/<you>/)`);
  }
  if (profileSite(href)) return;
  const shown = url.href;
  if (LINKEDIN_HOST.test(url.hostname)) {
    const page = linkedInPage(href);
    if (page.kind === 'details') {
      throw new UsageError(
        `${shown} is a LinkedIn details page (/details/${page.section}/), not a profile page: ` +
          `save and check https://www.linkedin.com/in/${page.slug}/`,
      );
    }
    const canonical = linkedInPage(`https://www.linkedin.com${url.pathname}`);
    if (canonical.kind === 'profile') {
      throw new UsageError(
        `${shown}: use the profile's https://www.linkedin.com/in/${canonical.slug}/ address`,
      );
    }
    throw new UsageError(
      `${shown} is a LinkedIn page but not a profile page (expected https://www.linkedin.com/in/<name>/)`,
    );
  }
  if (X_HOST.test(url.hostname)) {
    if (xPage(`https://x.com${url.pathname}`).kind === 'profile') {
      throw new UsageError(`${shown}: use the https://x.com/<handle> address of the profile`);
    }
    throw new UsageError(`${shown} is an X page but not a profile page (expected https://x.com/<handle>)`);
  }
  throw new UsageError(
    `${shown} is neither a LinkedIn nor an X URL: spruce checks LinkedIn and X profile pages`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// The file

/**
 * Saved profile pages are a few MB at most (the largest capture: 0.6 MB). jsdom needs about 280 MB of memory
 * per MB of dense markup, and a 25 MB page ran node out of memory: anything over this is refused first.
 */
const MAX_BYTES = 12 * 1024 * 1024;

const HTML_ELEMENTS =
  /<(?:html|head|body|div|span|p|a|section|main|article|header|footer|nav|ul|ol|li|h[1-6]|img|meta|link|title|script|style|button|table|form|input)(?=[\s>/])/gi;

/**
 * The page's text. A byte order mark decides; else a charset the page declares (a <meta> anywhere in its
 * first 64 KB: browsers keep a late one when they save a page); else UTF-8, which is what browsers save
 * LinkedIn and X pages in. Not jsdom's own sniffing, which looks at the first 1024 bytes only and then falls
 * back to windows-1252: "Producción" read as "ProducciÃ³n" in two of the captures.
 */
export function decode(bytes: Uint8Array): string {
  const bom =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
          ? 'utf-8'
          : null;
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024)));
  let decoder: TextDecoder | undefined;
  try {
    decoder = declared ? new TextDecoder(declared) : undefined;
  } catch {
    // A charset the platform does not know: UTF-8, as without one.
  }
  // As the HTML standard says: a page that names UTF-16 in its own markup is not UTF-16 (its markup was just
  // read as ASCII), and x-user-defined means windows-1252.
  const encoding = decoder?.encoding;
  if (encoding?.startsWith('utf-16')) decoder = undefined;
  if (encoding === 'x-user-defined') decoder = new TextDecoder('windows-1252');
  return (decoder ?? new TextDecoder('utf-8')).decode(bytes);
}

/**
 * The charset a page's first <meta> that declares one names: its charset attribute, or an http-equiv
 * Content-Type's content. Another meta's content that merely mentions "charset=" (a description) is not one.
 */
function declaredCharset(head: string): string | undefined {
  for (const tag of head.matchAll(/<meta\b([^>]*)>/gi)) {
    const attrs = new Map<string, string>();
    for (const a of tag[1]!.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g))
      if (!attrs.has(a[1]!.toLowerCase()))
        attrs.set(a[1]!.toLowerCase(), (a[2] ?? a[3] ?? a[4] ?? '').trim());
    const charset = attrs.get('charset');
    if (charset) return charset;
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-type') {
      const named = /charset\s*=\s*["']?([\w.:-]+)/i.exec(attrs.get('content') ?? '')?.[1];
      if (named) return named;
    }
  }
  return undefined;
}

/**
 * Binary, as git decides it: a NUL byte in the first 8000 bytes (real saved pages can carry a stray NUL
 * further in), or mostly control bytes. UTF-16 text is not binary.
 */
function isBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8000);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control > sample.length / 10;
}

/** Fail with a clear line unless the bytes look like an HTML page. */
function checkHtml(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new UsageError(`${file} is empty`);
  const text = decode(bytes.subarray(0, 256 * 1024));
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head === '') throw new UsageError(`${file} is empty (only whitespace)`);
  if (isBinary(bytes)) throw new UsageError(`${file} is binary data, not an HTML page`);
  if (/^(MIME-Version:|From: <Saved by )/i.test(head)) {
    throw new UsageError(`${file} is an MHTML archive; save the page as "Webpage, HTML only" instead`);
  }
  if (/^[[{]/.test(head)) {
    try {
      JSON.parse(decode(bytes));
      throw new UsageError(`${file} is JSON, not an HTML page`);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      // Not valid JSON either: fall through to the tag test.
    }
  }
  if (/<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(text)) return;
  if ((text.match(HTML_ELEMENTS) ?? []).length >= 3) return;
  throw new UsageError(`${file} does not look like an HTML page (no <html>, <body> or element tags)`);
}

async function readInput(file: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    // The size first: a 2 GB file is refused without being read.
    const { size } = await stat(file);
    if (size > MAX_BYTES) throw new UsageError(`${file} is too large for a saved page (${size} bytes)`);
    // Read with the cap too: a device or a pipe says 0 bytes (/dev/zero would never end).
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > MAX_BYTES)
        throw new UsageError(`${file} is too large for a saved page (over ${MAX_BYTES} bytes)`);
      chunks.push(chunk);
    }
    bytes = Buffer.concat(chunks);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : ((err as Error).message ?? String(err));
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
  if (bytes.length > MAX_BYTES)
    throw new UsageError(`${file} is too large for a saved page (${bytes.length} bytes)`);
  return bytes;
}

// ---------------------------------------------------------------------------------------------------------
// Output

/** LinkedIn fields the reader can take from the address alone. */
const FROM_URL = new Set(['publicUrl', 'customUrl']);

/** Was anything found on the page itself? The address and whether it was customised come from --url. */
const readFromPage = (out: CheckOutput, profile: Profile): boolean =>
  Object.entries(out.fields).some(
    ([name, f]) => f.state === 'found' && !(profile.platform === 'linkedin' && FROM_URL.has(name)),
  );

/** Only the contract's keys: an evaluator may return more (weights earned, goal...) for the extension's UI. */
const contractReport = (r: CliReport): CliReport => ({
  score: r.score,
  coverage: r.coverage,
  results: r.results.map(({ rule, status, weight, title, detail, fix, source }) => ({
    rule,
    status,
    weight,
    title,
    detail,
    fix,
    source,
  })),
});

function toOutput(profile: Profile, report: Report): CheckOutput {
  const names: readonly string[] = profile.platform === 'linkedin' ? LINKEDIN_FIELDS : X_FIELDS;
  const all = profile.fields as unknown as Record<string, Field<unknown> | undefined>;
  const fields: CheckOutput['fields'] = {};
  for (const name of names) {
    const f = all[name];
    if (!f) fields[name] = { state: 'unknown', reason: 'not read' };
    else if (f.state === 'found')
      fields[name] = f.partial
        ? { state: 'found', value: f.value, partial: true }
        : { state: 'found', value: f.value };
    else if (f.state === 'absent') fields[name] = { state: 'absent' };
    else fields[name] = { state: 'unknown', reason: f.reason };
  }
  const out: CheckOutput = { platform: profile.platform, layout: profile.layout, own: profile.own, fields };
  out.report = contractReport(renderReport(report, ENGLISH));
  return out;
}

/** JSON with the C1 controls and bidi overrides escaped too (JSON.stringify leaves them raw). */
const toJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(
    /[\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const MAX_TEXT = 72;
const WIDTH = 100;

/** Wrap a long line at words, continuing at its own indentation. */
function wrap(line: string, width = WIDTH): string[] {
  if (line.length <= width) return [line];
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const out: string[] = [];
  let current = indent;
  for (const word of line.slice(indent.length).split(/\s+/)) {
    if (current.trim() && current.length + 1 + word.length > width) {
      out.push(current);
      current = `${indent}  ${word}`;
    } else current = current.trim() ? `${current} ${word}` : `${current}${word}`;
  }
  out.push(current);
  return out;
}

/** One line of page text for the terminal, cut at a word near MAX_TEXT characters. */
function short(text: string, max = MAX_TEXT): string {
  const flat = sanitise(text).replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}… (${chars.length} characters)`;
}

function describeValue(name: string, value: unknown): string {
  if (value === true && ['photo', 'banner', 'avatar', 'header', 'pinned'].includes(name)) return 'set';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return short(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => {
      if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.title === 'string') {
          const at = typeof o.company === 'string' && o.company ? ` at ${o.company}` : '';
          return `${o.title}${at}${o.current === true ? ' (current)' : ''}`;
        }
        if (typeof o.school === 'string') return o.school;
      }
      return typeof v === 'string' ? v : JSON.stringify(v);
    });
    const n = `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
    return items.length ? short(`${n}: ${items.join('; ')}`) : n;
  }
  return short(JSON.stringify(value) ?? String(value));
}

function toText(out: CheckOutput, profile: Profile, report: Report): string {
  const lines: string[] = [];
  const own =
    out.own === null ? "can't tell" : out.own ? 'yes (the owner’s view)' : 'no (someone else’s view)';
  const head: Array<[string, string]> = [
    ['platform', out.platform === 'linkedin' ? 'LinkedIn' : 'X'],
    ['layout', out.layout],
    ['own', own],
    ['url', sanitise(profile.url)],
  ];
  for (const [k, v] of head) lines.push(`${k.padEnd(10)}${v}`);
  lines.push('', 'fields');
  const width = Math.max(...Object.keys(out.fields).map((k) => k.length)) + 2;
  for (const [name, f] of Object.entries(out.fields)) {
    const state = f.state.padEnd(9);
    const detail =
      f.state === 'found'
        ? describeValue(name, f.value)
        : f.state === 'unknown' && f.reason
          ? `(${short(f.reason)})`
          : '';
    lines.push(`  ${name.padEnd(width)}${state}${detail}`.trimEnd());
  }
  const counts = { found: 0, absent: 0, unknown: 0 };
  for (const f of Object.values(out.fields)) counts[f.state]++;
  lines.push('', `${counts.found} found, ${counts.absent} absent, ${counts.unknown} unknown`);
  if (profile.health.unrecognised.length > 0) {
    lines.push(`not recognised on this page: ${short(profile.health.unrecognised.join(', '), 120)}`);
  }
  lines.push('', ...formatReport(report, ENGLISH).flatMap((line) => wrap(sanitise(line))));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------
// Main

const defaultIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr });

/** Run the CLI. Returns the exit code; never throws. */
export async function main(
  argv: readonly string[],
  io: CliIo = defaultIo(),
  hooks: CliHooks = {},
): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`spruce ${SPRUCE_VERSION}\n`);
      return 0;
    }
    const { file, url, json } = parsed.args;
    checkUrl(url);
    const bytes = await readInput(file);
    checkHtml(bytes, file);
    // No scripts run (jsdom's default), nothing is fetched, and parse warnings (CSS...) are not printed.
    const dom = new JSDOM(decode(bytes), {
      url,
      contentType: 'text/html',
      virtualConsole: new VirtualConsole(),
    });
    let profile: Profile | null;
    try {
      profile = readPage(dom.window.document, url);
    } finally {
      dom.window.close();
    }
    if (!profile) throw new UsageError(`${url} is not a LinkedIn or X profile page`);
    const report = (hooks.evaluate ?? evaluateNow)(profile);
    const out = toOutput(profile, report);
    // A page with no profile on it (another page, another site's, or one saved from another address) would
    // score only what --url itself says: unreadable input, not a report.
    if (!readFromPage(out, profile))
      throw new UsageError(`nothing was read from ${file}: is --url the address this page was saved from?`);
    io.stdout.write(json ? `${toJson(out)}\n` : toText(out, profile, report));
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`spruce: ${oneLine(err.message)}\n`);
      return 2;
    }
    io.stderr.write(`spruce: internal error: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    return 1;
  }
}
