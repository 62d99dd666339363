#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Builds the .deb with CPack, installs it with apt into a clean Debian 12 root and runs
# harness-cli there. Proves that the package's dependencies are complete: the root has nothing
# but a minimal Debian plus what apt pulls in for harness-desktop (without Recommends).
#
#   deb_chroot_test.sh --build-dir DIR --version X.Y.Z [--mirror URL] [--keep-root]
#
# The minimal root (debootstrap --variant=minbase) is cached as a tarball in
# DIR/packaging/chroot-cache, and so are the downloaded .debs; a run after the first one takes
# about a minute. Remove that folder to start from scratch. Needs root (chroot, mounts),
# debootstrap and network access to the Debian mirror. Without root or a tool it fails under CI and
# is skipped elsewhere (tests/support/require_peer.sh); an unreachable mirror always fails.
set -euo pipefail

build_dir=""
version=""
mirror="${HARNESS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
keep_root=0
while [[ $# -gt 0 ]]; do
    case "$1" in
    --build-dir) build_dir="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --mirror) mirror="$2"; shift 2 ;;
    --keep-root) keep_root=1; shift ;;
    *) echo "deb_chroot_test: unknown argument $1" >&2; exit 2 ;;
    esac
done

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() {
    printf '[%(%H:%M:%S)T] %s\n' -1 "$*"
}

[[ -n "$build_dir" && -f "$build_dir/CPackConfig.cmake" ]] \
    || fail "--build-dir must name a configured build folder (no CPackConfig.cmake in '$build_dir')"
[[ -n "$version" ]] || fail "--version is required"
# Root and these tools are the test's peers: missing, it fails under CI and is skipped elsewhere.
source "$(dirname "${BASH_SOURCE[0]}")/../support/require_peer.sh"
[[ $(id -u) -eq 0 ]] \
    || require_peer "this test needs root (debootstrap, chroot and mounts); run ctest as root, as CI does"
for tool in debootstrap:debootstrap chroot:coreutils cpack:cmake dpkg-deb:dpkg mount:mount umount:mount \
    tar:tar flock:util-linux; do
    require_program "${tool%%:*}" "${tool#*:}"
done
[[ -f /usr/share/keyrings/debian-archive-keyring.gpg ]] \
    || require_peer "Debian's archive keyring is missing; install it with \`sudo apt-get install debian-archive-keyring\`"

work="$build_dir/packaging/chroot-test"
cache="$build_dir/packaging/chroot-cache"
mkdir -p "$work" "$cache/archives/partial"
base_tar="$cache/bookworm-minbase.tar"
root=""

remove_root() { # unmount what this script mounted in a root, then delete it
    local r="$1" m
    for m in var/cache/apt/archives dev proc; do
        if mountpoint -q "$r/$m" 2>/dev/null; then
            umount "$r/$m" || umount -l "$r/$m" || true
        fi
    done
    if ! findmnt -rn -o TARGET | grep -qF "$r/"; then
        rm -rf --one-file-system "$r"
    else
        echo "WARNING: something is still mounted under $r; left in place" >&2
    fi
}
cleanup() {
    local status=$?
    if [[ -n "$root" && -d "$root" ]]; then
        if [[ $keep_root -eq 1 ]]; then
            echo "root kept in $root"
        else
            remove_root "$root"
        fi
    fi
    exit $status
}
trap cleanup EXIT
trap 'exit 143' TERM INT  # a ctest timeout still unmounts and removes the root

# Roots left by a run that was killed hard (SIGKILL) are cleaned up first.
for stale in "$work"/root.*; do
    [[ -d "$stale" ]] && remove_root "$stale"
done

# 1. The package.
step "building the .deb with cpack"
deb_out="$work/deb"
rm -rf "$deb_out"
mkdir -p "$deb_out"
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$deb_out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed (log above)"
fi
deb=$(find "$deb_out" -maxdepth 1 -name 'harness-desktop_*.deb' -print -quit)
[[ -n "$deb" ]] || fail "cpack did not produce harness-desktop_*.deb in $deb_out"
step "built $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Depends Recommends
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libqt6keychain1 libcmark-gfm libqt6sql6-sqlite; do
    grep -q "$lib" <<<"$depends" \
        || fail "the .deb does not depend on $lib (did dpkg-shlibdeps run? is dpkg-dev installed?)"
done

