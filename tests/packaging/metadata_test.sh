#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Installs the build into a temporary prefix and checks what a Linux desktop reads from it:
# the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli validate),
# the hicolor icons (sizes), the man page (man --warnings). Also checks the syntax of every
# packaging shell script (bash -n) and of the Flatpak manifest and CI workflows (YAML).
#
#   metadata_test.sh --build-dir DIR --source-dir DIR --version X.Y.Z
set -euo pipefail

build_dir="" source_dir="" version=""
while [[ $# -gt 0 ]]; do
    case "$1" in
    --build-dir) build_dir="$2"; shift 2 ;;
    --source-dir) source_dir="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    *) echo "metadata_test: unknown argument $1" >&2; exit 2 ;;
    esac
done
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
[[ -d "$build_dir" && -d "$source_dir" && -n "$version" ]] || fail "usage: --build-dir DIR --source-dir DIR --version V"
# The validators are peers: missing, the test fails under CI and is skipped elsewhere.
source "$(dirname "${BASH_SOURCE[0]}")/../support/require_peer.sh"
for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream man:man-db python3:python3 \
    file:file gzip:gzip; do
    require_program "${tool%%:*}" "${tool#*:}"
done
python3 -c 'import yaml' 2>/dev/null \
    || require_peer "python3's yaml module is missing; install it with \`sudo apt-get install python3-yaml\`"

prefix=$(mktemp -d "$build_dir/packaging-metadata.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix/usr" >"$prefix/install.log" 2>&1 \
    || { cat "$prefix/install.log" >&2; fail "cmake --install failed"; }

id=dev.harness.desktop
desktop="$prefix/usr/share/applications/$id.desktop"
metainfo="$prefix/usr/share/metainfo/$id.metainfo.xml"
[[ -f "$desktop" ]] || fail "no desktop entry installed at share/applications/$id.desktop"
[[ -f "$metainfo" ]] || fail "no AppStream metainfo installed at share/metainfo/$id.metainfo.xml"

echo "== desktop entry"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $id.desktop"
grep -qx 'Exec=harness %U' "$desktop" || fail "the desktop entry does not run 'harness %U'"
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's Icon is not $id"
grep -qx 'Categories=Network;Chat;Qt;' "$desktop" || fail "the desktop entry's Categories are not Network;Chat;Qt;"
exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[[ -x "$prefix/usr/bin/$exec_bin" ]] || fail "the desktop entry runs '$exec_bin', which is not installed in bin/"

echo "== AppStream metainfo"
appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli validate rejects $id.metainfo.xml"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no <release> for version $version"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $id.desktop"

echo "== icons"
svg="$prefix/usr/share/icons/hicolor/scalable/apps/$id.svg"
[[ -f "$svg" ]] || fail "no scalable icon at share/icons/hicolor/scalable/apps/$id.svg"
cmp -s "$svg" "$source_dir/resources/icons/harness.svg" || fail "the scalable icon is not resources/icons/harness.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    png="$prefix/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [[ -f "$png" ]] || fail "no ${size}x${size} icon"
    file -b "$png" | grep -q "PNG image data, $size x $size," || fail "the ${size}x${size} icon is $(file -b "$png")"
done

echo "== man page"
page="$prefix/usr/share/man/man1/harness-cli.1.gz"
[[ -f "$page" ]] || fail "no man page at share/man/man1/harness-cli.1.gz"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
[[ -z "$warnings" ]] || fail "man reports problems in harness-cli.1: $warnings"
rendered=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>/dev/null | col -bx)
grep -q "Harness Desktop $version" <<<"$rendered" || fail "the man page does not carry version $version"
# Every command harness-cli knows is documented, and nothing it does not know.
cli="$build_dir/src/cli/harness-cli"
[[ -x "$cli" ]] || fail "harness-cli is not built at $cli"
mapfile -t commands < <("$cli" --help | sed -n 's/^  \([a-z][a-z ]*[a-z]\) [-[A-Z]\{0,1\}.*/\1/p; s/^  \([a-z]\+\)$/\1/p')
[[ ${#commands[@]} -ge 3 ]] || fail "could not read the command list from harness-cli --help"
for c in "${commands[@]}"; do
    grep -qE "^ +$c( |$)" <<<"$rendered" || fail "the man page does not document 'harness-cli $c'"
done
echo "documented: ${commands[*]}"

echo "== scripts and manifests"
while IFS= read -r -d '' script; do
    bash -n "$script" || fail "bash -n rejects $script"
done < <(find "$source_dir/packaging" "$source_dir/tests/packaging" -name '*.sh' -print0)
# The CI scripts cannot run here; their dry runs must at least get to the end and name the tools.
dry=$(bash "$source_dir/packaging/ci/package.sh" --dry-run windows "$prefix/win" 2>&1) \
    || fail "package.sh --dry-run windows failed: $dry"
grep -q 'cpack .*-G NSIS\\;ZIP' <<<"$dry" || fail "package.sh windows does not run cpack -G NSIS;ZIP: $dry"
dry=$(HARNESS_CODESIGN_IDENTITY="Developer ID Application: Test (TEAM)" \
    bash "$source_dir/packaging/ci/package.sh" --dry-run macos "$prefix/mac" 2>&1) \
    || fail "package.sh --dry-run macos failed: $dry"
grep -q 'cpack .*-G DragNDrop' <<<"$dry" || fail "package.sh macos does not run cpack -G DragNDrop: $dry"
grep -q 'sign.sh dmg' <<<"$dry" || fail "package.sh macos does not sign the DMG with a real identity"
dry=$(bash "$source_dir/packaging/ci/build-deps.sh" --dry-run "$prefix/deps" 2>&1) \
    || fail "build-deps.sh --dry-run failed: $dry"
grep -q 'BUILD_WITH_QT6=ON' <<<"$dry" || fail "build-deps.sh does not build qtkeychain for Qt 6"
app="$prefix/Fake.app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/PlugIns/platforms" "$app/Contents/Frameworks/QtCore.framework"
touch "$app/Contents/MacOS/harness-cli" "$app/Contents/PlugIns/platforms/libqcocoa.dylib"
dry=$(HARNESS_CODESIGN_IDENTITY=- bash "$source_dir/packaging/macos/sign.sh" --dry-run app "$app" 2>&1) \
    || fail "sign.sh --dry-run app failed: $dry"
for signed in libqcocoa.dylib QtCore.framework MacOS/harness-cli "Fake.app$"; do
    grep -qE "codesign .*$signed" <<<"$dry" || fail "sign.sh app does not sign $signed: $dry"
done
[[ $(grep -n 'libqcocoa' <<<"$dry" | cut -d: -f1) -lt $(grep -nE 'Fake.app$' <<<"$dry" | head -1 | cut -d: -f1) ]] \
    || fail "sign.sh signs the bundle before what is inside it"

for y in "$source_dir/packaging/flatpak/$id.yml" "$source_dir"/.github/workflows/*.yml; do
    [[ -f "$y" ]] || fail "missing $y"
    python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$y" || fail "$y is not valid YAML"
done
plist="$source_dir/packaging/macos/Info.plist.in"
python3 -c 'import sys, plistlib; plistlib.loads(open(sys.argv[1], "rb").read())' "$plist" \
    || fail "$plist is not a valid property list"

echo "PASS: install tree metadata"
