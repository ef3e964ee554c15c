// End to end: what a site admin makes of the widget (#15) — theme
// properties and the contrast guard, ::part() names, the cards and
// headlines layouts in every scheme, tag filters and several feeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { setup, settled, axeViolations, snapshot, recordShifts, layoutShift, ARTIFACTS } from './browser.mjs';
import { contrastProblems, overflowProblems, focused } from './a11y.mjs';

const SCHEMES = ['default', 'white', 'black', 'blue', 'brown', 'green'];
const FEED = '/feeds/news-en.json';
// 17 items without pictures: enough text for the contrast check in headlines.
const MANY = '/feeds/news-en-many.json';
const SHOTS = join(ARTIFACTS, 'layouts');
mkdirSync(SHOTS, { recursive: true });

// A green brand that passes: 7.1:1 links and buttons on white.
const BRAND = '--news-widget-accent:#176b3a;--news-widget-link:#176b3a;--news-widget-text:#102018;'
  + '--news-widget-surface:#e8f3ec;--news-widget-border:#176b3a;--news-widget-radius:0px;'
  + '--news-widget-heading-font-family:Georgia,serif;--news-widget-font-family:Arial,sans-serif;--news-widget-font-size:20px';
// A pale link (1.6:1) and a yellow accent under white button text (1.4:1).
const UNREADABLE = '--news-widget-link:#99ccff;--news-widget-accent:#ffd000';

let t;
before(async () => { t = await setup(); });
after(async () => { await t?.close(); });

const query = (params) => '/embed/feed.html?' + new URLSearchParams(params).toString();

/** The feed test page with these host attributes, settled; `prefs` are stored reader settings. */
async function open(params, { prefs, ...options } = {}) {
  const init = prefs ? { script: (p) => localStorage.setItem('news-widget:prefs', p), arg: prefs } : undefined;
  const page = await t.page(query(params), { ...options, init });
  await settled(page, Number(params.n || 1));
  return page;
}

/** Computed styles inside widget `id`: `selector` → [property values of every match]. */
const styles = (page, selector, property, id = 'w0') => page.evaluate(([sel, prop, id]) =>
  [...document.getElementById(id).shadowRoot.querySelectorAll(sel)].map((e) => getComputedStyle(e)[prop]), [selector, property, id]);

async function openPanel(page) {
  await page.locator('#w0').getByRole('button', { name: /visually impaired/ }).click();
}

test('theme: accent fills the buttons and rings focus, link and text colours, fonts, size, radius', async () => {
  const page = await open({ feed: FEED, 'max-items': 2, css: BRAND });
  assert.equal(await page.evaluate(() => document.querySelector('#w0').shadowRoot.querySelector('.nw').getAttribute('data-own')), '');
  assert.deepEqual(await styles(page, '.nw-title-link', 'color'), ['rgb(23, 107, 58)', 'rgb(23, 107, 58)']);
  assert.deepEqual(await styles(page, '.nw', 'color'), ['rgb(16, 32, 24)']);
  assert.deepEqual(await styles(page, '.nw-tags > li', 'backgroundColor').then((c) => [...new Set(c)]), ['rgb(232, 243, 236)']);
  // --news-widget-font-size is the 100 % size; the heading face is for headings only.
  assert.deepEqual(await styles(page, '.nw', 'fontSize'), ['20px']);
  assert.match((await styles(page, '.nw-title', 'fontFamily'))[0], /Georgia/);
  assert.match((await styles(page, '.nw-item-title', 'fontFamily'))[0], /Georgia/);
  assert.match((await styles(page, '.nw-summary', 'fontFamily'))[0], /^Arial/);
  assert.deepEqual(await styles(page, '.nw', 'borderTopLeftRadius'), ['0px']);
  // "Show more" is a filled button in the accent.
  assert.deepEqual(await styles(page, '.nw-show-more .nw-button', 'backgroundColor'), ['rgb(23, 107, 58)']);
  // Keyboard focus: an accent ring of at least 2 px.
  await page.locator('#before').focus();
  let ring = null;
  for (let i = 0; i < 10 && !ring; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page, '#w0');
    if (f && f.tag === 'a') ring = f;
  }
  assert.ok(ring, 'a link took the focus');
  assert.equal(ring.outlineColor, 'rgb(23, 107, 58)');
  assert.ok(ring.outlineWidth >= 2 && ring.outlineStyle === 'solid', ring.outline);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(await contrastProblems(page, '#w0', 4.5), []);
  assert.deepEqual(page.warnings.filter((w) => /contrast/.test(w)), []);
  await page.locator('#w0').screenshot({ path: join(SHOTS, 'theme-brand.png') });
  assert.deepEqual(page.problems, []);
});

