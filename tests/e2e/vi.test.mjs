// End to end: the visually-impaired settings, in every scheme, by keyboard,
// persisted, shared, driven by the host page and mirrored from bvi.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { setup, settled, axeViolations, ARTIFACTS } from './browser.mjs';
import { contrastProblems, overflowProblems, focused } from './a11y.mjs';

const SCHEMES = ['default', 'white', 'black', 'blue', 'brown', 'green'];
const HOST = '[data-news-widget]';
const SHOTS = join(ARTIFACTS, 'schemes');
mkdirSync(SHOTS, { recursive: true });

let t;
before(async () => { t = await setup(); });
after(async () => { await t?.close(); });

/** A page whose stored settings are `prefs` (the widget's storage format). */
async function withPrefs(path, prefs, options = {}) {
  const init = { script: (p) => localStorage.setItem('news-widget:prefs', p), arg: prefs };
  const page = await t.page(path, { ...options, init });
  await settled(page);
  return page;
}

async function openPanel(page, host = HOST) {
  await page.locator(host).getByRole('button', { name: /visually impaired/ }).click();
}

const attr = (page, name, host = HOST) =>
  page.evaluate(([h, n]) => document.querySelector(h).shadowRoot.querySelector('.nw').getAttribute(n), [host, name]);

for (const scheme of SCHEMES) {
  for (const scale of [100, 200]) {
    test(`scheme ${scheme} at ${scale}%: axe clean, contrast ${scheme === 'default' ? '4.5' : '7'}:1, no overflow at 320 px`, async () => {
      const prefs = `scale=${scale};scheme=${scheme};letter=normal`;
      const page = await withPrefs('/embed/vi.html', prefs);
      await openPanel(page);
      assert.equal(await attr(page, 'data-scheme'), scheme);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(await contrastProblems(page, HOST, scheme === 'default' ? 4.5 : 7), []);
      if (scale === 100) {
        const shot = await withPrefs('/embed/vi.html', prefs, { viewport: { width: 420, height: 900 } });
        await shot.locator(HOST).screenshot({ path: join(SHOTS, `${scheme}.png`) });
      }
      const narrow = await withPrefs('/embed/vi.html', prefs, { viewport: { width: 320, height: 640 } });
      await openPanel(narrow);
      assert.deepEqual(await overflowProblems(narrow, HOST), []);
      assert.ok(await narrow.evaluate(() => document.documentElement.scrollWidth <= 320), 'the page does not scroll sideways');
      assert.deepEqual([...page.problems, ...narrow.problems], []);
    });
  }
}

test('300% with the WCAG 1.4.12 spacing at 320 px: nothing clipped, nothing sticks out', async () => {
  const page = await withPrefs('/embed/vi.html', 'scale=300;scheme=black;letter=large;line=large;font=serif', { viewport: { width: 320, height: 640 } });
  await openPanel(page);
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-summary'));
    return { letter: parseFloat(s.letterSpacing) / parseFloat(s.fontSize), word: parseFloat(s.wordSpacing) / parseFloat(s.fontSize),
      line: parseFloat(s.lineHeight) / parseFloat(s.fontSize), after: parseFloat(s.marginBlockEnd) / parseFloat(s.fontSize), size: parseFloat(s.fontSize) };
  });
  assert.ok(style.letter >= 0.119 && style.word >= 0.159 && style.line >= 1.5 && style.after >= 2, JSON.stringify(style));
  assert.ok(style.size >= 47, `300% of 16px (got ${style.size}px)`);
  assert.deepEqual(await overflowProblems(page, HOST), []);
  await page.screenshot({ path: join(SHOTS, 'black-300-spacing-320px.png'), fullPage: true });
});

test('forced colours: system colours, focus still visible, axe clean', async () => {
  const page = await t.page(null, { forcedColors: 'active' });
  await page.goto(t.base + '/embed/vi.html');
  await settled(page);
  await openPanel(page);
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const f = await focused(page);
  assert.equal(f.tag, 'button');
  assert.notEqual(f.outlineStyle, 'none', 'focus indicator survives forced colours');
  await page.locator(HOST).screenshot({ path: join(SHOTS, 'forced-colors.png') });
});

test('prefers-contrast: more starts in black on white; reset returns there', async () => {
  const page = await t.page(null, { contrast: 'more' });
  await page.goto(t.base + '/embed/vi.html');
  await settled(page);
  assert.equal(await attr(page, 'data-scheme'), 'white');
  assert.deepEqual(await contrastProblems(page, HOST, 7), []);
  await openPanel(page);
  await page.locator(HOST).getByRole('radio', { name: 'Dark blue on light blue' }).check();
  await page.locator(HOST).getByRole('button', { name: 'Reset settings' }).click();
  assert.equal(await attr(page, 'data-scheme'), 'white');
});

