#!/usr/bin/env bash
# Smoke-test a frozen or installed Agent Assist binary, headless:
#   --version, self-test, a fresh demo profile, and a screenshot of it (a non-empty PNG).
#
#   bash packaging/smoke_test.sh dist/agent-assist/agent-assist
#   bash packaging/smoke_test.sh /usr/bin/agent-assist
set -euo pipefail

BIN="${1:?usage: smoke_test.sh PATH/TO/agent-assist}"
[ -x "$BIN" ] || { echo "smoke_test.sh: $BIN is not an executable." >&2; exit 2; }
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/agent_assist/__init__.py")"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/agent-assist-smoke.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# A throwaway home: the smoke test must not touch the builder's own profile or settings.
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
mkdir -p "$HOME"
export QT_QPA_PLATFORM=offscreen
# The test suite's in-memory keyring is not inside the bundle; let the app find its own.
unset PYTHON_KEYRING_BACKEND
run() {  # a hung binary must fail the build, not stall it
  if command -v timeout >/dev/null 2>&1; then timeout 180 "$BIN" "$@" </dev/null; else "$BIN" "$@" </dev/null; fi
}
step() { printf '  %-11s' "$1"; }
now() { date +%s.%N 2>/dev/null | grep -v N || date +%s; }

echo "Smoke test of $BIN"
step "version"
reported="$(run --version)" || { echo "--version failed" >&2; exit 1; }
[ "$reported" = "agent-assist $VERSION" ] || { echo "expected 'agent-assist $VERSION', got '$reported'" >&2; exit 1; }
echo "$reported"

step "self-test"
if ! out="$(run self-test 2>&1)"; then echo; echo "$out" >&2; exit 1; fi
echo "passed"
echo "$out" | sed 's/^/      /'

step "demo"
t0="$(now)"
run demo --profile "$WORK/profile" >/dev/null
echo "profile created"

step "screenshot"
run screenshot --profile "$WORK/profile" "$WORK/shot.png" >/dev/null 2>"$WORK/shot.err" \
  || { cat "$WORK/shot.err" >&2; exit 1; }
t1="$(now)"
size="$(wc -c <"$WORK/shot.png" | tr -d ' ')"
magic="$(head -c 8 "$WORK/shot.png" | od -An -tx1 | tr -d ' \n')"
[ "$magic" = "89504e470d0a1a0a" ] || { echo "not a PNG file" >&2; exit 1; }
[ "$size" -gt 10000 ] || { echo "suspiciously small PNG ($size bytes)" >&2; exit 1; }
echo "$size bytes PNG (demo + screenshot in $(awk "BEGIN{printf \"%.1f\", $t1-$t0}") s)"
if [ -n "${SMOKE_SCREENSHOT:-}" ]; then cp "$WORK/shot.png" "$SMOKE_SCREENSHOT"; fi
echo "Smoke test passed."
