// The shared captures (../shared/fixtures) as the tests that walk all of them see them: their files, and
// the page URL each would have been read from, taken from the capture itself.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

/** "linkedin/<file>.html" and "x/<file>.html", every capture there is. */
export const CAPTURE_FILES: string[] = ['linkedin', 'x'].flatMap((site) =>
  readdirSync(join(SHARED_FIXTURES, site))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${site}/${f}`),
);

/** The page URL of a capture, from the capture itself (canonical link, or its own profile links). */
export function captureUrl(doc: Document, file: string): string {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) {
    const u = new URL(canonical);
    return `${u.hostname.endsWith('linkedin.com') ? 'https://www.linkedin.com' : 'https://x.com'}${u.pathname}`;
  }
  for (const a of Array.from(doc.querySelectorAll('a[href*="/in/"]'))) {
    const m = /\/in\/([^/?#]+)\/(?:details|edit|overlay)\//.exec(a.getAttribute('href') ?? '');
    if (m) return `https://www.linkedin.com/in/${m[1]}/`;
  }
  if (file.startsWith('x/')) throw new Error(`${file}: no canonical link`);
  return 'https://www.linkedin.com/in/someone-a1b2c3/';
}
