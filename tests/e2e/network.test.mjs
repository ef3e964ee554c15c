// End to end: bad networks. The loopback test server delays, fails, drops
// connections and leaves out CORS headers (see tests/server.mjs); every
// failure must end in a named, localized message with a way forward, or in
// the saved copy — never a blank box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, settled, snapshot, axeViolations, fetchCount, ARTIFACTS } from './browser.mjs';

let t;
before(async () => { t = await setup(); });
after(async () => { await t?.close(); });

const FEED = '/feeds/news-en.json';

/** Opens embed/feed.html with these widget options; waits for `count` widgets. */
async function open(options, { count = 1, context, clock } = {}) {
  const page = await t.page(null, context ? { context } : {});
  if (clock) await page.clock.install();
  await page.goto(`${t.base}/embed/feed.html?${new URLSearchParams(options)}`);
  await settled(page, count);
  return page;
}

/** How many requests the server got for each /test/seq key (bytes for
 * /test/huge). To count the widget's own requests, use `fetchCount`. */
async function counts() {
  return (await fetch(`${t.base}/test/counts`)).json();
}

const waitFor = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 15000 });
const errorText = (page) => page.evaluate(() => document.getElementById('w0').shadowRoot.querySelector('.nw-error')?.textContent ?? '');

test('timeout: the configured limit, a named message and Try again', async () => {
  const page = await open({ feed: `/test/delay/4000${FEED}`, timeout: 1 });
  assert.match(await errorText(page), /took too long to answer/);
  assert.ok((await snapshot(page)).buttons.includes('Try again'));
  assert.deepEqual(await axeViolations(page), []);
});

test('connection dropped: "could not be reached", in the reader\'s language', async () => {
  const page = await open({ feed: '/test/drop', lang: 'ru' });
  assert.match(await errorText(page), /сервер новостей недоступен/);
});

test('HTTP 404: the status is named, and nothing retries by itself', async () => {
  const page = await open({ feed: '/test/seq/not-found/!404' }, { clock: true });
  assert.match(await errorText(page), /error 404/);
  // Ten minutes pass: every retry timer there could be has fired.
  await page.clock.fastForward(600_000);
  assert.equal(await fetchCount(page, '/not-found/'), 1, 'a missing feed is not hammered');
});

test('HTTP 503 then OK: retried automatically with backoff, the list appears', async () => {
  const page = await open({ feed: `/test/seq/flaky/!503,${FEED.slice(1)}` });
  assert.match(await errorText(page), /error 503/);
  await waitFor(page, () => document.getElementById('w0').shadowRoot.querySelectorAll('.nw-item').length > 0);
  assert.equal(await fetchCount(page, '/flaky/'), 2, 'one retry');
  assert.equal(await errorText(page), '', 'the error is gone');
});

test('CORS: a server that does not allow this site is named as such; one that does works', async () => {
  const other = t.base.replace('127.0.0.1', 'localhost');
  const refused = await open({ feed: `${other}${FEED}` });
  assert.match(await errorText(refused), /does not allow this site to read its feed/);
  const allowed = await open({ feed: `${other}/test/cors${FEED}` });
  assert.ok((await snapshot(allowed)).titles.length > 0);
});

test('offline: said so; back online, the news loads without a click', async () => {
  const context = await t.browser.newContext();
  const page = await open({ feed: `/test/seq/offline/!404,${FEED.slice(1)}` }, { context });
  await context.setOffline(true);
  await page.locator('#w0').getByRole('button', { name: 'Try again' }).click();
  await waitFor(page, () => /offline|connection/i.test(document.getElementById('w0').shadowRoot.querySelector('.nw-error')?.textContent));
  assert.match(await errorText(page), /You are offline/);
  await context.setOffline(false);
  await waitFor(page, () => document.getElementById('w0').shadowRoot.querySelectorAll('.nw-item').length > 0);
  await context.close();
});

test('nothing lost: when the network fails, the saved copy is shown with its date', async () => {
  const context = await t.browser.newContext();
  const page = await open({ feed: `/test/seq/saved/${FEED.slice(1)},!drop` }, { context });
  const fresh = await snapshot(page);
  assert.ok(fresh.titles.length > 0);
  await page.reload();
  await waitFor(page, () => document.getElementById('w0').shadowRoot?.querySelector('.nw-notice'));
  const saved = await snapshot(page);
  assert.deepEqual(saved.titles, fresh.titles);
  assert.match(saved.notice, /Showing news saved on .*\d{4}/);
  assert.ok(saved.buttons.includes('Try again'));
  assert.equal(saved.error, null, 'a notice, not an error');
  assert.deepEqual(await axeViolations(page), []);
  await page.locator('#w0').screenshot({ path: join(ARTIFACTS, 'saved-copy.png') });
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('news-widget:feed:')).map(([, v]) => v.length));
  assert.equal(stored.length, 1);
  assert.ok(stored[0] < 200_000, 'the copy is bounded');
  await context.close();
});

