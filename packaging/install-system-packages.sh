#!/usr/bin/env bash
# The system packages annotator-desktop needs on Debian / Ubuntu (apt-get), in one list that the
# README and CI share. A minimal Debian 12 machine lacks most of them; a desktop has them already.
#
#   packaging/install-system-packages.sh                       to run the app and its tests
#   packaging/install-system-packages.sh --with-postgres       + PostgreSQL (CI's server tests)
#   packaging/install-system-packages.sh --with-build-tools    + binutils (PyInstaller's bundle)
#
# Uses sudo when not run as root (and sudo exists). Exits non-zero if apt-get fails.
set -euo pipefail

PACKAGES=(
  # Python's venv module (Debian ships it apart from python3)
  python3-venv
  # Qt (PySide6 wheels): what QtCore, QtGui, QtWidgets and the xcb / offscreen platform plugins
  # link against, beyond what the wheel bundles (found with readelf -d on PySide6 6.11)
  libglib2.0-0
  libdbus-1-3
  libegl1
  libgl1
  libfontconfig1
  libfreetype6
  libx11-6
  libx11-xcb1
  libxkbcommon0
  libxkbcommon-x11-0
  libxcb1
  libxcb-cursor0
  libxcb-glx0
  libxcb-icccm4
  libxcb-image0
  libxcb-keysyms1
  libxcb-randr0
  libxcb-render0
  libxcb-render-util0
  libxcb-shape0
  libxcb-shm0
  libxcb-sync1
  libxcb-util1
  libxcb-xfixes0
  libxcb-xkb1
  zlib1g
  libzstd1
  # fonts, so that text is drawn at all (fontconfig finds no font on a bare system): DejaVu for
  # Latin, Greek, Cyrillic and Arabic; Droid Sans Fallback for Japanese and Chinese and Lohit for
  # Hindi (without them a fresh Debian 12 drew the demo's Japanese titles as empty boxes)
  fonts-dejavu-core
  fonts-droid-fallback
  fonts-lohit-deva
  # spell checking in the rewrite pane: Enchant (pyenchant loads it) and Hunspell dictionaries;
  # without them the app falls back to pyspellchecker's smaller word lists
  libenchant-2-2
  hunspell-en-us
  hunspell-es
  hunspell-fr
  hunspell-de-de
  hunspell-pt-br
)

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
}

for arg in "$@"; do
  case "$arg" in
    --with-postgres) PACKAGES+=(postgresql) ;;
    --with-build-tools) PACKAGES+=(binutils) ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      echo "install-system-packages.sh: unknown option $arg" >&2
      usage >&2
      exit 2
      ;;
  esac
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-packages.sh: apt-get not found; install the equivalents of:" >&2
  echo "  ${PACKAGES[*]}" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

# sudo drops the environment: the variable goes through env. A failed update (offline, a mirror
# hiccup) only warns: the install below still fails if a package cannot be had.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
  echo "install-system-packages.sh: apt-get update failed; trying the install anyway" >&2
$SUDO env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"
