#!/usr/bin/env bash
# The one build script (`make package`): freeze the app with PyInstaller, smoke-test the frozen
# binary, then build this OS's installer (Linux: the .deb; macOS: see packaging/macos/build_dmg.sh;
# Windows: use packaging/windows/build.ps1 instead of this script).
#
#   bash packaging/build.sh            # bundle + smoke test + .deb (on Linux)
#   bash packaging/build.sh --no-deb   # bundle + smoke test only
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
MAKE_DEB=1
for arg in "$@"; do
  case "$arg" in
    --no-deb) MAKE_DEB=0 ;;
    *) echo "build.sh: unknown option $arg (only --no-deb)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux) OS=linux ;;
  Darwin) OS=macos ;;
  MINGW*|MSYS*|CYGWIN*)
    echo "build.sh: on Windows run packaging\\windows\\build.ps1 (PowerShell) instead." >&2
    exit 2 ;;
  *) echo "build.sh: unsupported system $(uname -s)." >&2; exit 2 ;;
esac

# PyInstaller needs objdump on Linux (binutils, absent from minimal Debian images); strip,
# from the same package, keeps the bundle ~40 MB smaller.
if [ "$OS" = linux ] && ! command -v objdump >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing binutils (PyInstaller needs objdump)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
  else
    echo "build.sh: PyInstaller needs objdump: run  sudo apt-get install -y binutils" >&2
    exit 1
  fi
fi

VENV="$ROOT/.venv"
PY="$VENV/bin/python"
[ -x "$PY" ] || { echo "build.sh: no .venv here; run 'make test' (or python3 -m venv .venv && .venv/bin/pip install -e .) first." >&2; exit 1; }
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv (the 'package' extra)..."
  "$PY" -m pip install -q "pyinstaller>=6.10,<7"
fi
elapsed() { echo $(( $(date +%s) - $1 )); }

# Translations: .qm files are build products (git ignores them); compile every .ts there is.
shopt -s nullglob
ts_files=(resources/i18n/*.ts)
if [ ${#ts_files[@]} -gt 0 ]; then
  lrelease="$VENV/bin/pyside6-lrelease"
  for ts in "${ts_files[@]}"; do
    "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  done
  echo "Compiled ${#ts_files[@]} translation(s)."
fi
# Icons are committed; regenerate them only when one is missing.
if [ ! -f packaging/linux/icons/hicolor/256x256/apps/agent-assist.png ]; then
  "$PY" packaging/make_icons.py
fi

start="$(date +%s)"
echo "Freezing Agent Assist with PyInstaller..."
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/agent-assist.spec
bundle_seconds="$(elapsed "$start")"
BUNDLE="$ROOT/dist/agent-assist"
echo "Bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1), ${bundle_seconds} s)"

if [ "$OS" = macos ]; then
  # What ships is the .app (its files are laid out differently): test that binary.
  bash packaging/smoke_test.sh "$ROOT/dist/Agent Assist.app/Contents/MacOS/agent-assist"
else
  bash packaging/smoke_test.sh "$BUNDLE/agent-assist"
fi

case "$OS" in
  linux)
    if [ "$MAKE_DEB" = 1 ]; then
      deb_start="$(date +%s)"
      bash packaging/linux/build_deb.sh --bundle "$BUNDLE" --out "$ROOT/dist"
      echo "Package built in $(elapsed "$deb_start") s (total $(elapsed "$start") s)."
    fi ;;
  macos)
    echo "App bundle: dist/Agent Assist.app. Next: bash packaging/macos/build_dmg.sh" ;;
esac
