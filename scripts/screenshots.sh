#!/usr/bin/env bash
# Takes screenshots of CardDesk's windows under Xvfb for the documentation (docs/screenshots/).
# Each language gets its own file: main-zh_CN.png, main-en.png, ...
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${CARDDESK_BUILD_DIR:-build}
out=${1:-docs/screenshots}
mkdir -p "$out"
for lang in zh_CN zh_TW en; do
    xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD_DIR/app/main/carddesk" --training --lang "$lang" \
        --screenshot "$out/main-$lang.png"
done
