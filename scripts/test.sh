#!/usr/bin/env bash
# `make test`: set-up, build, then every test in order of speed. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${CARGO_TARGET_DIR:-target}
t_start=$SECONDS
phase() { printf '\n==== %s (%d s so far)\n' "$*" $((SECONDS - t_start)); }

phase "set-up"
scripts/setup.sh --browser

phase "build (dev profile: server + the three hydrate bundles)"
scripts/build-site.sh

phase "formatting (rustfmt and leptosfmt; \`make fmt\` fixes it) and the style sheet's tokens"
cargo fmt --all --check
leptosfmt --check -q -c .leptosfmt.toml app/src frontend/src frontend/islands/src frontend/workspace/src
node scripts/check-style.mjs style/main.css

phase "lints (clippy, warnings are errors; server side, then the hydrate side)"
cargo clippy -q -p app -p server --features app/testing --all-targets -- -D warnings
# shellcheck source=scripts/rust-env.sh
. scripts/rust-env.sh
env "${WASM_ENV[@]}" "$WASM_CARGO" clippy -q -p frontend -p frontend-islands -p frontend-workspace --target wasm32-unknown-unknown \
  --target-dir "$TARGET/front" ${WASM_BUILD_ARGS[@]+"${WASM_BUILD_ARGS[@]}"} -- -D warnings

phase "script budgets (release builds of the two island bundles)"
scripts/check-budgets.sh

if [[ -n ${ACCREDIT_TEST_POSTGRES_URL:-} ]]; then
  echo "service tests run on SQLite and on PostgreSQL ($ACCREDIT_TEST_POSTGRES_URL)"
else
  echo "service tests run on SQLite only (set ACCREDIT_TEST_POSTGRES_URL to add PostgreSQL)"
fi
phase "unit, service and server-rendering tests"
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
cargo test -p app -p server --features app/testing 2>&1 | tee "$log/cargo.txt"

phase "locale check"
"$TARGET/debug/server" check-locales locales

phase "browser tests (Chromium)"
(cd end2end && npx playwright test) 2>&1 | tee "$log/e2e.txt"

# One closing line over both runners (cargo's "N passed; M failed", Playwright's "N passed").
passed=$(grep -hoE '[0-9]+ passed' "$log/cargo.txt" "$log/e2e.txt" | awk '{ n += $1 } END { print n + 0 }')
phase "all tests passed"
echo "all: $passed passed, 0 failed"
