#!/usr/bin/env bash
# Build the one-folder Linux bundle (packaging/dist/annotator-desktop/) and smoke-test it.
#
#   packaging/build-linux.sh            reuse packaging/build/venv if it is there (fast)
#   packaging/build-linux.sh --clean    start from a new venv and a new PyInstaller work folder
#
# Steps: a throwaway venv under packaging/build/ (git-ignored) gets the project installed
# NON-editable (so the .qm files are compiled by the build hook, as for a wheel) and PyInstaller;
# PyInstaller builds packaging/annotator-desktop.spec into packaging/dist/; the bundle is then
# started offscreen with --smoke in an empty environment and a fresh data folder. Exits non-zero
# if any step, or the smoke run, fails. Prints the bundle's size.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
BUILD="$HERE/build"
VENV="$BUILD/venv"
DIST="$HERE/dist"
BUNDLE="$DIST/annotator-desktop"
PYTHON="${PYTHON:-python3}"
PYINSTALLER_REQ="${PYINSTALLER_REQ:-pyinstaller>=6.10,<7}"
SMOKE_TIMEOUT="${SMOKE_TIMEOUT:-180}"

log() { printf '[build-linux] %s\n' "$*"; }

if [ "${1:-}" = "--clean" ]; then
  log "removing $BUILD and $DIST"
  rm -rf "$BUILD" "$DIST"
fi
mkdir -p "$BUILD"

if [ ! -x "$VENV/bin/python" ]; then
  log "creating venv $VENV"
  "$PYTHON" -m venv "$VENV"
fi
# The venv's scripts first on PATH, as if activated: the build hook runs pyside6-lrelease from there.
export PATH="$VENV/bin:$PATH"
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check -q)

log "installing build requirements and PyInstaller"
# hatchling + PySide6-Essentials are the project's build requirements (pyside6-lrelease compiles
# the .ts files); installing them here lets us build without an isolated env each time.
"${PIP[@]}" install "hatchling>=1.25" "PySide6-Essentials>=6.8,<6.12" "$PYINSTALLER_REQ"

log "installing annotator-desktop (non-editable) and its dependencies"
"${PIP[@]}" install --no-build-isolation "$ROOT"
# A rebuild of the same version must still replace the package's files.
"${PIP[@]}" install --no-build-isolation --no-deps --force-reinstall "$ROOT"

log "running PyInstaller"
(
  cd "$HERE"
  "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/work" annotator-desktop.spec
)

log "adding the menu entry, icons, AppStream metadata and install-user.sh"
APP_ID="org.annotator_desktop.AnnotatorDesktop"
SHARE="$BUNDLE/share"
rm -rf "$SHARE"
mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
cp "$HERE/linux/$APP_ID.desktop" "$SHARE/applications/"
cp "$HERE/linux/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$ROOT/resources/icons/annotator-desktop.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ROOT"/resources/icons/annotator-desktop-*.png; do
  s="${png##*-}"; s="${s%.png}"
  mkdir -p "$SHARE/icons/hicolor/${s}x${s}/apps"
  cp "$png" "$SHARE/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
done
cp "$HERE/linux/install-user.sh" "$ROOT/LICENSE" "$BUNDLE/"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$SHARE/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$SHARE/metainfo/$APP_ID.metainfo.xml" >/dev/null
fi

EXE="$BUNDLE/annotator-desktop"
[ -x "$EXE" ] || { log "FAIL: $EXE was not built"; exit 1; }

log "checking the bundle's contents"
INTERNAL="$BUNDLE/_internal"
PKG="$INTERNAL/annotator_desktop"
if compgen -G "$ROOT/translations/*.ts" >/dev/null; then
  ts_count=$(find "$ROOT/translations" -name '*.ts' | wc -l)
  qm_count=$(find "$PKG/i18n" -name '*.qm' 2>/dev/null | wc -l)
  [ "$qm_count" -ge "$ts_count" ] || { log "FAIL: $qm_count .qm files for $ts_count .ts files"; exit 1; }
fi
[ -f "$PKG/resources/icons/annotator-desktop.svg" ] || { log "FAIL: icons missing"; exit 1; }
for unwanted in QtQml QtQuick QtWebEngineCore QtNetwork QtDesigner; do
  if find "$INTERNAL" -name "lib${unwanted/Qt/Qt6}.so*" -o -name "${unwanted}.abi3.so" | grep -q .; then
    log "FAIL: the bundle carries $unwanted"
    exit 1
  fi
done

run_bundle() {
  # An empty environment: no venv, no PYTHONPATH, a fresh data folder, Qt offscreen.
  local home
  home="$(mktemp -d "$BUILD/smoke-home.XXXXXX")"
  (
    cd "$home"
    env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
      ANNOTATOR_DESKTOP_HOME="$home/data" PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
      timeout "$SMOKE_TIMEOUT" "$EXE" "$@"
  )
  local rc=$?
  rm -rf "$home"
  return $rc
}

version_out="$(run_bundle --version)" || { log "FAIL: the bundle's --version failed"; exit 1; }
log "bundle --version: $version_out"
log "smoke run: $EXE --smoke (offscreen)"
if ! run_bundle --smoke; then
  log "FAIL: the bundle's smoke run failed"
  exit 1
fi

log "smoke run with the in-process demo server: $EXE --demo --smoke (offscreen)"
if ! run_bundle --demo --smoke; then
  log "FAIL: the bundle's --demo smoke run failed"
  exit 1
fi

log "packing $DIST/annotator-desktop-linux-x86_64.tar.gz"
tar -C "$DIST" -czf "$DIST/annotator-desktop-linux-$(uname -m).tar.gz" annotator-desktop
size_mb=$(du -sm "$BUNDLE" | cut -f1)
tar_mb=$(du -sm "$DIST/annotator-desktop-linux-$(uname -m).tar.gz" | cut -f1)
log "OK: bundle $BUNDLE: ${size_mb} MiB unpacked, ${tar_mb} MiB as .tar.gz"
