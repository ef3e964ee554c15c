// End to end: the widget in every UI locale, right to left, time zones,
// and a site's own wording for a single string.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setup, settled, axeViolations, ARTIFACTS, ROOT } from './browser.mjs';

const LOCALE_DIR = join(ROOT, 'src', 'i18n', 'locales');
const LOCALES = readdirSync(LOCALE_DIR).filter((f) => f.endsWith('.ftl')).map((f) => f.slice(0, -4)).sort();
const KEYS = readFileSync(join(LOCALE_DIR, 'en.ftl'), 'utf8').split('\n').map((l) => l.match(/^([a-z][a-z0-9-]*) =/)?.[1]).filter(Boolean);
const HOST = '[data-news-widget]';
const SHOTS = join(ARTIFACTS, 'locales');
mkdirSync(SHOTS, { recursive: true });

let t;
before(async () => { t = await setup(); });
after(async () => { await t?.close(); });

/** All text a reader or a screen reader gets from the widget: text nodes and accessible-name attributes. */
const widgetText = (page) => page.evaluate((sel) => {
  const root = document.querySelector(sel).shadowRoot;
  const attrs = [...root.querySelectorAll('[aria-label], [title], [alt]')].flatMap((e) => ['aria-label', 'title', 'alt'].map((a) => e.getAttribute(a) || ''));
  return root.textContent + ' ' + attrs.join(' ');
}, HOST);

assert.ok(LOCALES.length >= 16, `${LOCALES.length} locales`);

for (const lang of LOCALES) {
  test(`${lang}: every string translated, no raw keys or placeholders on screen`, async () => {
    const page = await t.page(`/embed/locale.html?lang=${lang}&feed=/feeds/news-en.json`);
    await settled(page);
    await page.locator(HOST).locator('.nw-vi-toggle').click();
    const section = page.locator(HOST).locator('section');
    assert.equal(await section.getAttribute('lang'), lang);
    assert.equal(await section.getAttribute('dir'), ['ar', 'he'].includes(lang) ? 'rtl' : 'ltr');
    const text = await widgetText(page);
    assert.doesNotMatch(text, /\{|\}|\$count|\$date/, 'no placeholder leaks');
    const leaked = KEYS.filter((k) => k.includes('-') && text.includes(k));
    assert.deepEqual(leaked, [], 'no message key leaks');
    if (lang !== 'en') {
      const english = ['Version for the visually impaired', 'Font size', 'Colour scheme', 'Reset settings', 'Read aloud'];
      assert.deepEqual(english.filter((s) => text.includes(s)), [], 'the panel is translated');
    }
    assert.deepEqual(page.problems, []);
    if (['ru', 'kk', 'ar', 'zh'].includes(lang)) {
      const shot = await t.page(`/embed/locale.html?lang=${lang}&data-max-items=2&data-images=hide`, { viewport: { width: 480, height: 900 } });
      await settled(shot);
      await shot.locator(HOST).screenshot({ path: join(SHOTS, `${lang}.png`) });
    }
  });
}

test('Arabic: the whole widget lays out right to left, Latin titles are isolated, axe passes', async () => {
  const page = await t.page('/embed/locale.html?lang=ar&feed=/feeds/news-en.json');
  await settled(page);
  await page.locator(HOST).locator('.nw-vi-toggle').click();
  const layout = await page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const nw = root.querySelector('.nw');
    const heading = root.querySelector('#nw-heading').getBoundingClientRect();
    const toggle = root.querySelector('.nw-vi-toggle').getBoundingClientRect();
    const link = root.querySelector('.nw-item-title a');
    return {
      direction: getComputedStyle(nw).direction,
      headingRightOfToggle: heading.left > toggle.left,
      linkDir: link.getAttribute('dir'),
      linkDirection: getComputedStyle(link).direction,
      articleLang: root.querySelector('article').getAttribute('lang'),
    };
  }, HOST);
  assert.deepEqual(layout, { direction: 'rtl', headingRightOfToggle: true, linkDir: 'auto', linkDirection: 'ltr', articleLang: 'en' });
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(SHOTS, 'ar-page.png'), fullPage: true });
});

