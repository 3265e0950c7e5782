/**
 * A tiny static file server for a built site, on 127.0.0.1, serving it as a static host such as
 * GitHub Pages does: text gzipped for browsers that accept it (Lighthouse's simulated network
 * then sees the bytes a reader would download), no caching, `dir/index.html` for `dir/`, and the
 * site's 404 page for anything missing. Page weights are measured on the decoded bodies, each
 * compressed by the benchmark itself (compress.ts), so they do not depend on this server.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Types a static host compresses. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at `port` (0: any free port). `overlay` serves other files in
 * place of some (by path, `/search-index/manifest.json`), as if they were in `root`.
 */
export async function serveStatic(
  root: string,
  port = 0,
  overlay?: ReadonlyMap<string, string>,
): Promise<StaticServer> {
  const base = path.resolve(root);
  /** Each file gzipped once: the build does not change while it is served. */
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const overlaid = overlay?.get(decodeURIComponent(pathname));
    if (overlaid !== undefined) {
      const body = gzipSync(overlaid, { level: 6 });
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(pathname)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    let file = path.join(base, decodeURIComponent(pathname));
    if (!file.startsWith(base)) file = base;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(base, '404.html');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
      response.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(status, { ...headers, 'Content-Length': statSync(file).size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