test('the whole panel works by keyboard alone, announcing each change once', async () => {
  const page = await t.page('/embed/vi.html');
  await settled(page);
  // The live region speaks once the change is painted and the page idle.
  const announced = (words) => page.waitForFunction((w) => document.querySelector('[data-news-widget]').shadowRoot.querySelector('[aria-live=polite]').textContent === w, words, { timeout: 5000 });
  // Tab from the top of the page reaches the toggle first (after the heading, which is not a tab stop).
  await page.keyboard.press('Tab');
  let f = await focused(page);
  assert.equal(f.text, 'Version for the visually impaired');
  assert.equal(f.expanded, 'false');
  assert.ok(f.outlineWidth >= 2 && f.outlineStyle !== 'none', `visible focus: ${f.outline}`);
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).expanded, 'true', 'Enter opens; focus stays on the button');
  await page.keyboard.press('Tab');
  assert.match((await focused(page)).text, /Smaller text/);
  await page.keyboard.press('Tab');
  assert.match((await focused(page)).text, /Larger text/);
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await announced('Font size: 150%');
  assert.equal(await page.evaluate(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-scale-value').textContent), '150%');
  await page.keyboard.press('Tab');
  f = await focused(page);
  assert.deepEqual([f.tag, f.value, f.checked], ['input', 'default', true], 'Tab enters the scheme group on the checked radio');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  f = await focused(page);
  assert.deepEqual([f.value, f.checked], ['black', true], 'arrows move and select');
  assert.equal(await attr(page, 'data-scheme'), 'black');
  await announced('Colour scheme: White on black');
  assert.ok(f.outlineWidth >= 2, `radio focus visible: ${f.outline}`);
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).value, 'show', 'next group: images');
  await page.keyboard.press('ArrowRight');
  assert.equal(await attr(page, 'data-images'), 'grayscale');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await focused(page)).value, 'black', 'Shift+Tab goes back to the scheme group');
  await page.keyboard.press('Tab');
  for (const value of ['normal', 'normal', 'default']) {
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).value, value);
  }
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Reset settings');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Close');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  assert.equal(await attr(page, 'data-scheme'), 'default');
  await announced('Settings reset');
  await page.keyboard.press('Escape');
  f = await focused(page);
  assert.deepEqual([f.text, f.expanded], ['Version for the visually impaired', 'false'], 'Escape closes and returns focus to the toggle');
  assert.equal(await page.locator(HOST).locator('#nw-settings').isHidden(), true);
  assert.deepEqual(page.problems, []);
});

test('every focus indicator in the five schemes is at least 2 px and 7:1 against its background', async () => {
  for (const scheme of SCHEMES.slice(1)) {
    const page = await withPrefs('/embed/vi.html', `scheme=${scheme}`);
    await openPanel(page);
    const seen = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const host = document.querySelector('[data-news-widget]');
        const el = host.shadowRoot.activeElement;
        if (!el) return null;
        const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
        const lum = ([r, g, b]) => [r, g, b].map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((acc, v, k) => acc + v * [0.2126, 0.7152, 0.0722][k], 0);
        const bg = parse(getComputedStyle(host.shadowRoot.querySelector('.nw')).backgroundColor);
        const s = getComputedStyle(el);
        const [a, b] = [lum(parse(s.outlineColor)), lum(bg)].sort((x, y) => y - x);
        return { name: el.value || el.textContent.trim().slice(0, 20), width: parseFloat(s.outlineWidth), style: s.outlineStyle, ratio: (a + 0.05) / (b + 0.05) };
      });
      if (!info) break;
      seen.push(info);
    }
    assert.ok(seen.length >= 10, `${scheme}: tabbed through ${seen.length} controls`);
    const bad = seen.filter((s) => s.style === 'none' || s.width < 2 || s.ratio < 7);
    assert.deepEqual(bad, [], `${scheme}: weak focus indicators`);
  }
});

test('targets are at least 24 × 24 CSS px', async () => {
  const page = await t.page('/embed/vi.html');
  await settled(page);
  await openPanel(page);
  const small = await page.evaluate(() =>
    [...document.querySelector('[data-news-widget]').shadowRoot.querySelectorAll('button, input, .nw-choice')]
      .map((el) => ({ el: el.value || el.textContent.trim().slice(0, 20), ...el.getBoundingClientRect().toJSON() }))
      .filter((r) => r.width < 24 || r.height < 24));
  assert.deepEqual(small, []);
});

