#!/bin/sh
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Writes docs/screenshots/*.png: the real app under Xvfb, answering from the scripted model server
# and calling tools on server-everything (tests/peers). Usage:
#     tools/screenshots.sh [build-dir] [--scene NAME ...] [--language de]
# The build dir (default build/dev) must have the harness_screenshots target built:
#     cmake --build build/dev --target harness_screenshots
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build/dev"}
[ $# -gt 0 ] && shift
tool="$build/tests/gui/screenshots/harness_screenshots"
if [ ! -x "$tool" ]; then
    echo "no $tool: cmake --build $build --target harness_screenshots" >&2
    exit 2
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "xvfb-run is missing (apt-get install xvfb)" >&2
    exit 2
fi
mkdir -p "$root/docs/screenshots"
export HARNESS_TEST_PEERS="${HARNESS_TEST_PEERS:-$root/tests/peers}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" --out "$root/docs/screenshots" "$@"
