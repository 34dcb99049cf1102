#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every test (CTest), including the
# tests on the real pcscd + vpcd + card simulator stack, the real PostgreSQL, the GUI (offscreen) and a
# bounded run of each libFuzzer target. This is exactly what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

echo "== 1/4 dependencies"
./scripts/install-deps.sh

echo "== 2/4 build"
./scripts/build.sh

# Fixtures that cannot start are errors here, never skips: this command must prove the whole stack.
export CARDDESK_REQUIRE_FIXTURES=${CARDDESK_REQUIRE_FIXTURES:-1}
status=0

echo "== 3/4 tests"
ctest --test-dir "${CARDDESK_BUILD_DIR:-build}" --output-on-failure -j 2 --timeout 600 || status=1

echo "== 4/4 fuzz targets (clang + libFuzzer, bounded time each)"
if [ -f tests/fuzz/CMakeLists.txt ]; then
    FUZZ_DIR=${CARDDESK_FUZZ_BUILD_DIR:-build-fuzz}
    if [ ! -f "$FUZZ_DIR/build.ninja" ]; then
        cmake -S . -B "$FUZZ_DIR" -G Ninja -DCARDDESK_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$FUZZ_DIR" -j "$(nproc)"
    ctest --test-dir "$FUZZ_DIR" --output-on-failure -L fuzz || status=1
else
    echo "no fuzz targets yet"
fi

echo "== test.sh finished in $(( $(date +%s) - start )) s, status $status"
exit $status
