#!/usr/bin/env bash
# The one build of the site, used by `make run`, `make test`, CI and the benchmarks.
#   hydrate bundle (frontend → wasm32) -> target/site/pkg/accredit_io.{js,wasm,css}
#   server (native, ssr)                -> target/<profile>/server
# Same output layout as cargo-leptos, so that tool stays an optional convenience.
# Usage: scripts/build-site.sh [--release] [--wasm-only|--server-only]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/rust-env.sh
. scripts/rust-env.sh

TARGET=${CARGO_TARGET_DIR:-target}   # cargo's target dir (CI keeps it outside the clone)
NAME=accredit_io               # must equal LEPTOS_OUTPUT_NAME (.cargo/config.toml [env])
SITE=target/site
PKG=$SITE/pkg
release=0; what=all
for a in "$@"; do
  case $a in
    --release) release=1 ;;
    --wasm-only) what=wasm ;;
    --server-only) what=server ;;
    *) echo "unknown arg $a" >&2; exit 2 ;;
  esac
done
if (( release )); then wasm_profile=wasm-release; wasm_dir=wasm-release; server_args=(--release)
else wasm_profile=dev; wasm_dir=debug; server_args=(); fi

if [[ $what != server ]]; then
  t0=$SECONDS
  # <target>/front, as cargo-leptos: the wasm build (maybe another compiler) never
  # invalidates the server's artifacts.
  env "${WASM_ENV[@]}" "$WASM_CARGO" build -p frontend --lib --target wasm32-unknown-unknown \
    --target-dir "$TARGET/front" --profile "$wasm_profile" ${WASM_BUILD_ARGS[@]+"${WASM_BUILD_ARGS[@]}"}
  rm -rf "$PKG.tmp" && mkdir -p "$PKG.tmp"
  wasm-bindgen --target web --no-typescript --out-dir "$PKG.tmp" --out-name "$NAME" \
    "$TARGET/front/wasm32-unknown-unknown/$wasm_dir/frontend.wasm"
  # leptos asks for <name>.wasm when LEPTOS_OUTPUT_NAME is set at compile time
  mv -f "$PKG.tmp/${NAME}_bg.wasm" "$PKG.tmp/$NAME.wasm"
  if (( release )); then
    # npm's binaryen (scripts/setup.sh); Debian's 108 corrupts wasm-bindgen output.
    WASM_OPT=${WASM_OPT:-node_modules/.bin/wasm-opt}
    v=$("$WASM_OPT" --version 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)
    if [[ -n $v ]] && (( v >= 120 )); then
      "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$PKG.tmp/$NAME.wasm" -o "$PKG.tmp/$NAME.wasm"
    else
      echo "build-site: no usable wasm-opt (>= 120) at $WASM_OPT; run scripts/setup.sh" >&2; exit 1
    fi
  fi
  cp style/main.css "$PKG.tmp/$NAME.css"
  # .gz and .br beside every file: the server sends them as they are (server/src/assets.rs)
  if (( release )); then node scripts/precompress.mjs "$PKG.tmp"; else node scripts/precompress.mjs --fast "$PKG.tmp"; fi
  # swap in whole so a starting server never reads a half-written bundle
  rm -rf "$PKG" && mv "$PKG.tmp" "$PKG"
  find "$SITE" -maxdepth 1 -type f -delete 2>/dev/null || true
  cp -r public/. "$SITE/"
  for f in public/*; do node scripts/precompress.mjs "$SITE/$(basename "$f")"; done
  raw=$(stat -c %s "$PKG/$NAME.wasm"); gz=$(gzip -9c "$PKG/$NAME.wasm" | wc -c)
  js=$(stat -c %s "$PKG/$NAME.js"); br=$(stat -c %s "$PKG/$NAME.wasm.br")
  echo "hydrate bundle ($wasm_profile): $NAME.wasm $raw bytes raw, $gz bytes gzipped, $br bytes brotli as served; $NAME.js $js bytes; wasm side $((SECONDS - t0)) s"
fi
if [[ $what != wasm ]]; then
  t0=$SECONDS
  cargo build -p server ${server_args[@]+"${server_args[@]}"}
  if (( release )); then kind=release; else kind=dev; fi
  echo "server ($kind) built in $((SECONDS - t0)) s"
fi
