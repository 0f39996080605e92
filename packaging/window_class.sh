#!/usr/bin/env bash
# Print what ties the app's window to its menu entry: start APP (under an X server: run me with
# xvfb-run), wait for its window, print two lines, stop the app.
#   1. the X11 WM_CLASS class, which the entry's StartupWMClass must equal;
#   2. the desktop file name Qt announces (_KDE_NET_WM_DESKTOP_FILE; the app id on Wayland),
#      which must be the entry's file name without ".desktop".
# Otherwise docks and task bars show the running app with a generic icon, apart from its entry.
#
#   xvfb-run -a packaging/window_class.sh dist/wirediff/wirediff
set -euo pipefail
QT_QPA_PLATFORM=xcb "$1" >/dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
window=$(timeout 60 xdotool search --sync --onlyvisible --pid "$pid" | head -n 1)
# WM_CLASS(STRING) = "instance", "class"
xprop -id "$window" WM_CLASS | sed -n 's/^WM_CLASS(STRING) = "[^"]*", "\([^"]*\)"$/\1/p'
xprop -id "$window" _KDE_NET_WM_DESKTOP_FILE | sed -n 's/^.* = "\(.*\)"$/\1/p'
