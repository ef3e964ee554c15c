# Everything a person or CI runs. Each target installs what is missing first
# (scripts/setup.sh is idempotent and fast when the tools are there).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080
# Panic messages carry source paths; shorten them (bytes in the wasm).
REMAP := --remap-path-prefix=$${CARGO_HOME:-$(HOME)/.cargo}/registry/src= --remap-path-prefix=$(CURDIR)=

# Steps depend on each other's output (dist before e2e): never run in parallel.
.NOTPARALLEL:

.PHONY: setup dist package demo test test-native test-browser test-e2e test-size lint bench fuzz clean

# Brotli bytes a page may download before the first item (loader + glue +
# wasm). See the Performance section of the README for how it was set.
SIZE_BUDGET ?= 174200
# The same for the editors' preview page (its wasm carries the feed report).
PREVIEW_SIZE_BUDGET ?= 193800

setup:
	@bash scripts/setup.sh

## dist: build the embeddable folder (dist/news-widget.js and what it loads)
dist: setup
	RUSTFLAGS="$(REMAP)" trunk build --release --offline
	RUSTFLAGS="$(REMAP)" trunk build preview.html --release --dist target/preview-dist
	cp target/preview-dist/index.html dist/preview.html
	cp -r target/preview-dist/preview.js target/preview-dist/preview.css target/preview-dist/preview-core dist/
	cargo run -q --offline --bin news-widget-locales -- dist/locales
	# The loader is read by people in public/; the page gets it minified.
	node tests/node_modules/terser/bin/terser public/news-widget.js --compress --mangle --comments false --preamble '/*! news-widget loader; readable source: public/news-widget.js */' -o dist/news-widget.js
	# Short names between glue and wasm, no unused sections, minified glue.
	node scripts/slim-core.mjs dist/core dist/preview-core
	# Core files into content-hashed folders, pinned by sha384 in the loader.
	node scripts/hash-dist.mjs
	@bash scripts/check-dist.sh

## package: the npm package, dist/npm/news-widget-<version>.tgz (with its
## Custom Elements Manifest and TypeScript declarations)
package: dist
	cargo run -q --offline --bin news-widget-manifest -- target/npm
	node scripts/package.mjs

## demo: build, then serve the mock hospital page on http://127.0.0.1:$(PORT)
demo: dist
	node tests/server.mjs --port $(PORT) dist

## test: every test — native, browser components, size budget, end to end
test: setup lint test-native test-browser dist package test-size test-e2e

lint:
	cargo fmt --check
	cargo clippy -q --all-targets -- -D warnings
	cargo clippy -q --all-targets --target wasm32-unknown-unknown -- -D warnings

# Includes tests/fuzz.rs: property tests over arbitrary bytes and
# structure-aware feeds, 256 cases per property (FUZZ_CASES), ~10 s.
test-native:
	cargo test

test-browser:
	cargo test --target wasm32-unknown-unknown

test-e2e:
	cd tests && node --test --test-concurrency=1 e2e/

test-size:
	node tests/size.mjs --budget $(SIZE_BUDGET)
	node tests/size.mjs --preview --budget $(PREVIEW_SIZE_BUDGET)

## bench: release build, then bytes, load, blocking, settings latency and
## scale in Chromium next to bvi, then the native parser benchmark
bench: dist
	node tests/bench/bench.mjs
	cargo bench --bench parse

## fuzz: a long fuzz run of the feed readers, optimized (FUZZ_CASES=20000: ~1.5 min)
fuzz:
	FUZZ_CASES=$${FUZZ_CASES:-20000} CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
	  CARGO_PROFILE_RELEASE_OPT_LEVEL=2 cargo test --release --target-dir target/fuzz --test fuzz -- --test-threads=1

clean:
	rm -rf dist target tests/node_modules tests/e2e/artifacts