test('refresh: new items join on top without moving focus, are announced, and updating can be paused', async () => {
  const page = await open({ feed: `/test/seq/refresh/${FEED.slice(1)},feeds/news-en-more.json`, refresh: 60 }, { clock: true });
  const before = await snapshot(page);
  assert.ok(before.buttons.includes('Pause updates'));
  // The reader is on the second item's link.
  const link = page.locator('#w0 .nw-title-link').nth(1);
  await link.focus();
  const focusedTitle = await link.textContent();
  // …and has scrolled so that item sits near the top of the window.
  await page.evaluate(() => {
    const a = document.getElementById('w0').shadowRoot.querySelectorAll('.nw-title-link')[1];
    window.scrollBy(0, a.getBoundingClientRect().top - 100);
  });
  const reading = await link.elementHandle();
  const topBefore = (await reading.boundingBox()).y;
  await page.clock.fastForward(61_000);
  await waitFor(page, (n) => document.getElementById('w0').shadowRoot.querySelectorAll('.nw-item').length === n + 2, before.titles.length);
  const after = await snapshot(page);
  assert.deepEqual(after.titles.slice(0, 2), ['Second new item after an update', 'First new item after an update']);
  assert.deepEqual(after.titles.slice(2), before.titles);
  assert.equal(await page.evaluate(() => document.getElementById('w0').shadowRoot.activeElement?.textContent), focusedTitle, 'focus stays on the same item');
  const topAfter = (await reading.boundingBox()).y;
  assert.ok(Math.abs(topAfter - topBefore) <= 2, `the item stays where the reader sees it (${topBefore} → ${topAfter})`);
  await waitFor(page, () => document.getElementById('w0').shadowRoot.querySelector('[aria-live="polite"]').textContent === '2 new news items');
  // Pause: time passes, no request. Resume: one request at once.
  await page.locator('#w0').getByRole('button', { name: 'Pause updates' }).click();
  const requests = await fetchCount(page, '/refresh/');
  await page.clock.fastForward(200_000);
  assert.equal(await fetchCount(page, '/refresh/'), requests, 'no update while paused');
  await page.locator('#w0').getByRole('button', { name: 'Resume updates' }).click();
  await waitFor(page, (n) => window.__fetches.filter((u) => u.includes('/refresh/')).length > n, requests);
  assert.equal(await fetchCount(page, '/refresh/'), requests + 1, 'resuming updates at once');
  assert.deepEqual(await axeViolations(page), []);
});

test('refresh with more than ten new items at once: focus is given back', async () => {
  const page = await open({ feed: `/test/seq/many/${FEED.slice(1)},feeds/news-en-many.json`, refresh: 60 }, { clock: true });
  const link = await page.locator('#w0 .nw-title-link').nth(1).elementHandle();
  await link.focus();
  const focusedTitle = await link.textContent();
  await page.clock.fastForward(61_000);
  await waitFor(page, () => document.getElementById('w0').shadowRoot.querySelector('[aria-live="polite"]').textContent === '12 new news items');
  await waitFor(page, (title) => document.getElementById('w0').shadowRoot.activeElement?.textContent === title, focusedTitle);
  assert.equal(await page.evaluate(() => document.getElementById('w0').shadowRoot.querySelectorAll('.nw-item').length), 17);
});

test('back from a saved copy: a fresh big feed replaces it quietly, nothing announced as new', async () => {
  const context = await t.browser.newContext();
  // A 404 rather than a dropped connection: Chrome silently repeats a GET
  // whose reused connection drops, which would fetch the third step.
  const feed = '/test/seq/back/test/big/300.json,!404,test/big/300.json';
  const page = await open({ feed }, { context });
  await page.reload();
  await waitFor(page, () => document.getElementById('w0').shadowRoot?.querySelector('.nw-notice'));
  await page.locator('#w0').getByRole('button', { name: 'Try again' }).click();
  await waitFor(page, () => !document.getElementById('w0').shadowRoot.querySelector('.nw-notice'));
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => {
    const root = document.getElementById('w0').shadowRoot;
    return { items: root.querySelectorAll('.nw-item').length, announced: root.querySelector('[aria-live="polite"]').textContent, status: root.querySelector('[role="status"]').textContent };
  });
  assert.equal(state.items, 10, 'still max-items, not the 200 items the saved copy lacked');
  assert.equal(state.announced, '', 'old items are not news');
  assert.equal(state.status, '10 news items', 'the reader who asked hears the result');
  await context.close();
});

test('three widgets with one feed URL make one request', async () => {
  const page = await t.page(null);
  const fetches = [];
  page.on('request', (r) => { if (r.url().endsWith('.json')) fetches.push(r.url()); });
  await page.goto(`${t.base}/embed/feed.html?feed=${FEED}&n=3`);
  await settled(page, 3);
  for (const id of ['w0', 'w1', 'w2']) assert.ok((await snapshot(page, id)).titles.length > 0, id);
  assert.deepEqual(fetches, [`${t.base}${FEED}`]);
});

test('strict CSP page: RSS and the saved-copy notice work with no violation', async () => {
  const page = await t.page(null);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${t.base}/csp/embed/feed.html?feed=/fixtures/rss-bitrix.xml`);
  await settled(page);
  assert.ok((await snapshot(page)).titles.length > 0);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
});
