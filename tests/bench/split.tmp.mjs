// scratch: handler vs frame split for ours and bvi, 10 and 1000 items. Not committed.
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server.mjs';
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const RUNS = Number(process.env.RUNS || 21);
const SIZES = (process.env.SIZES || '10,1000').split(',').map(Number);
const server = await startServer({ cdn: true, roots: [
  { prefix: '/bench-feeds/', dir: join(ROOT, 'target', 'bench-feeds') },
  { prefix: '/vendor/bvi/', dir: join(ROOT, 'tests', 'node_modules', 'bvi', 'dist') },
  join(ROOT, 'dist'), join(HERE, 'pages')] });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const SPLIT = async ([selector, inShadow, [attribute, value]]) => {
  const hosts = [...document.querySelectorAll('[data-news-widget]')];
  const targets = inShadow ? hosts.map((h) => h.shadowRoot.querySelector('.nw')) : [document.querySelector('.bvi-body')];
  const before = targets.map((e) => e.getAttribute(attribute));
  const applied = () => targets.every((e, i) => (value === null || !inShadow ? e.getAttribute(attribute) !== before[i] : e.getAttribute(attribute) === value));
  const target = inShadow ? hosts[0].shadowRoot.querySelector(selector) : document.querySelector(selector);
  const t0 = performance.now();
  target.click();
  const sync = performance.now();
  await Promise.resolve();
  const handled = performance.now();
  let frameStart = 0, cb = 0;
  for (let f = 0; f < 120; f++) { frameStart = await new Promise((r) => requestAnimationFrame((t) => r(t))); cb = performance.now(); if (applied()) break; }
  // forced style+layout inside the frame callback, to split style/layout from paint
  const s0 = performance.now();
  document.body.offsetHeight; if (inShadow) hosts[0].shadowRoot.querySelector('.nw').offsetHeight;
  const s1 = performance.now();
  await new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = () => done(); c.port2.postMessage(null); });
  const end = performance.now();
  return { sync: sync - t0, micro: handled - sync, rafDelay: cb - Math.max(frameStart, handled), layout: s1 - s0, rest: end - s1,
    total: Math.min(end - t0, (handled - t0) + (end - Math.max(frameStart, handled))) };
};
const S = {
  scheme: { ours: ['input[name=scheme][value=black]', 'input[name=scheme][value=default]', ['data-scheme', 'black']], bvi: ['.bvi-theme-black', '.bvi-theme-white', ['data-bvi-theme']] },
  font: { ours: ['.nw-step:last-of-type', '.nw-step:first-of-type', ['style', null]], bvi: ['.bvi-fontSize-plus', '.bvi-fontSize-minus', ['data-bvi-fontsize']] },
  line: { ours: ['input[name=line][value=large]', 'input[name=line][value=normal]', ['data-line', 'large']], bvi: ['.bvi-line-height-big', '.bvi-line-height-normal', ['data-bvi-lineheight']] },
  family: { ours: ['input[name=font][value=serif]', 'input[name=font][value=default]', ['data-font', 'serif']], bvi: ['.bvi-font-family-times', '.bvi-font-family-arial', ['data-bvi-fontfamily']] },
  images: { ours: ['input[name=images][value=hide]', 'input[name=images][value=show]', ['data-images', 'hide']], bvi: ['.bvi-images-off', '.bvi-images-on', ['data-bvi-images']] },
};
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
async function run(page, side, inShadow) {
  const out = {};
  for (const [k, v] of Object.entries(S)) {
    const [there, back, expect] = v[side];
    const rows = [];
    for (let i = 0; i < RUNS; i++) {
      rows.push(await page.evaluate(SPLIT, [there, inShadow, expect]));
      await page.evaluate(([sel, sh]) => (sh ? document.querySelector('[data-news-widget]').shadowRoot.querySelector(sel) : document.querySelector(sel)).click(), [back, inShadow]);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    out[k] = Object.fromEntries(Object.keys(rows[0]).map((key) => [key, med(rows.map((r) => r[key])).toFixed(2)]));
  }
  return out;
}
for (const n of SIZES) {
  const widgets = n > 100 ? n / 100 : 1;
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  await page.goto(`${base}/widgets.html?feed=/bench-feeds/feed-${Math.min(n, 100)}.json&max=${Math.min(n, 100)}&widgets=${widgets}`);
  await page.waitForFunction((w) => [...document.querySelectorAll('[data-news-widget]')].filter((h) => h.shadowRoot?.querySelector('article')).length === w, widgets);
  await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-vi-toggle').click());
  for (let i = 0; i < 3; i++) await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-step:last-of-type').click());
  const ours = await run(page, 'ours', true); await ctx.close();
  const bctx = await browser.newContext();
  await bctx.route('http://bench.test/**', async (route) => { const u = new URL(route.request().url()); try { await route.fulfill({ response: await route.fetch({ url: base + u.pathname + u.search }) }); } catch {} });
  const bp = await bctx.newPage(); await bp.goto(`http://bench.test/bvi.html?n=${n}`);
  await bp.locator('.bvi-open').click(); await bp.waitForSelector('.bvi-theme-black', { state: 'attached' });
  const bvi = await run(bp, 'bvi', false); await bctx.close();
  for (const k of Object.keys(S)) console.log(n, k.padEnd(7), 'ours', JSON.stringify(ours[k]), '\n', ' '.repeat(String(n).length), ' '.repeat(7), 'bvi ', JSON.stringify(bvi[k]));
}
await browser.close(); server.close();
