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
// ONLY=settings (or load, scale; comma-separated) runs just those sections.
const ONLY = process.env.ONLY ? process.env.ONLY.split(',') : null;
const want = (section) => !ONLY || ONLY.includes(section);
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

// Main-thread work from a click to the end of the first frame in which
// every widget (or bvi's page) shows the new setting: the click's handlers
// (and their microtasks), plus that frame from its start to its end (style,
// layout, paint). The idle wait between the two, for the display's next
// refresh (0–16.7 ms, and in headless Chromium's software compositor often
// the whole of it), is left out: work ≤ 16 ms is what makes the next frame.
// `expect` is [attribute, value] on each widget's .nw (value null: any
// change), or [attribute] on bvi's .bvi-body (any change).
const CLICK_TO_FRAME = async ([selector, inShadow, [attribute, value]]) => {
  const hosts = [...document.querySelectorAll('[data-news-widget]')];
  const targets = inShadow ? hosts.map((h) => h.shadowRoot.querySelector('.nw')) : [document.querySelector('.bvi-body')];
  const before = targets.map((e) => e.getAttribute(attribute));
  const applied = () => targets.every((e, i) => (value === null || !inShadow
    ? e.getAttribute(attribute) !== before[i]
    : e.getAttribute(attribute) === value));
  const target = inShadow ? hosts[0].shadowRoot.querySelector(selector) : document.querySelector(selector);
  const t0 = performance.now();
  target.click();
  await Promise.resolve();
  const handled = performance.now();
  let frameStart = 0;
  for (let frame = 0; frame < 120; frame++) {
    frameStart = await new Promise((r) => requestAnimationFrame((t) => r(t)));
    if (applied()) break;
  }
  // Resolved in the frame callback of the first frame with the setting
  // applied: a message posted there is handled once that frame's style,
  // layout and paint are done. (Forcing style on an item out of sight
  // would time work the reader never waits for: off-screen items are
  // restyled when they come near, see `content-visibility` in widget.css.)
  await new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
  const end = performance.now();
  return Math.min(end - t0, (handled - t0) + (end - Math.max(frameStart, handled)));
};

// The settings measured, each switched there and back RUNS times: ours
// (radio or button in the first widget's panel, attribute on .nw) beside
// bvi's equivalent (panel link, attribute on .bvi-body). Only the switch
// "there" is timed.
const SETTINGS = [
  { key: 'scheme', label: 'white on black', ours: ['input[name=scheme][value=black]', 'input[name=scheme][value=default]', ['data-scheme', 'black']], bvi: ['.bvi-theme-black', '.bvi-theme-white', ['data-bvi-theme']] },
  { key: 'font', label: 'font size up', ours: ['.nw-step:last-of-type', '.nw-step:first-of-type', ['style', null]], bvi: ['.bvi-fontSize-plus', '.bvi-fontSize-minus', ['data-bvi-fontsize']] },
  { key: 'letter', label: 'letter spacing', ours: ['input[name=letter][value=large]', 'input[name=letter][value=normal]', ['data-letter', 'large']], bvi: ['.bvi-letter-spacing-big', '.bvi-letter-spacing-normal', ['data-bvi-letterspacing']] },
  { key: 'line', label: 'line spacing', ours: ['input[name=line][value=large]', 'input[name=line][value=normal]', ['data-line', 'large']], bvi: ['.bvi-line-height-big', '.bvi-line-height-normal', ['data-bvi-lineheight']] },
  { key: 'family', label: 'serif typeface', ours: ['input[name=font][value=serif]', 'input[name=font][value=default]', ['data-font', 'serif']], bvi: ['.bvi-font-family-times', '.bvi-font-family-arial', ['data-bvi-fontfamily']] },
  { key: 'images', label: 'images off', ours: ['input[name=images][value=hide]', 'input[name=images][value=show]', ['data-images', 'hide']], bvi: ['.bvi-images-off', '.bvi-images-on', ['data-bvi-images']] },
];

/** Times each setting there (and back, untimed) RUNS times on `page`. */
async function timeSettings(page, side, inShadow) {
  const out = {};
  const click = (selector) => page.evaluate(([sel, shadow]) => (shadow
    ? document.querySelector('[data-news-widget]').shadowRoot.querySelector(sel)
    : document.querySelector(sel)).click(), [selector, inShadow]);
  for (const setting of SETTINGS) {
    const [there, back, expect] = setting[side];
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(await page.evaluate(CLICK_TO_FRAME, [there, inShadow, expect]));
      await click(back);
      // The way back is painted before the next switch is timed.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    out[setting.key] = stats(times);
  }
  return out;
}

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
const pick = (xs, key) => stats(xs.map((x) => x[key]));
if (want('load')) {
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
} // load

// 5. Scale: parse + render (feed received → first item), memory.
results.scale = {};
for (const [n, format] of want('scale') ? SIZES : []) {
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
for (const n of want('settings') ? [10, 100, 1000] : []) {
  const widgets = n > 100 ? n / 100 : 1;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/widgets.html?feed=/bench-feeds/feed-${Math.min(n, 100)}.json&max=${Math.min(n, 100)}&widgets=${widgets}`);
  await page.waitForFunction((w) => [...document.querySelectorAll('[data-news-widget]')].filter((h) => h.shadowRoot?.querySelector('article')).length === w, widgets);
  await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-vi-toggle').click());
  // Font size is timed 175 % → 200 %: three steps up first.
  for (let i = 0; i < 3; i++) await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-step:last-of-type').click());
  const ours = await timeSettings(page, 'ours', true);
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
  const bvi = await timeSettings(bviPage, 'bvi', false);
  await bviContext.unrouteAll({ behavior: 'ignoreErrors' });
  await bviContext.close();
  results.settings[n] = { ours, bvi };
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
if (l) {
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
}
lines.push('', '4 + 6. Settings: click → frame restyled, work     ours              bvi               bvi/ours');
for (const [n, s] of Object.entries(results.settings)) {
  for (const { key, label } of SETTINGS) {
    const [o, b] = [s.ours[key], s.bvi[key]];
    lines.push(`${String(n).padStart(5)} items, ${label.padEnd(38)}${fmt(o).padEnd(18)}${fmt(b).padEnd(18)}${(b.median / o.median).toFixed(1)}×`);
  }
}
lines.push('', '5. Scale: feed received → first item   longest task after feed   longest task (all)   JS heap MiB  wasm MiB');
for (const [n, s] of Object.entries(results.scale)) {
  lines.push(`${n.padStart(10)} items ${fmt(s.feedToFirstItem).padEnd(22)}${fmt(s.longestAfterFeed).padEnd(26)}${fmt(s.longestTask).padEnd(21)}${String(s.jsHeapMiB).padEnd(13)}${s.wasmMemoryMiB}`);
}
console.log(lines.join('\n'));
console.log(`\nwritten: tests/bench/results/latest.json`);
