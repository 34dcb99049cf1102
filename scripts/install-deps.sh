#!/usr/bin/env bash
# Installs every Debian 12 package that CardDesk's build, tests and demo need.
# Idempotent: installs only what is missing; runs `apt-get update` only when it must.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ pkg-config clang-14 libclang-rt-14-dev libfuzzer-14-dev
  # Qt 6.4: Widgets, SQL (SQLite + PostgreSQL drivers), Test, LinguistTools, Charts, PrintSupport
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n libgl-dev
  # photo
  libopencv-dev opencv-data
  # fontconfig (loaded early on a second core), smart card stack and peer tools
  libfontconfig-dev libpcsclite-dev pcscd vsmartcard-vpcd opensc pcsc-tools
  # crypto, raw database clients for benchmark baselines
  libssl-dev libsqlite3-dev sqlite3 libpq-dev
  # agency database server for tests
  postgresql-15
  # GUI tests and screenshots, Chinese text
  xvfb xauth fonts-wqy-microhei
  # packaging checks
  desktop-file-utils appstream dpkg-dev fakeroot librsvg2-bin
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
# Update the package lists first when they are absent or the install fails on stale lists.
if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ]; then
  $SUDO apt-get update -qq
fi
if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
