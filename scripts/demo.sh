#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, and starts CardDesk in training mode on its
# embedded default: a local SQLite store with demo persons and accounts, the simulated card reader (a private
# pcscd with the vpcd driver) and the simulated citizen card + PSAM (carddesk-cardsim).
# Without a display it runs under Xvfb and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh --target carddesk carddesk-cardsim carddesk-admin
BUILD_DIR=${CARDDESK_BUILD_DIR:-build}
export CARDDESK_FIXTURE_DIR=$PWD/$BUILD_DIR/demo
mkdir -p "$CARDDESK_FIXTURE_DIR"

pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    tests/fixtures/pcscd-fixture.sh stop > /dev/null 2>&1 || true
}
trap cleanup EXIT

# The simulated reader: needs root for pcscd; without it the application still starts and says "no reader".
if tests/fixtures/pcscd-fixture.sh start; then
    if [ -x "$BUILD_DIR/smartcard/sim/carddesk-cardsim" ] && "$BUILD_DIR/smartcard/sim/carddesk-cardsim" --help | grep -q -- '--demo'; then
        "$BUILD_DIR/smartcard/sim/carddesk-cardsim" --demo --state "$CARDDESK_FIXTURE_DIR/cardsim-state" \
            > "$CARDDESK_FIXTURE_DIR/cardsim.log" 2>&1 &
        pids+=($!)
    fi
else
    echo "demo: continuing without the simulated reader" >&2
fi

app=("$BUILD_DIR/app/main/carddesk" --training "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    shot=$PWD/$BUILD_DIR/demo/carddesk-demo.png
    echo "demo: no display found; running under Xvfb and saving a screenshot to $shot"
    xvfb-run -a -s "-screen 0 1280x800x24" "${app[@]}" --screenshot "$shot"
else
    "${app[@]}"
fi
