#!/usr/bin/env bash
# Regenerates docs/images/main-window.png (the README picture) from the real
# application under Xvfb. Needs xvfb and imagemagick (apt-get install xvfb imagemagick).
# Usage: packaging/screenshot.sh [OUTPUT.png] [extra app arguments]
# The picture is English whatever the system's language (MLIMPACT_LANG=de for the German window).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/docs/images/main-window.png}"
shift || true
app="${MLIMPACT_BUILD_DIR:-$root/build}/bin/ml-impact-explorer"
[[ -x "$app" ]] || "$root/packaging/build.sh"
mkdir -p "$(dirname "$out")"
xvfb-run -a -s "-screen 0 ${MLIMPACT_SCREEN:-1920x1080}x24" bash -c '
    "$0" "$@" & pid=$!
    sleep 3
    import -window root "'"$out"'"
    kill $pid' "$app" --lang "${MLIMPACT_LANG:-en}" "$@"
# The root window is larger than ours: trim the empty (black) border.
convert "$out" -trim +repage "$out"
echo "==> Wrote $out"