test('Hebrew at 200% in white on black: axe passes right to left too', async () => {
  const init = { script: () => localStorage.setItem('news-widget:prefs', 'scale=200;scheme=black'), arg: null };
  const page = await t.page('/embed/locale.html?lang=he&feed=/feeds/news-ru.json', { init });
  await settled(page);
  await page.locator(HOST).locator('.nw-vi-toggle').click();
  assert.deepEqual(await axeViolations(page), []);
});

test('a Moscow item published at 00:30 shows its own date to a Moscow reader', async () => {
  const moscow = await t.page('/embed/locale.html?lang=ru&feed=/feeds/moscow.json', { timezoneId: 'Europe/Moscow' });
  await settled(moscow);
  assert.equal(await moscow.locator(HOST).locator('time').textContent(), '1 марта 2025 г.');
  assert.equal(await moscow.locator(HOST).locator('time').getAttribute('datetime'), '2025-02-28T21:30:00Z');
  const london = await t.page('/embed/locale.html?lang=ru&feed=/feeds/moscow.json', { timezoneId: 'Europe/London' });
  await settled(london);
  assert.equal(await london.locator(HOST).locator('time').textContent(), '28 февраля 2025 г.', 'readers elsewhere see their own calendar day');
});

test('relative dates keep the absolute date for screen readers', async () => {
  const page = await t.page(null, { timezoneId: 'UTC' });
  await page.clock.setFixedTime(new Date('2025-03-06T12:00:00Z'));
  await page.goto(t.base + '/embed/locale.html?lang=en&feed=/feeds/news-en.json&data-dates=relative');
  await settled(page);
  const time = page.locator(HOST).locator('article time').first();
  assert.equal(await time.locator('[aria-hidden=true]').textContent(), '2 days ago', 'what sighted readers see');
  assert.equal(await time.locator('.nw-visually-hidden').textContent(), 'March 4, 2025', 'what screen readers read');
  assert.equal(await time.getAttribute('title'), 'March 4, 2025');
  assert.equal(await time.getAttribute('datetime'), '2025-03-04T08:00:00Z');
  const older = page.locator(HOST).locator('article time').nth(1);
  assert.equal(await older.textContent(), 'February 18, 2025', 'older than a week: the plain date');
});

test('a site replaces one string through an attribute, the rest stays localized', async () => {
  const page = await t.page('/embed/locale.html?lang=ru&feed=/feeds/news-ru.json&data-text-vi-toggle=' + encodeURIComponent('Для слабовидящих'));
  await settled(page);
  assert.equal(await page.locator(HOST).locator('.nw-vi-toggle').textContent(), 'Для слабовидящих');
  assert.equal(await page.locator(HOST).locator('[role=status]').textContent(), '3 новости');
});

// A recording stand-in for speech synthesis, so Read aloud is always offered.
const SPEECH = () => {
  const synth = { speak() {}, cancel() {}, pause() {}, resume() {} };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
};

test('per-item controls are named after their item, starting with the visible label, in every locale', async () => {
  for (const lang of LOCALES) {
    const page = await t.page(null);
    await page.addInitScript(SPEECH);
    await page.goto(`${t.base}/embed/locale.html?lang=${lang}&feed=/feeds/news-ru.json`);
    await settled(page);
    const articles = page.locator(HOST).getByRole('article');
    const count = await articles.count();
    assert.ok(count >= 3, `${lang}: ${count} items`);
    const names = [];
    for (let i = 0; i < count; i++) {
      const article = articles.nth(i);
      const title = (await article.locator('.nw-item-title').textContent()).trim();
      const button = article.locator('.nw-read button').first();
      // The visible label: the button's own text, not its visually hidden part.
      const visible = (await button.evaluate((b) => b.firstChild.textContent)).trim();
      // The accessible name, as the browser's accessibility tree computes it
      // (YAML: quoted as a whole when the name holds a colon).
      const snapshot = (await button.ariaSnapshot()).replace(/^- '(.*)'$/, (_, inner) => `- ${inner.replace(/''/g, "'")}`);
      const [, name] = snapshot.match(/^- button "(.*)"/) ?? [];
      assert.ok(name, `${lang}: the button has a name`);
      assert.ok(name.startsWith(visible), `${lang}: "${name}" starts with its visible label "${visible}" (WCAG 2.5.3)`);
      assert.ok(name.includes(title), `${lang}: "${name}" names its item "${title}"`);
      names.push(name);
    }
    assert.equal(new Set(names).size, names.length, `${lang}: no two items' buttons share a name`);
    await page.context().close();
  }
});

