# shellcheck shell=bash
# SPDX-FileCopyrightText: 2026 Harness Desktop contributors
# SPDX-License-Identifier: MIT
#
# Sourced by shell tests: the rule of tests/support/peer_requirement.h for a missing peer (a
# program, root, the npm peers). Under CI (CI set to anything but "", "0" or "false") the test
# fails; elsewhere it exits 0 printing "SKIPPED (missing test peer): ...", which ctest reports as
# Skipped (the test's SKIP_REGULAR_EXPRESSION).
#   require_peer "<what is missing; how to install it>"
#   require_program <program> <apt package>

missing_peer_fails() {
    local ci="${CI:-}"
    ci="${ci,,}"
    [[ -n "$ci" && "$ci" != 0 && "$ci" != false ]]
}

require_peer() {
    if missing_peer_fails; then
        echo "FAIL: missing test peer (CI is set, so this fails instead of skipping): $1" >&2
        exit 1
    fi
    echo "SKIPPED (missing test peer): $1"
    exit 0
}

require_program() {
    command -v "$1" >/dev/null 2>&1 || require_peer "$1 is not on PATH; install it with \`sudo apt-get install $2\`"
}
