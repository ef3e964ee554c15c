import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server.mjs';
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const server = await startServer({ cdn: true, roots: [{ prefix: '/bench-feeds/', dir: join(ROOT, 'target', 'bench-feeds') }, join(ROOT, 'dist'), join(HERE, 'pages')] });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext()).newPage();
await page.goto(`${base}/widgets.html?feed=/bench-feeds/feed-10.json&max=10&widgets=1`);
await page.waitForFunction(() => document.querySelector('[data-news-widget]').shadowRoot?.querySelector('article'));
const measure = (label) => page.evaluate((label) => {
  const nw = document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw');
  const xs = [];
  for (let i = 0; i < 40; i++) {
    nw.style.setProperty('--nw-scale', i % 2 ? '1.75' : '2');
    const t = performance.now(); nw.offsetHeight; xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  return label + ' ' + xs[20].toFixed(2);
}, label);
console.log(await measure('closed'));
await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-vi-toggle').click());
await page.waitForTimeout(100);
console.log(await measure('open'));
const css = process.argv[2];
if (css) {
  await page.evaluate((css) => { const s = new CSSStyleSheet(); s.replaceSync(css); const r = document.querySelector('[data-news-widget]').shadowRoot; r.adoptedStyleSheets = [...r.adoptedStyleSheets, s]; }, css);
  await page.waitForTimeout(100);
  console.log(await measure('open+css'));
}
await browser.close(); server.close();
