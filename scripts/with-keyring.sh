#!/bin/sh
# Runs CMD ARGS… inside a throwaway D-Bus session with an unlocked GNOME Keyring (Secret Service),
# for the keyring tests (docs: ../shared/reference/toolchain.md §5). The XDG dirs are fresh and
# removed afterwards, so the user's keyrings (~/.local/share/keyrings) are never touched; a fresh
# dir also matters because --unlock exits 0 even on a wrong password for an existing keyring.
# Exits with CMD's status, or 90 when the keyring did not start. Needs dbus and gnome-keyring;
# never dbus-x11.
# Usage: scripts/with-keyring.sh CMD [ARGS…]
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/keyring-ci.XXXXXX")

# The daemon outlives the session bus when CMD never talked to it (it connects lazily), and it
# writes its keyring files while it exits. So stop the one started here — the
# gnome-keyring-daemon whose environment holds this run's runtime dir — and let it finish
# (at most 5 s) before the directory goes.
# shellcheck disable=SC2317 # runs from the trap
stop_keyring() {
    for environ in /proc/[0-9]*/environ; do
        pid=${environ#/proc/}
        pid=${pid%/environ}
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = gnome-keyring-d ] || continue
        { tr '\0' '\n' <"$environ"; } 2>/dev/null | grep -qxF "XDG_RUNTIME_DIR=$tmp/runtime" || continue
        kill "$pid" 2>/dev/null || true
        tries=0
        while [ "$tries" -lt 250 ] && grep -qs '^State:[[:space:]]*[^Z]' "/proc/$pid/status"; do
            sleep 0.02
            tries=$((tries + 1))
        done
    done
}
trap 'stop_keyring; rm -rf "$tmp"' EXIT INT TERM

mkdir -m 700 "$tmp/runtime"
export XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config"
rc=0
# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- sh -c '
    printf %s "${KEYRING_PASSWORD:-ci-only-password}" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
    "$@"' sh "$@" || rc=$?
exit $rc
