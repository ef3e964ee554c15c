#!/usr/bin/env bash
# Fails when dist/ lacks a file the embed needs, so a broken build never
# looks like a working one. Prints the sizes a site will download.
set -euo pipefail
cd "$(dirname "$0")/../dist"
# The core folders carry a content hash (scripts/hash-dist.mjs): one each.
core=$(ls -d core-* 2>/dev/null | head -1)
preview=$(ls -d preview-core-* 2>/dev/null | head -1)
[ -n "$core" ] && [ -n "$preview" ] || { echo "dist is incomplete: no core-<hash>/ or preview-core-<hash>/" >&2; exit 1; }
[ ! -e core ] || { echo "dist has an unhashed core/ folder" >&2; exit 1; }
for f in news-widget.js "$core/news-widget.js" "$core/news-widget_bg.wasm" \
         preview.html preview.js "$preview/news-widget.js" "$preview/news-widget_bg.wasm" \
         locales/en.txt locales/ru.txt integrity.txt; do
  [ -s "$f" ] || { echo "dist is incomplete: $f is missing" >&2; exit 1; }
done
grep -q "$core/news-widget.js" news-widget.js || { echo "the loader does not name $core/" >&2; exit 1; }
grep -q "sha384-" news-widget.js || { echo "the loader carries no integrity" >&2; exit 1; }
for f in news-widget.js "$core/news-widget.js" "$core/news-widget_bg.wasm"; do
  printf '%-28s %8d bytes raw %8d gzip -9\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
