#!/usr/bin/env bash
# README command 1: install what is missing, build, and open the window on
# the built-in default scenario (or on the scenario FILE given).
# Usage: packaging/run.sh [FILE]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
echo "==> Starting ml-impact-explorer"
exec "${MLIMPACT_BUILD_DIR:-$root/build}/bin/ml-impact-explorer" "$@"
