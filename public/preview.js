// The editors' preview page: load or paste a feed, see the report from the
// same rules as `news-feed-lint`, see the widget side by side in several
// languages and looks, and copy the embed code. Runs only in this page;
// nothing is uploaded. Feed text reaches the widgets as a blob: URL and the
// report as text nodes only.
import init, { mount, lint_report, decode_feed, install_locale, theme_report } from './preview-core/news-widget.js';

const TEXT = {
  en: {
    title: 'Feed preview and report', intro: 'Check a news feed before it goes live: see it as readers will, in several languages and looks, and what is wrong with it. Nothing is uploaded anywhere.',
    'ui-lang': 'Interface language', input: 'Feed', 'by-url': 'Load by URL', load: 'Load', paste: 'Or paste the feed (JSON), or drop a file here',
    check: 'Check and preview', file: 'Choose a file', configs: 'Show the widget', 'lang-ru': 'in Russian', 'lang-en': 'in English',
    'scheme-default': 'site colours', 'scheme-black': 'white on black', narrow: 'narrow (320 px)', report: 'Report', previews: 'How readers see it',
    embed: 'Embed code', 'e-lang': 'Language', 'e-max': 'Number of items', 'e-heading': 'Heading', 'e-level': 'Heading level',
    'e-feed': 'Feed URL (several: separated by spaces)', 'e-layout': 'Layout', 'layout-list': 'list', 'layout-cards': 'cards', 'layout-headlines': 'headlines (sidebar)',
    'e-tags': 'Only items tagged (comma-separated)', 'e-exclude': 'Leave out items tagged', 'e-accent': 'Accent colour (buttons, focus)', 'e-link': 'Link colour', 'e-background': 'Background',
    contrast: (p, v, r) => `${p}: ${v} gives text a contrast of ${r}, below 4.5:1; the widget uses its own colour instead.`,
    'e-pin': 'Pin this version (integrity)',
    'e-images': 'Images', 'e-all': 'All news page (shown if the widget cannot run)', show: 'show', hide: 'hide', 'e-code': 'Paste this where the news should appear', copy: 'Copy the code',
    copied: 'Copied. Paste it into the page.', 'copy-failed': 'Could not copy: select the code and copy it yourself.',
    clean: 'No problems found.', empty: 'Paste or load a feed first.', 'load-failed': 'Could not load the feed:',
    'no-url': 'Enter the address of the feed first.', base: 'Address relative links resolve against',
    'base-hint': 'For a pasted feed or a file; a feed loaded by URL uses its own address.',
    summary: (e, w, t) => `${e} error(s), ${w} warning(s), ${t} tip(s).`, item: 'item', field: 'field', error: 'error', warning: 'warning', tip: 'tip',
    card: (lang, scale, scheme, narrow) => `${lang === 'ru' ? 'Russian' : 'English'}, ${scale}%, ${scheme === 'black' ? 'white on black' : 'site colours'}${narrow ? ', 320 px' : ''}`,
  },
  ru: {
    title: 'Просмотр и проверка ленты', intro: 'Проверьте ленту новостей до публикации: посмотрите, как её увидят читатели на разных языках и в разных режимах, и что в ней не так. Ничего никуда не отправляется.',
    'ui-lang': 'Язык интерфейса', input: 'Лента', 'by-url': 'Загрузить по адресу', load: 'Загрузить', paste: 'Или вставьте ленту (JSON), или перетащите сюда файл',
    check: 'Проверить и показать', file: 'Выбрать файл', configs: 'Показать виджет', 'lang-ru': 'на русском', 'lang-en': 'на английском',
    'scheme-default': 'цвета сайта', 'scheme-black': 'белым по чёрному', narrow: 'узким (320 px)', report: 'Отчёт', previews: 'Как это увидят читатели',
    embed: 'Код для вставки', 'e-lang': 'Язык', 'e-max': 'Число новостей', 'e-heading': 'Заголовок', 'e-level': 'Уровень заголовка',
    'e-feed': 'Адрес ленты (несколько — через пробел)', 'e-layout': 'Вид', 'layout-list': 'список', 'layout-cards': 'карточки', 'layout-headlines': 'заголовки (для боковой колонки)',
    'e-tags': 'Только новости с метками (через запятую)', 'e-exclude': 'Скрыть новости с метками', 'e-accent': 'Цвет акцента (кнопки, фокус)', 'e-link': 'Цвет ссылок', 'e-background': 'Фон',
    contrast: (p, v, r) => `${p}: ${v} даёт тексту контраст ${r}, меньше 4,5:1; виджет использует свой цвет.`,
    'e-pin': 'Закрепить эту версию (integrity)',
    'e-images': 'Изображения', 'e-all': 'Страница всех новостей (видна, если виджет не запустится)', show: 'показывать', hide: 'скрыть', 'e-code': 'Вставьте этот код туда, где должны быть новости', copy: 'Скопировать код',
    copied: 'Скопировано. Вставьте код на страницу.', 'copy-failed': 'Не удалось скопировать: выделите код и скопируйте его сами.',
    clean: 'Проблем не найдено.', empty: 'Сначала вставьте или загрузите ленту.', 'load-failed': 'Не удалось загрузить ленту:',
    'no-url': 'Сначала введите адрес ленты.', base: 'Адрес, от которого отсчитываются относительные ссылки',
    'base-hint': 'Для вставленной ленты или файла; лента, загруженная по адресу, использует свой адрес.',
    summary: (e, w, t) => `Ошибок: ${e}, предупреждений: ${w}, советов: ${t}.`, item: 'новость', field: 'поле', error: 'ошибка', warning: 'предупреждение', tip: 'совет',
    card: (lang, scale, scheme, narrow) => `${lang === 'ru' ? 'Русский' : 'Английский'}, ${scale}%, ${scheme === 'black' ? 'белым по чёрному' : 'цвета сайта'}${narrow ? ', 320 px' : ''}`,
  },
};

