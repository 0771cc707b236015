// The fixture server: serves saved and synthetic pages as https://www.linkedin.com/... and https://x.com/...
// (browsers reach it through Chromium's host-resolver rules or, for Firefox, through the tiny CONNECT proxy
// below), with a self-signed certificate made at test time. It logs every request so tests can tell what
// the browser fetched. Nothing here talks to any other host.
import { createServer as createHttps } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createServer as createHttp } from 'node:http';
import { connect } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOSTS = ['www.linkedin.com', 'x.com', 'twitter.com'];

function makeCert() {
  const dir = mkdtempSync(join(tmpdir(), 'spruce-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  // The files are read once and the directory removed: every test file and bench run makes one.
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=spruce-fixtures',
        '-addext',
        `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Hit {
  body: string | Buffer;
  type?: string;
  status?: number;
}
export type Routes = (host: string, pathname: string, url: URL) => Hit | undefined;
export interface LogEntry {
  host: string;
  path: string;
  dest: string;
}
export interface FixtureServer {
  port: number;
  proxyPort: number;
  log: LogEntry[];
  proxyLog: { method: string; target: string }[];
  setRoutes(next: Routes): void;
  close(): Promise<void>;
}

/** Unknown paths get a 404. */
export async function startServer(routes: Routes): Promise<FixtureServer> {
  let route = routes;
  const log: LogEntry[] = [];
  const server = createHttps(makeCert(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    log.push({ host, path: url.pathname + url.search, dest: String(req.headers['sec-fetch-dest'] ?? '') });
    const hit = route(host, url.pathname, url);
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(hit.status ?? 200, {
      'content-type': hit.type ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(hit.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  // Firefox has no host-resolver rules: it is pointed at this proxy, which tunnels the fixture hosts to the
  // server above and refuses everything else, so no request can leave the machine.
  const proxyLog: { method: string; target: string }[] = [];
  const proxy = createHttp((req, res) => {
    proxyLog.push({ method: req.method ?? '', target: req.url ?? '' });
    res.writeHead(403).end();
  });
  const tunnels = new Set<Socket>();
  proxy.on('connect', (req, socket: Socket) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    const host = (req.url ?? '').split(':')[0] ?? '';
    proxyLog.push({ method: 'CONNECT', target: req.url ?? '' });
    if (!HOSTS.includes(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyPort = (proxy.address() as AddressInfo).port;

  return {
    port,
    proxyPort,
    log,
    proxyLog,
    setRoutes(next: Routes) {
      route = next;
    },
    async close() {
      server.closeAllConnections?.();
      proxy.closeAllConnections?.();
      for (const s of tunnels) s.destroy();
      await Promise.all([
        new Promise<void>((r) => server.close(() => r())),
        new Promise<void>((r) => proxy.close(() => r())),
      ]);
    },
  };
}
