// One manifest.json, two builds: `vite build --mode chrome` -> dist/chrome, `--mode firefox` -> dist/firefox.
// The Firefox manifest is derived here (background.scripts instead of a service worker, gecko settings);
// test/unit/manifest.test.ts snapshots both so permissions and hosts cannot drift unnoticed.
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

export const GECKO_ID = 'spruce@spruce-profile.dev';
export type Target = 'chrome' | 'firefox';

type Manifest = typeof baseManifest & Record<string, unknown>;

export function manifestFor(target: Target): Manifest {
  const m = structuredClone(baseManifest) as Manifest;
  if (target === 'firefox') {
    const { service_worker, type } = m.background;
    return {
      ...m,
      background: { scripts: [service_worker], type } as unknown as Manifest['background'],
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // data_collection_permissions needs Firefox 140+ (desktop).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
        gecko_android: { strict_min_version: '142.0' },
      },
    };
  }
  // Chrome 120 is the first to match :dir(), which the hints use to place their markers on a right-to-left
  // page; older ones would throw as they draw. (Firefox: strict_min_version above.)
  return { ...m, minimum_chrome_version: '120' };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      ...(process.env.VITEST
        ? []
        : [
            crx({
              manifest: manifestFor(target) as unknown as ManifestV3Export,
              browser: target,
              // One self-contained content script file: no loader, no web_accessible_resources, so a
              // LinkedIn or X page cannot detect the extension (crxjs issue #1130).
              contentScripts: { standaloneFiles: ['src/content/linkedin.ts', 'src/content/x.ts'] },
            }),
          ]),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // The pages' HTML lists their shared chunks as <link rel="modulepreload">, so they load at once instead of
      // after the entry has been parsed. No polyfill: both browsers support modulepreload.
      modulePreload: { polyfill: false },
      sourcemap: false,
      chunkSizeWarningLimit: 100,
    },
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' },
        },
        {
          // The built extension in real browsers (npm test builds first). One file at a time: two cores.
          extends: true,
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.e2e.ts'],
            environment: 'node',
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 90_000,
          },
        },
      ],
    },
  };
});
