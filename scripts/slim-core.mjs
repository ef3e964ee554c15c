// Shrinks the glue and wasm that wasm-bindgen writes, without changing what
// they do (run by `make dist` on dist/core/ and dist/preview-core/, before
// scripts/hash-dist.mjs seals them):
//   1. the names between the two files become short: wasm-bindgen names each
//      import `__wbg_<name>_<16 hex digits>`, and those random digits are
//      the least compressible bytes of both files. Each import, each export
//      the glue reaches as `wasm.<name>`, and the import module get a name
//      of one or two letters, in the wasm and in the glue alike;
//   2. what the glue never reaches goes: wasm-bindgen exports the
//      `IntoUnderlying*` classes of wasm-streams (pulled in by Leptos's
//      unused server functions; the widget never makes one), so their glue
//      classes are removed, every export the glue no longer names is
//      dropped (`wasm-metadce`), and `wasm-opt` runs once more to remove
//      the code only they reached;
//   3. custom sections the browser never reads (`producers`,
//      `target_features`) are dropped;
//   4. the glue is minified (terser, as the loader is).
// The build fails when a name is not where it is expected, so a wasm-bindgen
// upgrade that changes the glue's shape cannot produce a broken pair.
//
//   node scripts/slim-core.mjs dist/core [dist/preview-core ...]
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const terser = join(root, 'tests', 'node_modules', 'terser', 'bin', 'terser');

/** Reads an unsigned LEB128 at `at`; returns the value and the next offset. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Encodes `value` as unsigned LEB128. */
function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder();
const encodeName = (name) => {
  const bytes = new TextEncoder().encode(name);
  return [...toLeb(bytes.length), ...bytes];
};

/** Splits a wasm binary into its sections: `{ id, body }` in order. */
function sections(bytes) {
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    out.push({ id, body: bytes.subarray(start, start + size) });
    at = start + size;
  }
  return out;
}

/** Reads a name (length-prefixed UTF-8) at `at`. */
function readName(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

/** Skips the limits of a table or memory import. */
function skipLimits(bytes, at) {
  const flags = bytes[at++];
  [, at] = leb(bytes, at);
  if (flags & 1) [, at] = leb(bytes, at);
  return at;
}

/** Rewrites the import section with `rename(module, name)` → `[module, name]`. */
function renameImports(body, rename) {
  const [count, first] = leb(body, 0);
  const out = [...toLeb(count)];
  let at = first;
  for (let i = 0; i < count; i++) {
    let module;
    let name;
    [module, at] = readName(body, at);
    [name, at] = readName(body, at);
    const descStart = at;
    const kind = body[at++];
    if (kind === 0) [, at] = leb(body, at);
    else if (kind === 1) at = skipLimits(body, at + 1);
    else if (kind === 2) at = skipLimits(body, at);
    else if (kind === 3) at += 2;
    else if (kind === 4) [, at] = leb(body, at + 1);
    else throw new Error(`unknown import kind ${kind}`);
    const [newModule, newName] = rename(module, name);
    out.push(...encodeName(newModule), ...encodeName(newName), ...body.subarray(descStart, at));
  }
  return Uint8Array.from(out);
}

/** Rewrites the export section with `rename(name)`. */
function renameExports(body, rename) {
  const [count, first] = leb(body, 0);
  const out = [...toLeb(count)];
  let at = first;
  for (let i = 0; i < count; i++) {
    let name;
    [name, at] = readName(body, at);
    const descStart = at;
    [, at] = leb(body, at + 1);
    out.push(...encodeName(rename(name)), ...body.subarray(descStart, at));
  }
  return Uint8Array.from(out);
}

/** Joins sections back into a wasm binary. */
function assemble(header, parts) {
  const chunks = [header];
  for (const { id, body } of parts) chunks.push(Uint8Array.from([id, ...toLeb(body.length)]), body);
  return Buffer.concat(chunks);
}

/** Short names: a, b, …, z, A, …, Z, aa, ab, … (none a JS keyword in use here). */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let length = 1; ; length++) {
    const total = letters.length ** length;
    for (let n = 0; n < total; n++) {
      let name = '';
      for (let k = n, i = 0; i < length; i++, k = Math.floor(k / letters.length)) name = letters[k % letters.length] + name;
      if (!['do', 'if', 'in'].includes(name)) yield name;
    }
  }
}

const escape = (text) => text.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
const occurrences = (text, pattern) => (text.match(pattern) || []).length;

/** Matches `name` as a whole identifier. */
const identifier = (name, flags = '') => new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, flags);

/** The wasm features index.html gives trunk's wasm-opt: the same here. */
function wasmOptFeatures() {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const params = html.match(/data-wasm-opt-params="([^"]*)"/);
  if (!params) throw new Error('index.html: no data-wasm-opt-params');
  return params[1].split(/\s+/).filter(Boolean);
}