test('theme: a transparent background blends into the site card; the reader schemes win', async () => {
  const css = 'background:#fff6e0;--news-widget-background:transparent;--news-widget-link:#176b3a';
  const page = await open({ feed: FEED, 'max-items': 2, css });
  assert.deepEqual(await styles(page, '.nw', 'backgroundColor'), ['rgba(0, 0, 0, 0)']);
  assert.deepEqual(await contrastProblems(page, '#w0', 4.5), []);
  for (const [scheme, fg, bg] of [['black', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)'], ['blue', 'rgb(6, 52, 98)', 'rgb(157, 209, 255)']]) {
    const vi = await open({ feed: FEED, 'max-items': 2, css: BRAND }, { prefs: `scheme=${scheme}` });
    assert.deepEqual(await styles(vi, '.nw', 'backgroundColor'), [bg], scheme);
    assert.deepEqual([...new Set(await styles(vi, '.nw-title-link', 'color'))], [fg], scheme);
    await openPanel(vi);
    assert.deepEqual([...new Set(await styles(vi, '.nw-settings .nw-button:not(.nw-secondary):not([aria-disabled="true"])', 'backgroundColor'))], [fg], scheme);
    assert.deepEqual(await contrastProblems(vi, '#w0', 7), [], scheme);
  }
  // The system's high-contrast wish beats the site's colours too.
  const more = await open({ feed: FEED, 'max-items': 2, css: BRAND }, { contrast: 'more' });
  assert.notDeepEqual(await styles(more, '.nw-title-link', 'color'), ['rgb(23, 107, 58)', 'rgb(23, 107, 58)']);
  assert.deepEqual(await contrastProblems(more, '#w0', 7), []);
  for (const p of [page, more]) assert.deepEqual(p.problems, []);
});

test('contrast guard: unreadable site colours give way to the widget\'s own, with one warning each', async () => {
  const page = await open({ feed: FEED, 'max-items': 2, n: 2, css: UNREADABLE });
  for (const id of ['w0', 'w1']) {
    const own = await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('.nw').getAttribute('data-own'), id);
    assert.deepEqual(own.split(' ').sort(), ['accent', 'link']);
    assert.deepEqual([...new Set(await styles(page, '.nw-title-link', 'color', id))], ['rgb(11, 87, 164)']);
    assert.deepEqual(await styles(page, '.nw-show-more .nw-button', 'backgroundColor', id), ['rgb(11, 87, 164)']);
  }
  const warned = page.warnings.filter((w) => /contrast/.test(w));
  assert.equal(warned.length, 2, warned.join('\n'));
  assert.match(warned.join('\n'), /--news-widget-link: #99ccff gives text a contrast of 1\.\d:1, below 4\.5:1/);
  assert.match(warned.join('\n'), /--news-widget-accent: #ffd000 gives text a contrast of 1\.\d:1/);
  assert.deepEqual(await contrastProblems(page, '#w0', 4.5), []);
  // A mid-grey background no text colour can read well on: it goes.
  const dark = await open({ feed: FEED, 'max-items': 2, css: '--news-widget-background:oklch(0.6 0 0)' });
  assert.equal(await dark.evaluate(() => document.querySelector('#w0').shadowRoot.querySelector('.nw').getAttribute('data-own')), 'background');
  assert.deepEqual(await contrastProblems(dark, '#w0', 4.5), []);
  assert.match(dark.warnings.join('\n'), /--news-widget-background: oklch/);
  assert.deepEqual(await axeViolations(dark), []);
  assert.deepEqual([...page.problems, ...dark.problems], []);
});

test('a site background brings the widget\'s own colours to match, whatever the system prefers', async () => {
  // A light site read in dark mode, a dark site read in light mode.
  for (const [css, colorScheme, palette, link] of [
    ['--news-widget-background:#ffffff;--news-widget-text:#222222', 'dark', 'light', 'rgb(11, 87, 164)'],
    ['--news-widget-background:#111111;--news-widget-text:#eeeeee', 'light', 'dark', 'rgb(140, 196, 255)'],
  ]) {
    const page = await open({ feed: FEED, 'max-items': 2, css }, { colorScheme });
    const nw = await page.evaluate(() => {
      const el = document.querySelector('#w0').shadowRoot.querySelector('.nw');
      return { palette: el.getAttribute('data-palette'), own: el.getAttribute('data-own') };
    });
    assert.deepEqual(nw, { palette, own: '' }, `${colorScheme} mode: the site's theme is kept`);
    assert.deepEqual([...new Set(await styles(page, '.nw-title-link', 'color'))], [link]);
    assert.deepEqual(await contrastProblems(page, '#w0', 4.5), []);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.warnings.filter((w) => /contrast/.test(w)), []);
    assert.deepEqual(page.problems, []);
  }
});

test('the guard checks again when the reader\'s system turns dark or light', async () => {
  // A green link that reads on white, not on the widget's own dark background.
  const page = await open({ feed: FEED, 'max-items': 2, css: '--news-widget-link:#176b3a' }, { colorScheme: 'light' });
  const own = () => page.evaluate(() => document.querySelector('#w0').shadowRoot.querySelector('.nw').getAttribute('data-own'));
  assert.equal(await own(), '');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.querySelector('#w0').shadowRoot.querySelector('.nw').getAttribute('data-own') === 'link', null, { timeout: 5000 });
  assert.deepEqual(await contrastProblems(page, '#w0', 4.5), []);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.querySelector('#w0').shadowRoot.querySelector('.nw').getAttribute('data-own') === '', null, { timeout: 5000 });
  assert.deepEqual([...new Set(await styles(page, '.nw-title-link', 'color'))], ['rgb(23, 107, 58)']);
  assert.deepEqual(page.problems, []);
});

