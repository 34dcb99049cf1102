#!/usr/bin/env bash
# Configures and builds CardDesk in ./build (Ninja, RelWithDebInfo). Extra arguments go to `cmake --build`
# (e.g. --target carddesk). Used by scripts/test.sh and scripts/demo.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${CARDDESK_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
else
    cmake -S . -B "$BUILD_DIR" > /dev/null
fi
cmake --build "$BUILD_DIR" -j "$(nproc)" "$@"
