#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, and starts CardDesk in training mode: a local
# demo store with demo persons and accounts (clerk01 / train-clerk-1, super01 / train-super-1,
# admin01 / train-admin-1), the simulated card reader (pcscd with the vpcd driver) and the simulated citizen
# card + PSAM (carddesk-cardsim with the demo card of 张三, ID 11010519491231002X, PIN 123456).
# While it runs, other demo cards can be put in the reader:
#     echo "swap lisi-300-sm4.json" > build/demo/cardsim.cmd      (remove / insert / swap PROFILE / status)
# Without a display it runs under Xvfb and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh --target carddesk carddesk-cardsim carddesk-admin
BUILD_DIR=${CARDDESK_BUILD_DIR:-build}
export CARDDESK_FIXTURE_DIR=$PWD/$BUILD_DIR/demo
mkdir -p "$CARDDESK_FIXTURE_DIR"
demo=$CARDDESK_FIXTURE_DIR

pids=()
cleanup() {
    exec 9>&- 2>/dev/null || true
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    tests/fixtures/pcscd-fixture.sh stop > /dev/null 2>&1 || true
    rm -f "$demo/cardsim.cmd"
}
trap cleanup EXIT

# The simulated reader: needs root for pcscd; without it the application still starts and says "no reader".
if tests/fixtures/pcscd-fixture.sh start; then
    port=$(cat "$demo/pcscd/vpcd-port" 2>/dev/null || echo 35963)
    rm -f "$demo/cardsim.cmd"
    mkfifo "$demo/cardsim.cmd"
    # The simulator reads commands on stdin: keep the FIFO open for writing so that it never sees end-of-file.
    "$BUILD_DIR/smartcard/sim/carddesk-cardsim" --port "$port" --state "$demo/cardsim-state.json" \
        --card resources/cards/zhangsan-200-3des.json --psam resources/cards/psam-test.json \
        < "$demo/cardsim.cmd" > "$demo/cardsim.log" 2>&1 &
    pids+=($!)
    exec 9> "$demo/cardsim.cmd"
    # One process (no subshell whose child `sleep` would outlive the cleanup), its stderr away from the caller's.
    sleep infinity >&9 2>/dev/null &
    pids+=($!)
else
    echo "demo: continuing without the simulated reader" >&2
fi

app=("$BUILD_DIR/app/main/carddesk" --training --training-dir "$demo/training" "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    shot=$demo/carddesk-demo.png
    echo "demo: no display found; running under Xvfb and saving a screenshot to $shot"
    xvfb-run -a -s "-screen 0 1280x800x24" "${app[@]}" --screen home --screenshot "$shot"
else
    "${app[@]}"
fi
