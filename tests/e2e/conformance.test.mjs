// End to end: every case of the feed conformance corpus
// (tests/fixtures/conformance/manifest.json) through the one-script embed,
// as a reader sees it: each expected entry is an item with that title (or
// "Untitled news item" when it has only a link), that link (resolved
// against the feed's URL, as the widget resolves relative links) and that
// date in its <time datetime>. The widget orders items newest first, so
// items are compared as sets; `cargo test --test conformance` checks the
// document order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, settled, axeViolations, ROOT, ARTIFACTS } from './browser.mjs';

const DIR = join(ROOT, 'tests', 'fixtures', 'conformance');
const { cases } = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
const UNTITLED = 'Untitled news item';

let t;
before(async () => { t = await setup(); });
after(async () => { await t?.close(); });

/** An entry as text, for comparing and for a readable failure. */
const key = ({ title, link, date }) => JSON.stringify([title, link, date]);

/** What the manifest says a reader sees for one entry of the feed at `feedUrl`. */
function expected(entry, feedUrl) {
  const link = entry.link === null ? null : new URL(entry.link, feedUrl).href;
  const httpLink = link && /^https?:/.test(link) ? link : null;
  const title = entry.title ?? (httpLink ? UNTITLED : null);
  return { title, link: httpLink, date: entry.date };
}

test(`conformance corpus: ${cases.length} feeds read through the widget`, async () => {
  const page = await t.page(null);
  const failures = [];
  for (const { file, items } of cases) {
    const feedUrl = `${t.base}/fixtures/conformance/${file}`;
    const query = new URLSearchParams({ feed: `/fixtures/conformance/${file}`, 'max-items': '50' });
    await page.goto(`${t.base}/embed/feed.html?${query}`);
    await settled(page);
    const seen = await page.evaluate(() => {
      const root = document.getElementById('w0').shadowRoot;
      const error = root.querySelector('.nw-error');
      if (error) return { error: error.textContent };
      return {
        items: [...root.querySelectorAll('.nw-item')].map((item) => ({
          title: item.querySelector('.nw-item-title')?.textContent ?? null,
          link: item.querySelector('a.nw-title-link')?.href ?? null,
          date: item.querySelector('time')?.getAttribute('datetime') ?? null,
        })),
      };
    });
    const want = items.map((entry) => key(expected(entry, feedUrl))).sort();
    const got = seen.error ? [`error: ${seen.error}`] : seen.items.map(key).sort();
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      failures.push(`${file}\n    expected ${want.join(' ')}\n    shown    ${got.join(' ')}`);
    }
  }
  const passed = cases.length - failures.length;
  console.log(`conformance end to end: ${passed}/${cases.length} cases pass`);
  assert.deepEqual(failures, []);
  assert.deepEqual(page.problems, []);
});

test('a readable feed whose items have nothing to show is not called damaged', async () => {
  const page = await t.page(null);
  await page.goto(`${t.base}/embed/feed.html?${new URLSearchParams({ feed: '/fixtures/dates-only.xml' })}`);
  await settled(page);
  const error = await page.evaluate(() => document.getElementById('w0').shadowRoot.querySelector('.nw-error')?.textContent);
  assert.match(error, /none of the items in the news feed has a title, text or link/);
  assert.doesNotMatch(error, /damaged/);
});

test('a link-only item is titled in the reader\'s language and is a real link', async () => {
  const page = await t.page(null);
  const feed = '/fixtures/conformance/rss20-link-only-items.xml';
  await page.goto(`${t.base}/embed/feed.html?${new URLSearchParams({ feed, lang: 'ru' })}`);
  await settled(page);
  const links = await page.evaluate(() => [...document.getElementById('w0').shadowRoot.querySelectorAll('.nw-item-title a')]
    .map((a) => [a.textContent, a.href]));
  assert.deepEqual(links, [
    ['Новость без заголовка', 'https://example.org/l/1'],
    ['Новость без заголовка', 'https://example.org/l/2'],
  ]);
  assert.deepEqual(await axeViolations(page), []);
  await page.locator('#w0').screenshot({ path: join(ARTIFACTS, 'untitled-items-ru.png') });
});
