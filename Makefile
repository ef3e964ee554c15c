# Everything a person or CI runs. Each target installs what is missing first
# (scripts/setup.sh is idempotent and fast when the tools are there).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup dist demo test test-native test-browser test-e2e lint clean

setup:
	@bash scripts/setup.sh

## dist: build the embeddable folder (dist/news-widget.js and what it loads)
dist: setup
	trunk build --release --offline
	@bash scripts/check-dist.sh

## demo: build, then serve the mock hospital page on http://127.0.0.1:$(PORT)
demo: dist
	node tests/server.mjs --port $(PORT) dist

## test: every test — native, browser components, end to end
test: setup lint test-native test-browser dist test-e2e

lint:
	cargo fmt --check
	cargo clippy -q --all-targets -- -D warnings
	cargo clippy -q --all-targets --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test

test-browser:
	cargo test --target wasm32-unknown-unknown

test-e2e:
	cd tests && node --test --test-concurrency=1 e2e/

clean:
	rm -rf dist target tests/node_modules tests/e2e/artifacts
