#!/usr/bin/env bash
# The whole conference on one broker, at load: ROOMS (default 40) rooms, each a `chairtime
# simulate --publish` of a whole afternoon (tests/fixtures/bpf-afternoon.script, 15:00 to the
# finish at 18:37) played SPEED (default 60) times faster than real time into one Mosquitto, with
# `chairtime wall` (release build, 1920x1080 under a virtual X server) and `chairtime collect`
# watching. Prints the wall's CPU (utime+stime, share of one core) and peak memory while the rooms
# play and afterwards, how long a chair's key takes to reach the bus (a real headless room
# commanded over HTTP, its state seen by a subscriber; over LATENCY_SAMPLES, default 20), and
# checks that every collected journal is byte for byte the room's.
# Usage: scripts/measure-conference.sh [ROOMS] [SPEED]
# Needs: mosquitto, mosquitto-clients, xvfb, x11-utils, xdotool, curl, python3
# (apt-get install mosquitto mosquitto-clients xvfb x11-utils xdotool curl python3).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOMS=${1:-40}
SPEED=${2:-60}
SAMPLES=${LATENCY_SAMPLES:-20}
BIN=$(pwd)/target/release/chairtime
[ -x "$BIN" ] || cargo build --release
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
ticks=$(getconf CLK_TCK)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nuser root\nmax_queued_messages 100000\n' "$port" >"$work/mq.conf"
/usr/sbin/mosquitto -c "$work/mq.conf" >"$work/mq.log" 2>&1 &
pids+=($!)
sleep 0.5
BUS="mqtt://127.0.0.1:$port/load"
export DISPLAY=:97 XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work" HOME="$work"
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
printf 'pcm.!default { type null }\n' >"$work/alsa.conf"
export ALSA_CONFIG_PATH="$work/alsa.conf"

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
report() { # label pid c0 t0
  local c1 t1
  c1=$(cpu "$2"); t1=$(date +%s.%N)
  awk -v l="$1" -v c0="$3" -v c1="$c1" -v t0="$4" -v t1="$t1" -v hz="$ticks" \
    -v rss="$(awk '/^VmHWM:/ {print $2}' "/proc/$2/status")" \
    'BEGIN { printf "  %-46s CPU %5.2f %% of one core   peak RSS %.1f MiB\n", l, 100 * (c1 - c0) / hz / (t1 - t0), rss / 1024 }'
}

"$BIN" collect "$BUS" "$work/collected" 2>"$work/collect.log" &
pids+=($!)
"$BIN" wall "$BUS" >"$work/wall.out" 2>"$work/wall.log" &
wall=$!
pids+=("$wall")
xdotool search --sync --name "chairtime wall" >/dev/null
sleep 3
echo "$ROOMS rooms, a whole afternoon each at ${SPEED}x, into one Mosquitto:"
c0=$(cpu "$wall"); t0=$(date +%s.%N)
sims=()
for i in $(seq -w 1 "$ROOMS"); do
  sed "s|^room = .*|room = \"Room $i\"|" assets/schedules/lpc2019-bpf.toml >"$work/room$i.toml"
  "$BIN" simulate "$work/room$i.toml" --actions tests/fixtures/bpf-afternoon.script --speed "$SPEED" \
    --publish "$BUS" --journal "$work/room$i.jsonl" >/dev/null 2>"$work/room$i.log" &
  sims+=($!)
done
for p in "${sims[@]}"; do wait "$p"; done
report "the wall while the rooms played" "$wall" "$c0" "$t0"
c0=$(cpu "$wall"); t0=$(date +%s.%N)
sleep 30
report "the wall afterwards (30 s, $ROOMS tiles)" "$wall" "$c0" "$t0"

echo "a chair's key to the bus (a headless room, Next over HTTP, its state seen by a subscriber):"
cp assets/schedules/lpc2019-bpf.toml "$work/probe.toml"
sed -i 's|^room = .*|room = "Probe"|' "$work/probe.toml"
"$BIN" --headless --port 0 --publish "$BUS" --journal "$work/probe.jsonl" "$work/probe.toml" >"$work/probe.out" 2>"$work/probe.log" &
pids+=($!)
for _ in $(seq 100); do grep -q '^Remote' "$work/probe.out" && break; sleep 0.1; done
remote=$(sed -n 's/^Remote (keep it private): //p' "$work/probe.out")
python3 - "$port" "${remote%%/remote?token=*}" "${remote##*token=}" "$SAMPLES" <<'PY'
import json, subprocess, sys, time, urllib.request
port, base, token, samples = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
sub = subprocess.Popen(["mosquitto_sub", "-p", port, "-t", "load/+/probe/state"], stdout=subprocess.PIPE, text=True)
def command(c):
    req = urllib.request.Request(base + "/api/command", data=json.dumps({"command": c}).encode(),
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5).read()
def phase():
    return json.loads(sub.stdout.readline())["chair"]["phase"]
sub.stdout.readline()  # the retained state
command("start"); time.sleep(1.5)
delays = []
for i in range(samples):
    t0 = time.time()
    command("next" if i % 2 == 0 else "back")
    wanted = "Discussion (2 of 2)" if i % 2 == 0 else "Intro slides (1 of 2)"
    while phase() != wanted:
        pass
    delays.append(time.time() - t0)
    time.sleep(1.1)
sub.kill()
delays.sort()
print(f"  median {1000 * delays[len(delays) // 2]:.0f} ms, worst {1000 * delays[-1]:.0f} ms over {len(delays)} keys")
PY

echo "the collected journals:"
same=0
for i in $(seq -w 1 "$ROOMS"); do
  f=$(ls "$work/collected/"*"_room-${i}_"*.jsonl 2>/dev/null | head -1)
  if [ -n "$f" ] && cmp -s "$f" "$work/room$i.jsonl"; then same=$((same + 1)); else echo "  room $i: not identical (${f:-none})"; fi
done
echo "  $same of $ROOMS byte for byte the rooms'"
[ "$same" = "$ROOMS" ]
