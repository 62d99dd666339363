#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# The two commands of README.md:
#   bash .ci/dev.sh run    install what is missing, build (release preset) and start Harness Desktop
#   bash .ci/dev.sh test   the same set-up plus the npm test peers, build (ci preset), run all tests
# Extra arguments after `run` are passed to the app (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode="${1:-}"
shift || true

build_packages=(build-essential cmake pkg-config ccache git dpkg-dev file rpm
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-websockets-dev qt6-svg-dev qt6-networkauth-dev libqt6sql6-sqlite libqt6svg6
    qtkeychain-qt6-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libgl-dev
    libssl-dev gnome-keyring dbus)
test_packages=(xvfb xauth dbus-x11 imagemagick clang-format debootstrap appstream desktop-file-utils man-db python3-yaml)

missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
    done
}

install_packages() {
    local missing
    mapfile -t missing < <(missing_packages "$@")
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        [[ "$mode" == test ]] && missing+=(nodejs npm)
    fi
    [[ ${#missing[@]} -eq 0 ]] && return 0
    local line="apt-get install -y --no-install-recommends ${missing[*]}"
    if [[ $(id -u) -eq 0 ]]; then
        echo ">> installing: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $line
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        echo ">> installing with sudo: ${missing[*]}"
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive $line
    else
        echo "Harness Desktop needs these packages, which are not installed:" >&2
        echo "    sudo apt-get update && sudo $line" >&2
        echo "Run that line (or run this command as root), then run this command again." >&2
        exit 1
    fi
}

# The npm test peers: tests/peers (protocol peers, Node 22) and tests/peers/harness-web (the Harness
# web backend's own dependencies, for the convex tests). Each is reinstalled when its lock changed.
install_test_peers() {
    local peers stamp
    for peers in tests/peers tests/peers/harness-web; do
        stamp="$peers/node_modules/.harness-lock-stamp"
        if [[ ! -f "$stamp" ]] || ! cmp -s "$peers/package-lock.json" "$stamp"; then
            echo ">> installing the npm test peers ($peers)"
            (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
            cp "$peers/package-lock.json" "$stamp"
        fi
    done
}

case "$mode" in
run)
    install_packages "${build_packages[@]}"
    cmake --preset release
    cmake --build --preset release
    exec ./build/release/src/app/harness "$@"
    ;;
test)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    install_test_peers
    cmake --preset ci
    cmake --build --preset ci
    ctest --preset ci
    ;;
*)
    echo "usage: bash .ci/dev.sh run [app arguments...] | bash .ci/dev.sh test" >&2
    exit 2
    ;;
esac
