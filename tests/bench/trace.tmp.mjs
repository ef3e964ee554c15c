// scratch: trace one setting switch, sum renderer main-thread events by name.
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server.mjs';
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const N = Number(process.env.N || 1000), SIDE = process.env.SIDE || 'ours', SETTING = process.env.SETTING || 'images', REPS = Number(process.env.REPS || 10);
const server = await startServer({ cdn: true, roots: [
  { prefix: '/bench-feeds/', dir: join(ROOT, 'target', 'bench-feeds') },
  { prefix: '/vendor/bvi/', dir: join(ROOT, 'tests', 'node_modules', 'bvi', 'dist') },
  join(ROOT, 'dist'), join(HERE, 'pages')] });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const S = {
  scheme: { ours: ['input[name=scheme][value=black]', 'input[name=scheme][value=default]'], bvi: ['.bvi-theme-black', '.bvi-theme-white'] },
  font: { ours: ['.nw-step:last-of-type', '.nw-step:first-of-type'], bvi: ['.bvi-fontSize-plus', '.bvi-fontSize-minus'] },
  line: { ours: ['input[name=line][value=large]', 'input[name=line][value=normal]'], bvi: ['.bvi-line-height-big', '.bvi-line-height-normal'] },
  images: { ours: ['input[name=images][value=hide]', 'input[name=images][value=show]'], bvi: ['.bvi-images-off', '.bvi-images-on'] },
};
let page;
const ctx = await browser.newContext();
if (SIDE === 'ours') {
  page = await ctx.newPage();
  const widgets = N > 100 ? N / 100 : 1;
  await page.goto(`${base}/widgets.html?feed=/bench-feeds/feed-${Math.min(N, 100)}.json&max=${Math.min(N, 100)}&widgets=${widgets}`);
  await page.waitForFunction((w) => [...document.querySelectorAll('[data-news-widget]')].filter((h) => h.shadowRoot?.querySelector('article')).length === w, widgets);
  await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-vi-toggle').click());
  for (let i = 0; i < 3; i++) await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-step:last-of-type').click());
} else {
  await ctx.route('http://bench.test/**', async (route) => { const u = new URL(route.request().url()); try { await route.fulfill({ response: await route.fetch({ url: base + u.pathname + u.search }) }); } catch {} });
  page = await ctx.newPage(); await page.goto(`http://bench.test/bvi.html?n=${N}`);
  await page.locator('.bvi-open').click(); await page.waitForSelector('.bvi-theme-black', { state: 'attached' });
}
const shadow = SIDE === 'ours';
const click = (sel) => page.evaluate(([sel, sh]) => { (sh ? document.querySelector('[data-news-widget]').shadowRoot.querySelector(sel) : document.querySelector(sel)).click(); return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))); }, [sel, shadow]);
const [there, back] = S[SETTING][SIDE];
await click(there); await click(back);
await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
for (let i = 0; i < REPS; i++) { await page.evaluate(() => performance.mark('there')); await click(there); await page.evaluate(() => performance.mark('back')); await click(back); }
const buf = await browser.stopTracing();
const TIMELINE = process.env.TIMELINE;
const events = JSON.parse(buf.toString()).traceEvents;
// Main thread of the renderer: thread named CrRendererMain.
const main = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
const sums = {};
for (const e of events) {
  if (e.ph !== 'X' || !main.includes(`${e.pid}:${e.tid}`)) continue;
  sums[e.name] = (sums[e.name] || 0) + (e.dur || 0) / 1000;
}
if (TIMELINE) {
  const ev = events.filter((e) => e.ph === 'X' && main.includes(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const marks = [events.filter((e) => e.name === 'there').at(-1).ts, events.filter((e) => e.name === 'back').at(-1).ts];
  // the last 'there' switch: events between the second-to-last back mark and the last back mark
  const [from, to] = [marks.at(-2), marks.at(-1)];
  const inWin = ev.filter((e) => e.ts > from && e.ts < to && e.dur > 30);
  const t0 = inWin[0]?.ts || 0;
  for (const e of inWin) if (['RunTask','EventDispatch','FunctionCall','UpdateLayoutTree','Layout','Paint','PrePaint','Commit','FireAnimationFrame','TimerFire','RunMicrotasks','v8.callFunction','HitTest','LocalFrameView::NotifyResizeObservers','IntersectionObserverController::computeIntersections','Document::updateStyleInvalidationIfNeeded','WebFrameWidgetImpl::BeginMainFrame','ProxyMain::BeginMainFrame','ThreadControllerImpl::RunTask','ScheduleStyleRecalculation','ParseHTML','v8.run','FunctionCall'].includes(e.name))
    console.log(((e.ts - t0) / 1000).toFixed(2).padStart(7), ((e.dur) / 1000).toFixed(2).padStart(6), e.name, e.args?.data?.functionName || '');
}
const rows = Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 28);
for (const [k, v] of rows) console.log((v / (2 * REPS)).toFixed(3).padStart(8), 'ms/switch', k);
await browser.close(); server.close();
