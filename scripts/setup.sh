#!/usr/bin/env bash
# Installs whatever the build and the tests need and is not there yet. Idempotent: a second
# run only checks and returns in seconds.
# Usage: scripts/setup.sh [--browser]     (--browser: also Chromium for the end-to-end tests)
set -euo pipefail
cd "$(dirname "$0")/.."
browser=0
for a in "$@"; do case $a in --browser) browser=1 ;; *) echo "unknown arg $a" >&2; exit 2 ;; esac; done

step() { printf '[setup] %s\n' "$*" >&2; }
apt_updated=0
apt_install() {
  if (( ! apt_updated )); then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# 1. the wasm toolchain (rustup target, else Debian's route)
# shellcheck source=scripts/rust-env.sh
. scripts/rust-env.sh
step "wasm toolchain: $WASM_CARGO ${WASM_BUILD_ARGS[*]:-(prebuilt std)}"

# 2. wasm-bindgen CLI of exactly the version Cargo.lock pins (the two must match byte for byte)
want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [[ $have != "$want" ]]; then
  step "installing wasm-bindgen-cli $want (found: ${have:-none}); takes ~5 min"
  # not --locked: its lockfile pins a crate version the registry no longer serves (toolchain.md §10)
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# 3. leptosfmt, which formats `view!` bodies (`make fmt`) and checks them (`make test`)
leptosfmt_want=0.1.33
if [[ $(leptosfmt --version 2>/dev/null | awk '{print $2}') != "$leptosfmt_want" ]]; then
  step "installing leptosfmt $leptosfmt_want; takes ~2 min"
  cargo install leptosfmt --version "$leptosfmt_want" --locked --force
fi

# 4. node packages: wasm-opt (npm binaryen, never Debian's 108) and the browser-test runner
for dir in . end2end; do
  if [[ -f $dir/package-lock.json ]] && { [[ ! -d $dir/node_modules ]] || [[ $dir/package-lock.json -nt $dir/node_modules/.package-lock.json ]]; }; then
    step "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

# 5. Chromium for the browser tests (Debian's; no browser download works here)
if (( browser )) && ! command -v chromium >/dev/null; then
  step "installing Debian's chromium"
  apt_install chromium
fi

# 6. Fonts for invoice PDFs (server side): DejaVu Sans covers Latin, Greek, Cyrillic and
#    Arabic; WenQuanYi Micro Hei covers Chinese (also used by Chromium for zh-CN pages).
fonts=()
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || fonts+=(fonts-dejavu-core)
[[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]] || fonts+=(fonts-wqy-microhei)
if (( ${#fonts[@]} )); then
  step "installing fonts for invoice PDFs: ${fonts[*]}"
  apt_install "${fonts[@]}" || echo "fonts not installed: PDFs for the missing scripts will be refused (the printable page still works)" >&2
fi
step "done"
