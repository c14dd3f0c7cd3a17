#!/usr/bin/env bash
# Install (or --uninstall) the unpacked annotator-desktop bundle for the current user:
# a command in ~/.local/bin, a menu entry, the icons and the AppStream metadata under
# ~/.local/share. Run it from inside the bundle folder: ./install-user.sh
set -euo pipefail

APP_ID="org.annotator_desktop.AnnotatorDesktop"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN_DIR="${XDG_BIN_HOME:-$HOME/.local/bin}"
DATA_DIR="${XDG_DATA_HOME:-$HOME/.local/share}"
SIZES="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$BIN_DIR/annotator-desktop" "$DATA_DIR/applications/$APP_ID.desktop" \
    "$DATA_DIR/metainfo/$APP_ID.metainfo.xml" "$DATA_DIR/icons/hicolor/scalable/apps/$APP_ID.svg"
  for s in $SIZES; do rm -f "$DATA_DIR/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
  echo "annotator-desktop removed (your data folder is kept)"
  exit 0
fi

[ -x "$HERE/annotator-desktop" ] || { echo "run this from the unpacked bundle folder" >&2; exit 1; }
mkdir -p "$BIN_DIR" "$DATA_DIR/applications" "$DATA_DIR/metainfo" \
  "$DATA_DIR/icons/hicolor/scalable/apps"
ln -sf "$HERE/annotator-desktop" "$BIN_DIR/annotator-desktop"
# The menu entry points at the bundle itself, so it works even if ~/.local/bin is not on PATH.
sed "s|^Exec=annotator-desktop|Exec=\"$HERE/annotator-desktop\"|" \
  "$HERE/share/applications/$APP_ID.desktop" >"$DATA_DIR/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA_DIR/metainfo/"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$DATA_DIR/icons/hicolor/scalable/apps/"
for s in $SIZES; do
  mkdir -p "$DATA_DIR/icons/hicolor/${s}x${s}/apps"
  cp "$HERE/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png" "$DATA_DIR/icons/hicolor/${s}x${s}/apps/"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA_DIR/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA_DIR/icons/hicolor" || true
echo "annotator-desktop installed: run 'annotator-desktop' or find it in your applications menu"
