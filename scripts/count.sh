#!/usr/bin/env bash
# Counts the instructions of one validation of the seed omnibus: deterministic figures
# for comparing two versions of the code on a machine whose timings wander.
#   scripts/count.sh [all|none|RULE]...   (default: all none)
# For each selection (every rule, every rule off, or only RULE on), prints
#   native: x86-64 instructions (valgrind's callgrind; the release profile, LTO), and
#   wasm:   WebAssembly instructions (wasmtime's fuel; built as the package is:
#           opt-level 3, LTO, the target flags of scripts/lib.sh, wasm-opt -Oz).
# The probe crate (scripts/probe) reads the seed from ../shared/seeds at build time.
# Needs valgrind (Debian: valgrind) and Python's wasmtime package (pip); installs the
# wasm32 target when missing. Env: CARGO_TARGET_DIR (default target/probe).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROBE="$ROOT/scripts/probe"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}/probe"
export PATH="$HOME/.cargo/bin:$PATH"
log() { printf 'count: %s\n' "$*" >&2; }
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
[ $# -gt 0 ] || set -- all none

command -v valgrind >/dev/null || { echo "count: valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
python3 -c 'import wasmtime' 2>/dev/null || python3 -m pip install --quiet wasmtime \
  || { echo "count: Python's wasmtime package is needed (pip install wasmtime)" >&2; exit 2; }
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

CARGO_TARGET_DIR="$TARGET" cargo build --quiet --release --manifest-path "$PROBE/Cargo.toml" --bin resolint-probe
CARGO_TARGET_DIR="$TARGET" CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(wasm_rustflags)" \
  cargo build --quiet --release --manifest-path "$PROBE/Cargo.toml" --lib --target wasm32-unknown-unknown
WASM="$TARGET/probe.wasm"
wasm-opt -Oz --enable-simd --enable-bulk-memory --enable-sign-ext --enable-mutable-globals --enable-nontrapping-float-to-int \
  "$TARGET/wasm32-unknown-unknown/release/resolint_probe.wasm" -o "$WASM"

# Instructions of RUNS validations less those of none: the cost of one.
native() {
  local what=$1 runs=10 out="$TARGET/callgrind.out"
  local with without
  with=$(valgrind --tool=callgrind --callgrind-out-file="$out" "$TARGET/release/resolint-probe" "$what" $runs 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
  without=$(valgrind --tool=callgrind --callgrind-out-file="$out.0" "$TARGET/release/resolint-probe" "$what" 0 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
  echo $(( (with - without) / runs ))
}

for what in "$@"; do
  printf '%-28s native: %9s x86-64 instructions   wasm: %s\n' "$what" "$(native "$what")" "$(python3 "$PROBE/fuel.py" "$WASM" "$what")"
done
