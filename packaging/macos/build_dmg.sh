#!/usr/bin/env bash
# dist/Agent Assist.app (from packaging/build.sh) -> dist/agent-assist-<version>-macos-<arch>.dmg
#
#   bash packaging/build.sh && bash packaging/macos/build_dmg.sh
#
# Signing and notarization run only when their credentials are in the environment; without
# them the .dmg is built unsigned (Gatekeeper then asks the user to right-click > Open once).
#   MACOS_SIGN_IDENTITY     "Developer ID Application: Name (TEAMID)", in the login keychain
#                           (CI imports it from a .p12 first: see .github/workflows/build.yml)
#   MACOS_NOTARY_APPLE_ID   Apple ID e-mail        } all three to notarize with notarytool;
#   MACOS_NOTARY_TEAM_ID    10-character team id   } needs MACOS_SIGN_IDENTITY too
#   MACOS_NOTARY_PASSWORD   app-specific password  }
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/packaging/macos"
APP="$ROOT/dist/Agent Assist.app"
die() { echo "build_dmg.sh: $*" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || die "hdiutil and codesign exist only on macOS."
[ -d "$APP" ] || die "no $APP: run packaging/build.sh first."

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/agent_assist/__init__.py")"
[ -n "$VERSION" ] || die "cannot read __version__ from agent_assist/__init__.py."
ARCH="$(uname -m)"   # arm64 or x86_64: the bundle runs on the architecture it was built on
DMG="$ROOT/dist/agent-assist-$VERSION-macos-$ARCH.dmg"
plist_version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$APP/Contents/Info.plist")"
[ "$plist_version" = "$VERSION" ] || die "Info.plist says $plist_version, the package $VERSION: rebuild the app."

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "Signing the app as $MACOS_SIGN_IDENTITY (hardened runtime)..."
  # --deep signs the nested Qt frameworks and Python extensions with the same identity.
  codesign --force --deep --timestamp --options runtime \
    --entitlements "$HERE/entitlements.plist" --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "MACOS_SIGN_IDENTITY is not set: the app and the .dmg stay unsigned."
fi

# The disk image: the app plus an Applications shortcut to drag it onto.
STAGE="$(mktemp -d "${TMPDIR:-/tmp}/agent-assist-dmg.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/Agent Assist.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
# hdiutil now and then fails with "Resource busy" while Spotlight looks at the new volume.
for attempt in 1 2 3; do
  if hdiutil create -volname "Agent Assist $VERSION" -srcfolder "$STAGE" -fs HFS+ \
       -format UDZO -imagekey zlib-level=9 -ov "$DMG" >/dev/null; then
    break
  fi
  [ "$attempt" = 3 ] && die "hdiutil create failed three times."
  echo "hdiutil create failed (attempt $attempt); trying again in 5 s..."
  sleep 5
done
hdiutil verify "$DMG" >/dev/null

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] \
   && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
  echo "Notarizing (this waits for Apple's answer)..."
  xcrun notarytool submit "$DMG" --apple-id "$MACOS_NOTARY_APPLE_ID" \
    --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD" --wait
  xcrun stapler staple "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
else
  echo "Notarization skipped (needs MACOS_SIGN_IDENTITY and the three MACOS_NOTARY_* variables)."
fi
echo "Built $DMG ($(du -h "$DMG" | cut -f1))"
