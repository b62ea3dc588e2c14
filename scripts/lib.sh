# Shared by the test and serve scripts (sourced, not run): installing what a fresh
# Debian machine lacks, and the npm packages of a package-lock.json.
# The sourcing script sets ROOT (and PKG, for ensure_package) and defines log().

SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" = 0 ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@"
}

# Node and npm, and Debian's chromium (unless RESOLINT_CHROMIUM names another).
ensure_node_and_chromium() {
  command -v node >/dev/null && command -v npm >/dev/null || { log "installing nodejs and npm"; apt_install nodejs npm; }
  if [ ! -x /usr/bin/chromium ] && [ -z "${RESOLINT_CHROMIUM:-}" ]; then
    log "installing Debian's chromium"
    apt_install chromium
  fi
}

# `npm ci` in directory $1, exactly as locked; skipped when node_modules matches the
# lock already.
npm_ci_locked() {
  local dir="$1" sum
  sum="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$dir/node_modules/.resolint-lock" 2>/dev/null)" != "$sum" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund)
    echo "$sum" > "$dir/node_modules/.resolint-lock"
  fi
}

# The WebAssembly package in $PKG: built by scripts/build-wasm.sh unless
# RESOLINT_SKIP_BUILD=1, and there either way.
ensure_package() {
  if [ "${RESOLINT_SKIP_BUILD:-0}" != 1 ]; then
    "$ROOT/scripts/build-wasm.sh"
  fi
  [ -f "$PKG/resolint_wasm_bg.wasm" ] || { log "no package in $PKG: build it (scripts/build-wasm.sh) or set RESOLINT_PKG_DIR"; exit 2; }
}

# The target flags of every wasm32 build of the core (the package, its tests, the
# instruction counts), after any CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS given
# (a RUSTFLAGS set in the environment takes precedence over all of them).
#  - simd128 halves the validation time (memchr and the byte scans of scan::blocks use
#    it); it needs Chrome/Edge 91+, Firefox 89+, Safari 16.4+, Node 16.4+.
#    RESOLINT_WASM_SIMD=0 leaves it out.
#  - Code size at opt-level 3 without the loop transformations that add code for no
#    measurable speed here:
#    no unrolling (full, partial or runtime) and no loop vectorisation (the scans use
#    simd128 explicitly), and less inlining than LLVM's default (225). Together 7.2 KB
#    less gzipped; the validation runs 13% more WebAssembly instructions but its time in
#    Node stays within 1.5% (BENCHMARKS.md, "Fourth round"). Inlining below 75 is slower
#    (40: +18%). RESOLINT_WASM_INLINE_THRESHOLD overrides the inlining threshold.
wasm_rustflags() {
  local flags="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-}"
  if [ "${RESOLINT_WASM_SIMD:-1}" != 0 ]; then flags="$flags -C target-feature=+simd128"; fi
  flags="$flags -C no-vectorize-loops -C llvm-args=-unroll-threshold=0 -C llvm-args=-unroll-runtime=false"
  flags="$flags -C llvm-args=-inline-threshold=${RESOLINT_WASM_INLINE_THRESHOLD:-75}"
  printf '%s' "$flags"
}
