#!/usr/bin/env bash
# Fails when dist/ lacks a file the embed needs, so a broken build never
# looks like a working one. Prints the sizes a site will download.
set -euo pipefail
cd "$(dirname "$0")/../dist"
for f in news-widget.js core/news-widget.js core/news-widget_bg.wasm \
         preview.html preview.js preview-core/news-widget.js preview-core/news-widget_bg.wasm \
         locales/en.txt locales/ru.txt; do
  [ -s "$f" ] || { echo "dist is incomplete: $f is missing" >&2; exit 1; }
done
for f in news-widget.js core/news-widget.js core/news-widget_bg.wasm; do
  printf '%-28s %8d bytes raw %8d gzip -9\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
