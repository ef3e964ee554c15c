// End to end: the built dist/ embedded by one script tag into plain host
// pages, in Debian's Chromium. Run by `make test` (after `make dist`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, settled, visitAll, axeViolations, recordShifts, layoutShift, ARTIFACTS } from './browser.mjs';

let t;
before(async () => { t = await setup(); });
after(async () => { await t?.close(); });

/** Titles of the items in the nth widget host on the page. */
function titles(page, hostSelector = '[data-news-widget-host], news-widget, [data-news-widget]', n = 0) {
  return page.evaluate(([sel, i]) => {
    const host = document.querySelectorAll(sel)[i];
    return [...host.shadowRoot.querySelectorAll('.nw-item-title')].map((h) => h.textContent);
  }, [hostSelector, n]);
}

test('script tag: renders right where the tag stands, newest first, max-items honoured', async () => {
  const page = await t.page('/embed/script-tag.html');
  await settled(page);
  const placement = await page.evaluate(() => {
    const host = document.querySelector('[data-news-widget-host]');
    return [host.previousElementSibling.tagName, host.nextElementSibling.id];
  });
  assert.deepEqual(placement, ['SCRIPT', 'after']);
  const got = await titles(page);
  assert.equal(got.length, 3);
  assert.match(got[0], /NMRC for Therapy/, 'the newest item (4 March 2025) comes first');
  const dates = await page.locator('article time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual([...dates].sort().reverse(), dates, 'sorted newest first');
  // Region landmark named by its heading; items are articles in a list.
  const region = page.getByRole('region', { name: 'News of the national medical research centres' });
  assert.equal(await region.count(), 1);
  assert.equal(await region.getByRole('list').first().getByRole('article').count(), 3);
  assert.equal(await region.getByRole('heading', { level: 3 }).count(), 3);
  assert.deepEqual(page.problems, []);
});

test('script tag with defer in <head>: the widget is placed in the body', async () => {
  const page = await t.page('/embed/script-defer.html');
  await settled(page);
  assert.equal(await page.evaluate(() => document.querySelector('[data-news-widget-host]').parentElement.tagName), 'BODY');
  assert.deepEqual(page.problems, []);
});

test('async script finds a div host written before it', async () => {
  const page = await t.page('/embed/script-async.html');
  await settled(page);
  assert.match((await titles(page))[0], /НМИЦ терапии/);
  assert.deepEqual(page.problems, []);
});

test('type="module" script: custom element and div, wasm found relative to the script', async () => {
  const page = await t.page('/embed/module.html');
  await settled(page, 2);
  const heads = await page.evaluate(() =>
    [...document.querySelectorAll('news-widget, [data-news-widget]')].map((h) => h.shadowRoot.querySelector('#nw-heading').textContent));
  assert.deepEqual(heads, ['News of the national medical research centres', 'Новости национальных медицинских исследовательских центров']);
  const wasmUrl = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')));
  assert.match(wasmUrl, /\/cdn\/news-widget\/core-[0-9a-f]{12}\/news-widget_bg\.wasm$/);
  assert.deepEqual(page.problems, []);
});

test('custom element: options as attributes, Russian UI, heading level 3', async () => {
  const page = await t.page('/embed/custom-element.html');
  await settled(page);
  const widget = page.locator('news-widget');
  assert.equal(await widget.getByRole('heading', { level: 3, name: 'Новости' }).count(), 1);
  assert.equal(await widget.getByRole('article').count(), 2);
  assert.equal(await widget.getByRole('heading', { level: 4 }).count(), 2);
  assert.equal(await widget.locator('[role=status]').textContent(), '2 новости');
  assert.match(await widget.locator('time').first().textContent(), /2025 г\./);
  // Changing an attribute re-renders with the new option.
  await page.evaluate(() => document.querySelector('news-widget').setAttribute('max-items', '4'));
  await page.waitForFunction(() => document.querySelector('news-widget').shadowRoot.querySelectorAll('article').length === 4);
  assert.deepEqual(page.problems, []);
});

test('div form: images hidden by option', async () => {
  const page = await t.page('/embed/div.html');
  await settled(page);
  assert.equal(await page.locator('[data-news-widget] article').count(), 5);
  assert.equal(await page.locator('[data-news-widget] img').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('two widgets on one page are independent', async () => {
  const page = await t.page('/embed/two-widgets.html');
  await settled(page, 2);
  const [en, ru] = [page.locator('[data-news-widget-host]').nth(0), page.locator('[data-news-widget-host]').nth(1)];
  assert.equal(await en.getByRole('article').count(), 2);
  assert.equal(await ru.getByRole('article').count(), 5);
  assert.equal(await ru.locator('section').getAttribute('lang'), 'ru', 'lang inherited from the enclosing section');
  assert.equal(await en.locator('section').getAttribute('lang'), 'en');
  // One widget's retry or state does not touch the other: remove the first, the second stays.
  await page.evaluate(() => document.querySelector('[data-news-widget-host]').remove());
  assert.equal(await page.locator('[data-news-widget-host]').first().getByRole('article').count(), 5);
  assert.deepEqual(page.problems, []);
});

test('hosts added later are picked up; removed ones are unmounted', async () => {
  const page = await t.page('/embed/dynamic.html');
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.setAttribute('data-news-widget', '');
    div.setAttribute('data-feed', '/feeds/news-en.json');
    document.querySelector('main').append(div);
    const el = document.createElement('news-widget');
    el.setAttribute('feed', '/feeds/news-ru.json');
    document.querySelector('main').append(el);
  });
  await settled(page, 2);
  await page.evaluate(() => { window.removed = document.querySelector('[data-news-widget]'); window.removed.remove(); });
  await page.waitForFunction(() => !window.removed.shadowRoot.querySelector('section'), null, { timeout: 5000 });
  await page.evaluate(() => { window.removedElement = document.querySelector('news-widget'); window.removedElement.remove(); });
  await page.waitForFunction(() => !window.removedElement.shadowRoot.querySelector('section'), null, { timeout: 5000 });
  assert.deepEqual(page.problems, []);
});

test('hostile host stylesheet changes nothing inside, widget CSS changes nothing outside', async () => {
  const plain = await t.page('/embed/div.html');
  await settled(plain);
  const page = await t.page('/embed/hostile.html');
  await settled(page);
  const inside = await page.evaluate(() => {
    const root = document.querySelector('#host').shadowRoot;
    const title = root.querySelector('.nw-item-title');
    const s = getComputedStyle(title);
    const list = getComputedStyle(root.querySelector('.nw-list'));
    return { family: getComputedStyle(root.querySelector('.nw')).fontFamily, fontSize: parseFloat(s.fontSize), visibility: s.visibility, transform: s.textTransform,
      color: s.color, listDisplay: list.display, width: root.querySelector('.nw').getBoundingClientRect().width };
  });
  assert.ok(inside.fontSize > 15, `item titles keep their size (got ${inside.fontSize}px)`);
  assert.equal(inside.visibility, 'visible');
  assert.equal(inside.transform, 'none');
  assert.notEqual(inside.color, 'rgb(255, 0, 255)');
  assert.equal(inside.listDisplay, 'block', 'the list keeps its own display, not the page\'s inline');
  assert.ok(inside.width > 600, `the widget still lays out as a block (${inside.width}px wide)`);
  assert.match(inside.family, /monospace/, "the host's font is respected, only its size reset is not");
  // The host's own elements with the widget's class names are untouched by the widget's CSS.
  const outside = await page.evaluate(() => getComputedStyle(document.querySelector('#host-heading')).borderTopStyle);
  assert.equal(outside, 'dashed');
  const hostPara = await plain.evaluate(() => {
    const p = document.createElement('p'); p.className = 'nw-summary nw-visually-hidden'; p.textContent = 'x';
    document.body.append(p); return getComputedStyle(p).position;
  });
  assert.equal(hostPara, 'static', 'widget classes mean nothing in the host page');
  await page.screenshot({ path: join(ARTIFACTS, 'hostile.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
});

test('states: loading is announced, errors offer retry, empty and missing feeds explain themselves', async () => {
  const page = await t.page('/embed/states.html');
  const slow = page.locator('#slow');
  await slow.locator('[role=status]').filter({ hasText: 'Loading news…' }).waitFor();
  const broken = page.locator('#broken');
  await broken.getByRole('alert').waitFor();
  assert.match(await broken.getByRole('alert').textContent(), /answered with error 503/);
  assert.equal(await broken.getByRole('button', { name: 'Try again' }).count(), 1);
  assert.match(await page.locator('#not-json').getByRole('alert').textContent(), /damaged or in an unknown format/);
  assert.equal(await page.locator('#empty .nw-empty').textContent(), 'There is no news yet.');
  assert.match(await page.locator('#missing').getByRole('alert').textContent(), /not set up yet/);
  assert.equal(await page.locator('#missing .nw-error button').count(), 0);
  await slow.getByRole('article').first().waitFor();
  assert.equal(await slow.locator('[role=status]').textContent(), '5 news items');
  // Retry by keyboard: focus lands on the widget heading while it reloads, then the error returns.
  await broken.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.querySelector('#broken').shadowRoot.activeElement?.id), 'nw-heading');
  await broken.getByRole('button', { name: 'Try again' }).waitFor({ state: 'detached' });
  await broken.getByRole('button', { name: 'Try again' }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'states.png'), fullPage: true });
});

test('no horizontal scrolling at 320 CSS px', async () => {
  const page = await t.page('/index.html', { viewport: { width: 320, height: 700 } });
  await visitAll(page, 2);
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll('[data-news-widget-host]')].map((h) => {
      const root = h.shadowRoot.querySelector('.nw');
      return root.scrollWidth - root.clientWidth;
    }));
  assert.deepEqual(overflow, [0, 0]);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
});

