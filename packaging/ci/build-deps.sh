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
CMARK_GFM_COMMIT=587a12bb54d95ac37241377e6ddc93ea0e45439b

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

verify_commit() { # folder commit: a moved tag is an error, not a silent change of source
    [[ $dry_run -eq 1 ]] && return 0
    local actual
    actual=$(git -C "$1" rev-parse HEAD)
    [[ "$actual" == "$2" ]] || { echo "$1 is at $actual, expected $2" >&2; exit 1; }
}

run mkdir -p "$prefix" "$src"

# cmark-gfm: the shared libraries and libcmark-gfm.pc (which names both libraries).
# Its CMakeLists asks for an old CMake; CMake 4 (on the hosted runners) needs the policy floor.
clone https://github.com/github/cmark-gfm.git "$CMARK_GFM_TAG" "$src/cmark-gfm"
verify_commit "$src/cmark-gfm" "$CMARK_GFM_COMMIT"
run cmake -S "$src/cmark-gfm" -B "$src/cmark-gfm/build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMARK_TESTS=OFF -DCMARK_STATIC=OFF -DCMARK_SHARED=ON \
    -DCMAKE_POLICY_VERSION_MINIMUM=3.5
run cmake --build "$src/cmark-gfm/build" --config Release --parallel
run cmake --install "$src/cmark-gfm/build" --config Release

# qtkeychain for Qt 6 (Windows Credential Store; libsecret on Linux; Keychain on macOS).
clone https://github.com/frankosterfeld/qtkeychain.git "$QTKEYCHAIN_TAG" "$src/qtkeychain"
verify_commit "$src/qtkeychain" "$QTKEYCHAIN_COMMIT"
run cmake -S "$src/qtkeychain" -B "$src/qtkeychain/build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF \
    -DBUILD_TEST_APPLICATION=OFF
run cmake --build "$src/qtkeychain/build" --config Release --parallel
run cmake --install "$src/qtkeychain/build" --config Release