/** The message files the page downloaded. */
const localeDownloads = (page) => page.evaluate(() => ({
  locales: performance.getEntriesByType('resource').filter((e) => e.name.includes('/locales/')).map((e) => ({ file: e.name.replace(/.*\/locales\//, '') })),
}));

test('only the reader\'s language is downloaded, in parallel with the wasm; English downloads none', async () => {
  // The wasm is held back until the Russian messages are asked for (10 s
  // at most): a loader that waited for the wasm first never asks in time.
  const ru = await t.page(null);
  let asked;
  const messagesAsked = new Promise((ok) => { asked = ok; });
  ru.on('request', (r) => { if (r.url().includes('/locales/')) asked(true); });
  let askedWhileHeld = null;
  await ru.route('**/*_bg.wasm', async (route) => {
    askedWhileHeld = await Promise.race([messagesAsked, new Promise((ok) => setTimeout(() => ok(false), 10000))]);
    await route.continue();
  });
  await ru.goto(`${t.base}/embed/locale.html?lang=ru&feed=/feeds/news-ru.json`);
  await settled(ru);
  assert.equal(askedWhileHeld, true, 'the messages were requested while the wasm was still downloading');
  assert.equal(await ru.locator(HOST).locator('.nw-vi-toggle').textContent(), 'Версия для слабовидящих');
  const seen = await localeDownloads(ru);
  assert.deepEqual(seen.locales.map((l) => l.file), ['ru.txt'], 'one message file, the reader\'s');
  assert.deepEqual(ru.problems, []);

  const en = await t.page('/embed/locale.html?lang=en&feed=/feeds/news-en.json');
  await settled(en);
  assert.equal(await en.locator(HOST).locator('.nw-vi-toggle').textContent(), 'Version for the visually impaired');
  assert.deepEqual((await localeDownloads(en)).locales, [], 'English is built in');
  assert.deepEqual(en.problems, []);
});

for (const [what, reply] of [
  ['missing (404)', { status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }],
  ['an HTML page', { status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title><p>Welcome' }],
  ['cut short', { status: 200, contentType: 'text/plain', body: 'news-widget messages 1 ru\n' }],
]) {
  test(`a message file that is ${what} leaves the widget in English with a console note, never blank`, async () => {
    const page = await t.page(null);
    await page.route('**/locales/ru.txt', (route) => route.fulfill(reply));
    const { warnings } = page;
    await page.goto(`${t.base}/embed/locale.html?lang=ru&feed=/feeds/news-ru.json`);
    await settled(page);
    assert.equal(await page.locator(HOST).locator('.nw-vi-toggle').textContent(), 'Version for the visually impaired');
    assert.ok((await page.locator(HOST).getByRole('article').count()) >= 1, 'the news are shown');
    assert.equal(await page.locator(HOST).locator('section').getAttribute('lang'), 'en', 'marked as English for screen readers');
    assert.ok(warnings.some((w) => /news-widget: .*locales\/ru\.txt.*English/.test(w)), `a console note: ${JSON.stringify(warnings)}`);
    assert.deepEqual(page.problems.filter((p) => !/locales\/ru\.txt/.test(p)), []);
  });
}

test('changing lang on <news-widget> at run time downloads that language and speaks it', async () => {
  const page = await t.page('/embed/custom-element.html');
  await settled(page);
  const toggle = page.locator('news-widget').locator('.nw-vi-toggle');
  assert.equal(await toggle.textContent(), 'Версия для слабовидящих');
  await page.locator('news-widget').evaluate((el) => el.setAttribute('lang', 'de'));
  await page.waitForFunction(() => document.querySelector('news-widget').shadowRoot.querySelector('.nw-vi-toggle')?.textContent === 'Ansicht für Sehbehinderte', null, { timeout: 10000 });
  assert.equal(await page.locator('news-widget').locator('section').getAttribute('lang'), 'de');
  assert.deepEqual((await localeDownloads(page)).locales.map((l) => l.file).sort(), ['de.txt', 'ru.txt']);
  assert.deepEqual(page.problems, []);
});
