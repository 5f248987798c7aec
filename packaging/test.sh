#!/usr/bin/env bash
# README command 2: install what is missing, build, and run every test suite
# (GUI tests offscreen). Exits non-zero if anything fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/install-deps.sh" --with-test-tools
"$root/packaging/build.sh"
echo "==> Running the test suite"
cd "${MLIMPACT_BUILD_DIR:-$root/build}"
ctest --output-on-failure --timeout 600 -j "$(nproc 2>/dev/null || echo 2)"
