#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ for SECONDS each (default 60).
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]
#
# Needs a nightly toolchain (cargo-fuzz passes -Zsanitizer and coverage flags) and
# cargo-fuzz, which is installed from crates.io when missing. The seed drafts in
# ../shared/seeds/ (when present) and the dictionary fuzz/resolint.dict start each run;
# new inputs go to fuzz/corpus/TARGET, crashes to fuzz/artifacts/TARGET (both ignored by
# git). A crash stops the script with a non-zero exit: turn its reproducer into a test
# in tests/fuzz_regressions.rs.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(parse validate fix paragraphs)
fi

if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "fuzz.sh: a nightly toolchain is needed: rustup toolchain install nightly" >&2
    exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz from crates.io" >&2
    cargo install cargo-fuzz --locked
fi

seeds=()
if [ -d ../shared/seeds ]; then
    seeds=(../shared/seeds)
fi

for target in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$target"
    echo "== fuzz target $target for ${seconds}s"
    # The paragraphs target reads structured input (arbitrary), for which neither the
    # text seeds nor the dictionary mean much; it still gets the dictionary.
    extra=("${seeds[@]}")
    if [ "$target" = paragraphs ]; then
        extra=()
    fi
    cargo +nightly fuzz run "$target" "fuzz/corpus/$target" "${extra[@]}" -- \
        -max_total_time="$seconds" -dict=fuzz/resolint.dict -print_final_stats=1
done
