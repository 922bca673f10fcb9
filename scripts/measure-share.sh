#!/usr/bin/env bash
# What sharing costs the app: CPU (utime+stime, share of one core) and PSS of the chairtime process
# while a slot runs, over SECONDS (default 60) each: (1) without sharing, (2) sharing with no page
# open, (3) with VIEWERS (default 10) speaker pages open in headless Chromium (real browsers: an
# event stream each, a clock-offset request a minute), (4) the same plus a remote command every
# 5 seconds; and how long a remote command takes to reach a watching page (scripts/push-latency.py).
# Under a virtual X server, release build.
# Usage: scripts/measure-share.sh [SECONDS]
# Needs: xvfb, xdotool, x11-utils, chromium, curl, python3 (apt-get install xvfb xdotool x11-utils
# chromium curl python3).
set -euo pipefail
cd "$(dirname "$0")/.."
SPAN=${1:-60}
VIEWERS=${VIEWERS:-10}
BIN=target/release/chairtime
[ -x "$BIN" ] || cargo build --release
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=:96
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
printf 'pcm.!default { type null }\n' >"$work/alsa.conf"
export ALSA_CONFIG_PATH="$work/alsa.conf" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work"
ticks=$(getconf CLK_TCK)

measure() { # label
  local c0 c1 t0 t1 pss
  c0=$(awk '{print $14 + $15}' "/proc/$app/stat"); t0=$(date +%s.%N)
  sleep "$SPAN"
  c1=$(awk '{print $14 + $15}' "/proc/$app/stat"); t1=$(date +%s.%N)
  pss=$(awk '/^Pss:/ {print $2}' "/proc/$app/smaps_rollup")
  awk -v l="$1" -v c0="$c0" -v c1="$c1" -v t0="$t0" -v t1="$t1" -v hz="$ticks" -v pss="$pss" \
    'BEGIN { printf "  %-44s CPU %.2f %% of one core   PSS %.1f MiB\n", l, 100 * (c1 - c0) / hz / (t1 - t0), pss / 1024 }'
}
start_app() { # extra arguments
  "$BIN" "$@" >"$work/app.out" 2>"$work/app.log" &
  app=$!; pids+=("$app")
  win=$(xdotool search --sync --name "^chairtime$" | head -1)
  xdotool search --sync --name "projector" >/dev/null
  xdotool windowfocus --sync "$win"; xdotool key space   # start the first slot
  sleep 5
}

echo "chairtime, both windows, a slot running, ${SPAN} s per line:"
start_app
measure "not sharing"
kill "$app"; wait "$app" 2>/dev/null || true
rm -rf "$work/data"

start_app --share
view=$(sed -n 's/^Speaker link: //p' "$work/app.out")
remote=$(sed -n 's/^Remote (keep it private): //p' "$work/app.out")
base=${view%%/?token=*}; control=${remote##*token=}
measure "sharing, no page open"
for i in $(seq "$VIEWERS"); do
  chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/chr$i" --window-size=1280,720 \
    "$view" >/dev/null 2>&1 &
  pids+=($!)
done
sleep 10
port=${base##*:}
echo "  (connections to the app's port now: $(ss -Htn state established "( sport = :$port )" | wc -l))"
measure "sharing, $VIEWERS speaker pages in Chromium"
echo "  ($(python3 scripts/push-latency.py "$view" "$remote" 20), with $VIEWERS pages watching)"
( while sleep 5; do
    curl -s -o /dev/null -H "Authorization: Bearer $control" -H 'Content-Type: application/json' -d '{"command":"plus_minute"}' "$base/api/command"
  done ) &
pids+=($!)
measure "… and a remote command every 5 s"