test('settings persist across reloads, apply live to every widget and to other tabs', async () => {
  const page = await t.page('/embed/vi-two.html');
  await settled(page, 3);
  const other = await t.page('/embed/vi-two.html', { context: page.context() });
  await settled(other, 3);
  await openPanel(page, '#first');
  await page.locator('#first').getByRole('radio', { name: 'Brown on beige' }).check();
  await page.locator('#first').getByRole('button', { name: /Larger text/ }).click();
  for (const host of ['#first', '#second', '#driven']) {
    assert.equal(await attr(page, 'data-scheme', host), 'brown', `${host} follows at once`);
  }
  // A panel that was closed during the change shows it when opened.
  await page.locator('#second').getByRole('button', { name: 'Версия для слабовидящих' }).click();
  assert.equal(await page.locator('#second').getByRole('radio', { name: 'Коричневым по бежевому' }).isChecked(), true);
  assert.equal(await page.locator('#second').locator('.nw-scale-value').textContent(), '125\u00a0%');
  assert.equal(await page.locator('#second').locator('.nw-step').first().getAttribute('aria-disabled'), 'false', 'A− works again above 100 %');
  await other.waitForFunction(() => document.querySelector('#second').shadowRoot.querySelector('.nw').dataset.scheme === 'brown', null, { timeout: 5000 });
  await page.reload();
  await settled(page, 3);
  assert.equal(await attr(page, 'data-scheme', '#second'), 'brown');
  assert.match(await page.evaluate(() => document.querySelector('#first').shadowRoot.querySelector('.nw').getAttribute('style')), /--nw-scale: 1.25/);
  // A change right before leaving is kept too: saved on the way out when
  // the frame that would have saved it never came (frame callbacks are
  // switched off here, so only the page's leaving can save it).
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => {
      window.requestAnimationFrame = () => 0;
      document.querySelector('#first').shadowRoot.querySelector('.nw-step:last-of-type').click();
      location.reload();
    }),
  ]);
  await settled(page, 3);
  assert.match(await page.evaluate(() => document.querySelector('#first').shadowRoot.querySelector('.nw').getAttribute('style')), /--nw-scale: 1.5/);
  // The Russian widget speaks Russian in its panel.
  await page.locator('#second').getByRole('button', { name: 'Версия для слабовидящих' }).click();
  assert.equal(await page.locator('#second').getByRole('radio', { name: 'Коричневым по бежевому' }).isChecked(), true);
});

test('the host page drives the widget by attributes and hears the reader through an event', async () => {
  const page = await t.page('/embed/vi-two.html');
  await settled(page, 3);
  await page.evaluate(() => document.querySelector('#driven').setAttribute('contrast', 'green'));
  await page.waitForFunction(() => document.querySelector('#first').shadowRoot.querySelector('.nw').dataset.scheme === 'green');
  await page.evaluate(() => document.querySelector('#driven').setAttribute('font-scale', '200%'));
  await page.waitForFunction(() => /--nw-scale: 2\b/.test(document.querySelector('#second').shadowRoot.querySelector('.nw').getAttribute('style')));
  await page.evaluate(() => {
    window.heard = [];
    document.addEventListener('news-widget:prefs', (e) => window.heard.push([e.target.id, e.detail.contrast, e.detail.fontScale]));
  });
  await openPanel(page, '#first');
  await page.locator('#first').getByRole('radio', { name: 'White on black' }).check();
  // The event follows once the restyled widget is painted.
  await page.waitForFunction(() => window.heard.length > 0);
  assert.deepEqual(await page.evaluate(() => window.heard), [['first', 'black', 200]]);
});

