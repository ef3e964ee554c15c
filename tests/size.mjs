// Bytes a host page downloads before the first news item shows: the loader,
// the wasm-bindgen glue, the wasm (the CSS is inside it) and, for a reader
// whose language is not English, one message file: counted as the largest
// of them, the worst case. The feed is not counted. Raw, gzip -9 and
// brotli -q 11, per file and in total.
//
//   node tests/size.mjs [--json]          print the table
//   node tests/size.mjs --budget BYTES    also fail if the brotli total is over
//   node tests/size.mjs --preview [...]   the editors' preview page instead (its own budget)
//
// Deterministic (bytes, not time), so `make test` runs it as a budget.
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
/** `core-<hash>` (or `preview-core-<hash>`): the folder `make dist` names by content. */
export function hashed(dist, name) {
  const folder = readdirSync(dist).find((d) => d.startsWith(`${name}-`) && /^[0-9a-f]{12}$/.test(d.slice(name.length + 1)));
  if (!folder) throw new Error(`dist has no ${name}-<hash>/ folder: run make dist`);
  return folder;
}

export const files = (dist = DIST) => ['news-widget.js', `${hashed(dist, 'core')}/news-widget.js`, `${hashed(dist, 'core')}/news-widget_bg.wasm`];

function row(dist, file) {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** The largest message file (English needs none: it is in the wasm). */
export function largestLocale(dist = DIST) {
  return readdirSync(join(dist, 'locales'))
    .filter((name) => name.endsWith('.txt') && name !== 'en.txt')
    .map((name) => row(dist, `locales/${name}`))
    .reduce((a, b) => (b.brotli > a.brotli ? b : a));
}

/** The editors' preview page loads its own glue and wasm (with the report). */
export const previewFiles = (dist = DIST) => ['preview.js', `${hashed(dist, 'preview-core')}/news-widget.js`, `${hashed(dist, 'preview-core')}/news-widget_bg.wasm`];

const filesOf = files;
export function measure(dist = DIST, files = null) {
  const rows = files ? files.map((file) => row(dist, file)) : [...filesOf(dist).map((file) => row(dist, file)), largestLocale(dist)];
  const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { file: 'total', raw: 0, gzip: 0, brotli: 0 });
  return [...rows, total];
}

export function table(rows) {
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  return ['file                          raw KiB  gzip KiB  brotli KiB',
    ...rows.map((r) => `${r.file.padEnd(28)}${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli)}`)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const rows = args.includes('--preview') ? measure(DIST, previewFiles()) : measure();
  if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else console.log(table(rows));
  const at = args.indexOf('--budget');
  if (at >= 0) {
    const budget = Number(args[at + 1]);
    if (!Number.isFinite(budget) || budget <= 0) {
      console.error(`--budget needs a number of bytes, got ${args[at + 1]}`);
      process.exit(2);
    }
    const total = rows.at(-1).brotli;
    if (total > budget) {
      console.error(`size budget exceeded: ${total} bytes brotli > budget ${budget} bytes`);
      process.exit(1);
    }
    console.log(`size budget: ${total} bytes brotli <= ${budget} bytes (${(100 * total / budget).toFixed(1)}% used)`);
  }
}
