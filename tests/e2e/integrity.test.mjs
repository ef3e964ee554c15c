// End to end: immutable core files and the integrity chain (#16) — the
// loader names the content-hashed folder, checks both core files against
// their sha384, refuses a tampered one with the "could not be loaded"
// message, and a CDN-like server sends the Cache-Control the README gives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setup, settled, ROOT } from './browser.mjs';
import { startServer } from '../server.mjs';

const DIST = join(ROOT, 'dist');
const CORE = readdirSync(DIST).find((d) => /^core-[0-9a-f]{12}$/.test(d));
const FEED = '/embed/feed.html?feed=/feeds/news-en.json';

let t;
before(async () => { t = await setup(); });
after(async () => { await t?.close(); });

/** A page whose core file matching `pattern` is served changed by `tamper`. */
async function tampered(pattern, tamper) {
  const page = await t.page(null);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.route(pattern, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: tamper(await response.body()) });
  });
  await page.goto(t.base + FEED);
  return { page, errors };
}

test('dist: the core files live in a content-hashed folder the loader names, and only there', async () => {
  assert.ok(CORE, 'dist has core-<hash>/');
  assert.ok(!readdirSync(DIST).includes('core'), 'no unhashed core/');
  const loader = readFileSync(join(DIST, 'news-widget.js'), 'utf8');
  assert.ok(loader.includes(`${CORE}/news-widget_bg.wasm`));
  assert.equal((loader.match(/sha384-[A-Za-z0-9+/]{64}/g) || []).length, 2, 'both core files pinned');
  const page = await t.page(FEED);
  await settled(page);
  assert.match(await page.evaluate(() => window.__newsWidget.version), /^\d+\.\d+\.\d+$/);
  const core = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /core-/.test(n)));
  assert.equal(core.length, 2, core.join('\n'));
  assert.deepEqual(page.problems, []);
});

test('a tampered wasm is refused: the "could not be loaded" message, a console error with the version', async () => {
  const { page, errors } = await tampered('**/*_bg.wasm', (body) => { const copy = Buffer.from(body); copy[copy.length - 1] ^= 1; return copy; });
  await page.locator('#w0').getByRole('alert').waitFor({ timeout: 10000 });
  assert.equal(await page.locator('#w0').getByRole('alert').textContent(), 'The news block could not be loaded.');
  assert.ok(errors.some((e) => /news-widget \d+\.\d+\.\d+: could not load .*integrity/.test(e)), errors.join('\n'));
  assert.equal(await page.evaluate(() => document.querySelector('#w0').shadowRoot?.querySelector('article') ?? null), null);
});

test('a tampered glue is refused the same way', async () => {
  const { page, errors } = await tampered(`**/${CORE}/news-widget.js`, (body) => Buffer.concat([body, Buffer.from('\n// changed\n')]));
  await page.locator('#w0').getByRole('alert').waitFor({ timeout: 10000 });
  assert.equal(await page.locator('#w0').getByRole('alert').textContent(), 'The news block could not be loaded.');
  assert.ok(errors.some((e) => /could not load/.test(e)), errors.join('\n'));
});

test('the tag make dist prints, with the loader\'s integrity, works; a wrong one is refused', async () => {
  const integrity = readFileSync(join(DIST, 'integrity.txt'), 'utf8').trim();
  assert.match(integrity, /^sha384-/);
  for (const [value, works] of [[integrity, true], ['sha384-' + 'A'.repeat(64), false]]) {
    const page = await t.page(null);
    await page.goto(`${t.base}/embed/blank.html`);
    await page.evaluate(([src, value]) => {
      const s = document.createElement('script');
      s.src = src;
      s.integrity = value;
      s.crossOrigin = 'anonymous';
      s.dataset.feed = '/feeds/news-en.json';
      s.onerror = () => { window.__refused = true; };
      document.querySelector('main').append(s);
    }, [`${t.base}/news-widget.js`, value]);
    if (works) {
      await page.waitForFunction(() => document.querySelector('[data-news-widget-host]')?.shadowRoot?.querySelector('article'), null, { timeout: 15000 });
    } else {
      await page.waitForFunction(() => window.__refused === true, null, { timeout: 5000 });
      assert.equal(await page.evaluate(() => window.__newsWidget ?? null), null, 'the loader did not run');
    }
  }
});

test('a CDN-like server sends a year and immutable for hashed files, no-cache for the rest', async () => {
  const server = await startServer({ roots: [DIST], cdn: true });
  try {
    const base = `http://127.0.0.1:${server.address().port}`;
    const header = async (path) => (await fetch(base + path)).headers.get('cache-control');
    assert.equal(await header(`/${CORE}/news-widget_bg.wasm`), 'public, max-age=31536000, immutable');
    assert.equal(await header(`/${CORE}/news-widget.js`), 'public, max-age=31536000, immutable');
    assert.equal(await header('/news-widget.js'), 'no-cache');
    assert.equal(await header('/locales/ru.txt'), 'no-cache');
    assert.equal(await header('/preview.html'), 'no-cache');
    assert.equal(await header('/feeds/news-en.json'), 'no-cache');
  } finally {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
});
