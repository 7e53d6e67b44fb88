#!/bin/sh
# Install this Journey Studio bundle for the current user (default) or system-wide:
#
#   ./install.sh                   # into ~/.local   (no root needed)
#   sudo ./install.sh /usr/local   # for every user
#   ./install.sh --uninstall [PREFIX]
#
# The bundle is copied to PREFIX/lib/journey-studio, PREFIX/bin/journey-studio points at it, and the
# files under share/ (menu entry, icons, file type, AppStream metadata) go to PREFIX/share, after
# which the desktop's caches are refreshed so .journey.json files open in Journey Studio.
set -eu

APP_ID=org.journeystudio.JourneyStudio
MIME=application/x-journey-studio+json
MIME_ICON=application-x-journey-studio+json
HERE=$(cd "$(dirname "$0")" && pwd)

uninstall=0
if [ "${1:-}" = "--uninstall" ]; then uninstall=1; shift; fi
PREFIX=${1:-"$HOME/.local"}
LIB="$PREFIX/lib/journey-studio"
SHARE="$PREFIX/share"

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$SHARE/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" || true
}

if [ "$uninstall" = 1 ]; then
    rm -rf "$LIB"
    rm -f "$PREFIX/bin/journey-studio" \
        "$SHARE/applications/$APP_ID.desktop" \
        "$SHARE/metainfo/$APP_ID.metainfo.xml" \
        "$SHARE/mime/packages/$APP_ID.xml"
    rm -f "$SHARE"/icons/hicolor/*/apps/"$APP_ID".png "$SHARE"/icons/hicolor/*/apps/"$APP_ID".svg \
        "$SHARE"/icons/hicolor/*/mimetypes/"$MIME_ICON".png "$SHARE"/icons/hicolor/*/mimetypes/"$MIME_ICON".svg
    refresh
    echo "Journey Studio removed from $PREFIX"
    exit 0
fi

test -x "$HERE/journey-studio" || { echo "install.sh: run it from the unpacked bundle" >&2; exit 1; }
mkdir -p "$LIB" "$PREFIX/bin" "$SHARE"
# The program (everything but share/ and this script).
rm -rf "$LIB"
mkdir -p "$LIB"
cp -a "$HERE/journey-studio" "$HERE/_internal" "$LIB/"
ln -sf "$LIB/journey-studio" "$PREFIX/bin/journey-studio"
# Desktop integration.
cp -R "$HERE/share/." "$SHARE/"
# The menu entry starts this copy even when PREFIX/bin is not on the PATH.
sed -i -e "s|^Exec=journey-studio |Exec=$LIB/journey-studio |" \
       -e "s|^TryExec=journey-studio\$|TryExec=$LIB/journey-studio|" \
       "$SHARE/applications/$APP_ID.desktop"
refresh
command -v xdg-mime >/dev/null 2>&1 && xdg-mime default "$APP_ID.desktop" "$MIME" || true
echo "Journey Studio installed in $LIB"
echo "  command:   $PREFIX/bin/journey-studio"
echo "  menu:      $SHARE/applications/$APP_ID.desktop"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "  (add $PREFIX/bin to your PATH to type journey-studio)";; esac
