#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (git-ignored):
#   pkg/resolint_wasm_bg.wasm   the module (wasm-opt -Oz)
#   pkg/resolint_wasm.js        wasm-bindgen glue (--target web), minified (+ .map)
#   pkg/resolint.js             the public API (browsers: `await init()` first), minified (+ .map)
#   pkg/node.js                 Node entry: the same module, instantiated on import
#   pkg/resolint.d.ts           the types, with the rule names of this build
#   pkg/package.json            name `resolint`, exports for browsers and Node
# Installs what is missing on a fresh Debian machine: the wasm32 target, the
# wasm-bindgen CLI of the pinned version, binaryen's wasm-opt, bindings/js's npm
# packages (esbuild).
# Env: CARGO_TARGET_DIR is respected; RESOLINT_PKG_DIR overrides pkg/;
#      RESOLINT_WASM_OPT_LEVEL sets the Rust opt-level when the root Cargo.toml has no
#      [profile.wasm-release] (default: the release profile's, 3);
#      RESOLINT_WASM_SIMD=0 builds without simd128; RESOLINT_WASM_INLINE_THRESHOLD sets
#      LLVM's inlining threshold (default 75; see scripts/lib.sh, wasm_rustflags).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CRATE="$ROOT/bindings/wasm"
OUT="${RESOLINT_PKG_DIR:-$ROOT/pkg}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf 'build-wasm: %s\n' "$*" >&2; }
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"

# --- toolchain -------------------------------------------------------------------
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must be exactly the version pinned (=) in bindings/wasm/Cargo.toml.
WB_VERSION="$(sed -n 's/^wasm-bindgen = .*"=\([0-9.]*\)".*/\1/p' "$CRATE/Cargo.toml")"
[ -n "$WB_VERSION" ] || { log "cannot read the pinned wasm-bindgen version"; exit 2; }
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ] \
   || ! command -v wasm-bindgen-test-runner >/dev/null; then
  log "installing wasm-bindgen-cli $WB_VERSION"
  # --locked pins the CLI's own dependencies; when the registry no longer serves one of
  # those exact versions (seen here), fall back to the newest compatible ones.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --locked --force \
    || cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

command -v node >/dev/null && command -v npm >/dev/null || { log "installing nodejs and npm"; apt_install nodejs npm; }

if ! command -v wasm-opt >/dev/null; then
  log "installing binaryen (wasm-opt)"
  apt_install binaryen
fi

# --- compile ---------------------------------------------------------------------
# simd128 and the code-size flags: scripts/lib.sh, wasm_rustflags.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(wasm_rustflags)"
if grep -q '^\[profile\.wasm-release\]' "$ROOT/Cargo.toml"; then
  PROFILE=wasm-release
  (cd "$ROOT" && cargo build -p resolint-wasm --target wasm32-unknown-unknown --profile wasm-release)
else
  # The root's [profile.release]: lto = true, codegen-units = 1, opt-level 3 (fastest:
  # "s"/"z" make validation 2-3x slower for about 10% less gzipped size).
  # RESOLINT_WASM_OPT_LEVEL overrides the opt-level for this build only.
  PROFILE=release
  (cd "$ROOT" && if [ -n "${RESOLINT_WASM_OPT_LEVEL:-}" ]; then export CARGO_PROFILE_RELEASE_OPT_LEVEL="$RESOLINT_WASM_OPT_LEVEL"; fi
   cargo build -p resolint-wasm --target wasm32-unknown-unknown --release)
fi
# The module must stay lean: the core's `cli` feature (clap, annotate-snippets,
# serde_json) and regex never enter it.
if (cd "$ROOT" && cargo tree -q -p resolint-wasm --target wasm32-unknown-unknown -e normal --prefix none) \
     | grep -E '^(clap|annotate-snippets|serde_json|regex|anstream) '; then
  log "a CLI-only or heavy dependency reached the WebAssembly build (above)"; exit 1
fi
WASM="$TARGET_DIR/wasm32-unknown-unknown/$PROFILE/resolint_wasm.wasm"
[ -f "$WASM" ] || { log "no $WASM (is CARGO_TARGET_DIR set as for the build?)"; exit 2; }

