#!/usr/bin/env bash
# chairtime against the floor of browser-based stage timers, on one X server in one run, as a chair
# has them: a 3840×1080 screen (a laptop's and a projector's side by side), chairtime's chair window
# at 1280×800 and its projector window at 1920×1080 beside it, a slot running; then Chromium showing
# scripts/countdown.html in a 1920×1080 window (a bare countdown page). For SECONDS (default 60)
# each: CPU (utime+stime of every process, as a share of one core), memory (PSS summed over the
# processes), and for chairtime the frames each window drew and how late after its second's flip
# (CHAIRTIME_TRACE_FRAMES), and its time from launch to the first frame.
# Usage: scripts/measure-side-by-side.sh [SECONDS]
# Needs: xvfb xdotool x11-utils chromium (apt-get install xvfb xdotool x11-utils chromium).
set -euo pipefail
source "$(dirname "$0")/virtual-screen.sh"
DURATION=${1:-60}
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 1; }
virtual_screen :95 3840x1080

# The process tree under a PID (the browser is many processes).
tree() { local all=("$1") kids; kids=$(pgrep -P "$1" || true); for k in $kids; do all+=($(tree "$k")); done; echo "${all[@]}"; }
ticks() { local sum=0; for p in $(tree "$1"); do [ -r "/proc/$p/stat" ] && sum=$((sum + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $sum; }
pss() { local sum=0; for p in $(tree "$1"); do [ -r "/proc/$p/smaps_rollup" ] && sum=$((sum + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup"))); done; echo $sum; }
hz=$(getconf CLK_TCK)
measure() { # PID -> prints "cpu_percent pss_kib"
  local c0 c1 t0 t1
  c0=$(ticks "$1"); t0=$(date +%s.%N); sleep "$DURATION"; c1=$(ticks "$1"); t1=$(date +%s.%N)
  awk -v c0="$c0" -v c1="$c1" -v t0="$t0" -v t1="$t1" -v hz="$hz" -v m="$(pss "$1")" 'BEGIN { printf "%.2f %d\n", 100 * (c1 - c0) / hz / (t1 - t0), m }'
}

echo "== chairtime (chair 1280×800 + projector 1920×1080, a slot running)"
CHAIRTIME_TRACE_FRAMES=1 CHAIRTIME_REPORT_FIRST_FRAME=1 ALSA_CONFIG_PATH="$work/alsa.conf" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work" \
  "$BIN" >"$work/chairtime.log" 2>&1 &
ct=$!; pids+=($ct)
projector=$(xdotool search --sync --name projector | head -1)
win=$(xdotool search --sync --name '^chairtime$' | head -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800
xdotool windowmove "$projector" 1280 0 windowsize "$projector" 1920 1080
xdotool windowfocus --sync "$win"; xdotool key space
sleep 5
start=$(date +%s)
read -r ct_cpu ct_pss < <(measure "$ct")
end=$(date +%s)
first=$(grep -o 'first frame after [0-9]* ms' "$work/chairtime.log" | grep -o '[0-9]*' || echo "?")
frames=$(awk -v a="$start" -v b="$end" '$1 == "frame" && $3 >= a && $3 < b { n[$2]++; if ($5 > late[$2]) late[$2] = $5 }
  END { printf "chair %d frames (latest %d ms after its flip), projector %d frames (latest %d ms)", n["chair"], late["chair"], n["projector"], late["projector"] }' "$work/chairtime.log")
kill "$ct"

echo "== Chromium (a bare countdown page, a 1920×1080 window)"
"$CHROMIUM" --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --disable-quic --user-data-dir="$work/chromium" --window-position=1280,0 --window-size=1920,1080 \
  --app="file://$PWD/scripts/countdown.html" >"$work/chromium.log" 2>&1 &
cr=$!; pids+=($cr)
xdotool search --sync --name countdown >/dev/null || true
sleep 8
read -r cr_cpu cr_pss < <(measure "$cr")
kill "$cr"

awk -v a="$ct_cpu" -v b="$ct_pss" -v c="$cr_cpu" -v d="$cr_pss" -v f="$first" -v s="$DURATION" -v fr="$frames" 'BEGIN {
  printf "\nover %d s, on this X server:\n", s
  printf "%-34s %10s %10s\n", "", "CPU (core)", "PSS"
  printf "%-34s %9.2f%% %7.1f MiB\n", "chairtime, both windows", a, b / 1024
  printf "%-34s %9.2f%% %7.1f MiB\n", "Chromium, bare countdown page", c, d / 1024
  printf "%-34s %10.2f %10.2f\n", "chairtime / Chromium", (c > 0 ? a / c : 0), (d > 0 ? b / d : 0)
  printf "chairtime: %s in %d s\n", fr, s
  printf "chairtime: launch to first frame %s ms\n", f
  printf "targets: CPU <= 1 %% and <= the page (%s); PSS <= 80 MiB and <= 0.2x the page (%s)\n",
    (a <= 1 && a <= c ? "met" : "missed"), (b / 1024 <= 80 && b <= 0.2 * d ? "met" : "missed")
}'
