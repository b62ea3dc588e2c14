#!/usr/bin/env bash
# Builds and serves the Word add-in (bindings/word-addin) over HTTPS on
# https://localhost:3000 with the office-addin-dev-certs development certificate
# (created and trusted on first use; that step may ask for sudo). The same server
# serves the plain-browser page at https://localhost:3000/index.html.
# Steps: the WebAssembly package via scripts/build-wasm.sh (unless RESOLINT_SKIP_BUILD=1),
# `npm ci` in bindings/word-addin (skipped when node_modules matches the lock), the
# bundle (node build.mjs), the server (node server.mjs). Env: RESOLINT_PKG_DIR (default
# $ROOT/pkg); RESOLINT_ADDIN_HTTP=1 serves plain HTTP on 127.0.0.1 instead (port
# RESOLINT_ADDIN_PORT, default 3000), e.g. for a quick look without certificates.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ADDIN="$ROOT/bindings/word-addin"
PKG="${RESOLINT_PKG_DIR:-$ROOT/pkg}"
export RESOLINT_PKG_DIR="$PKG"
log() { printf 'serve-addin: %s\n' "$*" >&2; }

command -v node >/dev/null && command -v npm >/dev/null || { log "node and npm are needed (Debian: apt-get install nodejs npm)"; exit 2; }
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
ensure_package
npm_ci_locked "$ADDIN"
(cd "$ADDIN" && node build.mjs)
if [ "${RESOLINT_ADDIN_HTTP:-0}" = 1 ]; then
  exec node "$ADDIN/server.mjs" --http --port "${RESOLINT_ADDIN_PORT:-3000}"
fi
exec node "$ADDIN/server.mjs"
