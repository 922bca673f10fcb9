#!/usr/bin/env bash
# The organisers' wall in a real browser: Mosquitto, a room without a window publishing to it,
# `chairtime wall --share` under a virtual X server; the wall's web page in headless Chromium
# shows the room's tile, then, when the room's laptop vanishes (kill -9: its last will), OFFLINE
# without a reload. Also a screenshot of the wall's window.
# Usage: .ci/wall-smoke.sh [BINARY]   (default target/debug/chairtime). Needs mosquitto, xvfb,
# x11-utils, xdotool, imagemagick, chromium, chromium-driver, curl, python3 (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/debug/chairtime}
work=$(mktemp -d)
shots=${SMOKE_SHOTS:-$work}
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "WALL SMOKE FAIL: $*" >&2; for f in wall.err room.err mq.log; do [ -f "$work/$f" ] && sed "s/^/  $f: /" "$work/$f" >&2; done; exit 1; }
wait_for() { local t=$1; shift; local end=$((SECONDS + t)); until "$@" >/dev/null 2>&1; do [ $SECONDS -lt $end ] || return 1; sleep 0.2; done; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nuser root\n' "$port" >"$work/mq.conf"
/usr/sbin/mosquitto -c "$work/mq.conf" >"$work/mq.log" 2>&1 &
pids+=($!)
BUS="mqtt://127.0.0.1:$port/smoke"
export DISPLAY=:94 XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work" HOME="$work"
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
wait_for 20 xdpyinfo || fail "Xvfb did not start"
printf 'pcm.!default { type null }\n' >"$work/alsa.conf"
export ALSA_CONFIG_PATH="$work/alsa.conf"

echo "== a room publishes; the wall and its page"
sed 's|^room = .*|room = "Smoke Room"|' assets/schedules/lpc2019-bpf.toml >"$work/room.toml"
"$BIN" --headless --port 0 --publish "$BUS" --journal "$work/room.jsonl" "$work/room.toml" >"$work/room.out" 2>"$work/room.err" &
room=$!
pids+=("$room")
wait_for 30 grep -q '^Remote' "$work/room.out" || fail "the room printed no links"
remote=$(sed -n 's/^Remote (keep it private): //p' "$work/room.out")
curl -sf -H "Authorization: Bearer ${remote##*token=}" -H 'Content-Type: application/json' -d '{"command":"start"}' \
  "${remote%%/remote?token=*}/api/command" >/dev/null || fail "the room did not start"
"$BIN" wall "$BUS" --share >"$work/wall.out" 2>"$work/wall.err" &
pids+=($!)
wait_for 30 grep -q '^Wall link' "$work/wall.out" || fail "the wall printed no link"
link=$(sed -n 's/^Wall link: //p' "$work/wall.out")
code=$(curl -s -o /dev/null -w '%{http_code}' "${link%%\?token=*}")
[ "$code" = 403 ] || fail "the wall's page without its token got $code, not 403"
chromedriver --port=9517 >"$work/driver.log" 2>&1 &
pids+=($!)
wait_for 20 curl -sf http://127.0.0.1:9517/status || fail "chromedriver did not start"
python3 .ci/webdriver.py http://127.0.0.1:9517 wait-page "$link" '#tiles' 'Smoke Room' 20 >/dev/null \
  || fail "the wall's page never showed the room"

echo "== the room's laptop vanishes: the open page says OFFLINE by itself"
python3 .ci/webdriver.py http://127.0.0.1:9517 wait-page "$link" '#tiles' 'OFFLINE' 30 >"$work/offline.txt" &
watcher=$!
sleep 3
kill -9 "$room"
wait "$watcher" || fail "the open page never said the room is offline"
echo "page: OFFLINE"
win=$(xdotool search --sync --name "chairtime wall" | head -1)
sleep 1
import -window "$win" "$shots/wall-window.png" || fail "no screenshot of the wall's window"
echo "wall smoke: 1 passed, 0 failed"