test('demo page: both feeds render in place, no axe-core violations', async () => {
  const page = await t.page('/index.html');
  await settled(page, 2);
  assert.equal(await page.getByRole('region', { name: 'Latest news' }).count(), 1);
  assert.equal(await page.getByRole('region', { name: 'Новости центра' }).count(), 1);
  const family = await page.evaluate(() => getComputedStyle(document.querySelector('[data-news-widget-host]').shadowRoot.querySelector('.nw')).fontFamily);
  assert.match(family, /Georgia/, 'the widget reads in the host page font');
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(ARTIFACTS, 'demo.png'), fullPage: true });
  assert.deepEqual(page.problems, []);
});

/** Files the page downloaded whose URL contains one of `fragments`. */
const downloaded = (page, ...fragments) => page.evaluate((f) =>
  performance.getEntriesByType('resource').map((e) => e.name).filter((n) => f.some((x) => n.includes(x))), fragments);

/** Resolves after the browser has rendered two more frames (the intersection observer has reported). */
const twoFrames = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

test('lazy start: a widget three viewports down downloads nothing until the reader scrolls near it', async () => {
  const page = await t.page('/embed/lazy.html');
  await page.waitForLoadState('load');
  await twoFrames(page);
  assert.deepEqual(await downloaded(page, '/core-', '/feeds/', '/locales/'), [], 'only the loader before scrolling');
  assert.equal(await page.evaluate(() => document.getElementById('far').shadowRoot), null, 'not started');
  assert.equal(await page.locator('#far a').isVisible(), true, 'its fallback link is there meanwhile');
  await page.locator('#far').scrollIntoViewIfNeeded();
  await settled(page);
  assert.equal((await page.locator('#far').getByRole('article').count()), 3);
  const files = await downloaded(page, '/core-', '/feeds/');
  assert.ok(files.some((f) => f.endsWith('_bg.wasm')) && files.some((f) => f.includes('news-en.json')), files.join(', '));
  assert.deepEqual(page.problems, []);
});

