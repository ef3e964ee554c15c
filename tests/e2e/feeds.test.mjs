// End to end: every feed format, hostile and broken feeds, a big feed, all
// through the one-script embed on a plain page (embed/feed.html builds the
// host from its query string, like a CMS block would).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, settled, snapshot, axeViolations, ARTIFACTS } from './browser.mjs';

let t;
before(async () => { t = await setup(); });
after(async () => { await t?.close(); });

/** Opens embed/feed.html with these widget options and waits for it. */
async function open(options, { path = '/embed/feed.html', count = 1, ...pageOptions } = {}) {
  const page = await t.page(null, pageOptions);
  await page.goto(`${t.base}${path}?${new URLSearchParams(options)}`);
  await settled(page, count);
  return page;
}

test('RSS 2.0 from 1C-Bitrix: titles, links resolved against the feed, dates, pictures', async () => {
  const page = await open({ feed: '/fixtures/rss-bitrix.xml', 'max-items': 20 });
  const shot = await snapshot(page);
  assert.ok(shot.titles.length >= 3, shot.titles.join(' | '));
  assert.ok(shot.titles.every((title) => title && !/[<>]|&\w+;/.test(title)), 'entities decoded, no markup');
  assert.ok(shot.links.every((href) => /^https?:\/\//.test(href)), shot.links.join(' '));
  assert.ok(shot.links.some((href) => href.startsWith(`${t.base}/`)), 'a relative link resolves against the feed URL');
  assert.ok(shot.times.length >= 2 && shot.times.every((d) => /^\d{4}-\d\d-\d\dT/.test(d)));
  assert.ok(/[а-яё]/i.test(shot.text), 'Russian text');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.problems, []);
  await page.locator('#w0').screenshot({ path: join(ARTIFACTS, 'rss-bitrix.png') });
});

test('RSS in windows-1251 is decoded by its declared charset', async () => {
  const page = await open({ feed: '/fixtures/rss-windows-1251.xml' });
  const shot = await snapshot(page);
  assert.ok(shot.titles.length >= 1);
  assert.ok(shot.titles.some((title) => /[а-яё]{4}/i.test(title)), shot.titles.join(' | '));
  assert.ok(!shot.text.includes('\uFFFD'), 'no replacement characters');
});

test('Atom 1.0: titles, authors, language, html and xhtml content as text', async () => {
  const page = await open({ feed: '/fixtures/atom.xml', 'max-items': 20 });
  const shot = await snapshot(page);
  assert.ok(shot.titles.length >= 2, shot.titles.join(' | '));
  assert.ok(shot.links.every((href) => /^https?:\/\//.test(href)));
  assert.ok(!/<\w+/.test(shot.text), 'no markup shown as text');
  assert.deepEqual(await axeViolations(page), []);
});

test('WordPress REST posts, with and without _embed', async () => {
  const plain = await snapshot(await open({ feed: '/fixtures/wordpress.json' }));
  assert.ok(plain.titles.length >= 2, plain.titles.join(' | '));
  assert.ok(plain.titles.every((title) => !/&#\d+;|&\w+;/.test(title)), 'HTML entities decoded');
  const embedded = await open({ feed: '/fixtures/wordpress-embed.json' });
  const shot = await snapshot(embedded);
  assert.ok(shot.images.length >= 1 && shot.images.some((i) => i.alt), 'featured media with its alt text');
  assert.match(shot.text, /Authors?:|Автор/);
  assert.deepEqual(await axeViolations(embedded), []);
  await embedded.locator('#w0').screenshot({ path: join(ARTIFACTS, 'wordpress-embed.png') });
});

test('JSON Feed 1.1 in full: attachments with type and size, external_url, banner image', async () => {
  const page = await open({ feed: '/fixtures/jsonfeed-full.json' });
  const shot = await snapshot(page);
  const files = await page.evaluate(() => [...document.getElementById('w0').shadowRoot.querySelectorAll('.nw-attachments li')].map((li) => li.textContent));
  assert.deepEqual(files, ['Conference programme (PDF, 1.2 MB)', 'abstracts.docx (DOCX, 45 kB)']);
  assert.ok(shot.links.includes('https://partner.example.com/story'), 'external_url is the link when url is missing');
  assert.ok(shot.links.includes(`${t.base}/files/programme%202025.pdf`));
  assert.equal(shot.images.length, 1, 'banner_image shown');
  assert.deepEqual(await axeViolations(page), []);
});

test('hostile JSON Feed: nothing runs, nothing escapes, only http(s) links and pictures', async () => {
  await hostile('/fixtures/hostile.json', 'A safe item among hostile ones');
});

test('hostile RSS: nothing runs, entities are not expanded, only http(s) links', async () => {
  const page = await hostile('/fixtures/hostile.xml', 'A safe RSS item');
  assert.ok(!(await snapshot(page)).text.includes('root:'), 'no external entity read');
});

async function hostile(feed, safeTitle) {
  const page = await t.page(null);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.addInitScript(() => { window.pwned = 0; window.pwn = () => { window.pwned += 1; }; });
  await page.goto(`${t.base}/csp/embed/feed.html?${new URLSearchParams({ feed, 'max-items': 100 })}`);
  await settled(page);
  // Give late handlers (onload, onerror, refresh) their chance.
  await page.waitForTimeout(500);
  const shot = await snapshot(page);
  assert.ok(shot.titles.includes(safeTitle), shot.titles.join(' | '));
  assert.ok(shot.titles.length > 5, 'hostile items are shown as text, not dropped');
  const found = await page.evaluate(() => {
    const root = document.getElementById('w0').shadowRoot;
    const elements = [...root.querySelectorAll('*')];
    return {
      pwned: window.pwned,
      dangerous: elements.filter((e) => /^(script|iframe|object|embed|svg|math|style|link|base|meta|form)$/i.test(e.localName)).map((e) => e.localName),
      handlers: elements.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`)),
      urls: elements.flatMap((e) => ['href', 'src', 'srcset', 'action', 'xlink:href'].map((a) => e.getAttribute(a)).filter((v) => v !== null)),
      // The widget's own: the scale on .nw, the list's measured placeholder.
      styles: elements.filter((e) => e.hasAttribute('style') && !e.matches('.nw, .nw-mount, .nw-list, .nw-item')).length,
      // The widget's own placeholder height on each item, and nothing else.
      itemStyles: elements.filter((e) => e.matches('.nw-item') && e.hasAttribute('style'))
        .map((e) => e.getAttribute('style')).filter((s) => !/^contain-intrinsic-block-size: auto [\d.]+px;$/.test(s)),
      outside: document.body.querySelectorAll('script, iframe, img, svg, style').length,
      hostVisible: getComputedStyle(document.getElementById('w0')).display !== 'none',
      bidi: /[\u202a-\u202e\u2066-\u2069]/.test(root.querySelector('.nw').textContent),
    };
  });
  assert.equal(found.pwned, 0, 'no payload ran');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(found.dangerous, []);
  assert.deepEqual(found.handlers, []);
  assert.ok(found.urls.every((url) => /^https?:\/\//.test(url)), found.urls.filter((u) => !/^https?:/.test(u)).join(' '));
  assert.equal(found.styles, 0, 'no inline style from the feed');
  assert.deepEqual(found.itemStyles, []);
  assert.equal(found.outside, 2, 'the page has only its own scripts (feed.js and the loader)');
  assert.ok(found.hostVisible);
  assert.equal(found.bidi, false, 'bidi overrides cannot disguise text');
  // Obfuscated schemes that are no scheme at all are relative paths: harmless 404s.
  assert.deepEqual(page.problems.filter((p) => !/^HTTP 404 .*\/fixtures\//.test(p)), []);
  await page.locator('#w0').screenshot({ path: join(ARTIFACTS, `hostile-${feed.endsWith('.xml') ? 'rss' : 'json'}.png`) });
  return page;
}

test('a broken item and a bad byte cost that item and that character only', async () => {
  const page = await open({ feed: '/fixtures/bad-items.json' });
  const shot = await snapshot(page);
  assert.deepEqual(shot.titles, ['First good item', 'Second good item with a bad byte: \uFFFD here']);
  assert.ok(page.warnings.length === 0 || page.warnings.every((w) => !/unreadable/.test(w)));
});

test('an HTML page served as the feed: a clear message for readers, the reason for editors', async () => {
  const page = await open({ feed: '/test/not-json' });
  const shot = await snapshot(page);
  assert.match(shot.error, /damaged or in an unknown format/);
  assert.ok(shot.buttons.includes('Try again'));
  assert.ok(page.warnings.some((w) => /HTML page/.test(w)), page.warnings.join('\n'));
});

test('malformed JSON: the place of the error goes to the console, a localized message to readers', async () => {
  const page = await open({ feed: '/fixtures/truncated.json', lang: 'ru' });
  assert.match((await snapshot(page)).error, /Не удалось показать новости/);
  assert.ok(page.warnings.some((w) => /broken JSON \(error at \d+:\d+\)|not a feed/.test(w)), page.warnings.join('\n'));
});

for (const format of ['json', 'xml']) {
  test(`a 20,000-item ${format.toUpperCase()} feed: max-items shown, Show more moves focus to the first new item`, async () => {
    const page = await t.page(null);
    await page.addInitScript(() => {
      window.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const started = Date.now();
    await page.goto(`${t.base}/embed/feed.html?feed=/test/big/20000.${format}&max-items=10`);
    await settled(page);
    const elapsed = Date.now() - started;
    let shot = await snapshot(page);
    assert.equal(shot.titles.length, 10);
    assert.equal(shot.titles[0], 'Новость 0: центр открыл программу международного сотрудничества');
    await page.locator('#w0').getByRole('button', { name: 'Show more news' }).click();
    await page.waitForFunction(() => document.getElementById('w0').shadowRoot.querySelectorAll('.nw-item').length === 20);
    // Focus moves in the frame after the new items are drawn.
    await page.waitForFunction(() => document.getElementById('w0').shadowRoot.activeElement?.closest('.nw-item'), null, { timeout: 5000 });
    const focused = await page.evaluate(() => document.getElementById('w0').shadowRoot.activeElement?.textContent);
    assert.equal(focused, 'Новость 10: центр открыл программу международного сотрудничества');
    await page.keyboard.press('Tab');
    shot = await snapshot(page);
    assert.equal(shot.titles.length, 20);
    // A figure for the log, not a pass/fail line: timing belongs in `make bench`.
    const longest = await page.evaluate(() => window.longest);
    console.log(`# big ${format} feed: settled in ${elapsed} ms, longest task ${Math.round(longest)} ms`);
  });
}
