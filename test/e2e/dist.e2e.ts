// The built manifests and bundles, as they ship: least privilege, no web_accessible_resources, one
// self-contained content script, and the size budgets (README, "Size budgets").
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../vite.config.ts';
import { ROOT } from './harness.ts';
import { BUDGETS_KB, bundleSizes } from '../../scripts/sizes.mjs';

const HOSTS = ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'];
const dist = (target: string, ...p: string[]) => join(ROOT, 'dist', target, ...p);
const manifest = (target: string) => JSON.parse(readFileSync(dist(target, 'manifest.json'), 'utf8'));

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const m = manifest(target);

  it('asks for storage and the LinkedIn and X hosts only, and exposes no resources to pages', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions).toEqual(HOSTS);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([
      HOSTS.slice(0, 1),
      HOSTS.slice(1),
    ]);
    expect(m.content_security_policy.extension_pages).toMatch(/^script-src 'self'; object-src 'none'/);
    expect(m.content_security_policy.extension_pages).not.toMatch(/unsafe|http|\*/);
  });

  it('ships each site’s content script as one self-contained file', () => {
    for (const script of m.content_scripts) {
      expect(script.js).toHaveLength(1);
      const code = readFileSync(dist(target, script.js[0]), 'utf8');
      expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|getURL\(/m);
      expect(code).not.toMatch(/innerHTML\s*=|insertAdjacentHTML|\beval\(/);
    }
  });

  it('makes no \\p{…} pattern while a content script starts: each costs every page of its site, 0.05 to 0.2 ms', () => {
    for (const script of m.content_scripts) {
      const file = dist(target, script.js[0]);
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const atStart: string[] = [];
      // Regular-expression literals evaluated when the script runs: outside any function, or in the one
      // function the bundle is wrapped in and calls at once.
      const visit = (node: ts.Node, depth: number): void => {
        if (ts.isRegularExpressionLiteral(node) && /\\p\{/.test(node.text)) atStart.push(node.text);
        const fn = ts.isFunctionLike(node);
        if (fn && depth > 0) return;
        node.forEachChild((child) => visit(child, fn ? depth + 1 : depth));
      };
      visit(source, 0);
      expect(atStart, script.js[0]).toEqual([]);
    }
  });

  it('points at files that exist: icons, locales, pages, worker', () => {
    for (const icon of Object.values(m.icons) as string[])
      expect(statSync(dist(target, icon)).size).toBeGreaterThan(0);
    expect(statSync(dist(target, '_locales/en/messages.json')).size).toBeGreaterThan(0);
    expect(statSync(dist(target, m.action.default_popup)).size).toBeGreaterThan(0);
    expect(statSync(dist(target, m.options_ui.page)).size).toBeGreaterThan(0);
    const worker = target === 'firefox' ? m.background.scripts[0] : m.background.service_worker;
    expect(statSync(dist(target, worker)).size).toBeGreaterThan(0);
  });
});

describe('the Firefox build', () => {
  const m = manifest('firefox');
  it('has background.scripts and gecko settings with no data collection', () => {
    expect(m.background.service_worker).toBeUndefined();
    expect(m.background.scripts).toHaveLength(1);
    expect(m.browser_specific_settings.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(m.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  });
});

describe('size budgets (what the browser loads for each entry, minified; see README)', () => {
  const sizes = bundleSizes(dist('chrome'));
  it.each(Object.entries(BUDGETS_KB))('%s: at most %d KB', (name, budget) => {
    const size = sizes[name as keyof typeof BUDGETS_KB];
    console.log(
      `${name}: ${(size.bytes / 1024).toFixed(1)} KB, ${(size.gzip / 1024).toFixed(1)} KB gzipped (${size.files.join(', ')})`,
    );
    expect(size.files.length).toBeGreaterThan(0);
    expect(size.bytes / 1024).toBeLessThanOrEqual(budget);
  });
});
