// A small static file server for the demo (`make demo`) and the end-to-end
// tests. Listens on 127.0.0.1 only. No dependencies.
//
// Test routes (under /test/) let e2e tests shape the network:
//   /test/delay/<ms>/<path>   serve <path> after a delay (at most 30 s)
//   /test/status/<code>       answer with that HTTP status and an HTML body
//   /test/empty-feed.json     a valid feed with no items
//   /test/not-json            an HTML page served as a feed
//   /csp/<path>               serve <path> under the strict policy in STRICT_CSP
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

/** The Content-Security-Policy the README tells sites they need, at its strictest. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' https:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/**
 * Starts a server over the given folders (first match wins). A root is a
 * folder path, served at `/`, or `{ prefix, dir }`, served under `prefix`.
 */
export function startServer({ roots, port = 0, headers = {} }) {
  const dirs = roots.map((r) => (typeof r === 'string' ? { prefix: '/', dir: resolve(r) } : { prefix: r.prefix, dir: resolve(r.dir) }));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    const send = (code, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(code, { 'content-type': type, 'cache-control': 'no-store', ...headers, ...extra });
      res.end(body);
    };
    let extra = {};
    if (path.startsWith('/csp/')) {
      path = path.slice(4);
      extra = { 'content-security-policy': STRICT_CSP };
    }
    const delay = path.match(/^\/test\/delay\/(\d+)(\/.*)$/);
    if (delay) {
      await new Promise((r) => setTimeout(r, Math.min(Number(delay[1]), 30000)));
      path = delay[2];
    }
    const status = path.match(/^\/test\/status\/(\d{3})$/);
    if (status) return send(Number(status[1]), '<!doctype html><h1>Error</h1>', 'text/html');
    if (path === '/test/empty-feed.json') {
      return send(200, '{"version":"https://jsonfeed.org/version/1.1","title":"Empty","items":[]}', TYPES['.json']);
    }
    if (path === '/test/not-json') return send(200, '<!doctype html><p>Maintenance</p>', 'text/html');
    if (path.endsWith('/')) path += 'index.html';
    for (const { prefix, dir } of dirs) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length - 1)));
      if (!file.startsWith(dir + sep)) return send(403, 'forbidden');
      try {
        if ((await stat(file)).isFile()) {
          return send(200, await readFile(file), TYPES[extname(file)] || 'application/octet-stream');
        }
      } catch { /* try the next root */ }
    }
    send(404, 'not found');
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

// `node tests/server.mjs [--port N] DIR...`: serve until stopped.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--port');
  const port = at >= 0 ? Number(args.splice(at, 2)[1]) : 8080;
  const server = await startServer({ roots: args.length ? args : ['dist'], port });
  console.log(`Serving ${args.join(', ') || 'dist'} on http://127.0.0.1:${server.address().port}/ (Ctrl+C to stop)`);
}
