#!/usr/bin/env node
// `npm run build`: the Chrome build (dist/chrome), the Firefox build (dist/firefox) and the `spruce` CLI
// (dist/cli). One manifest.json; vite.config.ts derives the Firefox manifest.
import { build } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

for (const mode of ['chrome', 'firefox']) {
  await build({ mode, logLevel: 'warn', configFile: 'vite.config.ts' });
  console.log(`built dist/${mode}`);
}
if (existsSync('scripts/build-cli.mjs')) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
  console.log('built dist/cli');
}
