#!/usr/bin/env node
// `npm run package`: zips dist/chrome and dist/firefox for the stores into artifacts/
// (spruce-chrome-<version>.zip, spruce-firefox-<version>.zip). Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'artifacts');
mkdirSync(out, { recursive: true });

for (const target of ['chrome', 'firefox']) {
  const dir = join(root, 'dist', target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`dist/${target} is missing: run npm run build first.`);
    process.exit(2);
  }
  const { version } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const name = `spruce-${target}-${version}.zip`;
  const tmp = join(out, `.${target}`);
  rmSync(tmp, { recursive: true, force: true });
  // web-ext build zips any extension folder (it reads the manifest, skips dotfiles).
  const r = spawnSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      dir,
      '--artifacts-dir',
      tmp,
      '--filename',
      name,
      '--overwrite-dest',
      '--no-config-discovery',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
  renameSync(join(tmp, name), join(out, name));
  rmSync(tmp, { recursive: true, force: true });
  console.log(`artifacts/${name}`);
}
