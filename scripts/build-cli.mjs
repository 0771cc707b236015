#!/usr/bin/env node
// Bundles the `spruce` CLI (src/cli/bin-entry.ts) into one ES module for node 20: dist/cli/spruce.mjs, which
// bin/spruce.js loads. Dependencies (jsdom...) and node built-ins stay external: the CLI runs from the repo
// after `npm ci && npm run build`, with node_modules present. scripts/build.mjs calls buildCli(); running
// this file directly builds too.
//
// configFile: false on purpose: the repo's vite.config.ts carries the extension's plugins (crxjs, preact),
// which must not touch a node bundle.
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Build the CLI bundle. `outDir` (default dist/cli, relative to the repo root) is emptied first.
 * Returns the absolute path of the built spruce.mjs.
 * @param {{ outDir?: string, logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options]
 * @returns {Promise<string>}
 */
export async function buildCli({ outDir = 'dist/cli', logLevel = 'warn' } = {}) {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const out = isAbsolute(outDir) ? outDir : resolve(root, outDir);
  /** @param {string} id */
  const external = (id) =>
    id.startsWith('node:') ||
    builtinModules.includes(id) ||
    deps.some((d) => id === d || id.startsWith(`${d}/`));
  await build({
    configFile: false,
    root,
    logLevel,
    publicDir: false,
    build: {
      ssr: resolve(root, 'src/cli/bin-entry.ts'),
      outDir: out,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external,
        output: { format: 'es', entryFileNames: 'spruce.mjs' },
      },
    },
    ssr: { target: 'node' },
  });
  return resolve(out, 'spruce.mjs');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const file = await buildCli();
  console.log(`built ${file}`);
}