test('::part() names reach every item, and a page restyles through them', async () => {
  const page = await open({ feed: FEED, 'max-items': 5 });
  const parts = await page.evaluate(() => {
    const root = document.querySelector('#w0').shadowRoot;
    const count = (name) => root.querySelectorAll(`[part~="${name}"]`).length;
    return Object.fromEntries(['widget', 'heading', 'item', 'item-title', 'date', 'summary', 'image', 'tags', 'button', 'settings']
      .map((name) => [name, count(name)]));
  });
  assert.deepEqual(parts, { widget: 1, heading: 1, item: 5, 'item-title': 5, date: 5, summary: 5, image: 1, tags: 5, button: parts.button, settings: 1 });
  assert.ok(parts.button >= 5, `${parts.button} buttons`);
  await page.addStyleTag({ content: '#w0::part(item-title) { text-transform: uppercase; } #w0::part(item) { padding-inline: 12px; } #w0::part(widget) { border-width: 3px; }' });
  assert.deepEqual([...new Set(await styles(page, '.nw-item-title', 'textTransform'))], ['uppercase']);
  assert.deepEqual([...new Set(await styles(page, '.nw-item', 'paddingLeft'))], ['12px']);
  assert.deepEqual(await styles(page, '.nw', 'borderTopWidth'), ['3px']);
  // A part's colour cannot undo a reader's scheme.
  const vi = await open({ feed: FEED, 'max-items': 2 }, { prefs: 'scheme=black' });
  await vi.addStyleTag({ content: '#w0::part(summary) { color: #333; background: #fff; } #w0::part(button) { background: pink; color: pink; }' });
  assert.deepEqual(await contrastProblems(vi, '#w0', 7), []);
  assert.deepEqual([...page.problems, ...vi.problems], []);
});

/** The visible text of each item's article, in order. */
const articleTexts = (page) => page.evaluate(() =>
  [...document.querySelector('#w0').shadowRoot.querySelectorAll('.nw-article')].map((a) => a.innerText.trim()));

test('cards: columns follow the widget\'s own width and text size; reading order is visual order', async () => {
  const columns = async (width, prefs, css) => {
    const page = await open({ feed: FEED, layout: 'cards', ...(css ? { css } : {}) }, { prefs, viewport: { width, height: 900 } });
    const boxes = await page.evaluate(() => [...document.querySelector('#w0').shadowRoot.querySelectorAll('.nw-item')]
      .map((li) => { const r = li.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.left)]; }));
    const sorted = [...boxes].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    assert.deepEqual(boxes, sorted, 'DOM order is row by row, left to right');
    assert.deepEqual(page.problems, []);
    return new Set(boxes.map(([, left]) => left)).size;
  };
  assert.ok(await columns(1000) >= 3, 'three columns at 1,000 px');
  assert.equal(await columns(320), 1);
  assert.equal(await columns(1240, 'scale=300'), 1, 'a 1,200 px widget at 300 % is one column');
  // The container, not the window: a widget held to 400 px on a wide page.
  assert.equal(await columns(1240, undefined, 'display:block;max-width:400px'), 1);
  // The picture comes first in a card, in the DOM too.
  const page = await open({ feed: FEED, layout: 'cards' });
  const first = await page.evaluate(() => document.querySelector('#w0').shadowRoot.querySelector('.nw-article:has(img)').firstElementChild.localName);
  assert.equal(first, 'img');
});

