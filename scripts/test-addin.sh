#!/usr/bin/env bash
# Runs every test of the Word add-in (bindings/word-addin) on a fresh Debian machine:
#   - unit tests (node --test test/unit/): the Word host against Microsoft's
#     office-addin-mock, driving the real WebAssembly package (imported as `resolint`),
#     the shared model, manifest.xml and the two generated HTML entries;
#   - browser tests (node --test test/browser/): the plain-browser page in Debian's
#     headless Chromium through playwright-core, served on 127.0.0.1; screenshots in
#     bindings/word-addin/test-results/.
# Installs what is missing: node/npm and chromium from apt, the npm packages of
# package-lock.json (npm ci). Builds the package with scripts/build-wasm.sh unless
# RESOLINT_SKIP_BUILD=1; RESOLINT_PKG_DIR (default $ROOT/pkg) is the package tested.
# Exits non-zero when anything fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ADDIN="$ROOT/bindings/word-addin"
PKG="${RESOLINT_PKG_DIR:-$ROOT/pkg}"
export RESOLINT_PKG_DIR="$PKG"

log() { printf 'test-addin: %s\n' "$*" >&2; }
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
ensure_node_and_chromium

ensure_package

npm_ci_locked "$ADDIN"
# The tests import the package by its name, as the add-in's code does.
ln -sfn "$PKG" "$ADDIN/node_modules/resolint"

status=0
log "bundling (node build.mjs)"
(cd "$ADDIN" && node build.mjs) || exit 1
log "1/2 unit tests (office-addin-mock, the real package, manifest)"
(cd "$ADDIN" && node --test --test-concurrency=1 test/unit/) || status=1
log "2/2 browser tests (headless Chromium)"
(cd "$ADDIN" && node --test --test-concurrency=1 test/browser/) || status=1
exit "$status"
