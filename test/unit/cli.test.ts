// `spruce check`: in-process on every capture (JSON contract and text), its input errors, pages in another
// UI language, and the built executable (bin/spruce.js + a fresh bundle from buildCli()).
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { CAPTURE_FILES, captureUrl } from './captures.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CheckOutput, type Evaluate } from '../../src/cli/main.ts';
import { evaluateProfile } from '../../src/core/report.ts';
import { LINKEDIN_FIELDS, X_FIELDS } from '../../src/core/profile.ts';
import { catalogFrom, render, ruleMsg } from '../../src/core/i18n.ts';
import messages from '../../public/_locales/en/messages.json';
import pkg from '../../package.json' with { type: 'json' };
import { buildCli } from '../../scripts/build-cli.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, '../shared/fixtures');
const captures = CAPTURE_FILES;

// Scratch files live under the repo's .tmp/ (git-ignored) so a built bundle resolves node_modules.
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const TMP = mkdtempSync(join(ROOT, '.tmp', 'cli-test-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], hooks?: Parameters<typeof main>[2]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await main(argv, io, hooks);
  return { code, stdout, stderr };
}

const LAYOUTS = ['linkedin-2024', 'linkedin-2026', 'linkedin-public', 'x', 'unknown'];
const STATES = ['found', 'absent', 'unknown'];

/** Check one JSON reading against the contract in docs/ARCHITECTURE.md. */
function expectContract(out: CheckOutput, platform: 'linkedin' | 'x'): void {
  expect(Object.keys(out).sort()).toEqual(['fields', 'layout', 'own', 'platform', 'report']);
  expect(out.platform).toBe(platform);
  expect(LAYOUTS).toContain(out.layout);
  expect([true, false, null]).toContain(out.own);
  const names: readonly string[] = platform === 'linkedin' ? LINKEDIN_FIELDS : X_FIELDS;
  expect(Object.keys(out.fields)).toEqual([...names]);
  for (const [name, f] of Object.entries(out.fields)) {
    expect(STATES, name).toContain(f.state);
    if (f.state === 'found') {
      // A LinkedIn experience list the page cuts short says so ("Show all 8 experiences"): README.
      if ('partial' in f) {
        expect(name).toBe('experience');
        expect(f.partial).toBe(true);
      }
      expect(
        Object.keys(f)
          .filter((k) => k !== 'partial')
          .sort(),
        name,
      ).toEqual(['state', 'value']);
      expect(f.value, name).not.toBeUndefined();
    } else if (f.state === 'absent') {
      expect(Object.keys(f), name).toEqual(['state']);
    } else {
      expect(
        Object.keys(f).every((k) => k === 'state' || k === 'reason'),
        name,
      ).toBe(true);
      if ('reason' in f) expect(typeof f.reason, name).toBe('string');
    }
  }
}

const pages = new Map<string, { path: string; url: string; html: string }>();
for (const file of captures) {
  const path = join(FIXTURES, file);
  const html = readFileSync(path, 'utf8');
  pages.set(file, { path, url: captureUrl(new JSDOM(html).window.document, file), html });
}
const page = (file: string): { path: string; url: string; html: string } => {
  const p = pages.get(file);
  if (!p) throw new Error(`no capture ${file}`);
  return p;
};

describe('spruce check --json on every capture', () => {
  it('finds the captures', () => expect(captures.length).toBeGreaterThanOrEqual(13));

  for (const file of captures) {
    it(file, async () => {
      const { path, url } = page(file);
      const r = await run(['check', path, '--url', url, '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.endsWith('\n')).toBe(true);
      const out = JSON.parse(r.stdout) as CheckOutput; // one JSON document, nothing else
      expectContract(out, file.startsWith('x/') ? 'x' : 'linkedin');
      // The largest capture cuts its positions short ("Show all 8 experiences"); the JSON keeps the mark.
      if (file === 'linkedin/2024-signed-in-full.html')
        expect(out.fields.experience).toMatchObject({ state: 'found', partial: true });
      // The checklist's report, in the contract's shape.
      const report = out.report!;
      expect(report.score).toBeGreaterThanOrEqual(0);
      expect(report.score).toBeLessThanOrEqual(100);
      expect(report.coverage).toBeGreaterThan(0);
      expect(report.coverage).toBeLessThanOrEqual(1);
      expect(report.results.length).toBeGreaterThan(5);
      for (const r of report.results) {
        expect(Object.keys(r).sort()).toEqual([
          'detail',
          'fix',
          'rule',
          'source',
          'status',
          'title',
          'weight',
        ]);
        expect(['pass', 'fail', 'warn', 'unknown', 'info']).toContain(r.status);
        expect(r.rule.startsWith(file.startsWith('x/') ? 'x-' : 'li-')).toBe(true);
      }
    });
  }
});

describe('spruce check (text) on every capture', () => {
  for (const file of captures) {
    it(file, async () => {
      const { path, url } = page(file);
      const r = await run(['check', path, '--url', url]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^platform\s+(LinkedIn|X)$/);
      expect(r.stdout).toMatch(/^layout\s+\S+$/m);
      expect(r.stdout).toMatch(/^own\s+\S/m);
      const names: readonly string[] = file.startsWith('x/') ? X_FIELDS : LINKEDIN_FIELDS;
      const columns = new Set<number>();
      for (const name of names) {
        const line = lines.find((l) => new RegExp(`^  ${name} +(found|absent|unknown)\\b`).test(l));
        expect(line, name).toBeDefined();
        columns.add((line ?? '').search(/(found|absent|unknown)\b/));
      }
      expect(columns.size, 'states line up in one column').toBe(1);
      for (const line of lines) {
        expect(line.length, 'long text is truncated').toBeLessThanOrEqual(200);
        expect(line).not.toMatch(/[\p{Cc}]/u);
      }
      expect(r.stdout).toMatch(/^\d+ found, \d+ absent, \d+ unknown$/m);
    });
  }
});

describe('the report', () => {
  it('prints the evaluator’s report: the contract’s keys in JSON, score and top fixes in text', async () => {
    const { path, url } = page('linkedin/2026-reconstructed-complete-profile.html');
    let seen = 0;
    const evaluate: Evaluate = (profile) => {
      seen++;
      return evaluateProfile(profile, '2026-01-20T00:00:00.000Z');
    };
    const json = await run(['check', path, '--url', url, '--json'], { evaluate });
    expect(json.code).toBe(0);
    const report = (JSON.parse(json.stdout) as CheckOutput).report!;
    const [first] = report.results;
    // Extra fields of the extension's report (why, impact, section...) stay out of the public JSON.
    expect(Object.keys(first!).sort()).toEqual([
      'detail',
      'fix',
      'rule',
      'source',
      'status',
      'title',
      'weight',
    ]);
    const text = await run(['check', path, '--url', url], { evaluate });
    expect(text.stdout).toMatch(new RegExp(`\\b${report.score}\\b`));
    expect(text.stdout).toContain(first!.title);
    // The engine returns messages; the CLI says them in English (messages.json), none missing.
    expect(first!.title).toBe(render(ruleMsg(first!.rule, 'title'), catalogFrom(messages)));
    expect(`${json.stdout}${text.stdout}`).not.toMatch(/⟦|\b(?:rule|report)_[a-z_]+\b/);
    expect(seen).toBe(2);
  });
});

describe('the page’s text encoding', () => {
  const json = async (path: string, url: string) => {
    const r = await run(['check', path, '--url', url, '--json']);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as CheckOutput;
  };
  const companies = (out: CheckOutput) =>
    ((out.fields.experience as { value?: { company: string }[] }).value ?? []).map((e) => e.company);

  it('reads UTF-8 saved pages as UTF-8, whether they declare it late or not at all', async () => {
    // No <head> at all, and a charset declared after the first 1024 bytes: read as windows-1252 by jsdom's
    // own sniffing, "CheVera Producción Sólida · Contract" became "CheVera ProducciÃ³n SÃ³lida Â· Contract".
    const full = page('linkedin/2024-signed-in-full.html');
    const signedIn = companies(await json(full.path, full.url));
    expect(signedIn).toContain('CheVera Producción Sólida');
    expect(signedIn).toContain('Novare Potential');
    const guest = page('linkedin/2024-public-signed-out.html');
    expect(companies(await json(guest.path, guest.url))).toContain('CheVera Producción Sólida');
    const cz = page('x/2026-signed-out-cz_binance.html');
    expect((await json(cz.path, cz.url)).fields.name).toEqual({ state: 'found', value: 'CZ 🔶 BNB' });
    for (const file of captures) {
      const { path, url } = page(file);
      expect(JSON.stringify(await json(path, url)), file).not.toMatch(/Ã|Â|ðŸ/);
    }
  });

  it('keeps a charset the page declares, and a byte order mark wins over it', async () => {
    const dir = mkdtempSync(join(TMP, 'enc-'));
    const html = (meta: string) =>
      `<!doctype html><html><head>${' '.repeat(2000)}${meta}</head><body><main><section class="top-card-layout">` +
      '<h1>Zoë Café</h1></section></main></body></html>';
    const latin = join(dir, 'latin.html');
    writeFileSync(latin, Buffer.from(html('<meta charset="windows-1252">'), 'latin1'));
    const bom = join(dir, 'bom.html');
    writeFileSync(
      bom,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html('<meta charset="windows-1252">'))]),
    );
    // UTF-8 pages whose markup names something else: a description that mentions "charset=" (before the real
    // declaration), and UTF-16, which markup read as ASCII cannot be (the HTML standard reads it as UTF-8).
    const described = join(dir, 'described.html');
    writeFileSync(
      described,
      html('<meta name="description" content="Tips: save with charset=windows-1252"><meta charset="utf-8">'),
    );
    const utf16 = join(dir, 'utf16.html');
    writeFileSync(utf16, html('<meta http-equiv="Content-Type" content="text/html; charset=utf-16">'));
    for (const path of [latin, bom, described, utf16]) {
      const out = await json(path, 'https://www.linkedin.com/in/zoe/');
      expect(out.fields.name, path).toEqual({ state: 'found', value: 'Zoë Café' });
    }
  });
});

