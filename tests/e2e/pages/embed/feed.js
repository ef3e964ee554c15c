// Builds widget hosts from the query string, before the loader's own
// <script> tag runs (feed.html): ?feed=URL&n=2 and any data-* option
// (max-items, refresh, timeout, lang…), and ?css= for the host's style
// attribute. Hosts get ids w0, w1…
const query = new URLSearchParams(location.search);
const count = Number(query.get('n') || 1);
for (let i = 0; i < count; i++) {
  const host = document.createElement('div');
  host.id = `w${i}`;
  host.setAttribute('data-news-widget', '');
  for (const [key, value] of query) {
    // ?css=… is the host's own style attribute (a site's theme).
    if (key === 'css') host.setAttribute('style', value);
    else if (key !== 'n') host.setAttribute(`data-${key}`, value);
  }
  document.querySelector('main').append(host);
}
