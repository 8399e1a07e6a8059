# shellcheck shell=bash
# Sourced by the build scripts: chooses how the wasm side is compiled.
# Sets WASM_CARGO, WASM_ENV (array of VAR=value) and WASM_BUILD_ARGS (array).
#
# 1. rustup's toolchain already has the prebuilt wasm32 std -> plain cargo.
# 2. else `rustup target add` (with a timeout: where downloads are blocked it can hang).
# 3. else Debian's rustc-web + rust-web-src + lld-22 and -Zbuild-std, for the wasm build only
#    (shared/docs/toolchain.md §2; the server keeps rustup's stable toolchain).
# Set ACCREDIT_INSTALL=0 to forbid installing anything (then a missing piece is an error).

has_wasm_std() {
  ls "$("${1:-rustc}" --print sysroot)"/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib >/dev/null 2>&1
}

WASM_CARGO=cargo
WASM_ENV=()
WASM_BUILD_ARGS=()
if has_wasm_std rustc; then
  :
elif [[ ${ACCREDIT_INSTALL:-1} != 0 ]] && command -v rustup >/dev/null \
     && timeout 120 rustup target add wasm32-unknown-unknown >&2 && has_wasm_std rustc; then
  :
else
  if [[ ! -x /usr/bin/rustc ]] || ! /usr/bin/rustc --version | grep -q . || [[ ! -d /usr/lib/rustlib/src/rust/library ]] || ! command -v wasm-ld-22 >/dev/null; then
    if [[ ${ACCREDIT_INSTALL:-1} == 0 ]]; then
      echo "rust-env: no wasm32 std and installing is disabled" >&2; return 1
    fi
    echo "rust-env: no wasm32 std from rustup; installing Debian's rustc-web toolchain for the wasm build" >&2
    apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends rustc-web cargo-web rust-web-src lld-22 >&2
  fi
  WASM_CARGO=/usr/bin/cargo
  WASM_ENV=(RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22)
  WASM_BUILD_ARGS=(-Zbuild-std=std,panic_abort)
fi
