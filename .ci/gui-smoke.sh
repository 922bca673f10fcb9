#!/usr/bin/env bash
# The real app under a virtual X server: start it on the bundled session, drive it with real key
# presses (start, next, message, pause), kill it with SIGKILL, check the journal, start it again,
# check that it resumes, and check that screenshots of both windows are not blank.
# Usage: .ci/gui-smoke.sh [BINARY]   (default target/debug/chairtime). Needs xvfb, xdotool,
# x11-utils and imagemagick (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/debug/chairtime}
work=$(mktemp -d)
shots=${SMOKE_SHOTS:-$work}
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null; kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "SMOKE FAIL: $*" >&2; [ -f "$work/app.log" ] && sed 's/^/  app: /' "$work/app.log" >&2; exit 1; }
# Waits up to $1 seconds for the command in the remaining arguments to succeed.
wait_for() { local t=$1; shift; local end=$((SECONDS + t)); until "$@" >/dev/null 2>&1; do [ $SECONDS -lt $end ] || return 1; sleep 0.2; done; }

export DISPLAY=:94
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
wait_for 20 xdpyinfo || fail "Xvfb did not start"
printf 'pcm.!default { type null }\n' >"$work/alsa.conf"
export ALSA_CONFIG_PATH="$work/alsa.conf" XDG_DATA_HOME="$work/data"
journal_dir="$work/data/chairtime/journals"

start_app() {
  "$BIN" >"$work/app.log" 2>&1 &
  app_pid=$!
  wait_for 60 xdotool search --name '^chairtime$' || fail "the chair window did not appear"
  wait_for 30 xdotool search --name 'projector' || fail "the projector window did not appear"
  chair=$(xdotool search --name '^chairtime$' | head -1)
  projector=$(xdotool search --name 'projector' | head -1)
  xdotool windowfocus --sync "$chair"
}
journal() { ls -t "$journal_dir"/*.jsonl 2>/dev/null | head -1; }
recorded() { local j; j=$(journal) && [ -n "$j" ] && grep -q "\"type\":\"$1\"" "$j"; }
key() { xdotool windowfocus --sync "$chair"; xdotool key "$@"; }

echo "== start the app on the bundled session"
start_app
wait_for 20 test -n "$(journal)" || fail "no journal was created in $journal_dir"
key space;  wait_for 20 recorded start || fail "Space did not start the session"
key n;      wait_for 20 recorded next || fail "N did not move to the next phase"
key m; sleep 0.3; xdotool type --delay 20 "Please wrap up"; key Return
wait_for 20 recorded show_message || fail "the message was not shown"
key space;  wait_for 20 recorded pause || fail "Space did not pause"

echo "== screenshots"
sleep 1
import -window "$chair" "$shots/smoke-chair.png"
import -window "$projector" "$shots/smoke-projector.png"
for shot in "$shots/smoke-chair.png" "$shots/smoke-projector.png"; do
  spread=$(convert "$shot" -format '%[fx:standard_deviation]' info:)
  awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || fail "$shot is blank (standard deviation $spread)"
done

echo "== SIGKILL, then the journal"
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
j=$(journal)
for t in start next show_message pause; do grep -q "\"type\":\"$t\"" "$j" || fail "$t is missing from $j"; done
"$BIN" status "$j" | tee "$work/status-before.txt"
grep -q "paused" "$work/status-before.txt" || fail "the journal does not replay to a paused session"

echo "== restart: resume"
start_app
sleep 1
key Return   # the resume question: Enter resumes
key space;   wait_for 20 grep -q '"type":"resume"' "$j" || fail "after restarting, Space did not resume in the same journal"
"$BIN" status "$j" | tee "$work/status-after.txt"
grep -q "Phase      Discussion" "$work/status-after.txt" || fail "the resumed session is not in the discussion phase"
grep -q "Message    Please wrap up" "$work/status-after.txt" || fail "the message did not survive the restart"
kill -9 "$app_pid"; app_pid=""
echo "GUI smoke test: 1 passed, 0 failed"