# --- bind, optimise, package -----------------------------------------------------
rm -rf "$OUT"
mkdir -p "$OUT"
# --experimental-reset-state-function exports __wbg_reset_state, which resolint.js calls
# to start a fresh instance after a trap that bypassed the panic hook (see the crate docs).
wasm-bindgen --target web --experimental-reset-state-function --out-dir "$OUT" --out-name resolint_wasm "$WASM"
wasm-opt -Oz --strip-debug --strip-producers "$OUT/resolint_wasm_bg.wasm" -o "$OUT/resolint_wasm_bg.wasm.opt"
mv "$OUT/resolint_wasm_bg.wasm.opt" "$OUT/resolint_wasm_bg.wasm"
# Debian bookworm's binaryen 108 mis-numbers the externref table's export; repair it.
node "$CRATE/tools/fix-table-export.mjs" "$OUT/resolint_wasm_bg.wasm"
rm -f "$OUT/resolint_wasm_bg.wasm.d.ts" "$OUT/.gitignore"

# The JavaScript that browsers load is minified (esbuild, from bindings/js's locked npm
# packages), with source maps that carry the readable sources: about 4 KB less gzipped,
# which counts against the module's budget (DESIGN.md: glue included).
npm_ci_locked "$ROOT/bindings/js"
ESBUILD="$ROOT/bindings/js/node_modules/.bin/esbuild"
"$ESBUILD" "$OUT/resolint_wasm.js" --minify --sourcemap --format=esm --log-level=warning \
  --allow-overwrite --outfile="$OUT/resolint_wasm.js"
"$ESBUILD" "$CRATE/js/resolint.js" --minify --sourcemap --format=esm --log-level=warning \
  --outfile="$OUT/resolint.js"
cp "$CRATE/js/node.js" "$OUT/"
cp "$CRATE/README.md" "$OUT/README.md"
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' "$CRATE/Cargo.toml" | head -1)"
cat > "$OUT/package.json" <<JSON
{
  "name": "resolint",
  "version": "$VERSION",
  "description": "Validator for drafts of Organization of American States (OAS) resolutions, compiled to WebAssembly.",
  "license": "MIT",
  "type": "module",
  "main": "./node.js",
  "module": "./resolint.js",
  "types": "./resolint.d.ts",
  "exports": {
    ".": {
      "types": "./resolint.d.ts",
      "browser": "./resolint.js",
      "node": "./node.js",
      "default": "./resolint.js"
    },
    "./resolint_wasm_bg.wasm": "./resolint_wasm_bg.wasm",
    "./package.json": "./package.json"
  },
  "files": [
    "resolint.js",
    "resolint.d.ts",
    "node.js",
    "resolint_wasm.js",
    "resolint_wasm.d.ts",
    "resolint_wasm_bg.wasm",
    "resolint.js.map",
    "resolint_wasm.js.map",
    "README.md"
  ],
  "sideEffects": ["./node.js"],
  "keywords": ["oas", "resolution", "linter", "validator", "drafting", "wasm"]
}
JSON

# The rule names of this build make `RuleName` (and so the `rules` option) exact; this
# also checks that the finished module instantiates and runs.
NAMES="$(node --input-type=module -e "
  const { Validator } = await import(process.argv[1]);
  console.log(Validator.rules().map((r) => JSON.stringify(r.name)).join(' | '));
" "$OUT/node.js")"
[ -n "$NAMES" ] || { log "the built module lists no rules"; exit 1; }
sed "s#/\*RULE_NAMES\*/ string#$NAMES#" "$CRATE/js/resolint.d.ts" > "$OUT/resolint.d.ts"

# --- sizes -------------------------------------------------------------------------
size() { stat -c %s "$1"; }
gz() { gzip -9c "$1" | wc -c; }
total_raw=0; total_gz=0
printf '%-24s %9s %9s\n' file bytes gzip-9
for f in resolint_wasm_bg.wasm resolint_wasm.js resolint.js node.js; do
  r=$(size "$OUT/$f"); g=$(gz "$OUT/$f")
  printf '%-24s %9d %9d\n' "$f" "$r" "$g"
  if [ "$f" != node.js ]; then total_raw=$((total_raw + r)); total_gz=$((total_gz + g)); fi
done
printf '%-24s %9d %9d   (budget: 102400 gzipped)\n' "browser total" "$total_raw" "$total_gz"
log "package written to $OUT"
