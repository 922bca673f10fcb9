#!/usr/bin/env bash
# The real app under a virtual X server: start it on the bundled session, drive it with real key
# presses (start, next, message, pause; blackout from the projector window), kill it with SIGKILL, check the journal, start it again,
# check that it resumes and that each window draws one frame a second, and check that screenshots of both windows are not blank; finally start it
# on a file that does not exist, without a sound device, and check that the window opens anyway
# and that the terminal shows only chairtime's own lines.
# Usage: .ci/gui-smoke.sh [BINARY]   (default target/debug/chairtime). Needs xvfb, xdotool,
# x11-utils and imagemagick (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/debug/chairtime}
CONVERT=$(command -v /usr/bin/convert || command -v convert)
work=$(mktemp -d)
shots=${SMOKE_SHOTS:-$work}
app_pid="" wm_pid=""
cleanup() { [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null; kill "$wm_pid" "$xvfb_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "SMOKE FAIL: $*" >&2; [ -f "$work/app.log" ] && sed 's/^/  app: /' "$work/app.log" >&2; exit 1; }
# Waits up to $1 seconds for the command in the remaining arguments to succeed.
wait_for() { local t=$1; shift; local end=$((SECONDS + t)); until "$@" >/dev/null 2>&1; do [ $SECONDS -lt $end ] || return 1; sleep 0.2; done; }

export DISPLAY=:94
# One Full HD screen under a real window manager, as a chair's laptop has.
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
wait_for 20 xdpyinfo || fail "Xvfb did not start"
openbox >"$work/openbox.log" 2>&1 &
wm_pid=$!
printf 'pcm.!default { type null }\n' >"$work/alsa.conf"
export ALSA_CONFIG_PATH="$work/alsa.conf" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work"
journal_dir="$work/data/chairtime/journals"

start_app() {
  # One waiting xdotool client, not a polling loop: many short-lived X clients while the app
  # opens its display can make it fail (docs/building.md); if it does, start it again.
  local attempt
  for attempt in 1 2 3; do
    CHAIRTIME_TRACE_FRAMES=1 "$BIN" >"$work/app.log" 2>&1 &
    app_pid=$!
    if timeout 60 xdotool search --sync --onlyvisible --name '^chairtime$' >/dev/null 2>&1 \
      && timeout 30 xdotool search --sync --onlyvisible --name 'projector' >/dev/null 2>&1; then
      break
    fi
    kill -9 "$app_pid" 2>/dev/null || true
    app_pid=""
    [ "$attempt" -lt 3 ] || fail "the windows did not appear"
    echo "(the windows did not appear; starting again)"
  done
  chair=$(xdotool search --onlyvisible --name '^chairtime$' | head -1)
  projector=$(xdotool search --onlyvisible --name 'projector' | head -1)
  wait_for 10 xdotool windowfocus --sync "$chair" || fail "cannot focus the chair window"
}
# Window $1's rectangle as "x y w h" (root coordinates, the window manager's frame left out).
rect() { xdotool getwindowgeometry --shell "$1" | awk -F= '/^X=/{x=$2}/^Y=/{y=$2}/^WIDTH=/{w=$2}/^HEIGHT=/{h=$2}END{print x, y, w, h}'; }
# Both windows inside the 1920x1080 screen, and the projector clear of the chair window.
placed_well() {
  local c p; c=$(rect "$chair"); p=$(rect "$projector")
  echo "chair window: $c; projector window: $p"
  awk -v c="$c" -v p="$p" 'BEGIN {
    split(c, a, " "); split(p, b, " ");
    inside = a[1] >= 0 && a[2] >= 0 && a[1] + a[3] <= 1920 && a[2] + a[4] <= 1080 \
          && b[1] >= 0 && b[2] >= 0 && b[1] + b[3] <= 1920 && b[2] + b[4] <= 1080;
    apart = b[1] >= a[1] + a[3] || b[1] + b[3] <= a[1] || b[2] >= a[2] + a[4] || b[2] + b[4] <= a[2];
    exit !(inside && apart) }'
}
journal() { ls -t "$journal_dir"/*.jsonl 2>/dev/null | head -1; }
recorded() { local j; j=$(journal) && [ -n "$j" ] && grep -q "\"type\":\"$1\"" "$j"; }
key() { wait_for 10 xdotool windowfocus --sync "$chair" || fail "cannot focus the chair window"; xdotool key "$@"; }

echo "== start the app on the bundled session"
start_app
echo "== one screen: the projector window inside it, clear of the chair window"
wait_for 10 placed_well || { placed_well || true; fail "the projector window is off the screen or over the chair window"; }
xprop -id "$projector" WM_CLASS | grep -q '"io.github.chairtime.Chairtime"' || fail "the projector's X11 class is not the app id: $(xprop -id "$projector" WM_CLASS)"
wait_for 20 test -n "$(journal)" || fail "no journal was created in $journal_dir"
key space;  wait_for 20 recorded start || fail "Space did not start the session"
key n;      wait_for 20 recorded next || fail "N did not move to the next phase"
key m; sleep 0.3; xdotool type --delay 20 "Please wrap up"; key Return
wait_for 20 recorded show_message || fail "the message was not shown"
key space;  wait_for 20 recorded pause || fail "Space did not pause"
# The projector window obeys the same keys: K blanks it, K brings it back.
pkey() { wait_for 10 xdotool windowfocus --sync "$projector" || fail "cannot focus the projector window"; xdotool key "$@"; }
blackouts() { local j; j=$(journal) && [ "$(grep -c '"type":"blackout"' "$j")" -ge "$1" ]; }
pkey k;     wait_for 20 blackouts 1 || fail "K in the projector window did not blank it"
pkey k;     wait_for 20 blackouts 2 || fail "K in the projector window did not bring it back"

echo "== screenshots"
# Captures window $1 to $2 and succeeds when it is not blank (a uniform image).
shot() { timeout 10 import -window "$1" "$2" && awk -v s="$("$CONVERT" "$2" -format '%[fx:standard_deviation]' info:)" 'BEGIN { exit !(s > 0.02) }'; }
wait_for 20 shot "$chair" "$shots/smoke-chair.png" || fail "the chair window is blank"
wait_for 20 shot "$projector" "$shots/smoke-projector.png" || fail "the projector window is blank"

echo "== SIGKILL, then the journal"
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
j=$(journal)
for t in start next show_message pause; do grep -q "\"type\":\"$t\"" "$j" || fail "$t is missing from $j"; done
"$BIN" status "$j" | tee "$work/status-before.txt"
grep -q "paused" "$work/status-before.txt" || fail "the journal does not replay to a paused session"

echo "== restart: resume"
start_app
# The resume question: Enter resumes, then Space starts the clock again. A key pressed before the
# app has drawn its first frame is lost on a loaded machine, so try a few times.
resumed=""
for attempt in 1 2 3 4 5; do
  sleep 1
  key Return
  key space
  if wait_for 5 grep -q '"type":"resume"' "$j"; then resumed=1; break; fi
done
[ -n "$resumed" ] || fail "after restarting, Space did not resume in the same journal"
"$BIN" status "$j" | tee "$work/status-after.txt"
grep -q "Phase      Discussion" "$work/status-after.txt" || fail "the resumed session is not in the discussion phase"
grep -q "Message    Please wrap up" "$work/status-after.txt" || fail "the message did not survive the restart"

echo "== one frame a second per window while the slot runs (no continuous repaint)"
frames() { grep -c "^frame $1 " "$work/app.log" || true; }
sleep 4   # the frames that follow the key presses and the notices they raised
c0=$(frames chair); p0=$(frames projector); sleep 6; c1=$(frames chair); p1=$(frames projector)
echo "in 6 s: chair window $((c1 - c0)) frames, projector window $((p1 - p0))"
for n in $((c1 - c0)) $((p1 - p0)); do
  [ "$n" -ge 3 ] && [ "$n" -le 10 ] || fail "a window drew $n frames in 6 s (one a second expected)"
done

echo "== Alt+F4 mid-session asks first; Esc keeps the session running"
key alt+F4
sleep 2
kill -0 "$app_pid" 2>/dev/null || fail "Alt+F4 quit at once while the session ran"
wait_for 10 shot "$chair" "$shots/smoke-quit-question.png" || fail "no screenshot of the quit question"
key Escape
sleep 1
kill -0 "$app_pid" 2>/dev/null || fail "Esc quit instead of keeping the session running"
xdotool search --onlyvisible --name 'projector' >/dev/null || fail "the projector went dark after Esc"

echo "== SIGTERM mid-session (a logout): a clean close, the journal's .owner note removed"
[ -f "$j.owner" ] || fail "no .owner note beside the journal while the session runs"
kill -TERM "$app_pid"
wait_for 15 sh -c "! kill -0 $app_pid" || fail "the app did not close within 15 s of SIGTERM"
code=0; wait "$app_pid" || code=$?; app_pid=""
[ "$code" -eq 0 ] || fail "the app exited with $code after SIGTERM"
[ -f "$j.owner" ] && fail "the .owner note stayed after SIGTERM"
"$BIN" status "$j" >/dev/null || fail "the journal does not read back after SIGTERM"
# The killed app's windows must be gone before a new one is looked for.
wait_for 20 sh -c '! xdotool search --onlyvisible --name "^chairtime$"' || fail "the killed app's window stayed"

echo "== opened from a file manager: the desktop entry on a path with spaces; later launches hand over"
# gio launches the desktop entry as a file manager does (Exec=chairtime %f), chairtime found on PATH.
mkdir -p "$work/with spaces"
cp tests/fixtures/import/zoned.xml "$work/with spaces/schedule.xml"
cp tests/fixtures/import/pretalx.json "$work/with spaces/talks.json"
bindir=$(cd "$(dirname "$BIN")" && pwd)
# The newest journal whose header names $1 (the schedule it was opened from).
journal_of() { local j; j=$(journal) && [ -n "$j" ] && head -1 "$j" | grep -qF "$1"; }
PATH="$bindir:$PATH" gio launch assets/linux/io.github.chairtime.Chairtime.desktop "$work/with spaces/schedule.xml" \
  >"$work/app.log" 2>&1 || fail "gio could not launch the desktop entry"
timeout 60 xdotool search --sync --onlyvisible --name '^chairtime$' >/dev/null 2>&1 || fail "no window from the desktop entry"
wait_for 20 journal_of "with spaces/schedule.xml" || fail "the file with spaces in its path was not opened"
# The window's process, as its instance lock names it (other chairtimes on the machine aside).
app_pid=$(cat "$work/chairtime/instance.lock") && [ -n "$app_pid" ] || fail "no instance lock"
# A second launch while it runs: a message and exit 0, and the first window opens the file.
timeout 20 "$BIN" "$work/with spaces/talks.json" >"$work/second.log" 2>&1 || fail "the second launch failed: $(cat "$work/second.log")"
grep -q "already open" "$work/second.log" || fail "the second launch did not say chairtime is already open"
if grep -q "were not used" "$work/second.log"; then fail "a launch with a file only was told its options are ignored"; fi
sed 's/^/  second launch: /' "$work/second.log"
wait_for 20 journal_of "with spaces/talks.json" || fail "the running window did not open the file the second launch gave it"
[ "$(cat "$work/chairtime/instance.lock")" = "$app_pid" ] || fail "another process took the window's lock"
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
wait_for 20 sh -c '! xdotool search --onlyvisible --name "^chairtime$"' || fail "the killed app's window stayed"

echo "== a schedule that cannot be opened still opens the window, with the error (and no sound device)"
# An empty ALSA configuration has no default device: alsa-lib's own "ALSA lib …" lines must not
# reach the terminal; chairtime says in the window, once, that sound is unavailable.
: >"$work/no-sound.conf"
ALSA_CONFIG_PATH="$work/no-sound.conf" "$BIN" "$work/no such schedule.toml" >"$work/app.log" 2>&1 &
app_pid=$!
timeout 60 xdotool search --sync --onlyvisible --name '^chairtime$' >/dev/null 2>&1 || fail "no window for a file that cannot be opened"
grep -q "no such schedule.toml" "$work/app.log" || fail "the terminal was not told which file"
if grep -q "ALSA lib" "$work/app.log"; then fail "alsa-lib printed to the terminal"; fi
# The window is looked up on every try: the first id found may belong to a window still opening.
shot_chair() { local w; w=$(xdotool search --onlyvisible --name '^chairtime$' | head -1) && [ -n "$w" ] && shot "$w" "$1"; }
wait_for 30 shot_chair "$shots/smoke-cannot-open.png" || fail "the window is blank"
kill -9 "$app_pid"; app_pid=""
echo "smoke: 1 passed, 0 failed"
