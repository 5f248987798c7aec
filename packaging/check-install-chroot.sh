#!/usr/bin/env bash
# Manual check of the Debian package on a fresh system: bootstraps a minimal Debian 12 chroot,
# installs the .deb with apt, validates the installed desktop metadata, launches the app from its
# desktop entry under Xvfb, opens a scenario by its file type, and takes screenshots.
# Needs root and the network (debootstrap and apt fetch from the Debian archive). Not run by CTest.
# Usage: sudo packaging/check-install-chroot.sh build/ml-impact-explorer_0.1.0_amd64.deb [CHROOT] [OUT]
#   CHROOT  reused if it already holds a system (default /tmp/mlimpact-chroot)
#   OUT     screenshots and logs (default /tmp/mlimpact-chroot-check)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="$(realpath "${1:?usage: check-install-chroot.sh FILE.deb [CHROOT] [OUT]}")"
chroot_dir="${2:-/tmp/mlimpact-chroot}"
out="${3:-/tmp/mlimpact-chroot-check}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
[[ $(id -u) -eq 0 ]] || { echo "error: run as root (debootstrap, chroot, mount)" >&2; exit 1; }
mkdir -p "$out"

if [[ ! -f "$chroot_dir/etc/debian_version" ]]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
    echo "==> debootstrap --variant=minbase bookworm $chroot_dir"
    debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$out/debootstrap.log"
fi

# Mounted only for the run, and always unmounted again (also on failure).
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" || true; done
}
trap cleanup EXIT
for fs in proc sys dev/pts; do
    mkdir -p "$chroot_dir/$fs"
    case "$fs" in
        proc) mount -t proc proc "$chroot_dir/proc" ;;
        sys) mount -t sysfs sysfs "$chroot_dir/sys" ;;
        dev/pts) mount -t devpts devpts "$chroot_dir/dev/pts" ;;
    esac
    mounted+=("$chroot_dir/$fs")
done

mkdir -p "$chroot_dir/root/check"
cp "$deb" "$chroot_dir/root/check/"
# A scenario under the file type's extension: a built-in preset, renamed so that the window's
# title shows that this file (not the default scenario) was opened.
sed 's/"name": "LLM chat service (train and serve)"/"name": "Opened by its file type"/' \
    "$root/resources/presets/llm-chat-service.json" >"$chroot_dir/root/check/llm-chat-service.mlimpact.json"

in_chroot() { chroot "$chroot_dir" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

echo "==> apt-get install ./$(basename "$deb") (and the check's tools) in the chroot"
in_chroot sh -c "export DEBIAN_FRONTEND=noninteractive; apt-get update -qq &&
    apt-get install -y -qq xvfb xauth xdotool x11-utils imagemagick libglib2.0-bin xdg-utils desktop-file-utils appstream &&
    apt-get purge -y -qq ml-impact-explorer >/dev/null 2>&1; apt-get install -y /root/check/$(basename "$deb")" \
    >"$out/apt-install.log" 2>&1 ||
    { tail -30 "$out/apt-install.log"; exit 1; }
grep -E '^(Setting up ml-impact-explorer|Processing triggers)' "$out/apt-install.log" || true

echo "==> the Python module (a Recommends: python3 of the version it is built for)"
in_chroot python3 -c "import mlimpact; print(mlimpact.evaluate(mlimpact.preset('llm-chat-service'))['totals']['carbon_kgco2e'])" \
    2>&1 | tee "$out/python.txt"
in_chroot ml-impact-explorer evaluate --preset llm-chat-service --format json >"$out/evaluate.json"
grep -m1 '"carbon_kgco2e"' "$out/evaluate.json" | tee -a "$out/python.txt"

echo "==> validators on the installed files"
in_chroot sh -c 'desktop-file-validate /usr/share/applications/org.mlimpact.Explorer.desktop; echo "desktop-file-validate: exit $?";
    appstreamcli validate --no-net /usr/share/metainfo/org.mlimpact.Explorer.metainfo.xml; echo "appstreamcli validate: exit $?"' \
    2>&1 | tee "$out/validators.txt"

echo "==> file type"
in_chroot sh -c 'cd /root/check; gio info -a standard::content-type llm-chat-service.mlimpact.json | grep content-type;
    echo "xdg-mime filetype: $(xdg-mime query filetype llm-chat-service.mlimpact.json)";
    echo "xdg-mime default: $(xdg-mime query default application/x-mlimpact-scenario)";
    gio mime application/x-mlimpact-scenario' 2>&1 | tee "$out/file-type.txt"

echo "==> launching under Xvfb (screenshots in $out)"
cat >"$chroot_dir/root/check/session.sh" <<'SESSION'
#!/bin/sh
# Inside the chroot: one X server, the app started twice the way a desktop does. The chroot shares
# the host's process table, so the app is stopped by the pid of its window, never by name.
export DISPLAY=:77 XDG_RUNTIME_DIR=/tmp/runtime-root
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp >/root/check/xvfb.log 2>&1 &
xvfb=$!
sleep 2
windows() { xdotool search --name 'ML Impact Explorer' 2>/dev/null; }
shot() {
    sleep "$1"
    import -window root "/root/check/$2.png"
    echo "$2: windows:"
    for w in $(windows); do
        echo "  $(xdotool getwindowname "$w") (pid $(xdotool getwindowpid "$w" 2>/dev/null)," \
            "icon: $(xprop -id "$w" _NET_WM_ICON 2>/dev/null | head -c 60 | tr -d '\n')...)"
    done
}
stop_app() {
    for w in $(windows); do xdotool getwindowpid "$w" 2>/dev/null; done | sort -u | while read -r pid; do
        kill "$pid"
    done
    sleep 2
}
# 1. From the desktop entry, as a menu does (no file).
gio launch /usr/share/applications/org.mlimpact.Explorer.desktop >/root/check/launch.log 2>&1
shot 8 1-menu-launch
stop_app
# 2. Opening a scenario by its file type (the default application for its MIME type).
gio open /root/check/llm-chat-service.mlimpact.json >/root/check/open.log 2>&1
shot 8 2-open-by-type
# 3. Help > About: a click on the menu (there is no window manager to give the keyboard focus),
# then the A of "&About".
help_x=$(($(xdotool search --name 'llm-chat-service' getwindowgeometry --shell | sed -n 's/^X=//p') + 140))
xdotool mousemove "$help_x" 8 click 1; sleep 1; xdotool key a
shot 2 3-about
stop_app
kill $xvfb
SESSION
chmod +x "$chroot_dir/root/check/session.sh"
in_chroot /root/check/session.sh 2>&1 | tee "$out/session.txt"
cp "$chroot_dir"/root/check/*.png "$chroot_dir"/root/check/*.log "$out/" 2>/dev/null || true
echo "==> Done: $out"
ls "$out"
