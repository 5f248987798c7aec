#!/usr/bin/env bash
# Configures and builds into build/ (incremental: quick when nothing changed).
# Usage: packaging/build.sh [extra cmake -D options]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MLIMPACT_BUILD_DIR:-$root/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON

echo "==> Configuring in $build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMLIMPACT_WERROR="$werror" "$@" >/dev/null
echo "==> Building with $jobs jobs"
cmake --build "$build" --parallel "$jobs"
