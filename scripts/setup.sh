#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already
# there, so a second run takes seconds. Called by `make demo`, `make dist` and
# `make test`; safe to run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21"
# The CLI must equal the wasm-bindgen crate pinned in Cargo.toml / Cargo.lock.
WASM_BINDGEN_VERSION="$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;q}' Cargo.lock)"
# --enable-bulk-memory-opt (index.html) needs binaryen 121 or newer.
MIN_WASM_OPT=121

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
# Root installs directly; anyone else through sudo.
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  [ -n "${APT_UPDATED:-}" ] || { $SUDO apt-get update -qq; APT_UPDATED=1; }
  $SUDO apt-get install -y -qq "$@" >/dev/null
}
export PATH="$HOME/.cargo/bin:$PATH"

# 1. Rust toolchain and the wasm target (rust-toolchain.toml names both).
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Chromium and its driver (browser tests, end-to-end tests, screenshots).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver from Debian"
  apt_install chromium chromium-driver
fi

# 2b. A CJK font, so screenshots of the Chinese UI show characters, not boxes
#     (DejaVu already covers Cyrillic, Armenian, Georgian, Arabic, Hebrew).
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  say "installing fonts-noto-cjk (Chinese screenshots)"
  apt_install fonts-noto-cjk
fi

# 2c. Node.js (test tools, the loopback server, size and benchmark scripts).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing nodejs and npm from Debian"
  apt_install nodejs npm
fi

# 3. wasm-bindgen CLI, exactly the crate's version (no --locked: a locked
#    dependency of the CLI is missing from the registry).
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  cargo install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# 4. trunk (0.22 needs a newer rustc than the pinned one).
if ! trunk --version 2>/dev/null | grep -q "^trunk ${TRUNK_VERSION//./\\.}\."; then
  say "installing trunk ^$TRUNK_VERSION (about 7 minutes)"
  cargo install -q trunk --locked --version "^$TRUNK_VERSION"
fi

# 5. wasm-opt (trunk, scripts/slim-core.mjs) and wasm-metadce (slim-core.mjs)
# from npm's binaryen (Debian's is too old for current Rust output).
wasm_opt_version() { wasm-opt --version 2>/dev/null | sed -n 's/.*version \([0-9]*\).*/\1/p'; }
if [ "$(wasm_opt_version || echo 0)" -lt "$MIN_WASM_OPT" ] 2>/dev/null || [ -z "$(wasm_opt_version)" ] \
   || ! command -v wasm-metadce >/dev/null; then
  say "installing wasm-opt (npm binaryen)"
  npm install -g --silent --no-fund --no-audit binaryen >/dev/null
fi

# 6. The crates, for both targets: trunk builds with --offline.
cargo fetch -q
cargo fetch -q --target wasm32-unknown-unknown

# 7. Node test tools (playwright-core, axe-core) from tests/package-lock.json.
if [ -f tests/package.json ]; then
  if [ ! -d tests/node_modules ] || [ tests/package-lock.json -nt tests/node_modules/.installed ]; then
    say "installing the Node test tools in tests/"
    (cd tests && npm ci --silent --no-fund --no-audit && touch node_modules/.installed)
  fi
fi
say "tools ready: $(trunk --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-opt $(wasm_opt_version), $(chromium --version 2>/dev/null)"
