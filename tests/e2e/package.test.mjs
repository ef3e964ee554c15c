// The npm package as a front-end team gets it (#16): `npm install` of the
// tarball `make package` wrote into a fresh project, `tsc --strict` on a
// usage file, the manifest's contents, and the installed files embedded on
// a plain page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './browser.mjs';
import { startServer } from '../server.mjs';

const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
const TARBALL = join(ROOT, 'dist', 'npm', `news-widget-${VERSION}.tgz`);
const TSC = join(ROOT, 'tests', 'node_modules', 'typescript', 'bin', 'tsc');

let project;
before(() => {
  if (!existsSync(TARBALL)) throw new Error(`${TARBALL} is missing: run make package (make test does)`);
  project = mkdtempSync(join(tmpdir(), 'news-widget-npm-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-site', private: true, type: 'module' }));
  // A local tarball without dependencies: nothing to download.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', TARBALL], { cwd: project, stdio: 'inherit' });
});
after(() => { if (project) rmSync(project, { recursive: true, force: true }); });

const installed = (file) => join(project, 'node_modules', 'news-widget', file);

test('the package: version, exports with types, a Custom Elements Manifest listing everything', () => {
  const pkg = JSON.parse(readFileSync(installed('package.json'), 'utf8'));
  assert.equal(pkg.version, VERSION);
  assert.match(pkg.version, /^\d+\.\d+\.\d+(-[\w.]+)?$/);
  assert.equal(pkg.exports['.'].types, './news-widget.d.ts');
  const manifest = JSON.parse(readFileSync(installed(pkg.customElements), 'utf8'));
  assert.match(manifest.schemaVersion, /^2\./);
  const element = manifest.modules[0].declarations[0];
  assert.equal(element.tagName, 'news-widget');
  const attributes = element.attributes.map((a) => a.name);
  for (const name of ['feed', 'lang', 'max-items', 'layout', 'tags', 'exclude-tags', 'heading-level']) assert.ok(attributes.includes(name), name);
  assert.equal(element.attributes.find((a) => a.name === 'max-items').default, '10');
  assert.deepEqual(element.events.map((e) => e.name), ['news-widget:prefs']);
  assert.ok(element.cssProperties.some((p) => p.name === '--news-widget-accent'));
  assert.deepEqual(element.cssParts.map((p) => p.name), ['widget', 'heading', 'item', 'item-title', 'date', 'summary', 'image', 'tags', 'button', 'settings']);
});

test('TypeScript --strict: the tag, its attributes and the event are typed; mistakes are errors', () => {
  writeFileSync(join(project, 'usage.ts'), `
import type { NewsWidgetAttributes, NewsWidgetElement, NewsWidgetPrefsDetail } from 'news-widget';
const widget: NewsWidgetElement = document.createElement('news-widget');
widget.setAttribute('feed', '/news.json');
const options: NewsWidgetAttributes = { feed: '/news.json', 'max-items': 5, layout: 'cards' };
document.addEventListener('news-widget:prefs', (event) => {
  const scale: number = event.detail.fontScale;
  const scheme: NewsWidgetPrefsDetail['contrast'] = event.detail.contrast;
  console.log(scale, scheme, options);
});
widget.addEventListener('news-widget:prefs', (event) => console.log(event.detail.letterSpacing));
// @ts-expect-error: no such layout
const wrong: NewsWidgetAttributes = { layout: 'grid' };
// @ts-expect-error: fontScale is a number
const text: string = ({} as NewsWidgetPrefsDetail).fontScale;
console.log(wrong, text, window.__newsWidget?.version);
`);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2020', module: 'esnext', moduleResolution: 'bundler', lib: ['es2020', 'dom'], skipLibCheck: false },
    files: ['usage.ts'],
  }));
  execFileSync(process.execPath, [TSC, '-p', project], { cwd: project, stdio: 'inherit' });
});

test('the installed files work on a plain page', async () => {
  const server = await startServer({
    roots: [
      { prefix: '/node_modules/news-widget/', dir: installed('') },
      { prefix: '/feeds/', dir: join(ROOT, 'dist', 'feeds') },
      join(ROOT, 'tests', 'e2e', 'pages', 'embed'),
    ],
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/blank.html`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = '/node_modules/news-widget/news-widget.js';
      document.head.append(script);
      const host = document.createElement('news-widget');
      host.setAttribute('feed', '/feeds/news-en.json');
      document.querySelector('main').append(host);
    });
    await page.waitForFunction(() => document.querySelector('news-widget')?.shadowRoot?.querySelectorAll('article').length === 5, null, { timeout: 15000 });
    assert.equal(await page.evaluate(() => window.__newsWidget.version), VERSION);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
});
