#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Builds qtkeychain and cmark-gfm from their release tags into PREFIX, against the Qt found in
# CMAKE_PREFIX_PATH. Used by the Windows workflow (Git Bash on windows-latest): vcpkg's qtkeychain
# port would build a second Qt from source, and the Qt installer has neither library.
#
#   build-deps.sh [--dry-run] PREFIX
#
# Environment: CMAKE_PREFIX_PATH (Qt), CMAKE_GENERATOR (e.g. Ninja), HARNESS_DEPS_SRC (clone
# folder, default PREFIX/../deps-src). --dry-run prints the commands instead of running them.
set -euo pipefail

QTKEYCHAIN_TAG=v0.14.0
QTKEYCHAIN_COMMIT=e63da2868465db18eb35a312b2635c26fdc46923
CMARK_GFM_TAG=0.29.0.gfm.13

dry_run=0
if [[ "${1:-}" == "--dry-run" ]]; then
    dry_run=1
    shift
fi
prefix="${1:-}"
[[ -n "$prefix" ]] || { echo "usage: build-deps.sh [--dry-run] PREFIX" >&2; exit 2; }
src="${HARNESS_DEPS_SRC:-$prefix/../deps-src}"

run() {
    if [[ $dry_run -eq 1 ]]; then
        printf '+'
        printf ' %q' "$@"
        printf '\n'
    else
        "$@"
    fi
}

clone() { # url tag folder
    if [[ -d "$3/.git" ]]; then
        return 0
    fi
    run git clone --depth 1 --branch "$2" "$1" "$3"
}

run mkdir -p "$prefix" "$src"

# cmark-gfm: the shared libraries and libcmark-gfm.pc (which names both libraries).
clone https://github.com/github/cmark-gfm.git "$CMARK_GFM_TAG" "$src/cmark-gfm"
run cmake -S "$src/cmark-gfm" -B "$src/cmark-gfm/build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMARK_TESTS=OFF -DCMARK_STATIC=OFF -DCMARK_SHARED=ON
run cmake --build "$src/cmark-gfm/build" --config Release --parallel
run cmake --install "$src/cmark-gfm/build" --config Release

# qtkeychain for Qt 6 (Windows Credential Store; libsecret on Linux; Keychain on macOS).
clone https://github.com/frankosterfeld/qtkeychain.git "$QTKEYCHAIN_TAG" "$src/qtkeychain"
if [[ $dry_run -eq 0 ]]; then
    actual=$(git -C "$src/qtkeychain" rev-parse HEAD)
    [[ "$actual" == "$QTKEYCHAIN_COMMIT" ]] \
        || { echo "qtkeychain $QTKEYCHAIN_TAG is $actual, expected $QTKEYCHAIN_COMMIT" >&2; exit 1; }
fi
run cmake -S "$src/qtkeychain" -B "$src/qtkeychain/build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF \
    -DBUILD_TEST_APPLICATION=OFF
run cmake --build "$src/qtkeychain/build" --config Release --parallel
run cmake --install "$src/qtkeychain/build" --config Release
