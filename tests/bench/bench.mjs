// `make bench`: what the widget costs a host page, measured in headless
// Chromium on loopback, next to the bvi plugin on a static news list.
// Prints a table and writes it as JSON to tests/bench/results/latest.json.
// Medians of RUNS runs, with min and max. Timing is for this report only:
// no test asserts on it.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { startServer } from '../server.mjs';
import { measure as measureBytes, table as bytesTable } from '../size.mjs';
import { recordShifts, layoutShift, settled } from '../e2e/browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const RUNS = Number(process.env.RUNS || 15);
const FEEDS = join(ROOT, 'target', 'bench-feeds');
const BVI = join(ROOT, 'tests', 'node_modules', 'bvi', 'dist');

// ---------- feeds ----------
function feed(n) {
  const items = Array.from({ length: n }, (_, i) => ({
    id: `item-${i}`,
    url: `https://example.org/news/${i}`,
    title: `News item ${i}: the centre opens a new international programme`,
    summary: 'The programme invites partner institutions abroad to take part in population studies, joint courses on preventive cardiology and short research visits.',
    date_published: new Date(Date.UTC(2025, 0, 1) - i * 3600e3).toISOString(),
    authors: [{ name: 'Press office' }],
    tags: ['research', 'cooperation'],
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Benchmark feed', language: 'en', items });
}
// The same items as RSS 2.0 (what 1C-Bitrix sites serve).
function rss(n) {
  const items = Array.from({ length: n }, (_, i) => `<item><title>News item ${i}: the centre opens a new international programme</title>` +
    `<link>https://example.org/news/${i}</link><guid>item-${i}</guid>` +
    '<description><![CDATA[<p>The programme invites partner institutions abroad to take part in <b>population studies</b>, joint courses on preventive cardiology and short research visits.</p>]]></description>' +
    `<pubDate>${new Date(Date.UTC(2025, 0, 1) - i * 3600e3).toUTCString()}</pubDate><category>research</category></item>`);
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Benchmark feed</title><link>https://example.org/</link><language>en</language>${items.join('')}</channel></rss>`;
}
mkdirSync(FEEDS, { recursive: true });
// [items, format]: the 20,000-item feeds are about 8 MB each.
const SIZES = [[10, 'json'], [100, 'json'], [1000, 'json'], [20000, 'json'], [20000, 'xml']];
for (const [n, format] of SIZES) writeFileSync(join(FEEDS, `feed-${n}.${format}`), format === 'json' ? feed(n) : rss(n));

// ---------- helpers ----------
const stats = (xs, digits = 1) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median: round(median, digits), min: round(s[0], digits), max: round(s.at(-1), digits), runs: s.length };
};
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const fmt = (s) => `${String(s.median).padStart(7)} (${s.min}–${s.max})`;

// Records, inside the page, when the first news article appears (in any
// shadow root) and every long task.
const PROBE = () => {
  window.__probe = { firstItem: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver((_, obs) => {
      if (window.__probe.firstItem === null && root.querySelector('article')) {
        window.__probe.firstItem = performance.now();
        obs.disconnect();
      }
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
};

async function firstItem(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__probe.firstItem !== null, null, { timeout: 30000 });
  await page.waitForTimeout(300); // let trailing long tasks report
  return page.evaluate(() => {
    const loader = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/news-widget.js'));
    const feedEntry = performance.getEntriesByType('resource').find((e) => e.name.includes('/bench-feeds/'));
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'));
    const tasks = window.__probe.longTasks.map(([, d]) => d);
    // Tasks after the feed arrived: parsing and rendering, not wasm compiling.
    const afterFeed = window.__probe.longTasks.filter(([start]) => feedEntry && start >= feedEntry.responseStart).map(([, d]) => d);
    return {
      longestAfterFeed: afterFeed.length ? Math.max(...afterFeed) : 0,
      fromNavigation: window.__probe.firstItem,
      wasmArrived: wasm ? wasm.responseEnd : null,
      feedRequested: feedEntry ? feedEntry.startTime : null,
      feedArrived: feedEntry ? feedEntry.responseEnd : null,
      fromScript: window.__probe.firstItem - (loader ? loader.responseEnd : 0),
      fromFeed: window.__probe.firstItem - (feedEntry ? feedEntry.responseEnd : 0),
      longest: tasks.length ? Math.max(...tasks) : 0,
      blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      jsHeap: performance.memory ? performance.memory.usedJSHeapSize : null,
      wasmMemory: window.__newsWidget?.memoryBytes?.() ?? null,
    };
  });
}

// Time from a click to the first frame in which every widget (or bvi's
// page) shows the new setting, with style and layout recomputed there.
const CLICK_TO_FRAME = async ([selector, inShadow, expect]) => {
  const hosts = [...document.querySelectorAll('[data-news-widget]')];
  const bviBody = () => document.querySelector('.bvi-body');
  const before = bviBody()?.getAttribute('data-bvi-fontsize');
  const applied = () => {
    if (expect.startsWith('scheme:')) return hosts.every((h) => h.shadowRoot.querySelector('.nw').dataset.scheme === expect.slice(7));
    if (expect.startsWith('scale:')) return hosts.every((h) => h.shadowRoot.querySelector('.nw').getAttribute('style').includes(`--nw-scale: ${expect.slice(6)};`));
    if (expect.startsWith('bvi-theme:')) return bviBody().getAttribute('data-bvi-theme') === expect.slice(10);
    if (expect === 'bvi-size') return bviBody().getAttribute('data-bvi-fontsize') !== before;
    throw new Error(expect);
  };
  const target = inShadow ? hosts[0].shadowRoot.querySelector(selector) : document.querySelector(selector);
  const t0 = performance.now();
  target.click();
  for (let frame = 0; frame < 120; frame++) {
    await new Promise((r) => requestAnimationFrame(() => r()));
    if (applied()) break;
  }
  const last = hosts.length ? hosts.at(-1).shadowRoot.querySelector('article:last-of-type') : document.querySelector('article:last-of-type');
  getComputedStyle(last).color;
  last.getBoundingClientRect();
  return performance.now() - t0;
};

// ---------- run ----------
// Served as a CDN would (brotli, ETag, Cache-Control), so "warm" is warm.
const server = await startServer({
  cdn: true,
  roots: [
    { prefix: '/bench-feeds/', dir: FEEDS },
    { prefix: '/vendor/bvi/', dir: BVI },
    { prefix: '/cdn/news-widget/', dir: join(ROOT, 'dist') },
    { prefix: '/e2e/', dir: join(HERE, '..', 'e2e', 'pages') },
    join(ROOT, 'dist'),
    join(HERE, 'pages'),
  ],
});
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});
const results = { machine: `${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${browser.version()}`, date: new Date().toISOString(), runs: RUNS };

// 1. Bytes.
results.bytes = measureBytes();
const bviBytes = ['js/bvi.min.js', 'css/bvi.min.css'].map((f) => {
  const b = readFileSync(join(BVI, f));
  return { file: `bvi ${f}`, raw: b.length, gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
});
results.bviBytes = bviBytes;

// 2 + 3. Time to first item and main-thread blocking, cold and warm, 10 items.
const url10 = `${base}/widgets.html?feed=/bench-feeds/feed-10.json&max=10`;
const cold = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  cold.push(await firstItem(page, url10));
  await context.close();
}
const warmContext = await browser.newContext();
await warmContext.addInitScript(PROBE);
const warmPage = await warmContext.newPage();
await firstItem(warmPage, url10);
await firstItem(warmPage, url10); // second visit lets Chromium cache the compiled wasm
const warm = [];
for (let i = 0; i < RUNS; i++) warm.push(await firstItem(warmPage, url10));
await warmContext.close();
const pick = (xs, key) => stats(xs.map((x) => x[key]));
const LOAD_KEYS = { wasmArrived: 'wasmArrived', feedRequested: 'feedRequested', feedArrived: 'feedArrived', fromNavigation: 'fromNavigation',
  fromFeed: 'fromFeed', fromScript: 'fromScript', longestTask: 'longest', totalBlocking: 'blocking' };
const loadStats = (runs) => Object.fromEntries(Object.entries(LOAD_KEYS).map(([name, key]) => [name, pick(runs, key)]));
results.load = { cold: loadStats(cold), warm: loadStats(warm), runs: { cold, warm } };

// 2b. Feed → first item with the widget already mounted and waiting: the
// feed is held back 1.5 s, so this is reading, parsing and rendering
// alone (warm code, no saved copy), at 10, 100 and 1,000 items.
results.feedToItem = {};
{
  const context = await browser.newContext();
  await context.addInitScript(PROBE);
  await context.addInitScript(() => localStorage.clear());
  const page = await context.newPage();
  const delayed = (n) => `${base}/widgets.html?feed=/test/delay/1500/bench-feeds/feed-${n}.json&max=${Math.min(n, 100)}`;
  await firstItem(page, delayed(10)); // warms the code cache
  await firstItem(page, delayed(10));
  for (const n of [10, 100, 1000]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstItem(page, delayed(n)));
    results.feedToItem[n] = { fromFeed: pick(runs, 'fromFeed'), longestAfterFeed: pick(runs, 'longestAfterFeed') };
  }
  await context.close();
}

