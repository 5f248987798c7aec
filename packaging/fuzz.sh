#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, core only, no Qt) into build-fuzz/ and runs
# each for SECONDS on a scratch copy of its seed corpus (presets, test data,
# validation cases, the examples in docs/scenario-format.md). Exits non-zero if any
# target finds a crash, a sanitizer report or a failed check; the input that did it
# is kept under build-fuzz/findings/ and its path printed at the end.
# Usage: packaging/fuzz.sh [SECONDS] [TARGET...]   (default: 60 seconds, every target)
# Replay one input: build-fuzz/tests/fuzz/TARGET FILE
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MLIMPACT_FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="$(nproc 2>/dev/null || echo 2)"
seconds="${1:-60}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(fuzz_scenario_loader fuzz_catalog_loader fuzz_evaluate)

"$root/packaging/install-deps.sh" --core-only --with-clang

echo "==> Configuring the fuzz build in $build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMLIMPACT_FUZZ=ON >/dev/null
echo "==> Building with $jobs jobs"
cmake --build "$build" --parallel "$jobs" --target "${targets[@]}"

# Seeds are the project's own files, copied at run time (not duplicated in the tree).
scenario_seeds=("$root"/resources/presets/*.json "$root"/resources/comparisons/*.json "$root"/tests/data/malformed/*.json
    "$root"/tests/validation/*.json)
catalog_seeds=("$root"/resources/catalog/*.json "$root"/tests/data/user-catalog.json)
docs="$build/fuzz-seeds/docs"
rm -rf "$docs" && mkdir -p "$docs"
# The ```json blocks of the format documentation: a scenario, a catalog file, then a file with variants.
awk -v out="$docs/example" '/^```json/ { n++; file = sprintf("%s-%d.json", out, n); inside = 1; next }
    /^```/ { inside = 0; next } inside { print > file }' "$root/docs/scenario-format.md"
scenario_seeds+=("$docs"/example-1.json "$docs"/example-3.json)
catalog_seeds+=("$docs"/example-2.json)

findings="$build/findings"
mkdir -p "$findings"
failed=()
for target in "${targets[@]}"; do
    corpus="$build/fuzz-corpus/$target"
    rm -rf "$corpus" && mkdir -p "$corpus"
    case "$target" in
        fuzz_catalog_loader) cp "${catalog_seeds[@]}" "$corpus/" ;;
        *) cp "${scenario_seeds[@]}" "$corpus/" ;;
    esac
    if [[ -d "$root/tests/fuzz/corpus/$target" ]]; then
        cp "$root/tests/fuzz/corpus/$target"/* "$corpus/"
    fi
    echo "==> Fuzzing $target for ${seconds}s ($(ls "$corpus" | wc -l) seeds)"
    rc=0
    "$build/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -dict="$root/tests/fuzz/json.dict" \
        -print_final_stats=1 -timeout=30 -artifact_prefix="$findings/$target-" || rc=$?
    if [[ $rc -ne 0 ]]; then
        failed+=("$target")
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "==> FINDINGS in: ${failed[*]}" >&2
    echo "==> Inputs kept in $findings (replay: $build/tests/fuzz/TARGET FILE):" >&2
    ls -1t "$findings" | head -20 | sed "s|^|    $findings/|" >&2
    exit 1
fi
echo "==> No findings in ${targets[*]} (${seconds}s each)"
