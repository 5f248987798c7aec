#!/usr/bin/env bash
# The whole test suite built with clang under AddressSanitizer (with LeakSanitizer)
# and UndefinedBehaviorSanitizer, plus float-cast-overflow and _GLIBCXX_ASSERTIONS
# (MLIMPACT_SANITIZE=ON), in build-san/. Any report fails its test: nothing recovers.
# Usage: packaging/sanitize.sh [ctest arguments, e.g. -R tst_evaluate]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MLIMPACT_SANITIZE_BUILD_DIR:-$root/build-san}"
jobs="$(nproc 2>/dev/null || echo 2)"

"$root/packaging/install-deps.sh" --with-test-tools --with-clang

echo "==> Configuring the sanitizer build in $build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMLIMPACT_SANITIZE=ON >/dev/null
echo "==> Building with $jobs jobs"
cmake --build "$build" --parallel "$jobs"

# The environment reaches every test (and the binaries they start): the tests'
# ENVIRONMENT property only adds the platform and locale to it.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_string_checks=1:check_initialization_order=1:print_stacktrace=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
# LeakSanitizer runs too (detect_leaks=1). Qt and fontconfig leak nothing it reports
# today, so there is no suppressions file; if one is ever needed, scope it to system libraries.
echo "==> Running the test suite under ASan + UBSan"
cd "$build"
ctest --output-on-failure --timeout 1200 -j "$jobs" "$@"