test('an active bvi plugin on the host page (dark theme, large font) is mirrored live', async () => {
  const context = await t.browser.newContext({ viewport: { width: 1000, height: 900 } });
  // bvi cannot set its cookies on a host name with a port: serve the page as http://hospital.test/.
  await context.route('http://hospital.test/**', async (route) => {
    const url = new URL(route.request().url());
    try {
      const response = await route.fetch({ url: t.base + url.pathname + url.search });
      await route.fulfill({ response });
    } catch {
      // The page went away (reload, close) while this request was in flight.
    }
  });
  const page = await context.newPage();
  await page.goto('http://hospital.test/embed/bvi.html');
  await settled(page);
  assert.equal(await attr(page, 'data-scheme'), 'default', 'bvi off: the widget keeps its own look');
  await page.locator('.bvi-open').click();
  await page.waitForFunction(() => document.querySelector('.bvi-body'));
  await page.waitForFunction(() => document.querySelector('[data-news-widget]')?.shadowRoot?.querySelector('.nw')?.dataset.scheme === 'black', null, { timeout: 5000 });
  assert.match(await attr(page, 'style'), /--nw-scale: 2\b/, 'bvi font size 32px = 200%');
  await page.locator('.bvi-theme-blue').first().click();
  await page.waitForFunction(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw').dataset.scheme === 'blue');
  await page.locator('.bvi-images-off').first().click();
  await page.waitForFunction(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw').dataset.images === 'hide');
  await page.screenshot({ path: join(SHOTS, 'bvi-host.png') });
  // bvi remembers itself in cookies: after a reload the widget follows at once.
  await page.reload();
  await settled(page);
  await page.waitForFunction(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw').dataset.scheme === 'blue', null, { timeout: 5000 });
  // Back to the regular site: the reader's own settings return.
  await page.locator('[data-bvi="close"]').first().click();
  await page.waitForFunction(() => document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw').dataset.scheme === 'default', null, { timeout: 5000 });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
});

test('strict Content-Security-Policy with Trusted Types: renders, restyles, no violation', async () => {
  const page = await t.page(null);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(t.base + '/csp/embed/vi.html');
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  await settled(page);
  await openPanel(page);
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw-summary')).fontSize));
  const before = await size();
  await page.locator(HOST).getByRole('button', { name: /Larger text/ }).click();
  assert.ok((await size()) > before * 1.2, 'font size applies through CSSOM, which style-src allows');
  await page.locator(HOST).getByRole('radio', { name: 'White on black' }).check();
  assert.equal(await attr(page, 'data-scheme'), 'black');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems, []);
});

test('prefers-color-scheme: dark gives a dark default that still meets AA, axe clean', async () => {
  const page = await t.page(null, { colorScheme: 'dark' });
  await page.goto(t.base + '/embed/vi.html');
  await settled(page);
  await openPanel(page);
  const background = await page.evaluate(() => getComputedStyle(document.querySelector('[data-news-widget]').shadowRoot.querySelector('.nw')).backgroundColor);
  assert.equal(background, 'rgb(21, 25, 30)', 'the dark tokens are in use');
  assert.deepEqual(await contrastProblems(page, HOST, 4.5), []);
  assert.deepEqual(await axeViolations(page), []);
  await page.locator(HOST).screenshot({ path: join(SHOTS, 'dark-default.png') });
});

// A stand-in for the browser's speech synthesis that records what it is asked
// to say (headless Chromium has no voices), ending an utterance on cancel().
const FAKE_SPEECH = () => {
  const spoken = [];
  let current = null;
  const synth = {
    speak(u) { current = u; spoken.push({ text: u.text, lang: u.lang }); },
    // Like a real SpeechSynthesisEvent, the event names its utterance.
    cancel() { const u = current; current = null; if (u?.onend) u.onend(Object.assign(new Event('end'), { utterance: u })); },
    pause() { spoken.push('pause'); },
    resume() { spoken.push('resume'); },
    finish() { this.cancel(); },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.__spoken = spoken;
};

test('read aloud: the item in its own language, with stop and pause', async () => {
  const page = await t.page(null);
  await page.addInitScript(FAKE_SPEECH);
  await page.goto(t.base + '/embed/locale.html?lang=en&feed=/feeds/news-ru.json');
  await settled(page);
  const first = page.locator(HOST).getByRole('article').first();
  await first.getByRole('button', { name: 'Read aloud' }).click();
  const [said] = await page.evaluate(() => window.__spoken);
  assert.equal(said.lang, 'ru', "the item's language, not the interface's");
  assert.match(said.text, /^НМИЦ терапии .*\. 4 марта 2025 г\. Программа приглашает/);
  assert.equal(await first.getByRole('button', { name: 'Stop reading' }).count(), 1);
  await first.getByRole('button', { name: 'Pause' }).click();
  await first.getByRole('button', { name: 'Resume' }).click();
  assert.deepEqual((await page.evaluate(() => window.__spoken)).slice(1), ['pause', 'resume']);
  // Starting another item stops the first.
  const second = page.locator(HOST).getByRole('article').nth(1);
  await second.getByRole('button', { name: 'Read aloud' }).click();
  assert.equal(await first.getByRole('button', { name: 'Read aloud' }).count(), 1);
  assert.equal(await second.getByRole('button', { name: 'Stop reading' }).count(), 1);
  await second.getByRole('button', { name: 'Stop reading' }).click();
  assert.equal(await second.getByRole('button', { name: 'Read aloud' }).count(), 1);
  assert.deepEqual(page.problems, []);
});

test('read aloud is absent where the browser cannot speak', async () => {
  const page = await t.page(null);
  await page.addInitScript(() => { delete Window.prototype.speechSynthesis; delete window.speechSynthesis; });
  await page.goto(t.base + '/embed/vi.html');
  await settled(page);
  assert.equal(await page.evaluate(() => 'speechSynthesis' in window), false);
  assert.equal(await page.locator(HOST).getByRole('button', { name: 'Read aloud' }).count(), 0);
});
