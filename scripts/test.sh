#!/usr/bin/env bash
# README command 2: install what is missing, build everything, run every test.
# Warnings are errors here, as in CI. The build directory defaults to ./build
# (DESKLINE_BUILD_DIR overrides it); ccache is used when installed.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

build_dir=${DESKLINE_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDESKLINE_WERROR=ON
cmake --build "$build_dir" --parallel 2
ctest --test-dir "$build_dir" --output-on-failure --parallel 2
