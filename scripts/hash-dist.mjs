// Makes the core files of dist/ immutable and pins them (run by `make dist`
// after the loader is minified):
//   1. core/ and preview-core/ become core-<hash>/ and preview-core-<hash>/,
//      the hash taken over the glue and the wasm together, so a cached glue
//      can never meet another build's wasm;
//   2. the loader (dist/news-widget.js) and the preview's script learn the
//      new folder and the sha384 of both files, which the loader checks
//      (modulepreload with integrity, fetch with integrity);
//   3. prints the tag to paste, with the loader's own integrity: a site
//      that keeps it has pinned the whole chain.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, renameSync, rmSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Renames `dist/<name>/` to `<name>-<hash>/`; returns the new name and the files' integrity. */
function seal(name) {
  for (const old of readdirSync(dist)) {
    if (old.startsWith(`${name}-`) && /^[0-9a-f]{12}$/.test(old.slice(name.length + 1))) rmSync(join(dist, old), { recursive: true });
  }
  const glue = readFileSync(join(dist, name, 'news-widget.js'));
  const wasm = readFileSync(join(dist, name, 'news-widget_bg.wasm'));
  const hash = createHash('sha256').update(glue).update(wasm).digest('hex').slice(0, 12);
  const folder = `${name}-${hash}`;
  renameSync(join(dist, name), join(dist, folder));
  return { folder, glue: sri(glue), wasm: sri(wasm) };
}

/** Replaces each placeholder in `file` once; fails the build if one is missing. */
function fill(file, pairs) {
  let text = readFileSync(join(dist, file), 'utf8');
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`${file}: no ${from} to replace`);
    text = text.split(from).join(to);
  }
  writeFileSync(join(dist, file), text);
}

if (!existsSync(join(dist, 'core'))) throw new Error('dist/core is missing: run trunk build first');
// Renamed folders of an earlier run stay only until this one replaces them.
const core = seal('core');
// Bare texts: terser may requote the strings.
fill('news-widget.js', [
  ['"core/news-widget.js"', `"${core.folder}/news-widget.js"`],
  ['"core/news-widget_bg.wasm"', `"${core.folder}/news-widget_bg.wasm"`],
  ['@core-integrity@', core.glue],
  ['@wasm-integrity@', core.wasm],
]);
const preview = seal('preview-core');
fill('preview.js', [["preview-core/", `${preview.folder}/`]]);

const loader = sri(readFileSync(join(dist, 'news-widget.js')));
writeFileSync(join(dist, 'integrity.txt'), `${loader}\n`);
console.log(`core files: ${core.folder}/ and ${preview.folder}/ (immutable)`);
console.log('Paste this tag; its integrity pins the loader, and the loader pins the rest:');
console.log(`<script src="https://cdn.example/news-widget/news-widget.js" integrity="${loader}" crossorigin="anonymous" data-feed="/news.json"></script>`);
