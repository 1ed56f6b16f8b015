#!/usr/bin/env bash
# Wrap the PyInstaller bundle (dist/agent-assist/) into dist/agent-assist_<version>_<arch>.deb.
#
#   bash packaging/linux/build_deb.sh [--bundle DIR] [--out DIR]
#
# Installs the bundle to /opt/agent-assist/, a /usr/bin/agent-assist symlink, the menu entry,
# hicolor icons and AppStream metainfo. Depends: is derived from what the bundle really links
# against: ldd over every ELF file (with the bundle on LD_LIBRARY_PATH, as its bootloader does
# at run time), then dpkg -S for the system libraries the bundle does not ship. Versions are
# relaxed to ">= the installed upstream version". Needs dpkg-deb, dpkg-query, ldd (Debian/Ubuntu).
set -euo pipefail
umask 022

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUNDLE="$ROOT/dist/agent-assist"
OUT="$ROOT/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) BUNDLE="$(cd "$2" && pwd)"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    *) echo "build_deb.sh: unknown option $1 (use --bundle DIR, --out DIR)" >&2; exit 2 ;;
  esac
done

die() { echo "build_deb.sh: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-query dpkg ldd; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing: build the .deb on Debian or Ubuntu."
done
[ -x "$BUNDLE/agent-assist" ] || die "no bundle at $BUNDLE: run packaging/build.sh first."

# The version lives in one place: agent_assist/__init__.py.
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/agent_assist/__init__.py")"
[ -n "$VERSION" ] || die "cannot read __version__ from agent_assist/__init__.py."
# A PEP 440 pre-release (1.0rc1, 1.0.dev2) must sort before 1.0 for dpkg too: 1.0~rc1.
DEB_VERSION="$(echo "$VERSION" | sed -E 's/[-.]?(a|b|rc|dev)([0-9]*)$/~\1\2/')"
ARCH="$(dpkg --print-architecture)"
PACKAGE=agent-assist
MAINTAINER="${DEB_MAINTAINER:-Agent Assist developers <agent-assist@example.org>}"

WORK="$ROOT/build/deb"
STAGE="$WORK/${PACKAGE}_${DEB_VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/$PACKAGE"

# -- files -------------------------------------------------------------------------------------
cp -a "$BUNDLE" "$STAGE/opt/agent-assist"
chmod -R u+rwX,go+rX,go-w "$STAGE/opt/agent-assist"
# A symlink is enough: the bootloader finds _internal/ through /proc/self/exe.
ln -s /opt/agent-assist/agent-assist "$STAGE/usr/bin/agent-assist"
install -m 0644 "$HERE/agent-assist.desktop" "$STAGE/usr/share/applications/agent-assist.desktop"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%F)/" \
  "$HERE/org.agentassist.AgentAssist.metainfo.xml" \
  > "$STAGE/usr/share/metainfo/org.agentassist.AgentAssist.metainfo.xml"
