// Shared end-to-end helpers: Debian's Chromium through playwright-core, the
// loopback test server over dist/ and the test pages, and axe-core.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startServer } from '../server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
export const ARTIFACTS = join(here, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts Chromium and a server over dist/ (the built widget) and the test pages. */
export async function setup() {
  // The built folder is served twice: at / (feeds, demo) and under a deep
  // CDN-like path, from which the test pages load the loader.
  const server = await startServer({
    roots: [
      { prefix: '/cdn/news-widget/', dir: join(ROOT, 'dist') },
      { prefix: '/vendor/bvi/', dir: join(ROOT, 'tests', 'node_modules', 'bvi', 'dist') },
      { prefix: '/fixtures/', dir: join(ROOT, 'tests', 'fixtures') },
      join(ROOT, 'dist'),
      join(here, 'pages'),
    ],
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    browser,
    async page(path, options = {}) {
      const { context: existing, init, ...contextOptions } = options;
      const context = existing || await browser.newContext({ viewport: { width: 1000, height: 900 }, ...contextOptions });
      if (init) await context.addInitScript(init.script, init.arg);
      const page = await context.newPage();
      await page.addInitScript(logFetches);
      const problems = [];
      // Console warnings from the first script on: a listener added after
      // `goto` would miss what the widget said while the page loaded.
      const warnings = [];
      page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
      page.warnings = warnings;
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`); });
      page.on('response', (r) => { if (r.status() >= 400 && !/favicon|\/test\//.test(r.url())) problems.push(`HTTP ${r.status()} ${r.url()}`); });
      page.problems = problems;
      if (path) await page.goto(base + path);
      return page;
    },
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * Runs in every test page before its scripts: records each `fetch` the page
 * makes. Tests count the widget's own requests here, not at the server,
 * where a browser's silent repeat of a GET on a dropped keep-alive
 * connection would look like a second request from the widget.
 */
function logFetches() {
  if (window.__fetches) return;
  window.__fetches = [];
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    window.__fetches.push(String(input instanceof Request ? input.url : input));
    return fetch.call(this, input, init);
  };
}

/** How many requests the page's scripts made to URLs containing `fragment`. */
export function fetchCount(page, fragment) {
  return page.evaluate((f) => window.__fetches.filter((u) => u.includes(f)).length, fragment);
}

const AXE = readFileSync(join(ROOT, 'tests', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core on the page (it descends into open shadow roots) and returns the violations. */
export async function axeViolations(page, context = 'html', disabledRules = []) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async ([ctx, disabled]) => {
    const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
    const result = await window.axe.run(ctx, { resultTypes: ['violations'], rules });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, [context, disabledRules]);
}

/** The shadow root of widget host `id` on the test page `embed/feed.html`. */
export const widget = (id = 'w0') => `#${id}`;

/** Text, titles, links and buttons of a widget, read in the page. */
export function snapshot(page, id = 'w0') {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const all = (sel) => [...root.querySelectorAll(sel)];
    return {
      heading: root.querySelector('.nw-title')?.textContent,
      titles: all('.nw-item-title').map((h) => h.textContent),
      links: all('a[href]').map((a) => a.getAttribute('href')),
      images: all('img').map((i) => ({ src: i.getAttribute('src'), alt: i.getAttribute('alt') })),
      times: all('time').map((t) => t.getAttribute('datetime')),
      error: root.querySelector('.nw-error')?.textContent ?? null,
      notice: root.querySelector('.nw-notice')?.textContent ?? null,
      buttons: all('button').map((b) => b.textContent.trim()).filter((b) => b),
      text: root.querySelector('.nw').innerText,
    };
  }, id);
}

/**
 * Scrolls to each of the first `count` widget hosts in turn, as a reader
 * would, and waits for it to render (a widget far down starts only when
 * the reader comes near it); then back to the top.
 */
export async function visitAll(page, count) {
  for (let i = 0; i < count; i++) {
    const host = page.locator('[data-news-widget-host], news-widget, [data-news-widget]').nth(i);
    await host.scrollIntoViewIfNeeded();
    await host.locator('.nw-list, .nw-error, .nw-empty').first().waitFor({ timeout: 15000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Waits until every widget host on the page shows its list, error or empty message. */
export async function settled(page, count = 1) {
  await page.waitForFunction((n) => {
    const hosts = [...document.querySelectorAll('[data-news-widget-host], news-widget, [data-news-widget]')];
    const done = hosts.filter((h) => h.shadowRoot && h.shadowRoot.querySelector('.nw-list, .nw-error, .nw-empty'));
    return done.length >= n;
  }, count, { timeout: 15000 });
}

/** Records every layout shift from the first paint on (an init script: runs before the page's own). */
export function recordShifts() {
  window.__shifts = [];
  window.__shiftObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
  });
  window.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
}

/** The page's cumulative layout shift so far, once the last frame's entries are in. */
export const layoutShift = (page) => page.evaluate(() => new Promise((ok) => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
    for (const e of window.__shiftObserver.takeRecords()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    ok(window.__shifts.reduce((a, b) => a + b, 0));
  })));
}));
