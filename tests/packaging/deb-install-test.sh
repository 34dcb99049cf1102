#!/usr/bin/env bash
# Builds the Debian packages with CPack, installs them with dpkg on this machine, runs the installed programs,
# validates the desktop entries and the AppStream metainfo, then purges the packages and checks that nothing
# is left. Needs root (dpkg -i) and the runtime dependencies installed (scripts/install-deps.sh); exits 77
# (skipped) otherwise. The build tree is only read: CPack works in a temporary directory.
#
# usage: deb-install-test.sh <build dir> <source dir> <version>
set -euo pipefail
build=$1
source=$2
version=$3

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

[ "$(id -u)" -eq 0 ] || skip "needs root to install packages with dpkg"
command -v dpkg >/dev/null || skip "not a dpkg system"
command -v cpack >/dev/null || skip "cpack not found"
for tool in desktop-file-validate appstreamcli dpkg-shlibdeps fakeroot; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/install-deps.sh"
done

# One run at a time on this machine, whichever build tree it comes from: installs would trample each other.
exec 9>/run/lock/carddesk-packaging-test.lock
flock -w 300 9 || fail "another packaging test holds /run/lock/carddesk-packaging-test.lock"

work=$(mktemp -d /tmp/carddesk-deb-test.XXXXXX)
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        dpkg -P carddesk-training carddesk >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# A clean start: a run that was killed may have left the packages installed.
for p in carddesk-training carddesk; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'installed'; then
        echo "note: $p $(dpkg-query -W -f='${Version}' "$p") was installed before the test: purging it"
        dpkg -P "$p" >/dev/null || fail "cannot purge the $p found installed"
    fi
done

step "cpack (into $work)"
start=$(date +%s)
cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
app_deb="$work/carddesk_${version}_amd64.deb"
training_deb="$work/carddesk-training_${version}_amd64.deb"
[ -f "$app_deb" ] || { ls -l "$work"; fail "no $app_deb"; }
[ -f "$training_deb" ] || { ls -l "$work"; fail "no $training_deb"; }
echo "cpack took $(( $(date +%s) - start )) s"

