#!/usr/bin/env bash
# Builds the WebAssembly package (scripts/build-wasm.sh) and runs all its tests:
#   1. the crate's native unit tests and its wasm-bindgen-test tests, in Node
#      (bindings/wasm/tests/*.rs through wasm-bindgen-test-runner);
#   2. node:test suites in bindings/js/test/ against pkg/: parity with the native CLI on
#      the seed omnibus and every tests/fixtures/**/*.txt, UTF-16 offsets, paragraphs,
#      options and panic recovery, TypeScript declarations (tsc), and headless Chromium.
# Installs what is missing on a fresh Debian machine with Node and npm: the wasm
# toolchain (via build-wasm.sh), Debian's chromium, the npm packages of
# bindings/js/package-lock.json (npm ci). Env: CARGO_TARGET_DIR and RESOLINT_PKG_DIR
# are respected; RESOLINT_SKIP_BUILD=1 tests the package already in pkg/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JS="$ROOT/bindings/js"
PKG="${RESOLINT_PKG_DIR:-$ROOT/pkg}"
export RESOLINT_PKG_DIR="$PKG"
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf 'test-wasm: %s\n' "$*" >&2; }
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
ensure_node_and_chromium

ensure_package

npm_ci_locked "$JS"
# The tests import the package by its name, as users do.
ln -sfn "$PKG" "$JS/node_modules/resolint"

status=0

log "1/2 Rust tests of bindings/wasm (native unit tests, then wasm-bindgen-test in Node)"
(cd "$ROOT" && cargo test -p resolint-wasm --lib) || status=1
WASM_RUSTFLAGS="$(wasm_rustflags)"
# The native clippy step of scripts/test.sh never sees the wasm32-only code and tests.
(cd "$ROOT" && CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$WASM_RUSTFLAGS" \
  cargo clippy -q -p resolint-wasm --target wasm32-unknown-unknown --all-targets -- -D warnings) || status=1
(cd "$ROOT" && CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$WASM_RUSTFLAGS" \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p resolint-wasm --target wasm32-unknown-unknown --test wasm) || status=1

log "2/2 node:test suites (Node, TypeScript, headless Chromium)"
(cd "$JS" && node --test test/api.test.mjs test/utf16.test.mjs test/paragraphs.test.mjs \
  test/cli-parity.test.mjs test/types.test.mjs test/browser.test.mjs) || status=1

exit "$status"
