# Sourced by the measurement scripts: the build to measure, a work folder, and a virtual X server
# with a null sound device. After `virtual_screen DISPLAY WIDTHxHEIGHT`: $BIN, $work (removed on
# exit), $DISPLAY exported, $work/alsa.conf, and every PID added to `pids` killed on exit.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=${CHAIRTIME_BIN:-target/release/chairtime}   # CHAIRTIME_BIN: another build, to compare
[ -x "$BIN" ] || cargo build --release
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
virtual_screen() {
  export DISPLAY=$1
  Xvfb "$DISPLAY" -screen 0 "$2x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  printf 'pcm.!default { type null }\n' >"$work/alsa.conf"
}
