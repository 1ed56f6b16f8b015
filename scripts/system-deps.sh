#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to run and test Agent Assist.
# As root it installs them; otherwise it prints the exact command to run.
set -euo pipefail

packages=(
  fonts-dejavu-core       # without any font every glyph is an empty box (Latin + Arabic)
  fonts-noto-color-emoji  # customers write emoji; without it they are boxes
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0  # Qt's runtime libs
  dovecot-imapd dovecot-lmtpd  # the real IMAP server the email tests run against
)
if [ "${1:-}" = "--runtime" ]; then
  packages=(fonts-dejavu-core fonts-noto-color-emoji libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
fi

command -v dpkg-query >/dev/null 2>&1 || { echo "Not a Debian/Ubuntu system: install the equivalents of: ${packages[*]}"; exit 0; }

missing=()
# The .venv that make creates needs venv + ensurepip (Debian splits them out).
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Dovecot's postinst may try to start the system service; we never use it.
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages. Run:"
  echo "  sudo apt-get install -y ${missing[*]}"
  exit 1
fi
