#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# macOS signing hook.
#   sign.sh [--dry-run] app <path/to/harness.app>   sign the bundle from the inside out
#   sign.sh [--dry-run] dmg <path/to/file.dmg>      sign the DMG, notarise it, staple the ticket
#
# Environment:
#   HARNESS_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", or "-" for ad hoc
#   HARNESS_NOTARY_PROFILE      a notarytool keychain profile (xcrun notarytool store-credentials);
#                               without it the DMG is signed but not notarised
# --dry-run prints the commands instead of running them (works on any OS; CI checks it on Linux).
set -euo pipefail

dry_run=0
if [[ "${1:-}" == "--dry-run" ]]; then
    dry_run=1
    shift
fi
mode="${1:-}"
target="${2:-}"
identity="${HARNESS_CODESIGN_IDENTITY:-}"

usage() {
    echo "usage: sign.sh [--dry-run] app <harness.app> | dmg <file.dmg>" >&2
    exit 2
}
run() {
    if [[ $dry_run -eq 1 ]]; then
        printf '+'
        printf ' %q' "$@"
        printf '\n'
    else
        "$@"
    fi
}

[[ -n "$mode" && -n "$target" ]] || usage
[[ -n "$identity" ]] || { echo "sign.sh: HARNESS_CODESIGN_IDENTITY is not set" >&2; exit 1; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
entitlements="$here/entitlements.plist"
# Hardened runtime and a secure timestamp are what notarisation asks for; ad hoc signatures
# (identity "-") cannot have a timestamp.
sign_flags=(--force --sign "$identity" --options runtime)
[[ "$identity" == "-" ]] || sign_flags+=(--timestamp)

case "$mode" in
app)
    [[ -d "$target/Contents/MacOS" ]] || { echo "sign.sh: $target is not an app bundle" >&2; exit 1; }
    # Inside out: plug-ins and loose dylibs, then frameworks, then the helper executable, then
    # the bundle itself. codesign --deep is not used (Apple advises against it).
    while IFS= read -r -d '' lib; do
        run codesign "${sign_flags[@]}" "$lib"
    done < <(find "$target/Contents/PlugIns" "$target/Contents/Frameworks" \
        -type f \( -name '*.dylib' -o -name '*.so' \) -print0 2>/dev/null)
    while IFS= read -r -d '' framework; do
        run codesign "${sign_flags[@]}" "$framework"
    done < <(find "$target/Contents/Frameworks" -maxdepth 1 -name '*.framework' -print0 2>/dev/null)
    if [[ -f "$target/Contents/MacOS/harness-cli" ]]; then
        run codesign "${sign_flags[@]}" "$target/Contents/MacOS/harness-cli"
    fi
    run codesign "${sign_flags[@]}" --entitlements "$entitlements" "$target"
    run codesign --verify --strict --verbose=2 "$target"
    ;;
dmg)
    [[ -f "$target" || $dry_run -eq 1 ]] || { echo "sign.sh: no such DMG: $target" >&2; exit 1; }
    run codesign --force --sign "$identity" "$target"
    if [[ -n "${HARNESS_NOTARY_PROFILE:-}" ]]; then
        run xcrun notarytool submit "$target" --keychain-profile "$HARNESS_NOTARY_PROFILE" --wait
        run xcrun stapler staple "$target"
        run spctl --assess --type open --context context:primary-signature --verbose "$target"
    else
        echo "sign.sh: HARNESS_NOTARY_PROFILE is not set; $target is signed, not notarised" >&2
    fi
    ;;
*)
    usage
    ;;
esac
