#!/usr/bin/env bash
# Checks that every tracked C++ file (*.cpp, *.h) is formatted as .clang-format says.
# Lists the files that are not and exits 1; fix them with `clang-format -i FILE...`.
# Installs Debian's clang-format if it is missing (install-deps.sh --format-only).
# Usage: packaging/check-format.sh          (CLANG_FORMAT=clang-format-14 to pick a binary)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

clang_format="${CLANG_FORMAT:-clang-format}"
command -v "$clang_format" >/dev/null 2>&1 || "$root/packaging/install-deps.sh" --format-only
echo "==> $("$clang_format" --version)"

files=()
while IFS= read -r -d '' f; do
    files+=("$f")
done < <(git ls-files -z -- '*.cpp' '*.h')

unformatted=()
for f in "${files[@]}"; do
    if ! "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1; then
        unformatted+=("$f")
    fi
done

if [[ ${#unformatted[@]} -ne 0 ]]; then
    echo "error: ${#unformatted[@]} of ${#files[@]} C++ files are not formatted:" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    echo "fix with: $clang_format -i ${unformatted[*]}" >&2
    exit 1
fi
echo "==> All ${#files[@]} C++ files are formatted."
