#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with gnome-keyring's Secret Service unlocked by an
# empty password, so QtKeychain talks to a real keychain without touching the user's own.
set -euo pipefail
if [[ -z "${HARNESS_IN_PRIVATE_DBUS:-}" ]]; then
    export HARNESS_IN_PRIVATE_DBUS=1
    exec dbus-run-session -- "$0" "$@"
fi
export XDG_DATA_HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="${XDG_DATA_HOME}/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
printf '' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
gnome-keyring-daemon --start --components=secrets >/dev/null
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
"$@"
