#!/usr/bin/env bash
# The share server against hostile clients (scripts/hostile-clients.py): the real app, started
# with a desktop's 1,024-file limit and --share under a virtual X server, must keep answering the
# speaker's state and the remote's commands through 2,000 half-sent request heads, 1,100 silent
# connections and every speaker-link stream slot taken, and give its memory back afterwards.
# Usage: .ci/hostile-clients.sh [BINARY]   (default target/release/chairtime). Needs xvfb,
# x11-utils, python3 and util-linux's prlimit (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/chairtime}
work=$(mktemp -d)
app_pid="" xvfb_pid=""
cleanup() {
  for p in "$app_pid" "$xvfb_pid"; do [ -n "$p" ] && kill -9 "$p" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "HOSTILE CLIENTS FAIL: $*" >&2; [ -f "$work/app.log" ] && sed 's/^/  app: /' "$work/app.log" >&2; exit 1; }
wait_for() { local t=$1; shift; local end=$((SECONDS + t)); until "$@" >/dev/null 2>&1; do [ $SECONDS -lt $end ] || return 1; sleep 0.2; done; }

export DISPLAY=:94
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
wait_for 20 xdpyinfo || fail "Xvfb did not start"
printf 'pcm.!default { type null }\n' >"$work/alsa.conf"
export ALSA_CONFIG_PATH="$work/alsa.conf" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work"

prlimit --nofile=1024:1024 "$BIN" --share >"$work/app.out" 2>"$work/app.log" &
app_pid=$!
wait_for 60 grep -q '^Remote' "$work/app.out" || fail "the app printed no links"
view=$(sed -n 's/^Speaker link: //p' "$work/app.out")
remote=$(sed -n 's/^Remote (keep it private): //p' "$work/app.out")
# The links name the laptop's network address; the probes stay on this machine's loopback.
port=${view#*://*:}; port=${port%%/*}
view="http://127.0.0.1:$port/?${view#*\?}"
remote="http://127.0.0.1:$port/remote?${remote#*\?}"
grep -q 'Max open files *1024' "/proc/$app_pid/limits" || fail "the app did not start with 1,024 files"
sleep 2
timeout 300 python3 scripts/hostile-clients.py "$app_pid" "$view" "$remote" || fail "see above"
kill -0 "$app_pid" 2>/dev/null || fail "the app died"
echo "hostile clients: the app served throughout"
