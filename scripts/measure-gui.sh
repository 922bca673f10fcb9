#!/usr/bin/env bash
# Measures what chairtime costs while a slot runs with both windows open: CPU (utime+stime, as a
# share of one core) and memory (RSS and PSS) over a window of SECONDS (default 60), under a
# virtual X server. Usage: scripts/measure-gui.sh [SECONDS]
# With PROJECTOR=off the projector window is closed first (to see what each window costs).
# Needs: xvfb, xdotool, x11-utils (apt-get install xvfb xdotool x11-utils); builds the release
# binary if missing.
set -euo pipefail
source "$(dirname "$0")/virtual-screen.sh"
SECONDS_TO_MEASURE=${1:-60}
virtual_screen :97 1920x1080
ALSA_CONFIG_PATH="$work/alsa.conf" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work" "$BIN" >"$work/app.log" 2>&1 &
app_pid=$!; pids+=($app_pid)
xdotool search --sync --name "projector" >/dev/null
win=$(xdotool search --sync --name "^chairtime$" | head -1)
xdotool windowfocus --sync "$win"; xdotool key space   # start the first slot (no window manager needed)
if [ "${PROJECTOR:-on}" = off ]; then xdotool key p; fi
sleep 5                                            # let start-up settle
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
c0=$(cpu); t0=$(date +%s.%N)
sleep "$SECONDS_TO_MEASURE"
c1=$(cpu); t1=$(date +%s.%N)
rss=$(awk '/^VmRSS/ {print $2}' "/proc/$app_pid/status")
pss=$(awk '/^Pss:/ {print $2}' "/proc/$app_pid/smaps_rollup")
awk -v c0="$c0" -v c1="$c1" -v t0="$t0" -v t1="$t1" -v hz="$ticks" -v rss="$rss" -v pss="$pss" 'BEGIN {
  printf "chairtime, %s, a slot running, %.0f s:\n", (ENVIRON["PROJECTOR"] == "off" ? "chair window only" : "both windows"), t1 - t0
  printf "  CPU  %.2f %% of one core\n", 100 * (c1 - c0) / hz / (t1 - t0)
  printf "  RSS  %.1f MiB\n  PSS  %.1f MiB\n", rss / 1024, pss / 1024
}'
