// `make package`: the npm package of the built widget, as
// dist/npm/news-widget-<version>.tgz (made by `npm pack`). Holds the
// loader, its content-hashed core folder, the locale files, the Custom
// Elements Manifest and TypeScript declarations (written from
// src/manifest.rs into target/npm/ by news-widget-manifest), the guides.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const generated = join(root, 'target', 'npm');
const stage = join(generated, 'package');
const version = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
const core = readdirSync(dist).find((d) => /^core-[0-9a-f]{12}$/.test(d));
if (!core) throw new Error('dist has no core-<hash>/: run make dist first');

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const file of ['news-widget.js', 'integrity.txt', core, 'locales']) cpSync(join(dist, file), join(stage, file), { recursive: true });
for (const file of ['custom-elements.json', 'news-widget.d.ts']) cpSync(join(generated, file), join(stage, file));
for (const file of ['README.md', 'README.ru.md', 'CHANGELOG.md']) cpSync(join(root, file), join(stage, file));

const manifest = {
  name: 'news-widget',
  version,
  description: 'Accessible, localizable news list for hospital sites: one script tag, a version for the visually impaired built in.',
  license: 'MIT OR Apache-2.0',
  keywords: ['web-component', 'custom-element', 'news', 'accessibility', 'wasm'],
  // The loader is a classic script that also works as a module; it finds
  // its core folder next to itself, so serve the package folder as it is.
  exports: {
    '.': { types: './news-widget.d.ts', default: './news-widget.js' },
    './news-widget.js': { types: './news-widget.d.ts', default: './news-widget.js' },
    './custom-elements.json': './custom-elements.json',
    './package.json': './package.json',
  },
  types: './news-widget.d.ts',
  customElements: 'custom-elements.json',
  files: ['news-widget.js', 'news-widget.d.ts', 'custom-elements.json', 'integrity.txt', `${core}/`, 'locales/', 'README.md', 'README.ru.md', 'CHANGELOG.md'],
  sideEffects: true,
};
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const out = join(dist, 'npm');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: stage, stdio: ['ignore', 'inherit', 'inherit'] });
console.log(`package: dist/npm/news-widget-${version}.tgz`);
