#!/usr/bin/env bash
# Smoke tests of the frozen app, run by CI after `./dev test` and `./dev package` (Linux).
# Fails (exit 1) when the frozen app cannot start, draw, read or install. Each step says what
# it checks; the outputs land in build/smoke/.
#
#   packaging/smoke.sh            all steps (the .deb step only as root, with dpkg)
#   packaging/smoke.sh --no-deb   everything but installing the .deb system-wide
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
PY=.venv/bin/python
DIST=dist
APP=$DIST/wirediff/wirediff
OUT=build/smoke
ID=org.wirediff.WireDiff
START_TIMEOUT=120  # seconds; a healthy start takes about one
XVFB=(xvfb-run -a -s "-screen 0 1400x900x24")
with_deb=1
[ "${1:-}" = "--no-deb" ] && with_deb=0

step() { printf '\n== smoke: %s\n' "$*"; }
fail() { printf 'smoke: FAILED: %s\n' "$*" >&2; exit 1; }

# Run the app with no display at all, as in CI: it must choose the offscreen platform itself.
headless() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM timeout "$START_TIMEOUT" "$@"; }

# `APP --self-test` must print OK and exit 0 (it opens the bundled sample corpus, compares a
# pair and checks that both panes drew text).
self_test() {
    local output
    output=$("$@" --self-test) || fail "$* --self-test exited $?: $output"
    [ "$(printf '%s' "$output" | tail -n 1)" = OK ] || fail "$* --self-test printed: $output"
}

rm -rf "$OUT"
mkdir -p "$OUT"
[ -x "$APP" ] || fail "$APP not found: run ./dev package first"

step "version and size of the one-folder app"
version=$("$PY" -c 'import wirediff; print(wirediff.__version__)')
got=$("$APP" --version) || fail "$APP --version exited $?"
[ "$got" = "wirediff $version" ] || fail "$APP --version says '$got', the package is $version"
"$PY" packaging/bundle.py --check-size "$DIST/wirediff"

# The dynamic loader logs what these two runs load, for the host-libraries step below.
trace=(env LD_DEBUG=libs)
step "self-test offscreen (no display: the app picks the offscreen platform itself)"
self_test headless "${trace[@]}" LD_DEBUG_OUTPUT="$OUT/ld-offscreen" "$APP"

step "self-test in a real X11 window (Xvfb, QT_QPA_PLATFORM=xcb)"
self_test "${XVFB[@]}" env QT_QPA_PLATFORM=xcb timeout "$START_TIMEOUT" \
    "${trace[@]}" LD_DEBUG_OUTPUT="$OUT/ld-xcb" "$APP"

step "screenshot of the bundled sample corpus shows the comparison"
corpus=$DIST/wirediff/_internal/resources/sample/us-iraq-troop-role
[ -d "$corpus" ] || fail "the sample corpus is not bundled at $corpus"
headless "$APP" --screenshot "$OUT/sample.png" "$corpus" >/dev/null \
    || fail "$APP --screenshot exited $?"
"$PY" packaging/check_screenshot.py "$OUT/sample.png"

step "the frozen reading libraries: compare saved web pages and PDFs"
"$PY" packaging/smoke_fixtures.py "$OUT/inputs"
for kind in html pdf; do
    headless "$APP" compare "$OUT/inputs/a.$kind" "$OUT/inputs/b.$kind" --format json \
        >"$OUT/compare-$kind.json" || fail "$APP compare on .$kind files exited $?"
    "$PY" - "$OUT/compare-$kind.json" <<'EOF' || fail "compare on .$kind files: wrong result"
import json, sys
result = json.load(open(sys.argv[1], encoding="utf-8"))
left, right = (" ".join(result[side]["text"].split()) for side in ("left", "right"))
assert "go ahead" in left and "delayed" in right, "the differing sentence was not read"
assert "Subscribe" not in left, "page boilerplate was kept"
assert result["changes"], "no change found"
assert result["stats"]["similarity"] > 0.8, result["stats"]
print(f"  {sys.argv[1]}: {len(result['changes'])} change(s), similarity {result['stats']['similarity']}")
EOF
done

step "the frozen table of Chinese characters: a traditional reprint is no change"
printf '甘肃岷县发生5.9级地震 已致12人遇难\n' >"$OUT/inputs/simplified.txt"
printf '甘肅岷縣發生5.9級地震 已致12人遇難\n' >"$OUT/inputs/traditional.txt"
headless "$APP" compare "$OUT/inputs/simplified.txt" "$OUT/inputs/traditional.txt" --format json \
    >"$OUT/compare-han.json" || fail "$APP compare on Chinese texts exited $?"
