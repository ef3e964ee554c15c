// Checks run inside the page: text contrast, overflow and clipping inside a
// widget's shadow root. Each returns a list of problems (empty = pass).

/** Every visible text node's colour against its effective background. */
export function contrastProblems(page, hostSelector, minimum) {
  return page.evaluate(([sel, min]) => {
    const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((acc, v, i) => acc + v * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement || e.getRootNode().host) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg.length === 3 || bg[3] > 0) return bg.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const opacity = (el) => {
      let o = 1;
      for (let e = el; e; e = e.parentElement || e.getRootNode().host) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const problems = [];
    let checked = 0;
    for (const host of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!node.textContent.trim() || !el.checkVisibility() || el.closest('.nw-visually-hidden')) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width < 2 || rect.height < 2) continue;
        const fg = parse(getComputedStyle(el).color).slice(0, 3);
        const r = ratio(fg, background(el));
        checked++;
        if (r < min || opacity(el) < 1) {
          problems.push(`${r.toFixed(2)}:1 (opacity ${opacity(el)}) "${node.textContent.trim().slice(0, 30)}" in <${el.localName} class="${el.className}">`);
        }
      }
    }
    if (checked < 20) problems.push(`only ${checked} text nodes checked: is the widget rendered?`);
    return problems;
  }, [hostSelector, minimum]);
}

/** Horizontal scrolling inside the widget, and text cut off by overflow. */
export function overflowProblems(page, hostSelector) {
  return page.evaluate((sel) => {
    const problems = [];
    for (const host of document.querySelectorAll(sel)) {
      const root = host.shadowRoot.querySelector('.nw');
      if (root.scrollWidth > root.clientWidth + 1) problems.push(`widget scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
      for (const el of host.shadowRoot.querySelectorAll('.nw *')) {
        if (!el.checkVisibility() || el.closest('.nw-visually-hidden')) continue;
        const s = getComputedStyle(el);
        const clips = (v) => v !== 'visible';
        if ((clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
          problems.push(`clipped: <${el.localName} class="${el.className}">`);
        }
        const r = el.getBoundingClientRect();
        const box = root.getBoundingClientRect();
        if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) {
          problems.push(`sticks out: <${el.localName} class="${el.className}"> ${Math.round(r.left)}..${Math.round(r.right)} vs ${Math.round(box.left)}..${Math.round(box.right)}`);
        }
      }
    }
    return problems;
  }, hostSelector);
}

/** The focused element inside the first widget, described for assertions. */
export function focused(page, hostSelector = '[data-news-widget]') {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel).shadowRoot.activeElement;
    if (!el) return null;
    const s = getComputedStyle(el);
    return {
      tag: el.localName, id: el.id, value: el.value || null, text: el.textContent.trim(),
      checked: el.checked ?? null, expanded: el.getAttribute('aria-expanded'),
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
      outlineWidth: parseFloat(s.outlineWidth), outlineStyle: s.outlineStyle, outlineColor: s.outlineColor,
    };
  }, hostSelector);
}