// Layout shift on a page with text below the widget (1280×900): a first
// visit, then a repeat visit in the same browser profile.
const shifts = { first: [], repeat: [] };
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordShifts);
  for (const visit of ['first', 'repeat']) {
    const page = await context.newPage();
    await page.goto(`${base}/e2e/embed/cls.html`);
    await settled(page);
    shifts[visit].push(await layoutShift(page));
    await page.close();
  }
  await context.close();
}
results.cls = { first: stats(shifts.first, 3), repeat: stats(shifts.repeat, 3) };

// Lazy start: bytes a long page downloads before the reader scrolls to a
// widget three viewports down, and after.
const transferred = (page) => page.evaluate(() => performance.getEntriesByType('resource').reduce((sum, e) => sum + e.transferSize, 0));
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/e2e/embed/lazy.html`);
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const before = await transferred(page);
  await page.locator('#far').scrollIntoViewIfNeeded();
  await settled(page);
  results.lazy = { beforeScrollBytes: before, afterScrollBytes: await transferred(page) };
  await context.close();
}

// 5. Scale: parse + render (feed received → first item), memory.
results.scale = {};
for (const [n, format] of SIZES) {
  const runs = [];
  for (let i = 0; i < Math.min(RUNS, n >= 10000 ? 7 : RUNS); i++) {
    const context = await browser.newContext();
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    runs.push(await firstItem(page, `${base}/widgets.html?feed=/bench-feeds/feed-${n}.${format}&max=${Math.min(n, 100)}`));
    await context.close();
  }
  results.scale[`${n} ${format}`] = { feedToFirstItem: pick(runs, 'fromFeed'), longestTask: pick(runs, 'longest'), longestAfterFeed: pick(runs, 'longestAfterFeed'),
    jsHeapMiB: round(runs.at(-1).jsHeap / 2 ** 20), wasmMemoryMiB: runs.at(-1).wasmMemory === null ? null : round(runs.at(-1).wasmMemory / 2 ** 20) };
}

// 4 + 6. Settings latency, ours vs bvi, for 10, 100 and 1000 items on the page.
results.settings = {};
for (const n of [10, 100, 1000]) {
  const widgets = n > 100 ? n / 100 : 1;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/widgets.html?feed=/bench-feeds/feed-${Math.min(n, 100)}.json&max=${Math.min(n, 100)}&widgets=${widgets}`);
  await page.waitForFunction((w) => [...document.querySelectorAll('[data-news-widget]')].filter((h) => h.shadowRoot?.querySelector('article')).length === w, widgets);
  await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-vi-toggle').click());
  const scheme = [];
  const font = [];
  for (let i = 0; i < RUNS; i++) {
    const value = i % 2 ? 'default' : 'black';
    scheme.push(await page.evaluate(CLICK_TO_FRAME, [`input[value=${value}]`, true, `scheme:${value}`]));
  }
  // 175% ⇄ 200%: each A+ to 200% is measured, the A− back is not.
  for (let i = 0; i < 3; i++) await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelectorAll('.nw-step')[1].click());
  for (let i = 0; i < RUNS; i++) {
    font.push(await page.evaluate(CLICK_TO_FRAME, ['.nw-step:last-of-type', true, 'scale:2']));
    await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelectorAll('.nw-step')[0].click());
  }
  await context.close();

  // bvi cannot set its cookies on a host name with a port: serve it as http://bench.test/.
  const bviContext = await browser.newContext();
  await bviContext.route('http://bench.test/**', async (route) => {
    const url = new URL(route.request().url());
    try {
      await route.fulfill({ response: await route.fetch({ url: base + url.pathname + url.search }) });
    } catch { /* page closed meanwhile */ }
  });
  const bviPage = await bviContext.newPage();
  await bviPage.goto(`http://bench.test/bvi.html?n=${n}`);
  await bviPage.locator('.bvi-open').click();
  await bviPage.waitForSelector('.bvi-body', { state: 'attached' });
  await bviPage.waitForSelector('.bvi-theme-black', { state: 'attached' });
  const bviScheme = [];
  const bviFont = [];
  for (let i = 0; i < RUNS; i++) {
    const theme = i % 2 ? 'white' : 'black';
    bviScheme.push(await bviPage.evaluate(CLICK_TO_FRAME, [`.bvi-theme-${theme}`, false, `bvi-theme:${theme}`]));
  }
  for (let i = 0; i < RUNS; i++) {
    bviFont.push(await bviPage.evaluate(CLICK_TO_FRAME, ['.bvi-fontSize-plus', false, 'bvi-size']));
    await bviPage.evaluate(() => document.querySelector('.bvi-fontSize-minus').click());
  }
  await bviContext.unrouteAll({ behavior: 'ignoreErrors' });
  await bviContext.close();
  results.settings[n] = { scheme: stats(scheme), font: stats(font), bviScheme: stats(bviScheme), bviFont: stats(bviFont) };
}

