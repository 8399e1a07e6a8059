# Sourced by build-site.sh and check-budgets.sh (after rust-env.sh): one browser bundle.
# wasm_bundle <out dir> <output name> <package> <release: 0|1>
#   package → wasm32 (<target>/front) → wasm-bindgen → <out dir>/<name>.{js,wasm} (→ wasm-opt -Oz)
wasm_bundle() {
  local out=$1 name=$2 package=$3 release=$4 profile=dev dir=debug
  if (( release )); then profile=wasm-release; dir=wasm-release; fi
  # <target>/front, as cargo-leptos: the wasm build (maybe another compiler) never
  # invalidates the server's artifacts.
  env "${WASM_ENV[@]}" "$WASM_CARGO" build -p "$package" --lib --target wasm32-unknown-unknown \
    --target-dir "$TARGET/front" --profile "$profile" ${WASM_BUILD_ARGS[@]+"${WASM_BUILD_ARGS[@]}"}
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$name" \
    "$TARGET/front/wasm32-unknown-unknown/$dir/${package//-/_}.wasm"
  # leptos asks for <name>.wasm when LEPTOS_OUTPUT_NAME is set at compile time
  mv -f "$out/${name}_bg.wasm" "$out/$name.wasm"
  if (( release )); then
    # npm's binaryen (scripts/setup.sh); Debian's 108 corrupts wasm-bindgen output.
    local wasm_opt=${WASM_OPT:-node_modules/.bin/wasm-opt} v
    v=$("$wasm_opt" --version 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)
    if [[ -n $v ]] && (( v >= 120 )); then
      "$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$out/$name.wasm" -o "$out/$name.wasm"
    else
      echo "no usable wasm-opt (>= 120) at $wasm_opt; run scripts/setup.sh" >&2; return 1
    fi
  fi
}