test('headlines: titles and dates only', async () => {
  const page = await open({ feed: FEED, layout: 'headlines', 'max-items': 5 });
  const inside = await page.evaluate(() => [...document.querySelector('#w0').shadowRoot.querySelectorAll('.nw-article > *')]
    .map((e) => e.className).filter((c, i, all) => all.indexOf(c) === i));
  assert.deepEqual(inside, ['nw-item-title', 'nw-meta']);
  const texts = await articleTexts(page);
  assert.equal(texts.length, 5);
  for (const text of texts) assert.equal(text.split('\n').filter((l) => l.trim()).length <= 3, true, text);
  assert.deepEqual(await page.evaluate(() => document.querySelector('#w0').shadowRoot.querySelectorAll('.nw-article button, .nw-article img, .nw-tags').length), 0);
});

for (const layout of ['cards', 'headlines']) {
  for (const scheme of SCHEMES) {
    for (const scale of [100, 200]) {
      test(`${layout} in ${scheme} at ${scale}%: axe clean, contrast, no overflow at 320 px, keyboard order`, async () => {
        const prefs = `scale=${scale};scheme=${scheme}`;
        const feed = layout === 'headlines' ? MANY : FEED;
        const page = await open({ feed, layout }, { prefs });
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(await contrastProblems(page, '#w0', scheme === 'default' ? 4.5 : 7), []);
        // Tab order follows the items.
        const titles = (await snapshot(page)).titles;
        await page.locator('#before').focus();
        const reached = [];
        for (let i = 0; i < 40 && reached.length < titles.length; i++) {
          await page.keyboard.press('Tab');
          const f = await focused(page, '#w0');
          if (f?.tag === 'a' && titles.includes(f.text)) reached.push(f.text);
          if (f?.tag === 'a') assert.ok(f.outlineWidth >= 2, `focus ring on ${f.text}`);
        }
        assert.deepEqual(reached, titles);
        if (scale === 100) await page.locator('#w0').screenshot({ path: join(SHOTS, `${layout}-${scheme}.png`) });
        const narrow = await open({ feed, layout }, { prefs, viewport: { width: 320, height: 640 } });
        assert.deepEqual(await overflowProblems(narrow, '#w0'), []);
        assert.ok(await narrow.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling');
        assert.deepEqual([...page.problems, ...narrow.problems], []);
      });
    }
  }
}

test('tags and exclude-tags: any of the tags, case-insensitive; RSS and WordPress categories count', async () => {
  const titles = async (params) => (await snapshot(await open(params))).titles;
  assert.deepEqual(await titles({ feed: FEED, tags: ' DIABETES , research ' }), [
    'NMRC for Therapy and Preventive Medicine opens its international collaboration programme',
    'Endocrinology Research Centre and Cuba\'s CIGB sign a cooperation agreement',
  ]);
  const all = await titles({ feed: FEED });
  const without = await titles({ feed: FEED, 'exclude-tags': 'about us' });
  assert.deepEqual(without, all.filter((t) => !/Tomsk/.test(t)));
  // RSS <category>, in Cyrillic, folded.
  const rss = await titles({ feed: '/fixtures/rss-bitrix.xml', tags: 'ЗДОРОВЬЕ' });
  const rssAll = await titles({ feed: '/fixtures/rss-bitrix.xml' });
  assert.ok(rss.length >= 1 && rss.length < rssAll.length, `${rss.length} of ${rssAll.length}`);
  // WordPress categories and tags from _embedded wp:term.
  const wordpress = await titles({ feed: '/fixtures/wordpress-embed.json', tags: 'News' });
  assert.equal(wordpress.length, 1);
  assert.match(wordpress[0], /^Outpatient cancer care centre/);
  // Nothing left after filtering: the empty message, not a blank box.
  const none = await open({ feed: FEED, tags: 'no-such-tag' });
  assert.match((await snapshot(none)).text, /There is no news yet/);
});

test('several feeds: merged newest first, one link once, each feed with its own links', async () => {
  const page = await open({ feed: `${FEED} /fixtures/atom.xml ${FEED}`, 'max-items': 100 });
  const s = await snapshot(page);
  const times = s.times.filter(Boolean);
  const dates = await page.evaluate(() => [...document.querySelector('#w0').shadowRoot.querySelectorAll('.nw-meta > time:first-child')].map((t) => t.getAttribute('datetime')));
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  const one = await snapshot(await open({ feed: FEED }));
  const atom = await snapshot(await open({ feed: '/fixtures/atom.xml', 'max-items': 100 }));
  assert.equal(s.titles.length, one.titles.length + atom.titles.length, 'the repeated feed counts once');
  assert.ok(times.length > 0);
  for (const link of s.links) assert.match(link, /^https?:\/\//);
  // The merged widget names no single feed.
  assert.equal(s.heading, 'News');
  assert.equal(s.notice, null);
});

test('several feeds, one failing: the others show, a notice names the missing one, a retry restores it', async () => {
  const flaky = '/test/seq/partial/!503,fixtures/atom.xml';
  const page = await open({ feed: `${FEED} ${flaky}`, 'max-items': 100 });
  const one = await snapshot(await open({ feed: FEED }));
  let s = await snapshot(page);
  assert.deepEqual(s.titles, one.titles, 'the working feed\'s items show');
  assert.equal(s.error, null, 'no alert replaces the list');
  const notice = await page.evaluate(() => {
    const p = [...document.querySelector('#w0').shadowRoot.querySelectorAll('.nw-notice')].find((n) => !n.hidden);
    return p && { text: p.innerText, inArticle: !!p.closest('article'), visible: p.checkVisibility() };
  });
  assert.ok(notice?.visible, 'a visible notice');
  assert.equal(notice.inArticle, false);
  assert.match(notice.text, /Some news could not be updated: .*test\/seq\/partial.*The rest is current/);
  // Screen readers hear it too: the polite status line says it after the count.
  const status = () => page.evaluate(() => document.querySelector('#w0').shadowRoot.querySelector('[role=status]').textContent);
  assert.match(await status(), /^\d+ news items\. Some news could not be updated: .*test\/seq\/partial.*The rest is current\.$/);
  assert.deepEqual(await axeViolations(page), []);
  // The automatic retry (2 s) gets it: both feeds, no notice.
  await page.waitForFunction(() => [...document.querySelector('#w0').shadowRoot.querySelectorAll('.nw-notice')].every((n) => n.hidden), null, { timeout: 15000 });
  s = await snapshot(page);
  assert.ok(s.titles.length > one.titles.length, `${s.titles.length} items after the retry`);
  assert.match(await status(), /^\d+ news items$/, 'the status line no longer names the feed');
  assert.ok(page.warnings.some((w) => /test\/seq\/partial.*503/.test(w)), 'the console names the failing feed');
  assert.deepEqual(page.problems.filter((p) => !/503/.test(p)), []);
});

test('no layout shift with cards, headlines and several feeds: ≤ 0.1 first, ≤ 0.01 repeat', async () => {
  for (const params of [
    { feed: FEED, layout: 'cards', 'max-items': 5 },
    { feed: MANY, layout: 'headlines', 'max-items': 10 },
    { feed: `${FEED} ${MANY}`, 'max-items': 5 },
  ]) {
    const context = await t.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(recordShifts);
    const path = '/embed/cls-any.html?' + new URLSearchParams(params).toString();
    const first = await t.page(path, { context });
    await settled(first);
    const firstShift = await layoutShift(first);
    assert.ok(firstShift <= 0.1, `${JSON.stringify(params)} first visit: CLS ${firstShift.toFixed(3)}`);
    await first.close();
    const again = await t.page(path, { context });
    await settled(again);
    const repeatShift = await layoutShift(again);
    assert.ok(repeatShift <= 0.01, `${JSON.stringify(params)} repeat visit: CLS ${repeatShift.toFixed(3)}`);
    assert.deepEqual(again.problems, []);
    console.log(`# CLS ${params.layout || 'several feeds'}: first ${firstShift.toFixed(3)}, repeat ${repeatShift.toFixed(3)}`);
    await context.close();
  }
});