const $ = (id) => document.getElementById(id);
let ui = navigator.language?.startsWith('ru') ? 'ru' : 'en';
let handles = [];
let blobUrl = null;
const t = (key) => TEXT[ui][key];

function applyUiLanguage() {
  document.documentElement.lang = ui;
  $('ui-lang').value = ui;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  renderEmbedCode();
}

function checked(name) {
  return [...document.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);
}

function renderReport(text) {
  const list = $('findings');
  list.replaceChildren();
  const findings = JSON.parse(lint_report(text, ui));
  const count = (s) => findings.filter((f) => f.severity === s).length;
  $('report-summary').textContent = findings.length ? t('summary')(count('error'), count('warning'), count('tip')) : t('clean');
  for (const f of findings) {
    const li = document.createElement('li');
    li.className = f.severity;
    const button = document.createElement('button');
    button.type = 'button';
    const sev = document.createElement('span');
    sev.className = 'pv-sev';
    sev.textContent = t(f.severity);
    const message = document.createElement('span');
    message.textContent = `${f.message} (${f.rule})`;
    const where = document.createElement('span');
    where.className = 'pv-where';
    where.textContent = [
      f.item !== null ? `${t('item')} ${f.item + 1}${f.title ? ` «${f.title}»` : ''}${f.id ? ` (id ${f.id})` : ''}` : '',
      f.field ? `${t('field')} ${f.field}` : '',
      f.detail || '',
    ].filter(Boolean).join(' · ');
    button.append(sev, message, where);
    button.addEventListener('click', () => highlight(f.title));
    li.append(button);
    list.append(li);
  }
}

// Shows the item a finding is about in every preview: outlined and scrolled to.
function highlight(title) {
  let first = null;
  for (const { host } of handles) {
    for (const article of host.shadowRoot?.querySelectorAll('article') || []) {
      const match = title && article.querySelector('.nw-item-title')?.textContent === title;
      article.style.outline = match ? '4px solid #b3261e' : '';
      article.style.outlineOffset = match ? '4px' : '';
      if (match) article.dataset.highlight = ''; else delete article.dataset.highlight;
      if (match && !first) first = article;
    }
  }
  first?.scrollIntoView({ block: 'center' });
}

