#!/usr/bin/env bash
# Builds the Debian package: build/ml-impact-explorer_VERSION_ARCH.deb (CPack's DEB generator on the
# tree's install rules; dependencies from dpkg-shlibdeps). Installs missing build packages first.
# Usage: packaging/make-deb.sh          (then: sudo apt-get install ./build/ml-impact-explorer_*.deb)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MLIMPACT_BUILD_DIR:-$root/build}"

"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
echo "==> Packaging with CPack (DEB)"
rm -f "$build"/ml-impact-explorer_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/ml-impact-explorer_*.deb)"
dpkg-deb --field "$deb" Package Version Architecture Depends
echo "==> Wrote $deb"
