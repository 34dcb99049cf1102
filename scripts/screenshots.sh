#!/usr/bin/env bash
# Takes screenshots of every CardDesk screen under Xvfb for the documentation (docs/screenshots/), in zh_CN
# and en: <screen>-<lang>.png. Screens that need a card (card, pin, customer-pin) are shot with the simulator
# (pcscd + carddesk-cardsim with the demo card) when pcscd can be started (root); otherwise they are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${CARDDESK_BUILD_DIR:-build}
out=${1:-docs/screenshots}
mkdir -p "$out"
export CARDDESK_FIXTURE_DIR=$PWD/$BUILD_DIR/screenshots
mkdir -p "$CARDDESK_FIXTURE_DIR"
work=$CARDDESK_FIXTURE_DIR
sim_pid=""
cleanup() {
    # The simulator runs in a subshell (fed by sleep so that its stdin stays open): end its children too.
    if [ -n "$sim_pid" ]; then
        pkill -P "$sim_pid" 2>/dev/null || true
        kill "$sim_pid" 2>/dev/null || true
    fi
    tests/fixtures/pcscd-fixture.sh stop > /dev/null 2>&1 || true
}
trap cleanup EXIT
card_screens=""
if tests/fixtures/pcscd-fixture.sh start > /dev/null 2>&1; then
    port=$(cat "$work/pcscd/vpcd-port" 2>/dev/null || echo 35963)
    (sleep 100000 | "$BUILD_DIR/smartcard/sim/carddesk-cardsim" --port "$port" --state "$work/cardsim-state.json" \
        --card resources/cards/zhangsan-200-3des.json --psam resources/cards/psam-test.json > "$work/cardsim.log" 2>&1) &
    sim_pid=$!
    sleep 1.5
    card_screens="card pin customer-pin"
fi
screens="login locked home identity proxy details photo approval result history diagnostics settings $card_screens"
for lang in zh_CN en; do
    for screen in $screens; do
        rm -rf "$work/training"
        xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD_DIR/app/main/carddesk" --training --training-dir "$work/training" \
            --lang "$lang" --screen "$screen" --screenshot "$out/$screen-$lang.png" > /dev/null 2>&1 \
            || echo "screenshots: $screen ($lang) failed" >&2
    done
done
ls "$out"
