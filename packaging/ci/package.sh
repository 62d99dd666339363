#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Configure, build, package and smoke-test Harness Desktop on a hosted CI runner.
#   package.sh [--dry-run] windows|macos BUILD_DIR
#
# Expects the dependencies to be installed (see .github/workflows/*.yml and packaging/README.md):
#   CMAKE_PREFIX_PATH   Qt, qtkeychain, cmark-gfm, OpenSSL (';'-separated)
#   PKG_CONFIG          pkg-config/pkgconf executable (Windows: vcpkg's pkgconf)
#   HARNESS_DLL_DIRS    Windows: extra folders with DLLs to bundle (';'-separated)
#   HARNESS_CODESIGN_IDENTITY   macOS: signing identity ("-" = ad hoc); see packaging/macos/sign.sh
# Leaves the packages in BUILD_DIR/dist. --dry-run prints the commands instead of running them.
set -euo pipefail

dry_run=0
if [[ "${1:-}" == "--dry-run" ]]; then
    dry_run=1
    shift
fi
platform="${1:-}"
build="${2:-}"
[[ ( "$platform" == windows || "$platform" == macos ) && -n "$build" ]] \
    || { echo "usage: package.sh [--dry-run] windows|macos BUILD_DIR" >&2; exit 2; }
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dist="$build/dist"

run() {
    if [[ $dry_run -eq 1 ]]; then
        printf '+'
        printf ' %q' "$@"
        printf '\n'
    else
        "$@"
    fi
}
check() { # description, command...: runs a smoke check and says what failed
    local what="$1"
    shift
    if [[ $dry_run -eq 1 ]]; then
        run "$@"
    elif ! "$@"; then
        echo "SMOKE TEST FAILED: $what" >&2
        exit 1
    fi
}

configure_args=(-S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release
    -DHARNESS_BUILD_TESTS=OFF -DHARNESS_BUILD_BENCH=OFF -DHARNESS_USE_CCACHE=OFF
    "-DCMAKE_PREFIX_PATH=${CMAKE_PREFIX_PATH:-}")
[[ -z "${PKG_CONFIG:-}" ]] || configure_args+=("-DPKG_CONFIG_EXECUTABLE=$PKG_CONFIG")

case "$platform" in
windows)
    configure_args+=(-G "Visual Studio 17 2022" -A x64 "-DHARNESS_DLL_DIRS=${HARNESS_DLL_DIRS:-}")
    run cmake "${configure_args[@]}"
    run cmake --build "$build" --config Release --parallel
    run cpack --config "$build/CPackConfig.cmake" -C Release -G "NSIS;ZIP" -B "$dist"

    # The ZIP holds exactly what the installer installs: run it with no Qt on PATH.
    smoke="$build/smoke"
    run rm -rf "$smoke"
    run mkdir -p "$smoke"
    if [[ $dry_run -eq 1 ]]; then
        zip="$dist/HarnessDesktop-VERSION-windows-x64.zip"
    else
        zip=$(ls "$dist"/HarnessDesktop-*-windows-x64.zip)
    fi
    run cmake -E chdir "$smoke" cmake -E tar xf "$zip"
    root="$smoke/$(basename "$zip" .zip)"
    for f in bin/harness.exe bin/harness-cli.exe bin/Qt6Core.dll bin/Qt6Widgets.dll \
        bin/platforms/qwindows.dll bin/sqldrivers/qsqlite.dll; do
        check "the package has no $f" test -f "$root/$f"
    done
    check "harness-cli --version" env PATH=/usr/bin:/c/Windows/system32 "$root/bin/harness-cli.exe" --version
    check "harness-cli on a new store (SQLite driver, FTS5)" env PATH=/usr/bin:/c/Windows/system32 \
        "$root/bin/harness-cli.exe" --data-dir "$smoke/data" conversations list
    ;;
macos)
    configure_args+=(-G Ninja)
    run cmake "${configure_args[@]}"
    run cmake --build "$build" --parallel
    # cpack runs the install: macdeployqt, then the signing hook (packaging/macos/sign.cmake).
    run cpack --config "$build/CPackConfig.cmake" -G DragNDrop -B "$dist"
    if [[ $dry_run -eq 1 ]]; then
        dmg="$dist/HarnessDesktop-VERSION-macOS-arm64.dmg"
    else
        dmg=$(ls "$dist"/HarnessDesktop-*-macOS-*.dmg)
    fi
    if [[ -n "${HARNESS_CODESIGN_IDENTITY:-}" && "${HARNESS_CODESIGN_IDENTITY}" != "-" ]]; then
        run bash "$source_dir/packaging/macos/sign.sh" dmg "$dmg"
    fi

    # Mount the DMG and run what is in it, with Homebrew's libraries out of sight.
    mnt="$build/dmg-mount"
    run mkdir -p "$mnt"
    run hdiutil attach -nobrowse -readonly -mountpoint "$mnt" "$dmg"
    trap '[[ $dry_run -eq 1 ]] || hdiutil detach "$mnt" -force >/dev/null 2>&1 || true' EXIT
    app="$mnt/harness.app"
    for f in Contents/Info.plist Contents/MacOS/harness Contents/MacOS/harness-cli \
        Contents/Resources/harness.icns Contents/Frameworks/QtCore.framework \
        Contents/PlugIns/platforms/libqcocoa.dylib Contents/PlugIns/sqldrivers/libqsqlite.dylib; do
        check "the app bundle has no $f" test -e "$app/$f"
    done
    check "the bundle still references Homebrew" \
        bash -c "! otool -L '$app/Contents/MacOS/harness' '$app/Contents/MacOS/harness-cli' | grep -E '/(opt/homebrew|usr/local)/'"
    check "harness-cli --version" "$app/Contents/MacOS/harness-cli" --version
    check "harness-cli on a new store (SQLite driver, FTS5)" \
        "$app/Contents/MacOS/harness-cli" --data-dir "$build/smoke-data" conversations list
    check "harness --version" "$app/Contents/MacOS/harness" --version
    if [[ -n "${HARNESS_CODESIGN_IDENTITY:-}" ]]; then
        check "the app signature does not verify" codesign --verify --deep --strict "$app"
    fi
    ;;
esac
echo "packages in $dist"
