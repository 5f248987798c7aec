#!/usr/bin/env bash
# Checks that every tracked C++ file (*.cpp, *.h) is formatted as .clang-format says.
# Lists the files that are not and exits 1; fix them with `clang-format -i FILE...`.
# Installs Debian's clang-format if it is missing (like install-deps.sh does).
# Usage: packaging/check-format.sh          (CLANG_FORMAT=clang-format-14 to pick a binary)
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

clang_format="${CLANG_FORMAT:-clang-format}"
if ! command -v "$clang_format" >/dev/null 2>&1; then
    echo "==> $clang_format not found; installing the Debian package clang-format"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo_cmd=(sudo)
        else
            echo "error: need root or sudo to install clang-format" >&2
            exit 2
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends clang-format
fi
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
