// A small static file server for the demo (`make demo`, served as a CDN
// would: brotli, ETag, Cache-Control), the benchmark (the same) and the
// end-to-end tests (nothing cached). Listens on 127.0.0.1 only. No dependencies.
//
// Test routes (under /test/) let e2e tests shape the network:
//   /test/delay/<ms>/<path>   serve <path> after a delay (at most 30 s)
//   /test/status/<code>       answer with that HTTP status and an HTML body
//   /test/empty-feed.json     a valid feed with no items
//   /test/not-json            an HTML page served as a feed
//   /test/drop                close the connection without an answer
//   /test/cors/<path>         serve <path> with `Access-Control-Allow-Origin: *`
//   /test/seq/<key>/<a>,<b>…  the Nth request for <key> gets the Nth entry
//                             (the last one repeats); an entry is a path,
//                             `!<code>` (that status) or `!drop`
//   /test/counts              how many requests each /test/seq key got, and
//                             how many bytes each /test/huge key sent (JSON)
//   /test/huge/<key>/<MiB>    a chunked (no Content-Length) JSON response of
//                             that many MiB, paced (~30 MiB/s) and written only
//                             as fast as the client reads; bytes sent until the client went
//                             away are counted under `huge-<key>`
//   /test/big/<n>.json        a generated JSON Feed of n items (~500 B each)
//   /test/big/<n>.xml         the same as RSS 2.0
//   /csp/<path>               serve <path> under the strict policy in STRICT_CSP
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
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
  '.txt': 'text/plain; charset=utf-8',
  // No charset: the XML declaration says it (some fixtures are windows-1251).
  '.xml': 'application/xml',
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

/** Files a page loads once per release: cached for an hour, as a CDN would. */
const LONG_LIVED = new Set(['.js', '.mjs', '.css', '.wasm', '.svg', '.png', '.txt']);

/**
 * A static file as a CDN serves it: brotli when the browser accepts it, a
 * strong ETag answered with 304, `Cache-Control: max-age=3600` for code and
 * assets and `no-cache` (always revalidated) for pages and feeds.
 */
function cdnReply(req, body, type, ext, path = '') {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = {
    'content-type': type,
    etag,
    vary: 'accept-encoding',
    'cache-control': cacheControl(path, ext),
  };
  if (req.headers['if-none-match'] === etag) return { code: 304, headers, body: '' };
  if (/\bbr\b/.test(req.headers['accept-encoding'] || '') && body.length > 512) {
    headers['content-encoding'] = 'br';
    body = compressed(etag, body);
  }
  return { code: 200, headers, body };
}

/**
 * What the README tells sites to send: the content-hashed core folders
 * never change, so a year and `immutable`; the loader, the locale files,
 * the preview page and feeds keep their names across versions, so they
 * are checked every time (`no-cache`, answered with 304 while unchanged);
 * pictures and the demo's styles an hour.
 */
