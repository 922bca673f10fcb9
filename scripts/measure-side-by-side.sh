#!/usr/bin/env bash
# chairtime against the floor of browser-based stage timers, on one X server in one run: for
# SECONDS (default 60) while a slot runs, the CPU (utime+stime of every process, as a share of one
# core) and memory (PSS, summed over processes) of
#   1. chairtime with both windows (release build),
#   2. Chromium showing scripts/countdown.html full screen (a bare countdown page),
# then the ratios, and chairtime's time from launch to its first frame.
# Usage: scripts/measure-side-by-side.sh [SECONDS]
# Needs: xvfb xdotool x11-utils chromium (apt-get install xvfb xdotool x11-utils chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-60}
BIN=target/release/chairtime
[ -x "$BIN" ] || cargo build --release
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 1; }
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
export DISPLAY=:95
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
printf 'pcm.!default { type null }\n' >"$work/alsa.conf"

# The process tree under a PID (the browser is many processes).
tree() { local all=("$1") kids; kids=$(pgrep -P "$1" || true); for k in $kids; do all+=($(tree "$k")); done; echo "${all[@]}"; }
ticks() { local sum=0; for p in $(tree "$1"); do [ -r "/proc/$p/stat" ] && sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $sum; }
pss() { local sum=0; for p in $(tree "$1"); do [ -r "/proc/$p/smaps_rollup" ] && sum=$((sum + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup"))); done; echo $sum; }
hz=$(getconf CLK_TCK)
measure() { # PID LABEL -> prints "cpu_percent pss_kib"
  local c0 c1 t0 t1
  c0=$(ticks "$1"); t0=$(date +%s.%N); sleep "$DURATION"; c1=$(ticks "$1"); t1=$(date +%s.%N)
  awk -v c0="$c0" -v c1="$c1" -v t0="$t0" -v t1="$t1" -v hz="$hz" -v m="$(pss "$1")" 'BEGIN { printf "%.2f %d\n", 100 * (c1 - c0) / hz / (t1 - t0), m }'
}

echo "== chairtime (both windows, a slot running)"
CHAIRTIME_REPORT_FIRST_FRAME=1 ALSA_CONFIG_PATH="$work/alsa.conf" XDG_DATA_HOME="$work/data" "$BIN" >"$work/chairtime.log" 2>&1 &
ct=$!; pids+=($ct)
xdotool search --sync --name projector >/dev/null
win=$(xdotool search --sync --name '^chairtime$' | head -1)
xdotool windowfocus --sync "$win"; xdotool key space
sleep 5
read -r ct_cpu ct_pss < <(measure "$ct")
first=$(grep -o 'first frame after [0-9]* ms' "$work/chairtime.log" | grep -o '[0-9]*' || echo "?")
kill "$ct"

echo "== Chromium (a bare countdown page, full screen)"
"$CHROMIUM" --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --disable-quic --user-data-dir="$work/chromium" --kiosk "file://$PWD/scripts/countdown.html" >"$work/chromium.log" 2>&1 &
cr=$!; pids+=($cr)
xdotool search --sync --name countdown >/dev/null || true
sleep 8
read -r cr_cpu cr_pss < <(measure "$cr")
kill "$cr"

awk -v a="$ct_cpu" -v b="$ct_pss" -v c="$cr_cpu" -v d="$cr_pss" -v f="$first" -v s="$DURATION" 'BEGIN {
  printf "\nover %d s, on this X server:\n", s
  printf "%-34s %10s %10s\n", "", "CPU (core)", "PSS"
  printf "%-34s %9.2f%% %7.1f MiB\n", "chairtime, both windows", a, b / 1024
  printf "%-34s %9.2f%% %7.1f MiB\n", "Chromium, bare countdown page", c, d / 1024
  printf "%-34s %10.2f %10.2f\n", "chairtime / Chromium", (c > 0 ? a / c : 0), (d > 0 ? b / d : 0)
  printf "chairtime: launch to first frame %s ms\n", f
}'