function renderPreviews(text) {
  handles.forEach(({ handle }) => handle.free());
  handles = [];
  if (blobUrl) URL.revokeObjectURL(blobUrl);
  blobUrl = URL.createObjectURL(new Blob([text], { type: `${text.trimStart().startsWith('<') ? 'application/xml' : 'application/json'}; charset=utf-8` }));
  const grid = $('previews');
  grid.replaceChildren();
  const widths = checked('width').length ? [false, true] : [false];
  for (const lang of checked('lang')) for (const scale of checked('scale')) for (const scheme of checked('scheme')) for (const narrow of widths) {
    const card = document.createElement('div');
    card.className = `pv-card${narrow ? ' pv-narrow' : ''}`;
    const h3 = document.createElement('h3');
    h3.textContent = t('card')(lang, scale, scheme, narrow);
    const host = document.createElement('div');
    host.lang = lang;
    host.setAttribute('data-feed', blobUrl);
    const site = siteOptions();
    // The base address is the pasted feed's: several feeds keep their own.
    const base = $('feed-base').value.trim();
    if (base && site.feeds.length < 2) host.setAttribute('data-base-url', base);
    host.setAttribute('data-lang', lang);
    host.setAttribute('data-heading-level', '4');
    host.setAttribute('data-preview-prefs', `scale=${scale};scheme=${scheme}`);
    for (const [name, value] of site.attributes) host.setAttribute(`data-${name}`, value);
    for (const [name, value] of site.theme) host.style.setProperty(`--news-widget-${name}`, value);
    // Several feeds: the previews load them all, from their addresses.
    if (site.feeds.length > 1) host.setAttribute('data-feed', site.feeds.join(' '));
    card.append(h3, host);
    grid.append(card);
    handles.push({ host, handle: mount(host, host, 'data-') });
  }
  // The contrast guard runs in the widget's first frame: then ask it.
  requestAnimationFrame(() => requestAnimationFrame(renderThemeFindings));
}

/** What the embed form sets beyond the feed: attributes and theme colours. */
function siteOptions() {
  const form = $('embed-form').elements;
  const attributes = [];
  for (const name of ['layout', 'tags', 'exclude-tags']) {
    const value = form[name].value.trim();
    if (value && !(name === 'layout' && value === 'list')) attributes.push([name, value]);
  }
  // Only real colours: nothing else reaches the generated <style>.
  const theme = ['accent', 'link', 'background'].map((name) => [name, form[name].value.trim()])
    .filter(([, v]) => v && CSS.supports('color', v) && !/[<>;{}\\]|\/\*/.test(v));
  // Resolved against this page, as the widget would; a typo is left out.
  const feeds = form.feed.value.trim().split(/\s+/).filter(Boolean).flatMap((f) => {
    try { return [new URL(f, location.href).href]; } catch { return []; }
  });
  return { attributes, theme, feeds };
}

/** The contrast guard's findings for the site colours, in the report. */
function renderThemeFindings() {
  const host = handles.find(({ host }) => /scheme=default/.test(host.getAttribute('data-preview-prefs')))?.host;
  const list = $('findings');
  for (const old of list.querySelectorAll('.pv-theme')) old.remove();
  for (const f of host ? JSON.parse(theme_report(host)) : []) {
    const li = document.createElement('li');
    li.className = 'warning pv-theme';
    const sev = document.createElement('span');
    sev.className = 'pv-sev';
    sev.textContent = t('warning');
    const message = document.createElement('span');
    message.textContent = `${t('contrast')(f.property, f.value, f.ratio)} (theme-contrast)`;
    li.append(sev, message);
    list.append(li);
  }
  const count = (s) => list.querySelectorAll(`li.${s}`).length;
  $('report-summary').textContent = list.children.length ? t('summary')(count('error'), count('warning'), count('tip')) : t('clean');
}

function check() {
  const text = $('feed-text').value;
  if (!text.trim()) {
    $('report-summary').textContent = t('empty');
    return;
  }
  renderReport(text);
  renderPreviews(text);
}

// The address field says what is wrong next to itself; nothing is fetched
// and nothing the editor pasted is replaced.
function urlError(message) {
  const error = $('url-error');
  error.textContent = message;
  error.hidden = !message;
  if (message) $('feed-url').setAttribute('aria-invalid', 'true');
  else $('feed-url').removeAttribute('aria-invalid');
}

async function loadUrl(event) {
  event.preventDefault();
  const address = $('feed-url').value.trim();
  if (!address) {
    urlError(t('no-url'));
    $('feed-url').focus();
    return;
  }
  urlError('');
  try {
    const url = new URL(address, location.href).href;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // Decoded as the widget decodes it: a windows-1251 feed stays readable.
    const bytes = new Uint8Array(await response.arrayBuffer());
    $('feed-text').value = decode_feed(bytes, response.headers.get('content-type') ?? undefined);
    $('feed-base').value = url;
    $('embed-form').elements.feed.value = address;
    renderEmbedCode();
    check();
  } catch (error) {
    urlError(`${t('load-failed')} ${error.message}`);
  }
}

async function loadFile(file) {
  if (!file) return;
  $('feed-text').value = decode_feed(new Uint8Array(await file.arrayBuffer()), file.type || undefined);
  check();
}

