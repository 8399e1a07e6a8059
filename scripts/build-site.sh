#!/usr/bin/env bash
# The one build of the site, used by `make run`, `make test`, CI and the benchmarks.
#   full bundle (frontend → wasm32)                  -> target/site/pkg/accredit_io.{js,wasm,css}
#   questionnaire bundle (frontend/islands → wasm32) -> target/site/pkg/questionnaire.{js,wasm}
#   workspace bundle (frontend/workspace → wasm32)   -> target/site/pkg/workspace.{js,wasm}
#   server (native, ssr)                             -> target/<profile>/server
# Same output layout as cargo-leptos, so that tool stays an optional convenience.
# Usage: scripts/build-site.sh [--release] [--wasm-only|--server-only]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/rust-env.sh
. scripts/rust-env.sh
# shellcheck source=scripts/wasm-bundle.sh
. scripts/wasm-bundle.sh

TARGET=${CARGO_TARGET_DIR:-target}   # cargo's target dir (CI keeps it outside the clone)
NAME=accredit_io               # must equal LEPTOS_OUTPUT_NAME (.cargo/config.toml [env])
# island pages' bundles: must equal app::islands::IslandPage::output_name
QUESTIONNAIRE=questionnaire
WORKSPACE=workspace
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
if (( release )); then wasm_profile=wasm-release; server_args=(--release)
else wasm_profile=dev; server_args=(--features app/testing); fi

if [[ $what != server ]]; then
  t0=$SECONDS
  rm -rf "$PKG.tmp" && mkdir -p "$PKG.tmp"
  # The full bundle (every page), then the island pages' (their islands only, app/src/islands.rs).
  wasm_bundle "$PKG.tmp" "$NAME" frontend "$release"
  wasm_bundle "$PKG.tmp" "$QUESTIONNAIRE" frontend-islands "$release"
  wasm_bundle "$PKG.tmp" "$WORKSPACE" frontend-workspace "$release"
  cp style/main.css "$PKG.tmp/$NAME.css"
  # .gz and .br beside every file: the server sends them as they are (server/src/assets.rs)
  if (( release )); then node scripts/precompress.mjs "$PKG.tmp"; else node scripts/precompress.mjs --fast "$PKG.tmp"; fi
  # swap in whole so a starting server never reads a half-written bundle
  rm -rf "$PKG" && mv "$PKG.tmp" "$PKG"
  find "$SITE" -maxdepth 1 -type f -delete 2>/dev/null || true
  cp -r public/. "$SITE/"
  for f in public/*; do node scripts/precompress.mjs "$SITE/$(basename "$f")"; done
  for name in "$NAME" "$QUESTIONNAIRE" "$WORKSPACE"; do
    raw=$(stat -c %s "$PKG/$name.wasm"); gz=$(gzip -9c "$PKG/$name.wasm" | wc -c)
    js=$(stat -c %s "$PKG/$name.js"); br=$(stat -c %s "$PKG/$name.wasm.br")
    echo "hydrate bundle ($wasm_profile): $name.wasm $raw bytes raw, $gz bytes gzipped, $br bytes brotli as served; $name.js $js bytes"
  done
  echo "wasm side $((SECONDS - t0)) s"
fi
if [[ $what != wasm ]]; then
  t0=$SECONDS
  cargo build -p server ${server_args[@]+"${server_args[@]}"}
  if (( release )); then kind=release; else kind=dev; fi
  echo "server ($kind) built in $((SECONDS - t0)) s"
fi
