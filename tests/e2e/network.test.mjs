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
  await page.goto(`${t.base}/embed/feed.html?feed=${FEED}&n=3&loading=eager`);
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

test('a chunked 40 MiB response is abandoned early and named too large', async () => {
  const page = await open({ feed: '/test/huge/cap/40', timeout: 60 });
  assert.match(await errorText(page), /too large/);
  // The server stops counting once the browser has dropped the connection.
  let sent = 0;
  for (let i = 0; i < 50; i++) {
    const now = (await counts())['huge-cap'];
    if (now === sent) break;
    sent = now;
    await page.waitForTimeout(100);
  }
  assert.ok(sent < 20 * 2 ** 20, `${(sent / 2 ** 20).toFixed(1)} MiB sent before the widget gave up`);
  assert.ok(sent > 15 * 2 ** 20, 'the cap is 16 MiB, not less');
});

test('without AbortSignal.timeout (Safari < 16): the time limit still holds and frees the shared request', async () => {
  const page = await t.page(null);
  await page.addInitScript(() => { delete AbortSignal.timeout; });
  await page.goto(`${t.base}/embed/feed.html?feed=/test/delay/30000/test/seq/hung/feeds/news-en.json&timeout=1`);
  assert.equal(await page.evaluate(() => typeof AbortSignal.timeout), 'undefined');
  await settled(page);
  assert.match(await errorText(page), /took too long to answer/);
  // Try again makes a new request at once: the hung one no longer holds the slot.
  assert.equal(await fetchCount(page, '/hung/'), 1);
  await page.locator('#w0').getByRole('button', { name: 'Try again' }).click();
  await waitFor(page, () => window.__fetches.filter((u) => u.includes('/hung/')).length === 2);
});

/** The saved copies in the page's localStorage: key → UTF-16 length, and the index. */
const storedCopies = (page) => page.evaluate(() => ({
  copies: Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('news-widget:feed:')).map(([k, v]) => [k.slice(17), v.length])),
  index: (localStorage.getItem('news-widget:saved') || '').split('\n').filter(Boolean).map((l) => l.split(' ').slice(2).join(' ')),
}));

test('saved copies stay bounded in total: 20 feeds, 1,000,000 characters', async () => {
  const context = await t.browser.newContext();
  const page = await t.page(null, { context });
  // 24 cache-busting variants of a 300-item feed (each copy about 60,000 characters).
  await page.goto(`${t.base}/embed/feed.html?feed=/test/big/300.json`);
  await settled(page);
  for (let v = 1; v <= 24; v++) {
    await page.evaluate((v) => {
      const host = document.createElement('div');
      host.id = `v${v}`;
      host.setAttribute('data-news-widget', '');
      host.setAttribute('data-feed', `/test/big/300.json?v=${v}`);
      host.setAttribute('data-loading', 'eager'); // the later ones are far below the fold
      document.querySelector('main').append(host);
    }, v);
    await waitFor(page, (id) => document.getElementById(id).shadowRoot?.querySelector('.nw-list'), `v${v}`);
  }
  await waitFor(page, () => (localStorage.getItem('news-widget:saved') || '').includes('v=24'));
  const { copies, index } = await storedCopies(page);
  const urls = Object.keys(copies);
  const total = Object.values(copies).reduce((a, b) => a + b, 0);
  assert.ok(urls.length <= 20, `${urls.length} copies kept`);
  assert.ok(total <= 1_000_000, `${total} characters kept`);
  assert.deepEqual([...index].sort(), [...urls].sort(), 'the index lists exactly the copies kept');
  assert.ok(urls.some((u) => u.endsWith('v=24')), 'the newest copy is kept');
  assert.ok(!urls.some((u) => u.endsWith('v=1')), 'the oldest copies went first');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a full localStorage: older copies make room, nothing throws into the page', async () => {
  const context = await t.browser.newContext();
  const page = await t.page(null, { context });
  await page.goto(`${t.base}/embed/feed.html?feed=/test/big/300.json?old=1`);
  await settled(page);
  await waitFor(page, () => Object.keys(localStorage).some((k) => k.endsWith('old=1')));
  // The site fills the rest of its quota with its own data.
  await page.evaluate(() => {
    let size = 1 << 20;
    for (let i = 0; size > 64; i++) {
      try { localStorage.setItem(`site-data-${i}`, 'x'.repeat(size)); } catch { size >>= 1; }
    }
  });
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'fresh';
    host.setAttribute('data-news-widget', '');
    host.setAttribute('data-feed', '/test/big/300.json?new=1');
    host.setAttribute('data-loading', 'eager');
    document.querySelector('main').append(host);
  });
  await waitFor(page, () => document.getElementById('fresh').shadowRoot?.querySelector('.nw-list'));
  await waitFor(page, () => (localStorage.getItem('news-widget:saved') || '').includes('new=1'));
  const { copies } = await storedCopies(page);
  assert.deepEqual(Object.keys(copies).map((u) => u.replace(/^.*\?/, '')), ['new=1'], 'the old copy made room for the new one');
  assert.ok(await page.evaluate(() => localStorage.getItem('site-data-0') !== null), "the site's own data is untouched");
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a repeat visit shows the saved copy before the network answers, then updates it in place, announcing only what is new', async () => {
  const context = await t.browser.newContext();
  const first = await t.page(`/embed/feed.html?feed=${FEED}&max-items=3`, { context });
  await settled(first);
  const saved = (await snapshot(first)).titles;
  await first.close();

  // The second visit: the feed is held back until the test lets it go, and
  // then has one item more, on top.
  const page = await t.page(null, { context });
  let release;
  const gate = new Promise((ok) => { release = ok; });
  let answered = false;
  await page.route(`**${FEED}`, async (route) => {
    const response = await route.fetch();
    const feed = await response.json();
    feed.items.unshift({ id: 'fresh-1', url: 'https://example.org/news/fresh', title: 'A fresh item', date_published: new Date().toISOString() });
    await gate;
    answered = true;
    await route.fulfill({ response, json: feed });
  });
  await page.goto(`${t.base}/embed/feed.html?feed=${FEED}&max-items=3`);
  await settled(page);
  assert.equal(answered, false, 'shown before the network answered');
  assert.deepEqual((await snapshot(page)).titles, saved, 'the saved copy, as last seen');
  const status = () => page.evaluate(() => document.getElementById('w0').shadowRoot.querySelector('[role="status"]').textContent);
  assert.equal(await status(), '3 news items');
  assert.equal(await snapshot(page).then((s) => s.notice), null, 'no "could not be updated" notice: nothing failed');

  release();
  await waitFor(page, () => document.getElementById('w0').shadowRoot.querySelector('[aria-live="polite"]').textContent === '1 new news item');
  const fresh = await snapshot(page);
  assert.deepEqual(fresh.titles, ['A fresh item', ...saved.slice(0, 2)], 'the new item joins the top, within max-items');
  assert.equal(await status(), '3 news items', 'the list is not announced a second time');
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus did not move');
  assert.deepEqual(page.problems, []);
  await context.close();
});
