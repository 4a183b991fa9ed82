#!/usr/bin/env bash
# Installs the Debian 12 packages Deskline needs to build and test. Idempotent: when every
# package is already installed it does not touch apt and returns in well under a second.
# Each later layer adds its packages to the list below (see docs/development.md).
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ ccache
    # Qt 6.4: Core and Test (qt6-base-dev), translations (LinguistTools needs the l10n tools)
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # HTTP client (QtNetwork, in qt6-base-dev) and server (src/net, the simulator, the hub)
    qt6-httpserver-dev qt6-websockets-dev
    # storage: Qt's SQLite and PostgreSQL drivers; the hub's tests start a real PostgreSQL
    libqt6sql6-sqlite libqt6sql6-psql postgresql
    # the hub: argon2id password hashing
    libsodium-dev pkg-config
    # the TLS test makes a throwaway certificate
    openssl
    # the console's keyring: QtKeychain over libsecret; the keyring tests run a throwaway
    # session bus and GNOME Keyring (scripts/with-keyring.sh). No dbus-x11: with a display it
    # autolaunches a bus and a password dialog that hangs keyring jobs.
    qtkeychain-qt6-dev libsecret-1-0 dbus gnome-keyring libsecret-tools
    # the console (Qt Widgets, in qt6-base-dev): fonts with Cyrillic, Turkish and Chinese glyphs,
    # for the screen and for the offscreen screenshots and GUI tests
    fonts-dejavu-core fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "install-deps: missing ${missing[*]}; run this script as root" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
