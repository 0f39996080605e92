#!/usr/bin/env bash
# Print the X11 WM_CLASS class of the app's window: start APP (under an X server: run me with
# xvfb-run), wait for its window, read the class, stop the app. The menu entry's StartupWMClass
# must equal it, or desktops cannot tie the running window to the entry and its icon.
#
#   xvfb-run -a packaging/window_class.sh dist/wirediff/wirediff
set -euo pipefail
QT_QPA_PLATFORM=xcb "$1" >/dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
window=$(timeout 60 xdotool search --sync --onlyvisible --pid "$pid" | head -n 1)
# WM_CLASS(STRING) = "instance", "class"
xprop -id "$window" WM_CLASS | sed -n 's/^WM_CLASS(STRING) = "[^"]*", "\([^"]*\)"$/\1/p'