function renderEmbedCode() {
  const form = $('embed-form').elements;
  const loader = new URL('news-widget.js', location.href).href;
  // Pinned: the loader's sha384 (make dist writes it), which pins the rest.
  const pin = form.pin.checked && loaderIntegrity ? [['integrity', loaderIntegrity], ['crossorigin', 'anonymous']] : [];
  const attrs = [['src', loader], ...pin, ['data-feed', form.feed.value]];
  for (const name of ['lang', 'max-items', 'heading', 'heading-level', 'images', 'layout', 'tags', 'exclude-tags']) {
    const value = form[name].value.trim();
    const isDefault = (name === 'max-items' && value === '10') || (name === 'heading-level' && value === '2') || (name === 'images' && value === 'show') || (name === 'layout' && value === 'list');
    if (value && !isDefault) attrs.push([`data-${name}`, value]);
  }
  const escape = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const list = (pairs) => pairs.map(([k, v]) => `${k}="${escape(v)}"`).join(' ');
  // Site colours: custom properties on the widget's host, from the site's CSS.
  const { theme } = siteOptions();
  const style = theme.length
    ? `<style>[data-news-widget], [data-news-widget-host] { ${theme.map(([k, v]) => `--news-widget-${k}: ${v};`).join(' ')} }</style>\n`
    : '';
  const allNews = form['all-news'].value.trim();
  if (!allNews) {
    $('embed-code').value = `${style}<script ${list(attrs)}></script>`;
    return;
  }
  // With a page of all news, the div form: its link stays for readers
  // whose browser cannot run the widget, and is hidden once it renders.
  const [, ...rest] = attrs;
  const options = rest.slice(pin.length);
  const label = /^ru\b/i.test(form.lang.value.trim()) ? 'Все новости' : 'All news';
  $('embed-code').value = `${style}<div data-news-widget ${list(options)}><a href="${escape(allNews)}">${label}</a></div>\n`
    + `<script src="${escape(loader)}"${pin.map(([k, v]) => ` ${k}="${escape(v)}"`).join('')} defer></script>`;
}

async function copyCode() {
  try {
    await navigator.clipboard.writeText($('embed-code').value);
    $('copied').textContent = t('copied');
  } catch {
    $('embed-code').select();
    $('copied').textContent = t('copy-failed');
  }
}

// The loader's integrity, for a pinned tag (absent in an unbuilt tree).
let loaderIntegrity = null;
try {
  const response = await fetch(new URL('integrity.txt', import.meta.url));
  if (response.ok) loaderIntegrity = (await response.text()).trim();
} catch { /* no pinning offered */ }
await init({ module_or_path: new URL('preview-core/news-widget_bg.wasm', import.meta.url) });
// The widget's words beyond English come as message files, as on a site.
const previewLangs = [...document.querySelectorAll('input[type=checkbox][name=lang]')].map((box) => box.value);
await Promise.all(previewLangs.filter((lang) => lang !== 'en').map(async (lang) => {
  const url = new URL(`locales/${lang}.txt`, import.meta.url);
  try {
    const response = await fetch(url);
    if (!response.ok || !install_locale(lang, await response.text())) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    console.warn(`preview: could not load ${url}, the widget shows English`, error);
  }
}));
$('ui-lang').addEventListener('change', (e) => { ui = e.target.value; applyUiLanguage(); check(); });
$('url-form').addEventListener('submit', loadUrl);
$('check').addEventListener('click', check);
$('feed-file').addEventListener('change', (e) => loadFile(e.target.files[0]));
$('feed-text').addEventListener('dragover', (e) => e.preventDefault());
$('feed-text').addEventListener('drop', (e) => { e.preventDefault(); loadFile(e.dataTransfer.files[0]); });
// The previews follow the embed form live (layout, tags, colours).
let relayout = null;
$('embed-form').addEventListener('input', () => {
  renderEmbedCode();
  clearTimeout(relayout);
  relayout = setTimeout(() => $('feed-text').value.trim() && check(), 300);
});
$('feed-url').addEventListener('input', () => urlError(''));
$('feed-base').addEventListener('change', () => $('feed-text').value.trim() && check());
$('copy').addEventListener('click', copyCode);
for (const box of document.querySelectorAll('.pv-configs input')) box.addEventListener('change', () => $('feed-text').value.trim() && check());
applyUiLanguage();
document.documentElement.dataset.ready = '';
