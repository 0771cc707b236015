#!/usr/bin/env node
// The `spruce` command (package.json "bin"). The CLI itself is bundled by `npm run build` into
// dist/cli/spruce.mjs; this shim only loads it, or says how to build it.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/spruce.mjs', import.meta.url);
if (existsSync(entry)) {
  await import(entry.href);
} else {
  process.stderr.write('spruce: the CLI is not built yet: run npm run build first\n');
  process.exitCode = 2;
}