describe('a page of one site checked with the other site’s address', () => {
  it('refuses it (exit 2): nothing was read, not counting what the address alone gives', async () => {
    // Before, this exited 0 with a score of 100 from the one check the address answers (a custom URL).
    const { path } = page('x/2026-signed-out-jason.html');
    for (const json of [[], ['--json']]) {
      const r = await run(['check', path, '--url', 'https://www.linkedin.com/in/jason/', ...json]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(
        /^spruce: nothing was read from .*: is --url the address this page was saved from\?\n$/,
      );
    }
    // A page with no profile on it at all, with a profile's address.
    const blank = join(TMP, 'no-profile.html');
    writeFileSync(blank, '<!doctype html><html><body><p>hi</p></body></html>');
    expect(
      (await run(['check', blank, '--url', 'https://www.linkedin.com/in/alexchen/', '--json'])).code,
    ).toBe(2);
    expect((await run(['check', blank, '--url', 'https://x.com/alexchen', '--json'])).code).toBe(2);
  });
});

describe('input errors: exit 2 and one line on stderr', () => {
  const LI = 'https://www.linkedin.com/in/jane-doe/';
  const file = (name: string, content: string | Uint8Array): string => {
    const p = join(TMP, name);
    writeFileSync(p, content);
    return p;
  };
  const good = (): string => page('linkedin/2026-reconstructed-minimal-profile.html').path;

  const cases: Array<[string, () => string[], RegExp]> = [
    ['missing file', () => ['check', join(TMP, 'nope.html'), '--url', LI], /no such file/],
    // A device says it is 0 bytes long and never ends: read with the cap, not by the size it states.
    ['an endless device', () => ['check', '/dev/zero', '--url', LI], /too large for a saved page/],
    ['a directory', () => ['check', TMP, '--url', LI], /directory/],
    ['an empty file', () => ['check', file('empty.html', ''), '--url', LI], /empty/],
    ['whitespace only', () => ['check', file('blank.html', ' \n\t\n'), '--url', LI], /empty/],
    [
      'binary data',
      () => [
        'check',
        file('photo.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48])),
        '--url',
        LI,
      ],
      /binary/,
    ],
    ['JSON', () => ['check', file('data.html', '{"name": "<b>Jane</b>"}'), '--url', LI], /JSON/],
    ['plain text', () => ['check', file('notes.html', 'Jane Doe, engineer. <3 tags'), '--url', LI], /HTML/],
    [
      'an MHTML archive',
      () => [
        'check',
        file('page.mhtml', 'From: <Saved by Blink>\nMIME-Version: 1.0\n\n<html></html>'),
        '--url',
        LI,
      ],
      /MHTML/,
    ],
    [
      'another site',
      () => ['check', good(), '--url', 'https://example.com/in/jane/'],
      /neither a LinkedIn nor an X URL/,
    ],
    ['not a URL', () => ['check', good(), '--url', 'linkedin'], /not a URL/],
    [
      'the LinkedIn feed',
      () => ['check', good(), '--url', 'https://www.linkedin.com/feed/'],
      /LinkedIn page but not a profile/,
    ],
    [
      'a LinkedIn details page',
      () => ['check', good(), '--url', 'https://www.linkedin.com/in/jane/details/skills/'],
      /details page .*https:\/\/www\.linkedin\.com\/in\/jane\//,
    ],
    ['X home', () => ['check', good(), '--url', 'https://x.com/home'], /X page but not a profile/],
    [
      'an X post',
      () => ['check', good(), '--url', 'https://x.com/jack/status/20'],
      /X page but not a profile/,
    ],
    ['missing --url', () => ['check', good()], /missing --url/],
    ['--url without a value', () => ['check', good(), '--url'], /--url needs a value/],
    ['--url followed by an option', () => ['check', good(), '--url', '--json'], /--url needs a value/],
    ['an unknown option', () => ['check', good(), '--url', LI, '--fast'], /unknown option '--fast'/],
    ['an unknown command', () => ['scan', good(), '--url', LI], /unknown command 'scan'/],
    ['no command', () => [], /missing command/],
    ['no file', () => ['check', '--url', LI], /missing the saved page/],
    ['two files', () => ['check', good(), good(), '--url', LI], /one page at a time/],
    [
      'a 3 GB file (refused by its size, before it is read: node cannot even read it)',
      () => {
        const p = join(TMP, 'huge.html');
        writeFileSync(p, '');
        truncateSync(p, 3 * 1024 ** 3);
        return ['check', p, '--url', LI];
      },
      /too large for a saved page \(3221225472 bytes\)/,
    ],
  ];

  for (const [what, argv, message] of cases) {
    it(what, async () => {
      const r = await run(argv());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^spruce: [^\n]+\n$/);
      expect(r.stderr).toMatch(message);
    });
  }

  it('--help and --version print to stdout and exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: spruce check <saved-page\.html> --url <page URL> \[--json\]/);
    expect((await run(['check', '-h'])).code).toBe(0);
    const version = await run(['--version']);
    expect(version).toEqual({ code: 0, stdout: `spruce ${pkg.version}\n`, stderr: '' });
  });

  it('accepts --url=<url> and options in any order', async () => {
    const { path, url } = page('x/2026-signed-out-jason.html');
    const a = await run(['--json', `--url=${url}`, 'check', path]);
    const b = await run(['check', path, '--url', url, '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Another UI language

/** Visible English UI words of LinkedIn's profile page and their French UI equivalents. */
const FRENCH: Array<[RegExp, string]> = [
  [/^About$/, 'Infos'],
  [/^Experience$/, 'Expérience'],
  [/^Education$/, 'Formation'],
  [/^Skills$/, 'Compétences'],
  [/^Languages$/, 'Langues'],
  [/^Licenses & certifications$/, 'Licences et certifications'],
  [/^Volunteering$/, 'Bénévolat'],
  [/^Recommendations$/, 'Recommandations'],
  [/^Honors & awards$/, 'Distinctions'],
  [/^Interests$/, 'Centres d’intérêt'],
  [/^Featured$/, 'Sélection'],
  [/^Activity$/, 'Activité'],
  [/^Services$/, 'Services'],
  [/^Projects$/, 'Projets'],
  [/^Courses$/, 'Cours'],
  [/^Contact info$/, 'Coordonnées'],
  [/^Show all (\d+) (\w+)$/, 'Afficher les $1 $2'],
  [/^Show all$/, 'Tout afficher'],
  [/^Show credential$/, 'Afficher l’identifiant'],
  [/^(\d[\d,]*\+?) connections$/, '$1 relations'],
  [/^(\d[\d,]*) followers$/, '$1 abonnés'],
  [/\bPresent\b/, 'aujourd’hui'],
  [/\bFull-time\b/, 'Temps plein'],
  [/\bPart-time\b/, 'Temps partiel'],
  [/(\d+) yrs?\b/, '$1 ans'],
  [/(\d+) mos?\b/, '$1 mois'],
  [/\bIssued\b/, 'Délivrée le'],
  [/^Message$/, 'Message'],
  [/^More$/, 'Plus'],
  [/^Connect$/, 'Se connecter'],
  [/^Follow$/, 'Suivre'],
  [/^…see more$/, '…voir plus'],
  [/^see more$/, 'voir plus'],
];

/** A French-UI copy of an English capture: headings and UI words translated; the member's text unchanged. */
function toFrench(html: string, url: string): { html: string; translated: number } {
  const dom = new JSDOM(html, { url });
  const doc = dom.window.document;
  doc.documentElement.setAttribute('lang', 'fr');
  let translated = 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    const trimmed = text.trim();
    if (!trimmed) continue;
    let next = trimmed;
    for (const [en, fr] of FRENCH) next = next.replace(en, fr);
    if (next !== trimmed) {
      n.nodeValue = text.replace(trimmed, next);
      translated++;
    }
  }
  return { html: dom.serialize(), translated };
}

describe('a page in another UI language', () => {
  it('reads the multilingual capture', async () => {
    const { path, url } = page('linkedin/2026-reconstructed-multilingual-profile.html');
    const r = await run(['check', path, '--url', url, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as CheckOutput;
    expectContract(out, 'linkedin');
    expect(out.fields.name?.state).toBe('found');
    const text = await run(['check', path, '--url', url]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ {2}name +found +\S/m);
  });

  for (const file of [
    'linkedin/2024-signed-in-full.html',
    'linkedin/2026-reconstructed-complete-profile.html',
  ]) {
    it(`reads a French translation of ${file} as it reads the English one`, async () => {
      const { path, url, html } = page(file);
      const french = toFrench(html, url);
      expect(french.translated, 'the transform found UI words to translate').toBeGreaterThan(5);
      const frPath = join(TMP, `fr-${file.replace('/', '-')}`);
      writeFileSync(frPath, french.html);
      const en = JSON.parse((await run(['check', path, '--url', url, '--json'])).stdout) as CheckOutput;
      const r = await run(['check', frPath, '--url', url, '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const fr = JSON.parse(r.stdout) as CheckOutput;
      expectContract(fr, 'linkedin');
      expect(fr.layout).toBe(en.layout);
      // A French UI must never turn something found into "absent": that is the false "missing" users hate.
      const lost = Object.entries(en.fields)
        .filter(([name, f]) => f.state === 'found' && fr.fields[name]?.state === 'absent')
        .map(([name]) => name);
      expect(lost, 'fields found in English but "absent" in French').toEqual([]);
      // The member's own words are not translated, so they read the same.
      for (const name of ['name', 'headline']) {
        if (en.fields[name]?.state === 'found') expect(fr.fields[name], name).toEqual(en.fields[name]);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// The built executable

describe('the built CLI (bin/spruce.js + buildCli())', () => {
  const exec = promisify(execFile);
  const home = join(TMP, 'built');
  const bin = join(home, 'bin', 'spruce.js');

  const spawn = async (script: string, argv: string[]): Promise<Run> => {
    try {
      const { stdout, stderr } = await exec(process.execPath, [script, ...argv], {
        cwd: TMP,
        encoding: 'utf8',
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      return {
        code: typeof e.code === 'number' ? e.code : -1,
        stdout: e.stdout ?? '',
        stderr: e.stderr ?? '',
      };
    }
  };

  beforeAll(async () => {
    // The real shim, next to a fresh bundle in the layout it expects (bin/ and dist/cli/ side by side).
    mkdirSync(join(home, 'bin'), { recursive: true });
    copyFileSync(join(ROOT, 'bin/spruce.js'), bin);
    const built = await buildCli({ outDir: join(home, 'dist', 'cli'), logLevel: 'silent' });
    expect(built).toBe(join(home, 'dist', 'cli', 'spruce.mjs'));
  }, 120_000);

  it('bundles only our code: jsdom stays external', () => {
    const bundle = readFileSync(join(home, 'dist', 'cli', 'spruce.mjs'), 'utf8');
    expect(bundle).toMatch(/from ["']jsdom["']/);
    expect(bundle.length).toBeLessThan(500_000);
  });

  it('checks a capture exactly like main() in-process', { timeout: 30_000 }, async () => {
    for (const file of ['linkedin/2024-signed-in-full.html', 'x/2026-signed-out-nikitabier.html']) {
      const { path, url } = page(file);
      const argv = ['check', path, '--url', url, '--json'];
      const [spawned, inProcess] = await Promise.all([spawn(bin, argv), run(argv)]);
      expect(spawned.stderr).toBe('');
      expect(spawned.code).toBe(0);
      expect(spawned.stdout).toBe(inProcess.stdout);
    }
  });

  it('exits 2 with one line on bad input, and prints help', { timeout: 30_000 }, async () => {
    const bad = await spawn(bin, ['check', join(TMP, 'nope.html'), '--url', 'https://x.com/jack']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^spruce: [^\n]+\n$/);
    const help = await spawn(bin, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: spruce check/);
  });

  it('without a build, says to run npm run build (exit 2)', { timeout: 30_000 }, async () => {
    const bare = join(TMP, 'bare', 'bin', 'spruce.js');
    mkdirSync(join(TMP, 'bare', 'bin'), { recursive: true });
    copyFileSync(join(ROOT, 'bin/spruce.js'), bare);
    const r = await spawn(bare, ['--help']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('spruce: the CLI is not built yet: run npm run build first\n');
  });
});
