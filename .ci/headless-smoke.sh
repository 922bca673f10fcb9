#!/usr/bin/env bash
# A room without a window, as a lectern Raspberry Pi runs it: starts `chairtime --headless --share`
# on a copy of the bundled schedule, starts the session with curl, clicks Next on the remote page in
# headless Chromium (ChromeDriver), changes the schedule file and takes the change from the remote
# page (its notice and its button), then stops the room with SIGTERM: it must exit 0, remove the
# journal's lock note and have journaled every remote command once, marked as the remote's.
# Usage: .ci/headless-smoke.sh [BINARY]   (default target/debug/chairtime). Needs chromium,
# chromium-driver, curl and python3 (.ci/run installs them). No display: none is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/debug/chairtime}
work=$(mktemp -d)
shots=${SMOKE_SHOTS:-$work}
room_pid="" driver_pid=""
cleanup() {
  for p in "$room_pid" "$driver_pid"; do [ -n "$p" ] && kill -9 "$p" 2>/dev/null; done
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "HEADLESS SMOKE FAIL: $*" >&2; [ -f "$work/room.err" ] && sed 's/^/  room: /' "$work/room.err" >&2; exit 1; }
wait_for() { local t=$1; shift; local end=$((SECONDS + t)); until "$@" >/dev/null 2>&1; do [ $SECONDS -lt $end ] || return 1; sleep 0.2; done; }
unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime" HOME="$work"
printf 'pcm.!default { type null }\n' >"$work/alsa.conf"
export ALSA_CONFIG_PATH="$work/alsa.conf"
cp assets/schedules/lpc2019-bpf.toml "$work/bpf.toml"
journal="$work/room.jsonl"
remote_cmd() { grep -c "\"command\":{\"type\":\"$1\".*\"by\":\"remote\"" "$journal" || true; }

echo "== start a room without a window"
"$BIN" --headless --share --port 0 --journal "$journal" "$work/bpf.toml" >"$work/room.out" 2>"$work/room.err" &
room_pid=$!
wait_for 60 grep -q "for your phone's camera" "$work/room.out" || fail "the room printed no links"
sed -n '/^Speaker link/p;/^Remote/p' "$work/room.out"
grep -q '█\|▀\|▄' "$work/room.out" || fail "no QR code for the remote on the terminal"
remote=$(sed -n 's/^Remote (keep it private): //p' "$work/room.out")
base=${remote%%/remote?token=*}
control=${remote##*token=}

echo "== start with curl"
curl -sf -H "Authorization: Bearer $control" -H 'Content-Type: application/json' -d '{"command":"start"}' \
  "$base/api/command" || fail "start refused"
echo
wait_for 10 test "$(remote_cmd start)" = 1 || fail "the API's start is not in the journal once"

echo "== Next on the remote page in Chromium"
chromedriver --port=9516 >"$work/driver.log" 2>&1 &
driver_pid=$!
wait_for 20 curl -sf http://127.0.0.1:9516/status || fail "chromedriver did not start"
python3 .ci/webdriver.py http://127.0.0.1:9516 click "$remote" '#next' "$shots/headless-remote-next.png" \
  || fail "the click on Next failed"
wait_for 10 test "$(remote_cmd next)" = 1 || fail "the remote's next is not in the journal once"

echo "== the schedule file changes: the remote page says so and takes it"
sed -i 's/title = "BPF Debugging"/title = "BPF Debugging, revised"/' "$work/bpf.toml"
touch -d '+5 seconds' "$work/bpf.toml"
if ! python3 .ci/webdriver.py http://127.0.0.1:9516 wait-text "$remote" '#notices' 'schedule file changed' 30 >"$work/wait.out" 2>&1; then
  # What the room publishes to the remote at that moment, to tell a page that missed it from a
  # room that never said it.
  sed 's/^/  webdriver: /' "$work/wait.out" >&2
  echo "  the room's state for the remote:" >&2
  curl -s -H "Authorization: Bearer $control" "$base/api/state" | head -c 3000 >&2 || true
  echo >&2
  fail "the remote page never told of the changed schedule"
fi
python3 .ci/webdriver.py http://127.0.0.1:9516 click "$remote" '#reload' "$shots/headless-remote-reload.png" \
  || fail "the click on the reload button failed"
wait_for 10 test "$(remote_cmd replan)" = 1 || fail "the remote's reload is not in the journal once"
"$BIN" status "$journal" | grep -q 'BPF Debugging, revised' || fail "status does not read the re-planned talk"

echo "== SIGTERM stops the room cleanly"
kill -TERM "$room_pid"
code=0; wait "$room_pid" || code=$?
room_pid=""
[ "$code" = 0 ] || fail "the room exited with $code on SIGTERM"
[ -e "$journal.owner" ] && fail "the journal's lock note is still there"
grep -q 'stopped; the journal is' "$work/room.err" || fail "the room did not say where its journal is"
"$BIN" status "$journal" | sed -n '1,4p'
echo "headless smoke: 1 passed, 0 failed"
