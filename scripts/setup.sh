#!/usr/bin/env bash
# Installs what Tend needs to build, run and test on Debian 12, then configures and builds it.
# Safe to run again: it installs only what is missing and rebuilds only what changed.
set -euo pipefail

cd "$(dirname "$0")/.."

packages=(
    # toolchain
    g++ make cmake pkg-config
    # Qt 6 (Widgets, Sql with SQLite, Charts) and the tools that build with it
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6charts6-dev libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # SQLite's own headers: core reads many rows through it on the connection Qt's driver opened
    libsqlite3-dev
    # libsodium: the sealed database (XChaCha20-Poly1305, Argon2id) and guarded key memory
    libsodium-dev
    # fontconfig, which app/ warms up on a second thread at start
    libfontconfig-dev
    # tests
    googletest libgtest-dev libgmock-dev
    # pdftotext and pdftoppm, with which the tests read exported PDFs back
    poppler-utils
    # Qt D-Bus for desktop notifications; dbus-run-session gives their tests a real session bus
    dbus-daemon
    # systemd-analyze and desktop-file-validate check the reminder timer and autostart entry
    systemd desktop-file-utils
    # fonts, so offscreen rendering and screenshots have real glyphs
    fontconfig fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_type="${TEND_BUILD_TYPE:-RelWithDebInfo}"
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" > /dev/null
cmake --build build -j2
