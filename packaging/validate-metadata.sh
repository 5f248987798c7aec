#!/usr/bin/env bash
# Validates the desktop entry, the AppStream metainfo and the MIME type with the freedesktop
# tools, failing on any error or warning (hints and pedantic notes are printed, not failed on).
# Usage: packaging/validate-metadata.sh [PACKAGING_DIR]
# Exit 77 (CTest: skipped) when a tool is missing: apt-get install desktop-file-utils appstream
# shared-mime-info (packaging/install-deps.sh --with-test-tools).
set -uo pipefail
dir="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
id=org.mlimpact.Explorer

missing=()
for tool in desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "SKIP: not installed: ${missing[*]} (packaging/install-deps.sh --with-test-tools)"
    exit 77
fi

status=0
echo "==> desktop-file-validate $id.desktop"
out="$(desktop-file-validate "$dir/$id.desktop" 2>&1)" || status=1
[[ -n "$out" ]] && echo "$out"
# desktop-file-validate exits 0 on warnings; they count as failures here.
if grep -qE ': (error|warning):' <<<"$out"; then status=1; fi

echo "==> appstreamcli validate --no-net $id.metainfo.xml"
out="$(appstreamcli validate --no-net --explain "$dir/$id.metainfo.xml" 2>&1)" || status=1
echo "$out"
# appstreamcli exits 0 when there are only warnings and infos; warnings count here.
if grep -qE '^[EW]: ' <<<"$out"; then status=1; fi

# The MIME type: compiled by shared-mime-info's own tool into a scratch database, which must map
# the scenario glob to our type (update-mime-database reports malformed files on stderr).
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mime_db="$scratch/mime"
mkdir -p "$mime_db/packages"
cp "$dir/$id.mime.xml" "$mime_db/packages/$id.xml"
echo "==> update-mime-database (scratch) $id.mime.xml"
out="$(XDG_DATA_DIRS="$scratch" update-mime-database "$mime_db" 2>&1)" || status=1
[[ -n "$out" ]] && { echo "$out"; status=1; }
if ! grep -q '^[0-9]*:application/x-mlimpact-scenario:\*\.mlimpact\.json' "$mime_db/globs2"; then
    echo "error: $id.mime.xml: no glob *.mlimpact.json for application/x-mlimpact-scenario in the compiled database"
    status=1
fi

# The desktop entry must name the scenario type the MIME file defines, and pass the file (%f).
type="$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$dir/$id.mime.xml")"
if ! grep -q "^MimeType=.*$type;" "$dir/$id.desktop"; then
    echo "error: $id.desktop: MimeType= does not list $type (from $id.mime.xml)"
    status=1
fi
if ! grep -qE '^Exec=.* %[fFuU]' "$dir/$id.desktop"; then
    echo "error: $id.desktop: Exec= does not pass the opened file (%f)"
    status=1
fi
[[ $status -eq 0 ]] && echo "OK: no errors or warnings"
exit $status