"$PY" -c 'import json, sys; r = json.load(open(sys.argv[1], encoding="utf-8")); assert not r["changes"], r["changes"]' \
    "$OUT/compare-han.json" || fail "the frozen app took traditional characters for changes"

step "stories --engine dask (left out of the build) says so, exit 2, no traceback"
set +e
said=$(headless "$APP" stories --engine dask "$corpus" 2>&1 >/dev/null)
status=$?
set -e
[ "$status" = 2 ] || fail "stories --engine dask exited $status: $said"
case "$said" in
    *"not part of this build"*) ;;
    *) fail "stories --engine dask printed: $said" ;;
esac

step "desktop entry: valid, and its StartupWMClass is the class of the app's window"
desktop-file-validate "resources/$ID.desktop" || fail "resources/$ID.desktop is not valid"
wm_class=$(sed -n 's/^StartupWMClass=//p' "resources/$ID.desktop")
window=$("${XVFB[@]}" packaging/window_class.sh "$APP") || fail "could not read the window class"
got=$(printf '%s\n' "$window" | sed -n 1p)
[ "$got" = "$wm_class" ] || fail "the window's class is '$got', the entry says '$wm_class'"
echo "  window class: $got"
announced=$(printf '%s\n' "$window" | sed -n 2p)
# Docks and Wayland match a window to its menu entry by the desktop file name it announces.
[ "$announced" = "$ID" ] || fail "the app announces desktop file '$announced', the entry is '$ID.desktop'"

step "host libraries (linked, and loaded by the self-tests above)"
"$PY" packaging/host_libraries.py --check --loaded "$OUT"/ld-* -- "$DIST/wirediff" | tail -n 1

step "release archive: install.sh into a throwaway home, start, uninstall"
archive=$(ls "$DIST/wirediff-$version"-linux-*.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] || fail "no release archive of version $version in $DIST"
mkdir -p "$OUT/archive" "$OUT/home"
tar -xzf "$archive" -C "$OUT/archive"
unpacked=$(find "$OUT/archive" -mindepth 1 -maxdepth 1 -type d | head -n 1)
home=$(cd "$OUT/home" && pwd)
HOME=$home PREFIX=$home/.local "$unpacked/install.sh" >/dev/null
entry=$home/.local/share/applications/$ID.desktop
desktop-file-validate "$entry" || fail "the installed $entry is not valid"
[ -f "$unpacked/LICENSE" ] && [ -f "$unpacked/licences/components.json" ] \
    || fail "the archive carries no LICENSE or licences/ folder"
[ -f "$home/.local/share/icons/hicolor/48x48/apps/$ID.png" ] || fail "icon not installed"
self_test headless "$home/.local/bin/wirediff"
HOME=$home PREFIX=$home/.local "$unpacked/install.sh" --uninstall >/dev/null
[ ! -e "$entry" ] && [ ! -e "$home/.local/opt/wirediff" ] || fail "--uninstall left files"

step ".deb: dpkg -i, start the installed app, remove"
deb=$(ls "$DIST/wirediff_${version}"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb of version $version in $DIST"
dpkg-deb --info "$deb" >/dev/null || fail "$deb is not a valid package"
if [ "$with_deb" = 1 ] && [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null; then
    if dpkg -s wirediff >/dev/null 2>&1; then
        fail "a wirediff package is already installed here; remove it (dpkg -r wirediff) first"
    fi
    dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb failed"
    trap 'dpkg -r wirediff >/dev/null 2>&1 || true' EXIT
    self_test headless /usr/bin/wirediff
    self_test "${XVFB[@]}" env QT_QPA_PLATFORM=xcb timeout "$START_TIMEOUT" /usr/bin/wirediff
    desktop-file-validate "/usr/share/applications/$ID.desktop"
    [ -f "/usr/share/icons/hicolor/256x256/apps/$ID.png" ] || fail "icon not installed"
    grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/' \
        /usr/share/doc/wirediff/copyright || fail "no machine-readable /usr/share/doc/wirediff/copyright"
    # dpkg warns about a folder it thinks only wirediff owned but cannot remove (it was /opt).
    removed=$(dpkg -r wirediff 2>&1) || fail "dpkg -r wirediff failed: $removed"
    case "$removed" in
        *warning*) fail "dpkg -r wirediff warned: $removed" ;;
    esac
    [ -d /opt ] || fail "dpkg -r wirediff removed /opt"
    trap - EXIT
else
    echo "  (skipped: needs root and dpkg; run without --no-deb)"
fi

printf '\nsmoke: all frozen-app checks passed\n'