test('loading="eager": a widget far down starts at once', async () => {
  const page = await t.page('/embed/lazy.html?eager');
  await settled(page);
  assert.equal(await page.evaluate(() => scrollY), 0, 'not scrolled');
  assert.equal((await page.locator('#far').getByRole('article').count()), 3);
});

test('fallback content shows until the widget renders, then is hidden from everyone', async () => {
  const page = await t.page('/embed/fallback.html');
  await settled(page, 3);
  for (const id of ['element', 'div']) {
    const fallback = page.locator(`#${id} > a, #${id} > ul`);
    assert.equal(await fallback.isVisible(), false, `${id}: fallback not rendered once the widget is`);
    assert.equal((await page.locator(`#${id}`).ariaSnapshot()).includes('All hospital news') || (await page.locator(`#${id}`).ariaSnapshot()).includes('Server-rendered'), false, `${id}: not in the accessibility tree`);
    assert.equal(await page.locator(`#${id}`).getByRole('article').count(), 2);
  }
  assert.deepEqual(page.problems, []);
});

test('wasm blocked: fallback content stays, with no empty box or error beside it; without fallback the message shows', async () => {
  const page = await t.page(null);
  await page.route('**/*_bg.wasm', (route) => route.abort('blockedbyclient'));
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${t.base}/embed/fallback.html`);
  await page.locator('#bare').getByRole('alert').waitFor();
  assert.equal(await page.locator('#bare').getByRole('alert').textContent(), 'The news block could not be loaded.');
  assert.equal(await page.getByRole('link', { name: 'All hospital news' }).isVisible(), true);
  assert.equal(await page.getByRole('link', { name: 'Server-rendered news item' }).isVisible(), true);
  for (const id of ['element', 'div']) {
    assert.equal(await page.evaluate((i) => document.getElementById(i).shadowRoot, id), null, `${id}: no shadow root covers the fallback`);
    assert.equal(await page.locator(`#${id}`).getByRole('alert').count(), 0);
  }
  assert.ok(errors.some((e) => /news-widget \d+\.\d+\.\d+: could not load .*_bg\.wasm/.test(e)), 'a console error names the version and the file');
  assert.match(await page.evaluate(() => window.__newsWidget.version), /^\d+\.\d+\.\d+$/);
});

