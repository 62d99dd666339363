#!/usr/bin/env bash
# Fails when a C++ file of ours is not formatted as .clang-format says (clang-format 14, Debian 12).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source tests/support/require_peer.sh
formatter="${1:-clang-format}"
require_program "$formatter" clang-format
git ls-files -z 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' |
    xargs -0 "$formatter" --dry-run --Werror
echo "all C++ files are formatted"
