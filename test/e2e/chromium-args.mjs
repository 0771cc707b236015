// Debian's Chromium, launched offline the same way by the E2E suite, `npm start` and `npm run bench`:
// no background networking, the fixture hosts mapped to the local fixture server, every other host mapped
// to nothing (no request can leave the machine), and optionally one unpacked extension.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line flags; `extension` is an unpacked extension's folder, or undefined for a plain browser. */
export function chromiumArgs({ port, hosts, extension, headless = true }) {
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`);
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    `--host-resolver-rules=${rules.join(', ')}, MAP * ~NOTFOUND, EXCLUDE localhost`,
    '--ignore-certificate-errors',
  ];
}
