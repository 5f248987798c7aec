#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test ML Impact
# Explorer — only those that are missing, so a second run is instant.
# Usage: packaging/install-deps.sh [--with-test-tools] [--with-clang] [--core-only] [--format-only]
#   --with-clang  clang and its sanitizer/libFuzzer runtimes (packaging/sanitize.sh, fuzz.sh)
#   --core-only   only what the Qt-free core needs (the fuzz build)
#   --format-only only clang-format (packaging/check-format.sh)
set -euo pipefail

with_test_tools=false with_clang=false core_only=false format_only=false
for arg in "$@"; do
    case "$arg" in
        --with-test-tools) with_test_tools=true ;;
        --with-clang) with_clang=true ;;
        --core-only) core_only=true ;;
        --format-only) format_only=true ;;
        *) echo "error: unknown option $arg" >&2; exit 2 ;;
    esac
done

packages=(build-essential cmake nlohmann-json3-dev)
if ! $core_only; then
    packages+=(qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-qpa-plugins libgl-dev libqcustomplot-dev fonts-dejavu-core)
    # The translations (translations/*.ts): lupdate/lrelease and their CMake package (LinguistTools),
    # and Qt's own German strings (qtbase_de.qm) for standard buttons and dialogs.
    packages+=(qt6-l10n-tools qt6-tools-dev qt6-translations-l10n)
    # The Python module (python/): Debian's python3 headers and pybind11.
    packages+=(python3-dev pybind11-dev)
fi
if $with_test_tools; then
    # xvfb/xauth run the real window in tests of the launcher; poppler-utils checks PDFs;
    # desktop-file-utils, appstream and shared-mime-info validate the desktop metadata.
    packages+=(xvfb xauth poppler-utils desktop-file-utils appstream shared-mime-info)
fi
if $with_clang; then
    # libclang-rt-14-dev holds the ASan/UBSan runtimes and libFuzzer for Debian 12's clang 14.
    packages+=(clang libclang-rt-14-dev)
fi
if $format_only; then
    packages=(clang-format)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "==> All ${#packages[@]} build dependencies are installed."
    exit 0
fi

echo "==> Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "error: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
