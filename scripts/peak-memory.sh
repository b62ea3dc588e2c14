#!/usr/bin/env bash
# Peak memory of the CLI on a generated 40 MB draft (DESIGN.md budget: ≤ 10× the input).
#
#   scripts/peak-memory.sh [SHAPE…]     shapes: omnibus (default), short-paragraphs,
#                                       long-paragraphs, one-paragraph, citations-footnotes
#
# Generates each draft into a temporary directory with the benchmark's own generator
# (RESOLINT_WRITE_DRAFT, see benches/validate.rs), builds the release CLI, and reads the
# maximum resident set size from GNU time for
#   resolint check --format json FILE > /dev/null
# Installs Debian's `time` package when /usr/bin/time is missing (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
size="${PEAK_MEMORY_BYTES:-40000000}"
shapes=("$@")
if [ ${#shapes[@]} -eq 0 ]; then
    shapes=(omnibus)
fi

if [ ! -x /usr/bin/time ]; then
    echo "peak-memory.sh: installing GNU time (Debian package 'time')" >&2
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq && $sudo apt-get install -y -qq time
fi

target="${CARGO_TARGET_DIR:-target}"
cargo build --release --bin resolint
bin="$target/release/resolint"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

printf '%-22s %12s %12s %8s %6s %8s\n' shape "input bytes" "max RSS KiB" "× input" exit "seconds"
for shape in "${shapes[@]}"; do
    file="$tmp/$shape.txt"
    RESOLINT_WRITE_DRAFT="$file:$shape:$size" cargo bench --bench validate >/dev/null 2>"$tmp/gen.log" || { cat "$tmp/gen.log" >&2; exit 2; }
    bytes=$(stat -c %s "$file")
    set +e
    /usr/bin/time -v "$bin" check --format json "$file" >/dev/null 2>"$tmp/time.log"
    code=$?
    set -e
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$tmp/time.log")
    secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): *//p' "$tmp/time.log")
    ratio=$(awk -v r="$rss" -v b="$bytes" 'BEGIN { printf "%.2f", r * 1024 / b }')
    printf '%-22s %12s %12s %8s %6s %8s\n' "$shape" "$bytes" "$rss" "$ratio" "$code" "$secs"
done
