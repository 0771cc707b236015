#!/usr/bin/env node
// `npm start`: builds, then opens Chromium with Spruce loaded on a bundled demo profile (an invented person)
// served locally as https://www.linkedin.com/in/robin-ashgrove/ and https://x.com/robinreads (the same
// host mapping as the E2E tests; nothing goes to the real sites). No LinkedIn account needed.
//   npm start                          a visible browser (needs a display)
//   npm start -- --screenshot out.png  headless: saves a screenshot of the demo profile and exits
//   npm start -- --no-build            skip the build
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const shotAt = argv.indexOf('--screenshot');
const screenshot = shotAt >= 0 ? argv[shotAt + 1] : undefined;
if (shotAt >= 0 && !screenshot) {
  console.error('usage: npm start -- --screenshot <file.png>');
  process.exit(2);
}

if (!argv.includes('--no-build')) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const load = async (path) => (await runnerImport(resolve(root, path))).module;
const { defaultSite, startWorld, stopWorld, waitForSnapshot } = await load('test/e2e/harness.ts');

const headless = Boolean(screenshot) || !process.env.DISPLAY;
if (!screenshot && headless) {
  console.error('No display found: use `npm start -- --screenshot demo.png` for a headless run.');
  process.exit(2);
}
const world = await startWorld('chromium', defaultSite(), { headless });
const tab = await world.driver.open('https://www.linkedin.com/in/robin-ashgrove/');
await waitForSnapshot(world.inspector, 'linkedin:robin-ashgrove');
await world.inspector.close();

if (screenshot) {
  await tab.screenshot(resolve(screenshot));
  console.log(`saved ${screenshot}`);
  await stopWorld(world);
} else {
  console.log('Spruce is running on the demo profile: https://www.linkedin.com/in/robin-ashgrove/');
  console.log(
    'Also try https://x.com/robinreads and the toolbar button. Close the browser (or Ctrl-C) to stop.',
  );
  const stop = () => stopWorld(world).then(() => process.exit(0));
  process.on('SIGINT', stop);
  world.driver.onClose?.(stop);
}