/** Glue without wasm-streams' classes, which nothing constructs (no `__wrap`). */
function withoutStreamClasses(glue, gluePath) {
  const classes = [...glue.matchAll(/^export class (IntoUnderlying\w+) \{/gm)].map((m) => m[1]);
  for (const name of classes) {
    if (glue.includes(`${name}.__wrap`)) throw new Error(`${gluePath}: ${name} is constructed`);
    const body = new RegExp(`^export class ${name} \\{[\\s\\S]*?\\n\\}\\n(if \\(Symbol\\.dispose\\) ${name}\\.prototype[^\\n]*\\n)?`, 'm');
    const registry = new RegExp(`^const ${name}Finalization = [^;]*;\\n`, 'm');
    if (!body.test(glue) || !registry.test(glue)) throw new Error(`${gluePath}: ${name} is not in the expected shape`);
    glue = glue.replace(body, '').replace(registry, '');
    if (identifier(name).test(glue)) throw new Error(`${gluePath}: ${name} is still used`);
  }
  return glue;
}

/** The wasm without the exports the glue does not name, re-optimised. */
function withoutUnreachedExports(wasm, glue) {
  const exported = WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name);
  const reached = exported.filter((name) => identifier(name).test(glue));
  if (reached.length === exported.length) return wasm;
  const graph = [
    { name: 'glue', root: true, reaches: reached.map((name) => `export:${name}`) },
    ...exported.map((name) => ({ name: `export:${name}`, export: name })),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'slim-core-'));
  try {
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph));
    writeFileSync(join(dir, 'in.wasm'), wasm);
    const features = wasmOptFeatures();
    execFileSync('wasm-metadce', ['--graph-file', join(dir, 'graph.json'), join(dir, 'in.wasm'), '-o', join(dir, 'dce.wasm'), ...features], { stdio: 'ignore' });
    execFileSync('wasm-opt', [...features, '--gufa', '-Oz', join(dir, 'dce.wasm'), '-o', join(dir, 'out.wasm')]);
    return readFileSync(join(dir, 'out.wasm'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Slims one folder holding news-widget.js and news-widget_bg.wasm. */
function slim(folder) {
  const wasmPath = join(folder, 'news-widget_bg.wasm');
  const gluePath = join(folder, 'news-widget.js');
  let wasm = readFileSync(wasmPath);
  let glue = readFileSync(gluePath, 'utf8');
  const names = shortNames();
  const before = { wasm: wasm.length, glue: glue.length };
  glue = withoutStreamClasses(glue, gluePath);
  wasm = withoutUnreachedExports(wasm, glue);

  const parts = sections(wasm).filter(({ id, body }) => {
    if (id !== 0) return true;
    const [name] = readName(body, 0);
    return !['producers', 'target_features'].includes(name);
  });

  // The import module: the glue passes `{ "<module>": import0 }`.
  const imports = parts.find(({ id }) => id === 2);
  const [, first] = leb(imports.body, 0);
  const [module] = readName(imports.body, first);
  const moduleKey = `"${module}": import0`;
  if (occurrences(glue, new RegExp(escape(moduleKey), 'g')) !== 1) throw new Error(`${gluePath}: no single ${moduleKey}`);
  const newModule = names.next().value;
  glue = glue.replace(moduleKey, `${newModule}: import0`);

  // Imports: each is one key of import0 (`name: function…`) and nowhere else.
  const importNames = new Map();
  imports.body = renameImports(imports.body, (from, name) => {
    if (from !== module) throw new Error(`${wasmPath}: an import from ${from}, not ${module}`);
    if (!importNames.has(name)) {
      if (occurrences(glue, identifier(name, 'g')) !== 1 || !glue.includes(`${name}:`)) throw new Error(`${gluePath}: import ${name} is not one key`);
      importNames.set(name, names.next().value);
      glue = glue.replace(`${name}:`, `${importNames.get(name)}:`);
    }
    return [newModule, importNames.get(name)];
  });

  // Exports: renamed where the glue reaches them only as `wasm.<name>`.
  const exports = parts.find(({ id }) => id === 7);
  exports.body = renameExports(exports.body, (name) => {
    const member = new RegExp(`(?<![\\w$])wasm\\.${escape(name)}(?![\\w$])`, 'g');
    const uses = occurrences(glue, member);
    if (uses === 0 || uses !== occurrences(glue, identifier(name, 'g'))) return name;
    const short = names.next().value;
    glue = glue.replace(member, `wasm.${short}`);
    return short;
  });

  writeFileSync(wasmPath, assemble(wasm.subarray(0, 8), parts));
  writeFileSync(gluePath, glue);
  execFileSync(process.execPath, [terser, gluePath, '--module', '--compress', '--mangle', '--comments', 'false', '-o', gluePath]);
  const after = { wasm: readFileSync(wasmPath).length, glue: readFileSync(gluePath).length };
  // The pair must still fit: every import the wasm asks for is a key the glue gives.
  const asked = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)));
  if (asked.length !== importNames.size) throw new Error(`${wasmPath}: ${asked.length} imports, ${importNames.size} renamed`);
  console.log(`${folder}: wasm ${before.wasm} → ${after.wasm} bytes, glue ${before.glue} → ${after.glue}`);
}

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: node scripts/slim-core.mjs FOLDER...');
  process.exit(2);
}
for (const folder of folders) slim(folder);
