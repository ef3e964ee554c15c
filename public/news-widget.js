/*! news-widget loader: one <script> tag puts accessible news on a page.
 *
 * Works as a classic script (with or without defer/async) and as
 * type="module". Finds its wasm next to itself, so the folder can live on
 * any path or CDN. Places a widget for:
 *   1. this <script> tag when it carries data-feed (rendered right after it);
 *   2. every <news-widget feed="…"> element (a custom element);
 *   3. every <div data-news-widget data-feed="…"> (for CMS editors).
 * Hosts added later (page builders, AJAX) are picked up too; hosts removed
 * from the page are unmounted.
 */
(function () {
  'use strict';

  // Equals the version in Cargo.toml (a native test checks): support can
  // tell which build a page runs from the console.
  var VERSION = '0.1.0';
  var NAME = 'news-widget ' + VERSION + ': ';
  // `make dist` (scripts/hash-dist.mjs) writes the content-hashed folder
  // and the sha384 of both files here: a glue and a wasm of different
  // builds never meet, and a file that does not match is refused.
  var CORE = 'core/news-widget.js';
  var WASM = 'core/news-widget_bg.wasm';
  var CORE_INTEGRITY = '@core-integrity@';
  var WASM_INTEGRITY = '@wasm-integrity@';
  var pinned = function (value) { return /^sha384-/.test(value) ? value : ''; };
  // The locales with a message file in locales/ (English is built in);
  // must equal LOCALE_TAGS in the wasm (a native test checks).
  var LOCALES = ['ar', 'az', 'be', 'de', 'en', 'es', 'fr', 'he', 'hy', 'ka', 'kk', 'ky', 'ru', 'tg', 'uz', 'zh'];
  var ATTRS = ['feed', 'lang', 'max-items', 'heading', 'heading-level', 'images', 'dates', 'refresh', 'timeout', 'base-url', 'font-scale', 'contrast', 'layout', 'tags', 'exclude-tags'];

  // Loaded twice on one page (two tags): the first copy does all the work.
  if (window.__newsWidget) {
    window.__newsWidget.scan();
    return;
  }

  function ownUrl() {
    var current = document.currentScript;
    if (current && current.src) return current.src;
    // type="module" has no currentScript: find our tag by file name.
    var scripts = document.querySelectorAll('script[src]');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/news-widget\.js(?:[?#]|$)/.test(scripts[i].src)) return scripts[i].src;
    }
    return document.baseURI;
  }

  var base = new URL('.', ownUrl()).href;
  var handles = new Map(); // host element -> WidgetHandle
  var core = null;
  var failed = false;
  var waiting = []; // mounts asked for before the wasm was ready
  var messages = {}; // locale tag -> promise of its message file's text (null: none)
  var installed = {}; // locale tag -> handed to the wasm (or tried and failed)

  var coreLoad = null;

  // The glue and the wasm, fetched in parallel (the wasm does not wait for
  // the glue to arrive and ask for it) and compiled while streaming. Started
  // by the first widget that is near the visible area, not before.
  function loadCore() {
    if (coreLoad) return coreLoad;
    // With integrity, a tampered or mismatched file is refused: the fetch
    // rejects, and the glue's preload fails, which the import then shares.
    var wasm = fetch(base + WASM, { integrity: pinned(WASM_INTEGRITY) });
    if (pinned(CORE_INTEGRITY)) {
      var preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.integrity = pinned(CORE_INTEGRITY);
      preload.href = base + CORE;
      document.head.appendChild(preload);
    }
    coreLoad = import(base + CORE)
      .then(function (m) {
        return m.default({ module_or_path: wasm }).then(function () {
          return m;
        });
      })
      .then(
        function (m) {
          core = m;
          var queued = waiting;
          waiting = [];
          // One bad host (say, an element that cannot have a shadow root)
          // must not stop the others: mount() catches its own errors.
          // A host queued twice (moved while the wasm downloaded) mounts once:
        // only its latest turn counts.
        queued.forEach(function (args) {
          if (args[0].__newsWidgetTurn === args[3]) mount(args[0], args[1], args[2]);
        });
        },
        function (error) {
          failed = true;
          console.error(NAME + 'could not load ' + base + CORE + ' and ' + WASM + ' (missing, blocked, or not matching their integrity)', error);
          // No widget will take the feed requests started for it.
          Object.keys(started).forEach(function (url) { started[url].controller.abort(); });
          started = {};
          waiting.forEach(function (args) { showLoadFailure(args[0]); });
          waiting = [];
        }
      );
    return coreLoad;
  }

  // Lazy start, like loading="lazy" images: a widget more than one viewport
  // height away from the visible area downloads nothing (no glue, wasm,
  // messages or feed) until the reader scrolls near it. loading="eager"
  // (data-loading) starts at once; so does every widget where the browser
  // has no IntersectionObserver.
  var MARGIN = 1; // viewport heights
  var approach = window.IntersectionObserver
    ? new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var host = entry.target;
        approach.unobserve(host);
        host.__newsWidgetNear = true;
        var args = host.__newsWidgetDeferred;
        host.__newsWidgetDeferred = null;
        if (args) mount.apply(null, args);
      });
    }, { rootMargin: MARGIN * 100 + '% 0px' })
    : null;

  // Near enough to start now? Measured at once, so a widget in view does
  // not wait for the observer's first report.
  function isNear(host, config, prefix) {
    if (host.__newsWidgetNear || !approach || config.getAttribute(prefix + 'loading') === 'eager') return true;
    var box = host.getBoundingClientRect();
    var height = window.innerHeight || document.documentElement.clientHeight;
    var near = box.bottom >= -MARGIN * height && box.top <= (1 + MARGIN) * height;
    if (near) host.__newsWidgetNear = true;
    return near;
  }

  // The host's own children (a link to all news, a server-rendered list)
  // show until the widget renders, and stay if it cannot.
  function hasFallback(host) {
    return Array.prototype.some.call(host.childNodes, function (node) {
      return node.nodeType === 1 ? node.localName !== 'script' : node.nodeType === 3 && node.data.trim() !== '';
    });
  }

  // The wasm did not load (blocked, offline, very old browser): say so
  // instead of leaving an empty box. Text only, in the page's language.
  function showLoadFailure(host) {
    host.style.removeProperty(RESERVE);
    if (!host.shadowRoot && hasFallback(host)) return;
    var lang = (host.closest('[lang]') || document.documentElement).getAttribute('lang') || '';
    var p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = /^ru\b/i.test(lang)
      ? 'Не удалось загрузить блок новостей.'
      : 'The news block could not be loaded.';
    try {
      (host.shadowRoot || host.attachShadow({ mode: 'open' })).replaceChildren(p);
    } catch (e) {
      // Some elements (li, td, ul…) cannot have a shadow root: say it beside them.
      host.insertAdjacentElement('afterend', p);
    }
  }

  // The widget's language, negotiated as the wasm does (lang option,
  // nearest lang attribute, browser languages): a guess made before the
  // wasm is here, so its messages download in parallel with it.
  function guessLocale(host, config, prefix) {
    var nearest = host.closest('[lang]');
    var candidates = [config.getAttribute(prefix + 'lang'), nearest && nearest.getAttribute('lang')]
      .concat(Array.prototype.slice.call(navigator.languages || []));
    for (var i = 0; i < candidates.length; i++) {
      var primary = String(candidates[i] || '').trim().split(/[-_]/)[0].toLowerCase();
      if (LOCALES.indexOf(primary) >= 0) return primary;
    }
    return 'en';
  }

  // One download per locale for the whole page; a missing file means English.
  function messagesFor(tag) {
    if (tag === 'en') return null;
    if (!messages[tag]) {
      var url = base + 'locales/' + tag + '.txt';
      messages[tag] = fetch(url)
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.text();
        })
        .catch(function (error) {
          console.warn(NAME + 'could not load ' + url + ', showing English', error);
          return null;
        });
    }
    return messages[tag];
  }

  // No layout shift: until the widget has rendered, its host holds the
  // height it took last time for this feed at this width (remembered by the
  // widget under HEIGHTS, see src/reserve.rs), else the site's `height`
  // hint, else a guess from max-items. A host with fallback content keeps
  // that content's height instead.
  var RESERVE = '--news-widget-reserve';
  var HEIGHTS = 'news-widget:heights';
  // Measured on the sample feeds at 16 px: an item with a picture beside
  // its text takes 15-18 em (more on a phone, where the picture is on top),
  // the heading and its button 5 em. A guess past the window's bottom is
  // as good as exact: what moves out of sight does not count as a shift.
  var ITEM_EM = 16;
  var FRAME_EM = 5;

  // The feed attribute's addresses as the wasm takes them (src/options.rs,
  // src/web/widget.rs): split at ASCII spaces, resolved, only what fetch
  // can read, repeats left out, at most 8.
  var MAX_FEEDS = 8;
  function feedUrls(attribute) {
    var urls = [];
    (attribute || '').split(/[ \t\n\f\r]+/).forEach(function (raw) {
      if (!raw || urls.length >= MAX_FEEDS) return;
      try {
        var url = new URL(raw, document.baseURI).href;
        if (/^(https?|blob):/.test(url) && urls.indexOf(url) < 0) urls.push(url);
      } catch (e) { /* not an address: the widget says so */ }
    });
    return urls;
  }

  // What sets a widget's height apart from another on the same feeds:
  // Options::look_key in src/options.rs, built the same way.
  function lookKey(config, prefix) {
    var tags = function (name) {
      return (config.getAttribute(prefix + name) || '').split(',').map(function (t) {
        return t.trim().replace(/\s+/g, ' ').toLowerCase();
      }).filter(Boolean).join(',');
    };
    var layout = (config.getAttribute(prefix + 'layout') || '').trim().toLowerCase();
    if (layout !== 'cards' && layout !== 'headlines') layout = 'list';
    var only = tags('tags'), not = tags('exclude-tags');
    return layout === 'list' && !only && !not ? '' : ' |' + layout + '|' + only + '|' + not;
  }

  function rememberedHeight(key, width) {
    try {
      var lines = (localStorage.getItem(HEIGHTS) || '').split('\n');
      for (var i = 0; i < lines.length; i++) {
        var parts = lines[i].split(' ');
        if (parts.slice(2).join(' ') === key && Math.abs(parts[0] - width) <= 1 && parts[1] > 0) return parts[1] + 'px';
      }
    } catch (e) { /* storage blocked, or a bad address: no memory */ }
    return null;
  }

  function reserveSpace(host, config, prefix) {
    if (host.shadowRoot || hasFallback(host) || host.style.getPropertyValue(RESERVE)) return;
    var feed = config.getAttribute(prefix + 'feed');
    if (!feed) return;
    var hint = (config.getAttribute(prefix + 'height') || '').trim();
    if (/^\d+(\.\d+)?$/.test(hint)) hint += 'px';
    var items = Math.min(Math.max(parseInt(config.getAttribute(prefix + 'max-items'), 10) || 10, 1), 10);
    var width = Math.round(host.getBoundingClientRect().width);
    // Per layout: a headline takes about 3.5 em; cards (17 em wide at
    // least, see widget.css) share a row, each some 24 em high.
    var layout = (config.getAttribute(prefix + 'layout') || '').trim().toLowerCase();
    var rows = layout === 'cards' ? Math.ceil(items / Math.max(1, Math.floor(width / (18 * 16)))) : items;
    var perItem = layout === 'headlines' ? 3.5 : layout === 'cards' ? 24 : ITEM_EM;
    var height = rememberedHeight(feedUrls(feed).join(' ') + lookKey(config, prefix), width)
      || (hint && window.CSS && CSS.supports('min-height', hint) ? hint : null)
      || (FRAME_EM + rows * perItem) + 'em';
    host.style.setProperty(RESERVE, height);
  }

  // The page-level rule that turns the reservation into a height, in a
  // cascade layer of its own, so any rule of the site's own wins.
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync('@layer news-widget{:where(news-widget:not([hidden])){display:block}'
      + ':where(news-widget,[data-news-widget],[data-news-widget-host]){min-height:var(' + RESERVE + ')}}');
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
  } catch (e) { /* no constructable stylesheets: no reservation */ }

  // Parallel start: each widget's feed is requested as soon as the widget
  // starts, while the wasm is still on its way; the widget takes the
  // request over (once) instead of making its own, and its signal (time
  // limit, size cap) then aborts it. One request per address, as in the wasm.
  var started = {}; // absolute feed URL -> { response, controller, at }
  var FRESH_MS = 10000; // an older request is not handed over: it may be stale

  function startFeed(config, prefix) {
    feedUrls(config.getAttribute(prefix + 'feed')).forEach(function (url) {
      if (!/^https?:/.test(url) || started[url] || !window.AbortController) return;
      var controller = new AbortController();
      var response = fetch(url, { signal: controller.signal });
      response.catch(function () { /* the widget reports it when it takes the request */ });
      started[url] = { response: response, controller: controller, at: Date.now() };
    });
  }

  function take(url, signal) {
    var request = started[url];
    if (!request) return undefined;
    delete started[url];
    if (Date.now() - request.at > FRESH_MS) {
      request.controller.abort();
      return undefined;
    }
    if (signal) {
      var abort = function () { request.controller.abort(signal.reason); };
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
    }
    return request.response;
  }

  function mount(host, config, prefix) {
    host.__newsWidgetPending = false;
    // A later mount of the same host wins over one still waiting for messages.
    var turn = host.__newsWidgetTurn = (host.__newsWidgetTurn || 0) + 1;
    if (!host.isConnected) return;
    if (failed) return showLoadFailure(host);
    reserveSpace(host, config, prefix);
    if (!isNear(host, config, prefix)) {
      host.__newsWidgetPending = true;
      host.__newsWidgetDeferred = [host, config, prefix];
      return void approach.observe(host);
    }
    if (!core) {
      loadCore();
      startFeed(config, prefix);
      messagesFor(guessLocale(host, config, prefix));
      host.__newsWidgetPending = true;
      return void waiting.push([host, config, prefix, turn]);
    }
    // One bad host must not stop the others, nor throw into the page.
    var fail = function (error) {
      console.error(NAME + 'could not start', error);
      showLoadFailure(host);
    };
    try {
      var tag = core.locale_for(host, config, prefix);
      if (tag !== 'en' && !installed[tag]) {
        host.__newsWidgetPending = true;
        return void messagesFor(tag).then(function (text) {
          if (!installed[tag]) {
            installed[tag] = true;
            if (text !== null && !core.install_locale(tag, text)) {
              console.warn(NAME + base + 'locales/' + tag + '.txt is not a message file, showing English');
            }
          }
          if (host.__newsWidgetTurn === turn) mount(host, config, prefix);
        }).catch(fail);
      }
      unmount(host);
      handles.set(host, core.mount(host, config, prefix));
    } catch (error) {
      fail(error);
    }
  }

  function unmount(host) {
    if (host.__newsWidgetDeferred) {
      approach.unobserve(host);
      host.__newsWidgetDeferred = null;
      host.__newsWidgetPending = false;
    }
    var handle = handles.get(host);
    if (handle) {
      handles.delete(host);
      handle.free();
    }
  }

  // Form 1: the script tag itself, rendered right where it stands.
  function placeAfterScript(script) {
    var existing = script.__newsWidgetHost;
    if (existing) {
      // Moved or re-inserted with its script: mount again if it was taken down.
      if (existing.isConnected && !handles.has(existing) && !existing.__newsWidgetPending) mount(existing, script, 'data-');
      return;
    }
    var host = document.createElement('div');
    host.setAttribute('data-news-widget-host', '');
    script.__newsWidgetHost = host;
    if (script.parentNode && script.parentNode !== document.head) {
      script.parentNode.insertBefore(host, script.nextSibling);
    } else {
      (document.body || document.documentElement).appendChild(host);
    }
    mount(host, script, 'data-');
  }

  function scan(root) {
    root = root || document;
    var scripts = root.querySelectorAll('script[data-feed]');
    for (var i = 0; i < scripts.length; i++) placeAfterScript(scripts[i]);
    var divs = root.querySelectorAll('[data-news-widget]');
    for (var j = 0; j < divs.length; j++) {
      if (!handles.has(divs[j]) && !divs[j].__newsWidgetPending) {
        divs[j].__newsWidgetPending = true;
        mount(divs[j], divs[j], 'data-');
      }
    }
  }

  // Form 2: <news-widget>.
  if (!window.customElements.get('news-widget')) {
    class NewsWidgetElement extends HTMLElement {
      static get observedAttributes() { return ATTRS; }
      connectedCallback() { mount(this, this, ''); }
      disconnectedCallback() { unmount(this); }
      attributeChangedCallback() { if (this.isConnected && handles.has(this)) mount(this, this, ''); }
    }
    window.customElements.define('news-widget', NewsWidgetElement);
  }

  // Form 3 hosts and script tags added or removed after load.
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(function (node) {
        if (node.nodeType !== 1) return;
        if (node.matches('script[data-feed], [data-news-widget]')) scan(node.parentNode);
        else if (node.querySelector('script[data-feed], [data-news-widget]')) scan(node);
      });
      record.removedNodes.forEach(function (node) {
        if (node.nodeType !== 1 || node.localName === 'news-widget') return;
        handles.forEach(function (_, host) {
          if (!host.isConnected && !host.matches('news-widget')) unmount(host);
        });
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });

  window.__newsWidget = {
    // Which build this page runs.
    version: VERSION,
    scan: scan,
    // Loads the core now, whether or not a widget is near (for tests and benches).
    ready: loadCore,
    // For the wasm: the feed request started for a widget, handed over once.
    take: take,
    // Diagnostics for benchmarks and support: wasm memory in use, in bytes.
    memoryBytes: function () { return core ? core.memory_bytes() : null; },
  };
  scan();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      // A <news-widget> met while the page was parsing had no children yet:
      // if fallback content came, it holds the space, not a reservation.
      var hosts = document.querySelectorAll('news-widget, [data-news-widget]');
      for (var i = 0; i < hosts.length; i++) {
        if (!hosts[i].shadowRoot && hasFallback(hosts[i])) hosts[i].style.removeProperty(RESERVE);
      }
      scan();
    });
  }
})();
