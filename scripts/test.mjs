#!/usr/bin/env node
// `npm test`: builds the extension, then runs the unit tests (vitest), the end-to-end tests in real
// Chromium and Firefox (vitest project "e2e"), and `web-ext lint` on the Firefox build. Ends with one line,
// `N passed, N failed`, counting every test of every part.
// Options: --unit (unit tests only), --e2e (build + E2E only), --no-build. SPRUCE_BROWSERS=chromium limits
// the E2E browsers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const only = args.has('--unit') ? 'unit' : args.has('--e2e') ? 'e2e' : 'all';
const tmp = mkdtempSync(join(tmpdir(), 'spruce-test-'));
let passed = 0;
let failed = 0;
const problems = [];

const run = (cmd, argv, opts = {}) =>
  spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', env: process.env, ...opts });

function vitest(project) {
  const out = join(tmp, `${project}.json`);
  const r = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numFailedTests > 0 || r.status !== 0) problems.push(`${project} tests`);
    if (report.numTotalTests === 0) {
      failed += 1;
      problems.push(`${project}: no test ran`);
    }
  } catch {
    failed += 1;
    problems.push(`${project}: the test run did not finish (exit ${r.status})`);
  }
}

function webExtLint() {
  const r = run(
    'npx',
    ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    },
  );
  let report;
  try {
    report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  } catch {
    failed += 1;
    problems.push('web-ext lint: unreadable output');
    return;
  }
  const { errors, warnings, notices } = report.summary;
  for (const w of report.warnings)
    console.log(`web-ext lint warning: ${w.code} ${w.file ?? ''}: ${w.message}`);
  console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  if (errors === 0) passed += 1;
  else {
    failed += 1;
    for (const e of report.errors) console.log(`web-ext lint error: ${e.code} ${e.file ?? ''}: ${e.message}`);
    problems.push('web-ext lint');
  }
}

if (only !== 'unit' && !args.has('--no-build')) {
  const b = run('npm', ['run', '--silent', 'build']);
  if (b.status !== 0) {
    console.log('0 passed, 1 failed');
    console.error('The build failed; no test ran.');
    process.exit(1);
  }
}
if (only !== 'e2e') vitest('unit');
if (only !== 'unit') {
  vitest('e2e');
  webExtLint();
}

rmSync(tmp, { recursive: true, force: true });
if (problems.length) console.error(`Failing: ${problems.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
