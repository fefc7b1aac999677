#!/usr/bin/env bash
# Starts both programs on a fresh demo workspace and checks what they produce.
set -euo pipefail
app=$1 cli=$2
work=$(mktemp -d)
# Only the script itself cleans up (a subshell ended by a signal runs an inherited EXIT trap).
trap '[ "$BASHPID" != "$$" ] || rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config

fail() { echo "smoke: $*" >&2; exit 1; }

"$cli" --version | grep -q '^backstep-cli ' || fail "backstep-cli --version"
"$cli" demo --dir "$work/demo" --json >"$work/demo.json"
grep -q '"url": "sqlite:' "$work/demo.json" || fail "demo --json names no url"

"$cli" status --url "sqlite:$work/demo/heartguard.sqlite" --migrations "$work/demo/migrations" \
    >"$work/status.txt"
grep -q '^applied .*1203' "$work/status.txt" || fail "status shows 1203 applied"
grep -q '^pending .*1205' "$work/status.txt" || fail "status shows 1205 pending"

"$app" --help | grep -q -- '--screenshot' || fail "backstep --help"
"$app" --url "sqlite:$work/demo/heartguard.sqlite" --migrations "$work/demo/migrations" \
    --select 1203 --screenshot "$work/window.png"
[ "$(head -c 8 "$work/window.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] ||
    fail "the screenshot is not a PNG"
[ "$(stat -c %s "$work/window.png")" -gt 20000 ] || fail "the screenshot is suspiciously small"

# The GUI's demo mode makes its own workspace in the data folder.
"$app" --demo --screenshot "$work/demo.png"
[ -f "$XDG_DATA_HOME/backstep/demo/heartguard.sqlite" ] || fail "--demo made no workspace"
echo "smoke: 1 passed, 0 failed"