export function cacheControl(path, ext) {
  if (/\/(preview-)?core-[0-9a-f]{12}\//.test(path)) return 'public, max-age=31536000, immutable';
  if (/\/(news-widget\.js|preview\.js)$|\/locales\//.test(path) || !LONG_LIVED.has(ext)) return 'no-cache';
  return 'public, max-age=3600';
}

const BROTLI = new Map(); // etag -> compressed body
function compressed(etag, body) {
  if (!BROTLI.has(etag)) {
    // Best quality for code and ordinary feeds; a CDN compressing a
    // multi-megabyte feed on the fly uses a fast level (q11 takes ~30 s).
    const quality = body.length > 2 ** 20 ? 5 : 11;
    BROTLI.set(etag, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  }
  return BROTLI.get(etag);
}

/**
 * Starts a server over the given folders (first match wins). A root is a
 * folder path, served at `/`, or `{ prefix, dir }`, served under `prefix`.
 * `cdn: true` serves files as a CDN would (see `cdnReply`); otherwise
 * nothing is cached (`no-store`), which tests rely on.
 */
export function startServer({ roots, port = 0, headers = {}, cdn = false }) {
  const counts = {};
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
    if (path === '/test/drop') return req.socket.destroy();
    if (path === '/test/counts') return send(200, JSON.stringify(counts), TYPES['.json']);
    const huge = path.match(/^\/test\/huge\/([\w-]+)\/(\d+)$/);
    if (huge) return sendHuge(req, res, counts, `huge-${huge[1]}`, Math.min(Number(huge[2]), 100) * 2 ** 20);
    if (path.startsWith('/test/cors/')) {
      extra['access-control-allow-origin'] = '*';
      path = path.slice('/test/cors'.length);
    }
    const seq = path.match(/^\/test\/seq\/([\w-]+)\/(.+)$/);
    if (seq) {
      const n = counts[seq[1]] = (counts[seq[1]] || 0) + 1;
      const steps = seq[2].split(',');
      const step = steps[Math.min(n, steps.length) - 1];
      if (step === '!drop') return req.socket.destroy();
      if (step.startsWith('!')) return send(Number(step.slice(1)), '<!doctype html><h1>Error</h1>', 'text/html');
      path = '/' + step;
    }
    const big = path.match(/^\/test\/big\/(\d+)\.(json|xml)$/);
    if (big) return send(200, bigFeed(Math.min(Number(big[1]), 50000), big[2]), TYPES['.' + big[2]]);
    if (path.endsWith('/')) path += 'index.html';
    for (const { prefix, dir } of dirs) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length - 1)));
      if (!file.startsWith(dir + sep)) return send(403, 'forbidden');
      try {
        if ((await stat(file)).isFile()) {
          const type = TYPES[extname(file)] || 'application/octet-stream';
          if (!cdn) return send(200, await readFile(file), type);
          const reply = cdnReply(req, await readFile(file), type, extname(file), path);
          res.writeHead(reply.code, { ...reply.headers, ...headers, ...extra });
          return void res.end(reply.body);
        }
      } catch { /* try the next root */ }
    }
    send(404, 'not found');
  });
  // Node closes an idle keep-alive connection after 5 s. When that races a
  // request Chrome sends on it, Chrome repeats the GET on a new connection,
  // and the server sees one request twice. Tests are shorter than this.
  server.keepAliveTimeout = 10 * 60_000;
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/**
 * Streams `total` bytes of a JSON Feed without Content-Length, honouring
 * backpressure, and counts what was handed to the socket until the client
 * closed it: a reader that gives up early leaves the count low.
 */
function sendHuge(req, res, counts, key, total) {
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  const head = '{"version":"https://jsonfeed.org/version/1.1","title":"Huge","items":[';
  const item = JSON.stringify({ id: 'x', title: 'Padding item', content_text: 'x'.repeat(900) }) + ',';
  const chunk = Buffer.from(item.repeat(Math.floor(65536 / item.length)));
  counts[key] = 0;
  let closed = false;
  res.on('close', () => { closed = true; });
  res.write(head);
  // One 64 KiB chunk per timer tick (at most ~30 MiB/s): paced like a slow
  // origin, so the kernel's loopback buffers never hold megabytes that the
  // counter calls "sent" while the browser has not read them.
  const pump = () => {
    if (closed) return;
    if (counts[key] >= total) return void res.end('{"id":"end","title":"End"}]}');
    counts[key] += chunk.length;
    if (!res.write(chunk)) return void res.once('drain', () => setTimeout(pump, 2));
    setTimeout(pump, 2);
  };
  pump();
}

/** A large, real-shaped feed: `n` items with HTML content, authors, tags. */
function bigFeed(n, format) {
  const items = [];
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2025, 0, 1) - i * 3600_000);
    const item = {
      id: `big-${i}`, url: `https://example.org/news/${i}`,
      title: `Новость ${i}: центр открыл программу международного сотрудничества`,
      html: '<p>Программа приглашает зарубежных партнёров к участию в <b>популяционных исследованиях</b>, совместных курсах &amp; стажировках.</p><p>Заявки рассматриваются ежеквартально, решения публикуются на сайте центра.</p>',
      date,
    };
    items.push(format === 'json'
      ? JSON.stringify({ id: item.id, url: item.url, title: item.title, content_html: item.html,
          date_published: date.toISOString(), authors: [{ name: 'Пресс-служба' }], tags: ['наука', 'сотрудничество'] })
      : `<item><title>${item.title}</title><link>${item.url}</link><guid>${item.id}</guid>` +
        `<description><![CDATA[${item.html}]]></description><pubDate>${date.toUTCString()}</pubDate>` +
        `<category>наука</category></item>`);
  }
  return format === 'json'
    ? `{"version":"https://jsonfeed.org/version/1.1","title":"Big feed","language":"ru","items":[${items.join(',')}]}`
    : `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big feed</title><link>https://example.org/</link><language>ru</language>${items.join('')}</channel></rss>`;
}

// `node tests/server.mjs [--port N] DIR...`: serve until stopped.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--port');
  const port = at >= 0 ? Number(args.splice(at, 2)[1]) : 8080;
  const server = await startServer({ roots: args.length ? args : ['dist'], port, cdn: true });
  console.log(`Serving ${args.join(', ') || 'dist'} on http://127.0.0.1:${server.address().port}/ (Ctrl+C to stop)`);
}
