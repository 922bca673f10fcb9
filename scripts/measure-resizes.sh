#!/usr/bin/env bash
# Does chairtime's memory grow as the chair drags the projector window about and toggles full
# screen? Under a virtual X server with a window manager (full screen needs one), a slot running:
# PSS once settled, then after ROUNDS (default 20) rounds of dragging the projector window's corner
# through a dozen sizes to a new one (640×360 … 1900×1060) and toggling full screen (F11) on and
# off, then again. Target: at most +10 MiB (docs/PERFORMANCE.md).
# Usage: scripts/measure-resizes.sh [ROUNDS]
# Needs: xvfb xdotool x11-utils openbox (apt-get install xvfb xdotool x11-utils openbox).
set -euo pipefail
source "$(dirname "$0")/virtual-screen.sh"
ROUNDS=${1:-20}
virtual_screen :94 3840x1080
openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
sleep 1
ALSA_CONFIG_PATH="$work/alsa.conf" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work" "$BIN" >"$work/app.log" 2>&1 &
app=$!; pids+=($app)
projector=$(xdotool search --sync --name projector | head -1)
win=$(xdotool search --sync --name '^chairtime$' | head -1)
xdotool windowactivate --sync "$win"; xdotool key space
pss() { awk '/^Pss:/ {print $2}' "/proc/$app/smaps_rollup"; }
sleep 5
before=$(pss)
w=1280; h=720
RANDOM=7
for round in $(seq "$ROUNDS"); do
  to_w=$((640 + RANDOM % 1260)); to_h=$((360 + RANDOM % 700))
  for step in $(seq 12); do   # a drag: the window passes through the sizes between
    xdotool windowsize "$projector" $((w + (to_w - w) * step / 12)) $((h + (to_h - h) * step / 12))
    sleep 0.05
  done
  w=$to_w; h=$to_h
  sleep 0.5
  if [ "${F11:-on}" = on ]; then
    xdotool windowactivate --sync "$projector"; xdotool key F11; sleep 1.2; xdotool key F11; sleep 1.2
  fi
done
sleep 5
after=$(pss)
awk -v a="$before" -v b="$after" -v r="$ROUNDS" 'BEGIN {
  printf "PSS settled %.1f MiB; after %d rounds of dragging and full screen %.1f MiB: %+.1f MiB (target <= +10)\n",
    a / 1024, r, b / 1024, (b - a) / 1024
}'
kill -0 "$app" 2>/dev/null || { echo "chairtime exited during the test" >&2; exit 1; }