chmod 0644 "$STAGE/usr/share/metainfo/org.agentassist.AgentAssist.metainfo.xml"
for png in "$HERE"/icons/hicolor/*/apps/agent-assist.png; do
  size="$(basename "$(dirname "$(dirname "$png")")")"
  install -D -m 0644 "$png" "$STAGE/usr/share/icons/hicolor/$size/apps/agent-assist.png"
done
install -D -m 0644 "$ROOT/resources/icons/agent-assist.svg" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps/agent-assist.svg"
cat > "$STAGE/usr/share/doc/$PACKAGE/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Agent Assist
Comment: /opt/agent-assist bundles Python, Qt (PySide6, LGPLv3) and other libraries under
 their own licenses; their license files are inside the bundle where upstream ships them.

Files: *
Copyright: Agent Assist developers
License: MIT
EOF

# Optional validators: use them when present, never require them.
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$STAGE/usr/share/metainfo/org.agentassist.AgentAssist.metainfo.xml" \
    >/dev/null || die "AppStream metainfo does not validate (run appstreamcli validate)."
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$STAGE/usr/share/applications/agent-assist.desktop" \
    || die "the .desktop file does not validate."
fi

# -- Depends: what the bundle loads from the system ----------------------------------------------
internal="$STAGE/opt/agent-assist/_internal"
declare -A lib_paths=() missing=()
while IFS= read -r -d '' file; do
  [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
  while read -r soname arrow path _; do
    [ "$arrow" = "=>" ] || continue
    if [ "$path" = "not" ]; then missing["$soname"]=1
    elif [[ "$path" != "$STAGE"/* ]]; then lib_paths["$path"]=1
    fi
  done < <(LD_LIBRARY_PATH="$internal" ldd "$file" 2>/dev/null || true)
done < <(find "$STAGE/opt/agent-assist" -type f -print0)

# dpkg knows a file under the name its package shipped it (/lib/... vs /usr/lib/... on
# merged-/usr systems), so try the path, its real path and the other spelling.
owner_of() {
  local path="$1" real alt candidate
  real="$(readlink -f "$path")"
  case "$path" in /usr/*) alt="${path#/usr}" ;; *) alt="/usr$path" ;; esac
  for candidate in "$path" "$real" "$alt" "/usr${real#/usr}" "${real#/usr}"; do
    dpkg -S "$candidate" 2>/dev/null | grep -v "^diversion" | head -n1 | cut -d: -f1 | cut -d, -f1 && return 0
  done
  return 1
}

# Debian names a library package after its soname: libfoo.so.1 -> libfoo1,
# libfoo2.so.0 -> libfoo2-0 (policy 8.1). Used for libraries not installed on this machine.
package_for_soname() {
  local base="${1%%.so*}" major="${1##*.so.}"
  major="${major%%.*}"
  base="$(echo "$base" | tr '[:upper:]_' '[:lower:]-')"
  if [[ "$base" =~ [0-9]$ ]]; then echo "${base}-${major}"; else echo "${base}${major}"; fi
}

declare -A depends=()
for path in "${!lib_paths[@]}"; do
  pkg="$(owner_of "$path")" || die "no installed package owns $path (needed by the bundle)."
  depends["$pkg"]=1
done
for soname in "${!missing[@]}"; do
  pkg="$(package_for_soname "$soname")"
  apt-cache show --no-all-versions "$pkg" >/dev/null 2>&1 \
    || die "the bundle needs $soname, which is not installed here and no package $pkg exists; install the library and rebuild."
  echo "build_deb.sh: $soname is not installed here; depending on $pkg (by Debian's naming rule)."
  depends["$pkg"]=1
done
# Not linked but needed: without any font every glyph is an empty box (DejaVu covers Arabic),
# and the bundled libfontconfig reads the system's /etc/fonts/fonts.conf.
depends[fonts-dejavu-core]=1
depends[fontconfig-config]=1

# glibc: the newest GLIBC_x.y symbol version any bundled file uses is the true minimum.
glibc_needed() {
  command -v objdump >/dev/null 2>&1 || return 1
  find "$STAGE/opt/agent-assist" -type f -print0 \
    | xargs -0 -r objdump -T 2>/dev/null \
    | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -u -V | tail -n1 | grep .
}

# ">= installed upstream version": drop the Debian revision, keep any epoch.
relaxed() {
  local pkg="$1" version
  if [ "$pkg" = libc6 ] && version="$(glibc_needed)"; then echo "libc6 (>= $version)"; return; fi
  version="$(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || true)"
  if [ -z "$version" ]; then echo "$pkg"; return; fi
  [[ "$version" == *-* ]] && version="${version%-*}"
  echo "$pkg (>= $version)"
}
DEPENDS="$(for pkg in "${!depends[@]}"; do relaxed "$pkg"; done | sort | paste -sd, - | sed 's/,/, /g')"

INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS
Recommends: xdg-utils, gnome-keyring | kwalletmanager | keepassxc
Section: mail
Priority: optional
Description: one inbox for a small shop's email and chats
 Agent Assist gathers customer messages (email by IMAP/SMTP and chat) in one
 local inbox, puts the conversations that need a reply first, offers guidance
 and reply templates in the customer's language, and never sends a reply twice.
 .
 Passwords are kept in the desktop keychain (GNOME Keyring or KWallet).
 A demo shop is included: run "agent-assist --demo --profile ~/agent-assist-demo".
EOF

mkdir -p "$OUT"
DEB="$OUT/${PACKAGE}_${DEB_VERSION}_${ARCH}.deb"
# zstd: several times faster than xz on 170 MB of libraries for a similar size; dpkg reads it
# since 1.21 (Debian 12, Ubuntu 22.04), which the bundle's glibc >= 2.34 requires anyway.
dpkg-deb --root-owner-group -Zzstd -z9 --build "$STAGE" "$DEB" >/dev/null
echo "Built $DEB ($(du -h "$DEB" | cut -f1); installs $((INSTALLED_SIZE / 1024)) MB)"
echo "Depends: $DEPENDS"
