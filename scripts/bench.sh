#!/usr/bin/env bash
# Builds and runs every benchmark; each prints a table (figures beside baselines measured in the same run)
# and writes JSON to build/bench-results/<name>.json. Card and sync benchmarks need pcscd / PostgreSQL:
# they start what they need through the test fixtures (run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
BUILD_DIR=${CARDDESK_BUILD_DIR:-build}
results=$BUILD_DIR/bench-results
mkdir -p "$results"
for b in $(find "$BUILD_DIR/bench" -maxdepth 2 -type f -executable -name 'bench_*' | sort); do
    name=$(basename "$b")
    echo; echo "### $name"
    "$b" --json "$results/$name.json" || echo "$name failed (exit $?)"
done
