// End to end: the editors' preview page shipped in dist/ — paste a feed, read
// the report, see the widget side by side, jump to an item, copy the embed code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, axeViolations, ARTIFACTS, ROOT } from './browser.mjs';

let t;
before(async () => { t = await setup(); });
after(async () => { await t?.close(); });

const SAMPLE = readFileSync(join(ROOT, 'public', 'feeds', 'news-ru.json'), 'utf8');
const BROKEN = readFileSync(join(ROOT, 'tests', 'fixtures', 'broken.json'), 'utf8');

async function open(options = {}) {
  const page = await t.page('/preview.html', { viewport: { width: 1200, height: 1000 }, locale: 'en-US', ...options });
  await page.waitForSelector('html[data-ready]');
  return page;
}

const previewArticles = (page) => page.evaluate(() =>
  [...document.querySelectorAll('#previews [data-feed]')].map((h) => h.shadowRoot?.querySelectorAll('article').length ?? 0));

test('the bundled sample feed: no problems, the widget in every chosen configuration', async () => {
  const page = await open();
  await page.getByLabel(/paste the feed/).fill(SAMPLE);
  await page.getByRole('checkbox', { name: '200%' }).check();
  await page.getByRole('checkbox', { name: 'white on black' }).check();
  await page.getByRole('button', { name: 'Check and preview' }).click();
  assert.equal(await page.locator('#report-summary').textContent(), 'No problems found.');
  // ru and en × 100% and 200% × site colours and white on black = 8 previews.
  await page.waitForFunction(() => [...document.querySelectorAll('#previews [data-feed]')].every((h) => h.shadowRoot?.querySelector('article')));
  assert.deepEqual(await previewArticles(page), [5, 5, 5, 5, 5, 5, 5, 5]);
  const looks = await page.evaluate(() => [...document.querySelectorAll('#previews [data-feed]')].map((h) => {
    const nw = h.shadowRoot.querySelector('.nw');
    return `${nw.lang} ${nw.dataset.scheme} ${nw.style.getPropertyValue('--nw-scale')}`;
  }));
  assert.deepEqual(looks, ['ru default 1', 'ru black 1', 'ru default 2', 'ru black 2', 'en default 1', 'en black 1', 'en default 2', 'en black 2']);
  assert.equal(await page.evaluate(() => localStorage.getItem('news-widget:prefs')), null, "preview looks are not saved as the reader's settings");
  // Eight previews of one feed are eight regions with the same name: that is
  // the point of this page, so only axe's landmark-unique rule is off here.
  assert.deepEqual(await axeViolations(page, 'html', ['landmark-unique']), []);
  await page.screenshot({ path: join(ARTIFACTS, 'preview-sample.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
});

test('a broken feed: every problem reported with item and field, a click shows the item', async () => {
  const page = await open();
  await page.getByLabel(/paste the feed/).fill(BROKEN);
  await page.getByRole('button', { name: 'Check and preview' }).click();
  assert.equal(await page.locator('#report-summary').textContent(), '5 error(s), 7 warning(s), 2 tip(s).');
  const rules = await page.locator('#findings li').allTextContents();
  for (const id of ['bad-date', 'unsafe-url', 'duplicate-id', 'wrong-language', 'item-empty']) {
    assert.ok(rules.some((r) => r.includes(`(${id})`)), `${id} reported`);
  }
  assert.ok(rules.some((r) => r.includes('item 2 «Центр открывает новую клинику для пациентов» (id 1)') && r.includes('field image')));
  await page.waitForFunction(() => [...document.querySelectorAll('#previews [data-feed]')].every((h) => h.shadowRoot?.querySelector('article')));
  await page.locator('#findings li', { hasText: 'wrong-language' }).getByRole('button').click();
  const highlighted = await page.evaluate(() => [...document.querySelectorAll('#previews [data-feed]')]
    .map((h) => h.shadowRoot.querySelector('article[data-highlight] .nw-item-title')?.textContent));
  assert.deepEqual(highlighted, ['Центр открывает новую клинику для пациентов', 'Центр открывает новую клинику для пациентов']);
  assert.deepEqual(page.problems, []);
});

test('the report speaks Russian', async () => {
  const page = await open({ locale: 'ru-RU' });
  assert.equal(await page.locator('h1').textContent(), 'Просмотр и проверка ленты');
  await page.locator('#feed-text').fill(BROKEN);
  await page.getByRole('button', { name: 'Проверить и показать' }).click();
  assert.equal(await page.locator('#report-summary').textContent(), 'Ошибок: 5, предупреждений: 7, советов: 2.');
  assert.match(await page.locator('#findings li').first().textContent(), /RFC 3339/);
  assert.match(await page.locator('#findings').textContent(), /У двух новостей одинаковый `id`/);
});

test('invalid JSON is explained, nothing breaks', async () => {
  const page = await open();
  await page.locator('#feed-text').fill('{"items": [');
  await page.getByRole('button', { name: 'Check and preview' }).click();
  assert.match(await page.locator('#findings').textContent(), /not valid JSON.*\(invalid-json\)/s);
  await page.waitForFunction(() => document.querySelector('#previews [data-feed]')?.shadowRoot?.querySelector('.nw-error'));
  assert.deepEqual(page.problems, []);
});

/** A plain host page with `code` pasted into it, as a site admin would (its scripts run). */
async function pasteIntoHostPage(code) {
  const host = await t.page(null);
  await host.goto(`${t.base}/embed/dynamic.html`);
  await host.evaluate((html) => {
    const range = document.createRange();
    range.selectNode(document.querySelector('main'));
    document.querySelector('main').append(range.createContextualFragment(html));
  }, code);
  return host;
}

/**
 * Does `action`, then waits for the previews it builds anew (the old ones,
 * which may show the same titles, can still be there for a moment).
 */
async function newPreviews(page, action) {
  await page.evaluate(() => document.querySelectorAll('#previews [data-feed]').forEach((h) => { h.dataset.old = ''; }));
  await action();
  await page.waitForFunction(() => {
    const host = document.querySelector('#previews [data-feed]');
    return host && !('old' in host.dataset) && host.shadowRoot?.querySelector('article');
  }, null, { timeout: 15000 });
}

test('the embed code generator writes a working script tag and confirms the copy', async () => {
  const page = await open();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const form = page.locator('#embed-form');
  await form.getByLabel('Feed URL').fill(`${t.base}/feeds/news-en.json`);
  await form.getByLabel('Language').fill('en');
  await form.getByLabel('Number of items').fill('3');
  await form.getByLabel('Heading', { exact: true }).fill('News & "events"');
  await form.getByLabel('Heading level').selectOption('3');
  const code = await page.locator('#embed-code').inputValue();
  assert.equal(code, `<script src="${t.base}/news-widget.js" data-feed="${t.base}/feeds/news-en.json" data-lang="en" data-max-items="3" data-heading="News &amp; &quot;events&quot;" data-heading-level="3"></script>`);
  await page.getByRole('button', { name: 'Copy the code' }).click();
  // The clipboard answers asynchronously; the status follows.
  await page.locator('#copied', { hasText: 'Copied. Paste it into the page.' }).waitFor({ timeout: 5000 });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  // The copied tag works on an unrelated page.
  const host = await pasteIntoHostPage(code);
  await host.waitForFunction(() => document.querySelector('[data-news-widget-host]')?.shadowRoot?.querySelectorAll('article').length === 3);
  assert.equal(await host.evaluate(() => document.querySelector('[data-news-widget-host]').shadowRoot.querySelector('h3#nw-heading').textContent), 'News & "events"');
});

test('a feed loads by URL and from a chosen file', async () => {
  const page = await open();
  await page.getByLabel('Load by URL').fill(`${t.base}/feeds/news-en.json`);
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await page.locator('#report-summary', { hasText: 'No problems found.' }).waitFor();
  assert.match(await page.locator('#embed-code').inputValue(), /data-feed="http:\/\/127\.0\.0\.1:\d+\/feeds\/news-en\.json"/, 'the generator takes the loaded URL');
  await page.locator('#feed-file').setInputFiles(join(ROOT, 'tests', 'fixtures', 'broken.json'));
  await page.locator('#report-summary', { hasText: '5 error(s)' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('Load with an empty address: a message by the field, nothing fetched, the pasted feed kept', async () => {
  const page = await open();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.locator('#feed-text').fill(SAMPLE);
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  const error = page.locator('#url-error');
  await error.waitFor({ state: 'visible' });
  assert.equal(await error.textContent(), 'Enter the address of the feed first.');
  assert.equal(await page.getByLabel('Load by URL').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'feed-url', 'focus goes to the field to fix');
  assert.equal(await page.locator('#feed-text').inputValue(), SAMPLE, 'what the editor pasted is untouched');
  assert.deepEqual(requests, [], 'nothing was fetched');
  await page.getByLabel('Load by URL').fill('x');
  assert.equal(await error.isHidden(), true, 'typing clears the message');
});

test('a windows-1251 feed, picked as a file or loaded by URL, reads in Cyrillic', async () => {
  const page = await open();
  const titles = () => page.evaluate(() => [...document.querySelector('#previews [data-feed]').shadowRoot.querySelectorAll('.nw-item-title')].map((h) => h.textContent));
  const expected = ['Прием врачей 31 декабря', 'Диспансеризация'];
  await newPreviews(page, () => page.locator('#feed-file').setInputFiles(join(ROOT, 'tests', 'fixtures', 'rss-windows-1251.xml')));
  assert.deepEqual(await titles(), expected);
  assert.match(await page.locator('#feed-text').inputValue(), /Новости поликлиники/);
  await page.getByLabel('Load by URL').fill('/fixtures/rss-windows-1251.xml');
  await newPreviews(page, () => page.getByRole('button', { name: 'Load', exact: true }).click());
  assert.deepEqual(await titles(), expected);
  assert.deepEqual(page.problems, []);
});

test('a pasted feed with relative links resolves them against the base address', async () => {
  const page = await open();
  const feed = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Relative', items: [
    { id: '1', url: '/news/1/', title: 'A relative link', image: 'img/1.png', date_published: '2025-01-01T00:00:00Z' }] });
  await page.locator('#feed-text').fill(feed);
  await page.getByLabel('Address relative links resolve against').fill('https://hospital.example/ru/');
  await newPreviews(page, () => page.getByRole('button', { name: 'Check and preview' }).click());
  const resolved = await page.evaluate(() => {
    const root = document.querySelector('#previews [data-feed]').shadowRoot;
    return [root.querySelector('.nw-title-link').getAttribute('href'), root.querySelector('img').getAttribute('src')];
  });
  assert.deepEqual(resolved, ['https://hospital.example/news/1/', 'https://hospital.example/ru/img/1.png']);
});

test('the embed code generator adds an "All news" fallback link that a working widget hides', async () => {
  const page = await open();
  const form = page.locator('#embed-form');
  await form.getByLabel('Feed URL').fill(`${t.base}/feeds/news-en.json`);
  await form.getByLabel('Language').fill('ru');
  await form.getByLabel('Number of items').fill('3');
  await form.getByLabel('All news page').fill('https://example.org/news/?a=1&b=2');
  const code = await page.locator('#embed-code').inputValue();
  assert.equal(code, `<div data-news-widget data-feed="${t.base}/feeds/news-en.json" data-lang="ru" data-max-items="3"><a href="https://example.org/news/?a=1&amp;b=2">Все новости</a></div>\n<script src="${t.base}/news-widget.js" defer></script>`);
  const host = await pasteIntoHostPage(code);
  await host.waitForFunction(() => document.querySelector('[data-news-widget]')?.shadowRoot?.querySelectorAll('article').length === 3);
  assert.equal(await host.locator('[data-news-widget] > a[href="https://example.org/news/?a=1&b=2"]').isVisible(), false, 'the fallback is hidden once the widget renders');
});

test('the generator offers layout, tags, colours and several feeds, with a live preview and the contrast finding', async () => {
  const page = await open();
  await page.getByLabel(/paste the feed/).fill(SAMPLE);
  await page.getByRole('button', { name: 'Check and preview' }).click();
  assert.equal(await page.locator('#report-summary').textContent(), 'No problems found.');
  const form = page.locator('#embed-form');
  const second = `${t.base}/feeds/news-en.json`;
  await form.getByLabel('Feed URL').fill(`${t.base}/feeds/news-ru.json ${second}`);
  await form.getByLabel('Layout').selectOption('cards');
  await form.getByLabel('Only items tagged').fill('наука, research');
  await form.getByLabel('Link colour').fill('#99ccff');
  await form.getByLabel('Accent colour').fill('#176b3a');
  // The previews follow: cards, both feeds, the pale link left out.
  await page.waitForFunction(() => {
    const hosts = [...document.querySelectorAll('#previews [data-feed]')];
    return hosts.length && hosts.every((h) => h.shadowRoot?.querySelector('.nw[data-layout="cards"] article'));
  }, null, { timeout: 10000 });
  await page.locator('#findings li.pv-theme').first().waitFor({ timeout: 5000 });
  const findings = await page.locator('#findings li.pv-theme').allTextContents();
  assert.equal(findings.length, 1, findings.join('\n'));
  assert.match(findings[0], /--news-widget-link: #99ccff gives text a contrast of 1\.\d:1, below 4\.5:1.*theme-contrast/);
  assert.match(await page.locator('#report-summary').textContent(), /0 error\(s\), 1 warning\(s\)/);
  const feeds = await page.evaluate(() => document.querySelector('#previews [data-feed]').getAttribute('data-feed'));
  assert.ok(feeds.includes(' ') && feeds.endsWith('/feeds/news-en.json'), feeds);
  const code = await page.locator('#embed-code').inputValue();
  assert.match(code, /^<style>\[data-news-widget\], \[data-news-widget-host\] \{ --news-widget-accent: #176b3a; --news-widget-link: #99ccff; \}<\/style>\n<script /);
  assert.match(code, /data-feed="[^"]*news-ru\.json [^"]*news-en\.json" data-lang="ru" data-layout="cards" data-tags="наука, research"/);
  // The code works on a plain page: two feeds, filtered, as cards.
  const host = await pasteIntoHostPage(code);
  await host.waitForFunction(() => document.querySelector('[data-news-widget-host]')?.shadowRoot?.querySelector('.nw[data-layout="cards"] article'));
  const own = await host.evaluate(() => document.querySelector('[data-news-widget-host]').shadowRoot.querySelector('.nw').getAttribute('data-own'));
  assert.equal(own, 'link');
  assert.deepEqual(await axeViolations(page, 'html', ['landmark-unique']), []);
  await page.screenshot({ path: join(ARTIFACTS, 'preview-theme.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
});

test('the generator offers the pinned tag, with the loader\'s integrity', async () => {
  const page = await open();
  const form = page.locator('#embed-form');
  await form.getByLabel('Feed URL').fill(`${t.base}/feeds/news-en.json`);
  await form.getByLabel('Pin this version').check();
  const integrity = readFileSync(join(ROOT, 'dist', 'integrity.txt'), 'utf8').trim();
  const code = await page.locator('#embed-code').inputValue();
  assert.equal(code, `<script src="${t.base}/news-widget.js" integrity="${integrity}" crossorigin="anonymous" data-feed="${t.base}/feeds/news-en.json" data-lang="ru"></script>`);
  await form.getByLabel(/All news page/).fill('https://example.org/news/');
  assert.match(await page.locator('#embed-code').inputValue(), new RegExp(`<script src="[^"]+" integrity="${integrity.replace(/[+/]/g, '\\$&')}" crossorigin="anonymous" defer></script>$`));
  assert.deepEqual(page.problems, []);
});
