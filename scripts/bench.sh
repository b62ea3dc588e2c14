#!/usr/bin/env bash
# Runs the Criterion benchmarks of benches/validate.rs (about ten minutes on two cores)
# and keeps the log in target/bench-validate.log.
#
#   scripts/bench.sh [CRITERION ARGS…]      e.g. scripts/bench.sh seed
#
# The seed benchmarks read ../shared/seeds/004_991020ab79cd2c6b.txt and are skipped when
# it is missing. Results (HTML off: criterion is built without plots) are under
# target/criterion/; the figures are summarised by hand in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
mkdir -p "$target"
echo "== $(nproc) CPU(s), $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), rustc $(rustc --version | cut -d' ' -f2)"
cargo bench --bench validate -- "$@" 2>&1 | tee "$target/bench-validate.log"