await browser.close();
server.closeAllConnections();
await new Promise((ok) => server.close(ok));

// ---------- report ----------
mkdirSync(join(HERE, 'results'), { recursive: true });
writeFileSync(join(HERE, 'results', 'latest.json'), JSON.stringify(results, null, 2));
const lines = [];
lines.push(`Machine: ${results.machine}; ${RUNS} runs, median (min–max), ms unless noted.`, '');
lines.push('1. Bytes before the first item (feed excluded)', bytesTable(results.bytes));
lines.push(bytesTable(bviBytes).split('\n').slice(1).join('\n'), '');
const l = results.load;
lines.push('2–3. Load, 10-item feed, ms from navigation   cold                 warm');
for (const [k, label] of [['wasmArrived', 'wasm arrived'], ['feedRequested', 'feed requested'], ['feedArrived', 'feed arrived'],
  ['fromNavigation', 'first item'], ['fromFeed', 'feed arrived → first item'], ['fromScript', 'loader arrived → first item'],
  ['longestTask', 'longest task'], ['totalBlocking', 'total blocking time']]) {
  lines.push(`${label.padEnd(44)}${fmt(l.cold[k]).padEnd(21)}${fmt(l.warm[k])}`);
}
lines.push('   per run (wasm arrived / feed requested / feed arrived / first item):');
for (const kind of ['cold', 'warm']) {
  lines.push(`   ${kind}: ${l.runs[kind].map((r) => [r.wasmArrived, r.feedRequested, r.feedArrived, r.fromNavigation].map((x) => (x === null ? '–' : Math.round(x))).join('/')).join('  ')}`);
}
lines.push('', '2b. Feed arrived → first item, widget mounted and waiting (warm)   longest task after feed');
for (const [n, f] of Object.entries(results.feedToItem)) {
  lines.push(`${String(n).padStart(5)} items${' '.repeat(27)}${fmt(f.fromFeed).padEnd(34)}${fmt(f.longestAfterFeed)}`);
}
lines.push('', `Layout shift (CLS), text below the widget, 1280×900: first visit ${fmt(results.cls.first)}, repeat visit ${fmt(results.cls.repeat)}`);
lines.push(`Lazy start, widget three viewports down: ${(results.lazy.beforeScrollBytes / 1024).toFixed(1)} KiB transferred before scrolling, ${(results.lazy.afterScrollBytes / 1024).toFixed(1)} KiB after`);
lines.push('', '4 + 6. Settings: click → next frame restyled     ours            bvi      bvi/ours');
for (const [n, s] of Object.entries(results.settings)) {
  lines.push(`${String(n).padStart(5)} items, white on black        ${fmt(s.scheme).padEnd(16)}${fmt(s.bviScheme).padEnd(18)}${(s.bviScheme.median / s.scheme.median).toFixed(1)}×`);
  lines.push(`${String(n).padStart(5)} items, font size up          ${fmt(s.font).padEnd(16)}${fmt(s.bviFont).padEnd(18)}${(s.bviFont.median / s.font.median).toFixed(1)}×`);
}
lines.push('', '5. Scale: feed received → first item   longest task after feed   longest task (all)   JS heap MiB  wasm MiB');
for (const [n, s] of Object.entries(results.scale)) {
  lines.push(`${n.padStart(10)} items ${fmt(s.feedToFirstItem).padEnd(22)}${fmt(s.longestAfterFeed).padEnd(26)}${fmt(s.longestTask).padEnd(21)}${String(s.jsHeapMiB).padEnd(13)}${s.wasmMemoryMiB}`);
}
console.log(lines.join('\n'));
console.log(`\nwritten: tests/bench/results/latest.json`);
