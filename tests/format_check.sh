#!/usr/bin/env bash
# Fails when a C++ file of ours is not formatted as .clang-format says (clang-format 14, Debian 12).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
formatter="${1:-clang-format}"
git ls-files -z 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' |
    xargs -0 "$formatter" --dry-run --Werror
echo "all C++ files are formatted"
