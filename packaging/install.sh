#!/bin/sh
# Install wirediff for the current user, with a menu entry and an icon; no root needed.
#
#   ./install.sh              install (or update) into ~/.local
#   ./install.sh --uninstall  remove it again
#
# PREFIX=/some/where ./install.sh installs there instead of ~/.local. Files:
#   $PREFIX/opt/wirediff/                                   the app
#   $PREFIX/bin/wirediff                                    a link to start it from a terminal
#   $PREFIX/share/applications/org.wirediff.WireDiff.desktop  the menu entry
#   $PREFIX/share/icons/hicolor/*/apps/org.wirediff.WireDiff.*  the icon
#   $PREFIX/share/metainfo/org.wirediff.WireDiff.metainfo.xml   what software centres show
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
id=org.wirediff.WireDiff
app=$prefix/opt/wirediff
entry=$prefix/share/applications/$id.desktop
metainfo=$prefix/share/metainfo/$id.metainfo.xml
hicolor=$prefix/share/icons/hicolor

refresh_menu() {
    # Desktops watch these folders; the caches only speed things up, so failures do not matter.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$hicolor" 2>/dev/null || true
    fi
    touch "$hicolor" 2>/dev/null || true
}

uninstall() {
    rm -rf "$app"
    rm -f "$entry" "$metainfo"
    if [ -L "$prefix/bin/wirediff" ]; then rm -f "$prefix/bin/wirediff"; fi
    rm -f "$hicolor"/*/apps/$id.png "$hicolor"/scalable/apps/$id.svg
    refresh_menu
    printf "wirediff removed from %s\n" "$prefix"
}

# Desktop entry values are strings in which a backslash is written \\. Inside the Exec line's
# quotes, ", `, $ and \ need one more backslash of their own (so \ becomes \\\\), and % is %%.
entry_string() { printf '%s' "$1" | sed 's/\\/\\\\/g'; }
exec_argument() {
    printf '%s' "$1" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g'
}
# Escape a text for the replacement side of sed's s|...|...| command.
sed_text() { printf '%s' "$1" | sed 's/[|&\\]/\\&/g'; }

install() {
    if [ ! -x "$here/wirediff/wirediff" ]; then
        printf 'install.sh: %s not found; run me from the unpacked archive\n' "$here/wirediff/wirediff" >&2
        exit 1
    fi
    mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
    rm -rf "$app.new"
    cp -R "$here/wirediff" "$app.new"   # copy first, then swap: an update never half-replaces
    rm -rf "$app"
    mv "$app.new" "$app"
    ln -sfn "$app/wirediff" "$prefix/bin/wirediff"
    (cd "$here/share/icons/hicolor" && find . -name "$id.*" -type f) | while read -r icon; do
        mkdir -p "$hicolor/$(dirname "$icon")"
        cp "$here/share/icons/hicolor/$icon" "$hicolor/$icon"
    done
    program="\"$(exec_argument "$app/wirediff")\""
    case $app in
        *%*)
            # A % in the path is written %% (the spec), but GLib (GNOME's menus) looks for the
            # Exec line's program before it reads %% as %, finds no such file and hides the
            # entry. So sh starts the app, from its argument: GLib finds sh, and every
            # launcher passes the path with its %% read as %.
            program='sh -c "exec \\"\\$0\\" \\"\\$@\\""'" $program"
            ;;
    esac
    exec_line=$(sed_text "$program")
    try_line=$(sed_text "$(entry_string "$app/wirediff")")
    sed -e "s|^Exec=wirediff |Exec=$exec_line |" -e "s|^TryExec=.*|TryExec=$try_line|" \
        "$here/$id.desktop" >"$entry"
    cp "$here/$id.metainfo.xml" "$metainfo"
    refresh_menu
    printf '%s installed in %s\n' "$("$app/wirediff" --version 2>/dev/null || echo wirediff)" "$app"
    printf 'Start it from your applications menu (wirediff), or run: %s\n' "$prefix/bin/wirediff"
    case ":$PATH:" in
        *":$prefix/bin:"*) ;;
        *) printf '(%s is not on your PATH: add it to type plain "wirediff")\n' "$prefix/bin" ;;
    esac
}

case "${1:-}" in
    "") install ;;
    --uninstall) uninstall ;;
    *) echo "usage: ./install.sh [--uninstall]" >&2; exit 2 ;;
esac