# 2. The clean Debian 12 root, from the cached minimal one.
(
    flock 9
    if [[ ! -s "$base_tar" ]]; then
        step "debootstrap bookworm (minbase) from $mirror; cached for later runs"
        staging=$(mktemp -d "$cache/debootstrap.XXXXXX")
        if ! debootstrap --variant=minbase bookworm "$staging" "$mirror" >"$cache/debootstrap.log" 2>&1; then
            tail -n 30 "$cache/debootstrap.log" >&2
            rm -rf --one-file-system "$staging"
            fail "debootstrap could not make a Debian 12 root from $mirror (log: $cache/debootstrap.log)"
        fi
        rm -rf "$staging/var/cache/apt/archives/"*.deb
        tar -C "$staging" -cf "$base_tar.tmp" . && mv "$base_tar.tmp" "$base_tar"
        rm -rf --one-file-system "$staging"
    fi
) 9>"$cache/lock"
[[ -s "$base_tar" ]] || fail "no cached Debian 12 root in $base_tar"

root=$(mktemp -d "$work/root.XXXXXX")
step "fresh root in $root"
tar -C "$root" -xf "$base_tar"
grep -q '^12\.' "$root/etc/debian_version" || fail "the cached root is not Debian 12 ($(cat "$root/etc/debian_version"))"

cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# 3. Install with apt, Depends only: Recommends (the keychain daemon) are not needed for the CLI.
cp "$deb" "$root/tmp/"
step "apt-get install $(basename "$deb") (without Recommends)"
in_root apt-get update -qq >"$work/apt-update.log" 2>&1 \
    || { cat "$work/apt-update.log" >&2; fail "apt-get update failed inside the root (mirror $mirror)"; }
if ! in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$work/apt-install.log" 2>&1; then
    tail -n 40 "$work/apt-install.log" >&2
    fail "apt could not install the package in a clean Debian 12 root: its Depends are wrong"
fi
in_root dpkg-query -W -f='${Status}\n' harness-desktop | grep -q 'install ok installed' \
    || fail "harness-desktop is not installed after apt-get install"

# 4. What the package put on disk.
step "checking the installed files"
for f in /usr/bin/harness /usr/bin/harness-cli \
    /usr/share/applications/dev.harness.desktop.desktop \
    /usr/share/metainfo/dev.harness.desktop.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/dev.harness.desktop.svg \
    /usr/share/icons/hicolor/48x48/apps/dev.harness.desktop.png \
    /usr/share/icons/hicolor/512x512/apps/dev.harness.desktop.png \
    /usr/share/man/man1/harness-cli.1.gz \
    /usr/share/doc/harness-desktop/copyright; do
    [[ -e "$root$f" ]] || fail "the package does not install $f"
done
for f in /usr/bin/harness /usr/bin/harness-cli \
    /usr/lib/x86_64-linux-gnu/qt6/plugins/platforms/libqxcb.so \
    /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlite.so \
    /usr/lib/x86_64-linux-gnu/qt6/plugins/iconengines/libqsvgicon.so \
    /usr/lib/x86_64-linux-gnu/qt6/plugins/tls/libqopensslbackend.so; do
    [[ -e "$root$f" ]] || fail "$f is missing in the root: a runtime dependency is not declared"
    missing=$(in_root ldd "$f" | grep 'not found' || true)
    [[ -z "$missing" ]] || fail "$f has unresolved libraries in a clean root: $missing"
done
in_root test -e /usr/lib/x86_64-linux-gnu/libssl.so.3 \
    || fail "libssl3 is not installed: Qt's TLS backend loads it at run time"

# 5. Run it.
step "harness-cli --version"
out=$(in_root harness-cli --version) || fail "harness-cli --version failed inside the root"
echo "$out"
[[ "$out" == "harness-cli $version" ]] || fail "harness-cli --version printed '$out', expected 'harness-cli $version'"

step "harness-cli against a new store (SQLite plugin, FTS5, migrations)"
in_root rm -rf /tmp/harness-smoke
out=$(in_root harness-cli --data-dir /tmp/harness-smoke conversations list --json) \
    || fail "harness-cli conversations list failed inside the root: $out"
echo "conversations list --json: $out"
[[ "$out" == "["*"]" ]] || fail "conversations list --json did not print a JSON array: $out"
[[ -n "$(ls -A "$root/tmp/harness-smoke" 2>/dev/null)" ]] \
    || fail "harness-cli did not create its store in /tmp/harness-smoke"
out=$(in_root harness-cli --data-dir /tmp/harness-smoke search hello --json) \
    || fail "harness-cli search failed inside the root (FTS5 in Qt's SQLite plugin?): $out"
echo "search hello --json: $out"
out=$(in_root harness-cli --data-dir /tmp/harness-smoke harnesses list) \
    || fail "harness-cli harnesses list failed inside the root: $out"

step "harness --version (GUI binary, offscreen platform)"
out=$(in_root env QT_QPA_PLATFORM=offscreen harness --version 2>&1) \
    || fail "harness --version failed inside the root: $out"
echo "$out"
[[ "$out" == *"$version"* ]] || fail "harness --version printed '$out', without $version"

step "PASS: harness-desktop installs and runs on a clean Debian 12"
