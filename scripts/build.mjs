#!/usr/bin/env node
// `npm run build`: the Chrome build (dist/chrome), the Firefox build (dist/firefox) and the `spruce` CLI
// (dist/cli). One manifest.json; vite.config.ts derives the Firefox manifest.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

for (const mode of ['chrome', 'firefox']) {
  await build({ mode, logLevel: 'warn', configFile: 'vite.config.ts' });
  console.log(`built dist/${mode}`);
}
await buildCli();
console.log('built dist/cli');