test('no layout shift: ≤ 0.1 on a first visit, ≤ 0.01 on a repeat visit, text below the widget', async () => {
  const context = await t.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordShifts);
  const first = await t.page('/embed/cls.html', { context });
  await settled(first);
  const reserved = await first.evaluate(() => document.querySelector('[data-news-widget-host]').style.getPropertyValue('--news-widget-reserve'));
  assert.equal(reserved, '', 'the reservation is lifted once the news are shown');
  const firstShift = await layoutShift(first);
  assert.ok(firstShift <= 0.1, `first visit: CLS ${firstShift.toFixed(3)}`);
  const remembered = await first.evaluate(() => localStorage.getItem('news-widget:heights'));
  assert.match(remembered, /^\d+ \d+ http:\/\/127\.0\.0\.1:\d+\/feeds\/news-en\.json\n$/, 'its height is remembered');
  await first.close();

  const again = await t.page('/embed/cls.html', { context });
  await settled(again);
  const repeatShift = await layoutShift(again);
  assert.ok(repeatShift <= 0.01, `repeat visit: CLS ${repeatShift.toFixed(3)}`);
  assert.deepEqual(again.problems, []);
  console.log(`# CLS first visit ${firstShift.toFixed(3)}, repeat ${repeatShift.toFixed(3)}`);
  await context.close();
});

test('a widget whose news arrive out of sight is skipped whole, as tall as it will be; in sight it renders again', async () => {
  const page = await t.page(null, { viewport: { width: 1000, height: 700 } });
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route('**/feeds/news-en.json', async (route) => { await gate; await route.continue(); });
  await page.goto(`${t.base}/embed/cls.html`);
  const host = page.locator('[data-news-widget-host]');
  await host.locator('[role=status]').filter({ hasText: 'Loading news…' }).waitFor();
  // A site's own frame around the widget, and a page long enough to scroll it away.
  await page.evaluate(() => {
    const element = document.querySelector('[data-news-widget-host]');
    element.style.padding = '7px';
    element.style.border = '3px solid';
    document.body.style.paddingBlockEnd = '4000px';
    window.scrollTo(0, 3000);
  });
  release();
  await settled(page);
  const geometry = () => page.evaluate(() => ({
    host: document.querySelector('[data-news-widget-host]').getBoundingClientRect().height,
    below: document.getElementById('below').getBoundingClientRect().top + scrollY,
  }));
  // Whether the browser renders the widget's content (false: skipped).
  const rendered = () => document.querySelector('[data-news-widget-host]').shadowRoot
    .querySelector('.nw-title').checkVisibility({ contentVisibilityAuto: true });
  // The news are in, out of sight: the browser skips the widget, whose size is the placeholder.
  await page.waitForFunction(() => document.querySelector('[data-news-widget-host]').shadowRoot.querySelector('.nw-list[data-skip]'));
  await page.waitForFunction(`!(${rendered})()`, null, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.evaluate(rendered), false, 'skipped out of sight');
  const skipped = await geometry();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(rendered, null, { timeout: 5000 });
  const shown = await geometry();
  assert.equal(shown.host, skipped.host, 'the placeholder is exactly the widget\'s height');
  assert.equal(shown.below, skipped.below, 'the text below does not move');
  assert.equal(await host.locator('article').count(), 5);
  assert.deepEqual(page.problems, []);
});

