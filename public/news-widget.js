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

  var CORE = 'core/news-widget.js';
  var WASM = 'core/news-widget_bg.wasm';
  var ATTRS = ['feed', 'lang', 'max-items', 'heading', 'heading-level', 'images', 'dates', 'font-scale', 'contrast'];

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

  var ready = import(base + CORE)
    .then(function (m) {
      return m.default({ module_or_path: base + WASM }).then(function () {
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
        queued.forEach(function (args) { mount.apply(null, args); });
      },
      function (error) {
        failed = true;
        console.error('news-widget: could not load ' + base + WASM, error);
        waiting.forEach(function (args) { showLoadFailure(args[0]); });
        waiting = [];
      }
    );

  // The wasm did not load (blocked, offline, very old browser): say so
  // instead of leaving an empty box. Text only, in the page's language.
  function showLoadFailure(host) {
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

  function mount(host, config, prefix) {
    host.__newsWidgetPending = false;
    if (!host.isConnected) return;
    if (failed) return showLoadFailure(host);
    if (!core) {
      host.__newsWidgetPending = true;
      return void waiting.push([host, config, prefix]);
    }
    unmount(host);
    try {
      handles.set(host, core.mount(host, config, prefix));
    } catch (error) {
      console.error('news-widget: could not start', error);
      showLoadFailure(host);
    }
  }

  function unmount(host) {
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
    scan: scan,
    ready: ready,
    // Diagnostics for benchmarks and support: wasm memory in use, in bytes.
    memoryBytes: function () { return core ? core.memory_bytes() : null; },
  };
  scan();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { scan(); });
  }
})();
