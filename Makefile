# The two commands of the README. Both do all set-up first (scripts/setup.sh, idempotent).
#   make run   — build (release) and serve on $(ADDR) with SQLite in $(DATA_DIR), migrated + demo data
#   make test  — every test: unit + service (SQLite, and PostgreSQL if ACCREDIT_TEST_POSTGRES_URL
#                is set), server rendering, locale checks, lints, browser tests
SHELL := /bin/bash
ADDR ?= 127.0.0.1:3000
DATA_DIR ?= $(CURDIR)/data
TARGET := $(or $(CARGO_TARGET_DIR),target)
export ADDR DATA_DIR

.PHONY: run test setup build build-release check-locales lint fmt bench clean

run:
	scripts/setup.sh
	scripts/build-site.sh --release
	$(TARGET)/release/server migrate
	$(TARGET)/release/server seed-demo
	exec $(TARGET)/release/server serve

test:
	scripts/test.sh

setup:
	scripts/setup.sh --browser

build:
	scripts/build-site.sh

build-release:
	scripts/build-site.sh --release

check-locales:
	cargo run -q -p server -- check-locales locales

# The autosave load test and page render time (bench/autosave.rs), static asset throughput
# (bench/assets.rs), time to interactive on a slow line (bench/tti.rs + bench/tti.mjs) and
# Lighthouse scores of the public pages (bench/lighthouse.rs + bench/lighthouse.mjs), on the
# release bundle (built first) and the release server.
bench:
	scripts/setup.sh --browser
	cd bench && npm ci --no-audit --no-fund --loglevel=error
	scripts/build-site.sh --release --wasm-only
	cargo bench -p server --bench autosave
	cargo bench -p server --bench assets
	cargo bench -p server --bench tti
	cargo bench -p server --bench lighthouse

# Formats the whole tree: `view!` bodies with leptosfmt (.leptosfmt.toml), then the rest with
# rustfmt (rustfmt.toml). `make test` fails on any difference from this.
fmt:
	scripts/setup.sh
	leptosfmt -q -c .leptosfmt.toml app/src frontend/src frontend/islands/src frontend/workspace/src
	cargo fmt --all

lint:
	cargo clippy -p app -p server --features app/testing --all-targets -- -D warnings
	cargo clippy -p frontend -p frontend-islands -p frontend-workspace --target wasm32-unknown-unknown --target-dir $(TARGET)/front -- -D warnings

clean:
	rm -rf target/site end2end/test-results end2end/playwright-report
