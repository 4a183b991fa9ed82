#!/usr/bin/env bash
# README command 1: installs what is missing, builds the console and starts it on the built-in
# simulator with a seeded team (deskline --demo). Extra arguments go to deskline, e.g.
#   scripts/demo.sh --locale ru
#   scripts/demo.sh --screenshot demo.png      (saves the window once it has painted, then exits)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# The same build directory and settings as scripts/test.sh, so the two commands share one build.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDESKLINE_WERROR=ON >/dev/null
cmake --build build --target deskline --parallel "$(nproc)"

# Without a display (a server, CI), Qt draws offscreen: useful with --screenshot only.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display found; drawing offscreen (add --screenshot FILE to see the result)" >&2
    export QT_QPA_PLATFORM=offscreen
fi
exec build/app/deskline --demo "$@"