test('the focus ring of a link at the edge of the skippable list is not cut off', async () => {
  const page = await t.page('/embed/cls.html', { viewport: { width: 1000, height: 700 } });
  await settled(page);
  const link = page.locator('[data-news-widget-host] .nw-title-link').first();
  const box = await link.boundingBox();
  // Strips just outside the link's start and top edges, where its ring
  // (0.3em outside it) is drawn: they change when it takes focus.
  const strips = () => Promise.all([
    page.screenshot({ clip: { x: box.x - 4, y: box.y, width: 3, height: box.height } }),
    page.screenshot({ clip: { x: box.x, y: box.y - 4, width: box.width, height: 3 } }),
  ]);
  const [startBlurred, topBlurred] = await strips();
  // By keyboard, past the settings toggle, to the first item's title.
  const onTitle = () => page.evaluate(() => document.querySelector('[data-news-widget-host]').shadowRoot
    .activeElement?.matches('.nw-title-link:focus-visible') === true);
  for (let i = 0; i < 5 && !(await onTitle()); i++) await page.keyboard.press('Tab');
  assert.ok(await onTitle(), 'the first title has keyboard focus');
  assert.equal(await link.evaluate((a) => a.closest('.nw-list').style.contentVisibility), 'auto');
  const [startFocused, topFocused] = await strips();
  assert.ok(!startFocused.equals(startBlurred), 'the ring shows at the start edge');
  assert.ok(!topFocused.equals(topBlurred), 'the ring shows at the top edge');
});

test('the reserved box is announced as loading, and a height hint is honoured', async () => {
  const page = await t.page(null);
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route('**/feeds/news-en.json', async (route) => { await gate; await route.continue(); });
  await page.goto(`${t.base}/embed/feed.html?${new URLSearchParams({ feed: '/feeds/news-en.json', height: '640' })}`);
  const host = page.locator('#w0');
  await host.locator('[role=status]').filter({ hasText: 'Loading news…' }).waitFor();
  assert.equal(Math.round((await host.boundingBox()).height), 640, 'the hinted height is held while loading');
  release();
  await settled(page);
  assert.equal(await host.evaluate((h) => h.style.getPropertyValue('--news-widget-reserve')), '', 'then lifted');
});

test('a widget moved while the wasm downloads, or re-mounted in the frame it rendered, mounts once and throws nothing', async () => {
  const page = await t.page(null);
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route('**/*_bg.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto(`${t.base}/embed/dynamic.html`);
  await page.evaluate(() => {
    const el = document.createElement('news-widget');
    el.setAttribute('feed', '/feeds/news-en.json');
    el.setAttribute('max-items', '2');
    const main = document.querySelector('main');
    main.append(el);
    el.remove();
    main.prepend(el); // moved: queued a second time
  });
  release();
  await settled(page);
  assert.equal(await page.evaluate(() => document.querySelector('news-widget').shadowRoot.querySelectorAll('.nw').length), 1);
  // A repeat visit renders the saved copy at once; attributes set one by
  // one re-mount it several times before the next frame.
  await page.evaluate(() => {
    const el = document.querySelector('news-widget');
    el.setAttribute('max-items', '3');
    el.setAttribute('heading', 'News');
    el.setAttribute('images', 'hide');
  });
  await page.locator('news-widget').getByRole('heading', { name: 'News', exact: true }).waitFor();
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  assert.equal(await page.locator('news-widget').getByRole('article').count(), 3);
  assert.deepEqual(page.problems, []);
});