step "package metadata"
depends=$(dpkg-deb -f "$app_deb" Depends)
echo "carddesk Depends: $depends"
# Computed by dpkg-shlibdeps; checked here independently: every shared library an executable of the package
# needs (ELF NEEDED) belongs to a Debian package named in Depends.
check_needed() { # <deb> <depends> <path in package>...
    local deb=$1 deps=$2; shift 2
    local x="$work/extract-$(basename "$deb")"
    ldconfig -p >"$work/ldconfig"
    mkdir -p "$x" && dpkg-deb -x "$deb" "$x"
    for exe in "$@"; do
        for lib in $(objdump -p "$x$exe" | awk '/NEEDED/ {print $2}'); do
            path=$(awk -v l="$lib" '$1 == l && /x86-64/ {print $NF; exit}' "$work/ldconfig")
            [ -n "$path" ] || fail "$exe needs $lib, which is not installed here"
            pkg=$( (dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path") | sed -n '1s/:.*//p')
            tr ',|' '\n\n' <<<"$deps" | sed 's/(.*//; s/ //g' | grep -qxF "$pkg" \
                || fail "$exe needs $lib from $pkg, which Depends lacks"
        done
    done
}
# The libraries the counter application cannot work without, as computed (with a minimum version).
for lib in libqt6core6 libqt6widgets6 libqt6sql6 libopencv-core406 libopencv-objdetect406 libpcsclite1 libssl3; do
    grep -Eq "(^|, )$lib \(>= " <<<"$depends" || fail "Depends lacks $lib (>= ...): dpkg-shlibdeps did not run?"
done
dpkg-deb -c "$app_deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/app.files"
# The OpenCV plugin carddesk loads on first camera use or face analysis (docs/photo.md): in <libdir>/carddesk, its
# libraries (all of OpenCV) in Depends like the executables'.
plugin=$(grep -E '^/usr/lib/([a-z0-9_-]+/)?carddesk/carddesk-opencv\.so$' "$work/app.files" || true)
[ -n "$plugin" ] || fail "carddesk lacks the OpenCV plugin <libdir>/carddesk/carddesk-opencv.so"
# The dashboard's charts and the print preview, the same way (ui/plugins/UiPluginApi.h): Qt Charts and Qt Print
# Support come into Depends through them.
ui_plugins=()
for name in charts print; do
    p=$(grep -E "^/usr/lib/([a-z0-9_-]+/)?carddesk/carddesk-$name\.so$" "$work/app.files" || true)
    [ -n "$p" ] || fail "carddesk lacks the plugin <libdir>/carddesk/carddesk-$name.so"
    ui_plugins+=("$p")
done
for lib in libqt6charts6 libqt6printsupport6; do
    grep -Eq "(^|, )$lib \(>= " <<<"$depends" || fail "Depends lacks $lib (>= ...), needed by the UI plugins"
done
check_needed "$app_deb" "$depends" /usr/bin/carddesk /usr/bin/carddesk-admin "$plugin" "${ui_plugins[@]}"
# Loaded at run time, listed by hand.
for dep in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins opencv-data pcscd \
    "fonts-wqy-microhei | fonts-noto-cjk"; do
    grep -Fq "$dep" <<<"$depends" || fail "Depends lacks $dep"
done
training_depends=$(dpkg-deb -f "$training_deb" Depends)
echo "carddesk-training Depends: $training_depends"
for dep in "carddesk (= $version)" vsmartcard-vpcd pcscd; do
    grep -Fq "$dep" <<<"$training_depends" || fail "carddesk-training Depends lacks $dep"
done
check_needed "$training_deb" "$training_depends" /usr/bin/carddesk-cardsim
# Each package has its own synopsis (CPack would otherwise put one summary on both).
dpkg-deb -f "$app_deb" Description | sed -n 1p | grep -q "PIN services" || fail "carddesk has the wrong synopsis"
dpkg-deb -f "$training_deb" Description | sed -n 1p | grep -q "simulator" || fail "carddesk-training has the wrong synopsis"
dpkg-deb --ctrl-tarfile "$app_deb" | tar -xO ./conffiles | grep -qx /etc/carddesk/carddesk.conf \
    || fail "/etc/carddesk/carddesk.conf is not a conffile"

for f in /usr/bin/carddesk /usr/bin/carddesk-admin /etc/carddesk/carddesk.conf \
    /usr/share/applications/org.carddesk.CardDesk.desktop /usr/share/metainfo/org.carddesk.CardDesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/carddesk.svg /usr/share/doc/carddesk/copyright \
    /usr/share/doc/carddesk/admin-guide.md /usr/share/doc/carddesk/agency-db.md; do
    grep -qx "$f" "$work/app.files" || fail "carddesk lacks $f"
done
for size in 16 22 24 32 48 64 128 256; do
    grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/carddesk.png" "$work/app.files" \
        || fail "carddesk lacks the ${size}x${size} icon"
done
for json in "$source"/resources/regions/*.json; do
    [ -e "$json" ] || continue
    grep -qx "/usr/share/carddesk/regions/$(basename "$json")" "$work/app.files" \
        || fail "carddesk lacks the region profile $(basename "$json")"
done
for sql in $(cd "$source/packaging" && find agency-db -name '*.sql' | sort); do
    grep -qx "/usr/share/carddesk/$sql" "$work/app.files" || fail "carddesk lacks the agency schema file $sql"
done
dpkg-deb -c "$training_deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/training.files"
grep -qx /usr/bin/carddesk-cardsim "$work/training.files" || fail "carddesk-training lacks carddesk-cardsim"
for f in "$source"/resources/cards/*.json "$source"/app/training/data/*; do
    [ -e "$f" ] || continue
    case "$f" in */cards/*) dest=cards ;; *) dest=training ;; esac
    grep -qx "/usr/share/carddesk/$dest/$(basename "$f")" "$work/training.files" \
        || fail "carddesk-training lacks $dest/$(basename "$f")"
done
if grep -qx /usr/bin/carddesk-cardsim "$work/app.files"; then fail "carddesk must not ship the simulator"; fi

step "dpkg -i"
installed=1
dpkg -i "$app_deb" "$training_deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
dpkg-query -W -f='${Status} ${Version}\n' carddesk | grep -q "install ok installed $version" \
    || fail "carddesk is not installed after dpkg -i"

step "run the installed programs"
mkdir -p "$work/home"
export QT_QPA_PLATFORM=offscreen
out=$(cd / && env -u CARDDESK_SOURCE_DIR /usr/bin/carddesk --version) || fail "carddesk --version failed"
echo "$out"
grep -q "^carddesk $version" <<<"$out" || fail "carddesk --version printed no version"
out=$(cd / && /usr/bin/carddesk-admin --help) || fail "carddesk-admin --help failed"
grep -q "Usage: carddesk-admin" <<<"$out" || fail "carddesk-admin --help printed no usage"
out=$(cd / && /usr/bin/carddesk-cardsim --version) || fail "carddesk-cardsim --version failed"
grep -q "$version" <<<"$out" || fail "carddesk-cardsim --version printed no version"
# The installed programs find the installed data (region profiles, cards) in /usr/share/carddesk.
out=$(cd / && HOME="$work/home" env -u CARDDESK_RESOURCES_DIR /usr/bin/carddesk-admin config show) \
    || fail "carddesk-admin config show failed"
grep -qx "resources: */usr/share/carddesk" <<<"$out" \
    || fail "the installed carddesk-admin does not use /usr/share/carddesk: $(grep resources: <<<"$out")"
# The installed programs find the installed OpenCV plugin (loaded on first use, not at start-up: carddesk itself
# links no OpenCV library at all).
out=$(cd / && HOME="$work/home" /usr/bin/carddesk-admin photo sources) || fail "carddesk-admin photo sources failed"
grep -qx "camera and face detection support: $plugin" <<<"$out" \
    || fail "the installed carddesk-admin does not find $plugin: $(sed -n 1p <<<"$out")"
# (ldd's output in a variable: `grep -q` in a pipe under pipefail could miss a match through SIGPIPE.)
libs=$(ldd /usr/bin/carddesk)
if grep -q 'libopencv_' <<<"$libs"; then
    fail "/usr/bin/carddesk links OpenCV ($(grep -o 'libopencv_[a-z0-9_]*' <<<"$libs" | sort -u | xargs)): all of it belongs in the plugin"
fi
if grep -Eq 'libQt6(Charts|PrintSupport)' <<<"$libs"; then
    fail "/usr/bin/carddesk links Qt Charts or Qt Print Support: they belong in the UI plugins"
fi
libs=$(ldd "$plugin")
grep -q 'libopencv_imgproc' <<<"$libs" || fail "the plugin $plugin does not link OpenCV"
if grep -q "not found" <<<"$libs"; then fail "the plugin $plugin misses a library: $(grep 'not found' <<<"$libs")"; fi
# The face analysis and the card photo run in the installed plugin, with the installed opencv-data.
out=$(cd / && HOME="$work/home" /usr/bin/carddesk-admin photo check "$source/tests/photo/data/astronaut-frame-white.jpg") \
    || fail "the installed carddesk-admin photo check failed: $out"
grep -q "result: PASS" <<<"$out" || fail "the installed photo check does not pass the standard test picture: $out"
# The installed application opens its window (offscreen) and quits by itself, with a fresh home folder.
(cd / && HOME="$work/home" XDG_RUNTIME_DIR= timeout 60 /usr/bin/carddesk --training --quit-after 300) \
    || fail "the installed carddesk did not start and quit cleanly"
# Stripped, but still linked only against installed libraries.
if ldd /usr/bin/carddesk | grep -q "not found"; then ldd /usr/bin/carddesk; fail "carddesk misses a library"; fi
if file /usr/bin/carddesk | grep -q "not stripped"; then fail "/usr/bin/carddesk is not stripped"; fi

step "desktop entries and metainfo"
desktop-file-validate /usr/share/applications/org.carddesk.CardDesk.desktop
desktop-file-validate /usr/share/applications/org.carddesk.CardDesk.training.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.carddesk.CardDesk.metainfo.xml
grep -q "<release version=\"$version\"" /usr/share/metainfo/org.carddesk.CardDesk.metainfo.xml \
    || fail "the metainfo's release is not $version"
for page in carddesk carddesk-admin carddesk-cardsim; do
    f=/usr/share/man/man1/$page.1.gz
    if [ -f "$source/docs/man/$page.1" ]; then
        [ -f "$f" ] || fail "$f is not installed"
        [ "$(man -w "$page")" = "$f" ] || fail "man does not find $page"
        # The page renders without groff warnings.
        warnings=$(zcat "$f" | groff -man -Tutf8 -ww -z 2>&1 || true)
        [ -z "$warnings" ] || fail "$page.1 has groff warnings: $warnings"
    fi
done
[ "$(stat -c %a /etc/carddesk/carddesk.conf)" = 644 ] || fail "/etc/carddesk/carddesk.conf is not 0644"

step "dpkg -P"
dpkg -P carddesk-training carddesk >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -P failed"; }
installed=0
left=$(ls /usr/bin | grep '^carddesk' || true)
[ -z "$left" ] || fail "left in /usr/bin after purge: $left"
for d in /usr/share/carddesk /etc/carddesk /usr/share/doc/carddesk /usr/share/doc/carddesk-training; do
    [ ! -e "$d" ] || fail "$d is left after purge"
done
[ ! -e /usr/share/applications/org.carddesk.CardDesk.desktop ] || fail "the desktop entry is left after purge"
echo "packages built, installed, checked and purged"
