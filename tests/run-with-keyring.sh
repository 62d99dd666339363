#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with gnome-keyring's Secret Service and a fresh,
# unlocked login keyring, so QtKeychain talks to a real keychain without touching the user's own.
# Without dbus-run-session or gnome-keyring-daemon the test fails under CI and is skipped
# elsewhere (tests/support/require_peer.sh).
set -euo pipefail
if [[ -z "${HARNESS_IN_PRIVATE_DBUS:-}" ]]; then
    source "$(dirname "${BASH_SOURCE[0]}")/support/require_peer.sh"
    require_program dbus-run-session dbus-daemon
    require_program gnome-keyring-daemon gnome-keyring
    export HARNESS_IN_PRIVATE_DBUS=1
    exec dbus-run-session -- "$0" "$@"
fi
export XDG_DATA_HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="${XDG_DATA_HOME}/run"
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME/keyrings"
# gnome-keyring creates the login keyring on the first unlock; it needs a non-empty password
# (an empty one makes it ask a graphical prompter, which a headless run does not have).
printf 'harness-test' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
"$@"
