#!/usr/bin/env bash
# Build "Annotator Desktop.app" and a .dmg on macOS. NOT TESTED HERE (no macOS machine);
# see packaging/README.md. Needs Python 3.11+ (python.org or Homebrew) and Xcode command line tools.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
VENV="$HERE/build/venv-macos"
DIST="$HERE/dist"
[ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv "$VENV"
export PATH="$VENV/bin:$PATH"   # the build hook runs pyside6-lrelease from here
PIP=("$VENV/bin/python" -m pip -q)
"${PIP[@]}" install "hatchling>=1.25" "PySide6-Essentials>=6.7" "pyinstaller>=6.10,<7"
"${PIP[@]}" install --no-build-isolation "$ROOT"
"${PIP[@]}" install --no-build-isolation --no-deps --force-reinstall "$ROOT"
(cd "$HERE" && "$VENV/bin/pyinstaller" --noconfirm --distpath "$DIST" \
  --workpath "$HERE/build/work-macos" annotator-desktop.spec)

APP="$DIST/Annotator Desktop.app"
QT_QPA_PLATFORM=offscreen ANNOTATOR_DESKTOP_HOME="$(mktemp -d)" \
  "$APP/Contents/MacOS/annotator-desktop" --smoke

# Signing and notarisation need a Developer ID; without them Gatekeeper asks the user to
# right-click > Open the first time.
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --sign "$MACOS_SIGN_IDENTITY" "$APP"
fi
VERSION="$("$VENV/bin/python" -c 'import annotator_desktop; print(annotator_desktop.__version__)')"
hdiutil create -volname "Annotator Desktop" -srcfolder "$APP" -ov -format UDZO \
  "$DIST/annotator-desktop-$VERSION-macos.dmg"
