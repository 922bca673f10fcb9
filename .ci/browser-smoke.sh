#!/usr/bin/env bash
# The speaker link and the remote in a real browser. Starts the real app with --share under a
# virtual X server, starts the session through the HTTP API, opens the speaker link in headless
# Chromium and compares its digits and state with `chairtime status` on the same journal, takes
# phone-, projector- and 4K-sized screenshots, then clicks "Next" on the remote page through
# ChromeDriver: the journal must record that next as coming from the remote. Then kills the app
# (kill -9) and checks that the speaker page says "Connection lost" within 5 s, starts it again
# without --share, resumes (Enter): the session is shared again with the same links, the same
# page comes back by itself and the old remote link commands. Then renders the HTML report
# of a scripted afternoon to a screenshot (not blank) and prints it to PDF, and prints the running
# order (`check --format html`) on one page.
# Usage: .ci/browser-smoke.sh [BINARY]   (default target/debug/chairtime). Needs xvfb, x11-utils, xdotool,
# chromium, chromium-driver, curl, python3 and imagemagick (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/debug/chairtime}
work=$(mktemp -d)
shots=${SMOKE_SHOTS:-$work}
app_pid="" driver_pid="" xvfb_pid=""
cleanup() {
  for p in "$app_pid" "$driver_pid" "$xvfb_pid"; do [ -n "$p" ] && kill -9 "$p" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "BROWSER SMOKE FAIL: $*" >&2; [ -f "$work/app.log" ] && sed 's/^/  app: /' "$work/app.log" >&2; exit 1; }
wait_for() { local t=$1; shift; local end=$((SECONDS + t)); until "$@" >/dev/null 2>&1; do [ $SECONDS -lt $end ] || return 1; sleep 0.2; done; }
browser() {
  chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$(mktemp -d -p "$work")" "$@" 2>>"$work/chromium.log"
}

export DISPLAY=:95
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
wait_for 20 xdpyinfo || fail "Xvfb did not start"
printf 'pcm.!default { type null }\n' >"$work/alsa.conf"
export ALSA_CONFIG_PATH="$work/alsa.conf" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work"
journal_dir="$work/data/chairtime/journals"
journal() { ls -t "$journal_dir"/*.jsonl 2>/dev/null | head -1; }

echo "== start the app with --share"
"$BIN" --share >"$work/app.out" 2>"$work/app.log" &
app_pid=$!
wait_for 60 grep -q '^Remote' "$work/app.out" || fail "the app printed no links"
cat "$work/app.out"
view=$(sed -n 's/^Speaker link: //p' "$work/app.out")
remote=$(sed -n 's/^Remote (keep it private): //p' "$work/app.out")
base=${view%%/?token=*}
control=${remote##*token=}
wait_for 30 test -n "$(journal)" || fail "no journal"

echo "== a wrong token changes nothing"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer 00000000000000000000000000000000' \
  -d '{"command":"start"}' "$base/api/command")
[ "$code" = 403 ] || fail "a wrong token got $code, not 403"
grep -q '"type":"start"' "$(journal)" && fail "a wrong token started the session"

echo "== start through the API"
curl -sf -H "Authorization: Bearer $control" -H 'Content-Type: application/json' -d '{"command":"start"}' "$base/api/command" || fail "start refused"
echo
wait_for 10 grep -q '"type":"start"' "$(journal)" || fail "the API's start is not in the journal"

echo "== the speaker link in Chromium shows what status shows"
chromedriver --port=9515 >"$work/driver.log" 2>&1 &
driver_pid=$!
wait_for 20 curl -sf http://127.0.0.1:9515/status || fail "chromedriver did not start"
python3 .ci/webdriver.py http://127.0.0.1:9515 read "$view" '#big' '#state' >"$work/page.txt" \
  || fail "chromium could not show the speaker link"
status=$("$BIN" status "$(journal)")
echo "$status" | grep Speaker
python3 - "$work/page.txt" "$status" <<'PY' || fail "the page and status disagree"
import sys
big, state = open(sys.argv[1]).read().split("\n")[:2]
status = sys.argv[2]
line = next(l for l in status.splitlines() if l.strip().startswith("Speaker"))
digits, word = line.split()[1], line.split("·")[1].strip()
print(f"page: {big} {state}   status: {digits} {word}")
secs = lambda s: sum(int(x) * 60 ** i for i, x in enumerate(reversed(s.lstrip("+").split(":"))))
assert big and state, "the page shows no digits or state"
assert state == word, f"state {state!r} != {word!r}"
assert abs(secs(big) - secs(digits)) <= 2, f"digits {big} vs {digits}"
PY
# The DOM as Chromium has it after its scripts ran, for the artefacts.
browser --timeout=5000 --dump-dom "$view" >"$shots/speaker-dom.html" || true

echo "== screenshots: phone, projector, 4K; the remote on a phone"
browser --timeout=4000 --window-size=390,844 --screenshot="$shots/speaker-phone.png" "$view"
browser --timeout=4000 --window-size=1280,720 --screenshot="$shots/speaker-720p.png" "$view"
browser --timeout=4000 --window-size=3840,2160 --screenshot="$shots/speaker-4k.png" "$view"
browser --timeout=4000 --window-size=390,844 --screenshot="$shots/remote-phone.png" "$remote"
for s in speaker-phone speaker-720p speaker-4k remote-phone; do
  [ -s "$shots/$s.png" ] || fail "no screenshot $s"
done

echo "== a click on Next in the remote page moves the engine, marked as remote"
python3 .ci/webdriver.py http://127.0.0.1:9515 click "$remote" '#next' "$shots/remote-after-next.png" || fail "the click failed"
wait_for 10 grep -q '"command":{"type":"next"},"by":"remote"' "$(journal)" || fail "the remote's next is not in the journal"
"$BIN" status "$(journal)" | grep -E 'Phase|Speaker'
echo "== the page says so within 5 s when the laptop goes away"
python3 .ci/webdriver.py http://127.0.0.1:9515 survive "$view" '#status' 'Connection lost' 60 >"$work/lost.txt" &
watcher=$!
wait_for 30 grep -q ready "$work/lost.txt" || fail "the speaker page did not show a state"
killed=$(date +%s.%N)
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
wait_for 20 sh -c '[ "$(wc -l <"$1")" -ge 2 ]' _ "$work/lost.txt" || fail "the page never said the connection was lost"
said=$(sed -n 2p "$work/lost.txt")
awk -v k="$killed" -v s="$said" 'BEGIN { printf "said after %.1f s\n", s - k; exit !(s - k <= 5.5) }' \
  || fail "the page took more than 5 s to say the connection was lost"

echo "== started again (without --share) and resumed: shared again with the same links, the open page comes back"
"$BIN" >"$work/app2.out" 2>"$work/app.log" &
app_pid=$!
chair=$(timeout 60 xdotool search --sync --onlyvisible --name '^chairtime$' | head -1)
[ -n "$chair" ] || fail "no window after the restart"
wait_for 20 xdotool windowfocus --sync "$chair" || fail "cannot focus the chair window"
sleep 1
xdotool key Return  # the resume question: Enter resumes
wait_for 30 grep -q '^Sharing again' "$work/app2.out" || fail "the resumed session was not shared again"
cat "$work/app2.out"
grep -qF "Speaker link: $view" "$work/app2.out" || fail "the speaker link changed across the restart"
grep -qF "Remote (keep it private): $remote" "$work/app2.out" || fail "the remote link changed across the restart"
wait "$watcher" || fail "the open speaker page did not come back by itself"
back=$(grep '^back' "$work/lost.txt")
echo "page: $back"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $control" -H 'Content-Type: application/json' \
  -d '{"command":"next"}' "$base/api/command")
[ "$code" = 200 ] || fail "the old remote link got $code after the restart"
wait_for 10 sh -c '[ "$(grep -c "\"command\":{\"type\":\"next\"},\"by\":\"remote\"" "$1")" -ge 2 ]' _ "$(journal)" \
  || fail "the old remote's next is not in the resumed journal"
kept=$(ls "$XDG_RUNTIME_DIR/chairtime"/share-*.json)
[ "$(stat -c %a "$kept")" = 600 ] || fail "the kept links are not private (mode $(stat -c %a "$kept"))"
grep -qF "$control" "$(journal)" && fail "the journal holds the remote's token"
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
echo "== the report page renders in a real browser, on screen and as a PDF"
"$BIN" simulate --actions tests/fixtures/bpf-afternoon.script --journal "$work/afternoon.jsonl" >/dev/null
"$BIN" report "$work/afternoon.jsonl" --format html -o "$work/report.html"
browser --window-size=1280,1800 --screenshot="$shots/report.png" "file://$work/report.html" >/dev/null
CONVERT=$(command -v /usr/bin/convert || command -v convert)
deviation=$("$CONVERT" "$shots/report.png" -format '%[fx:standard_deviation]' info:)
awk -v s="$deviation" 'BEGIN { exit !(s > 0.05) }' || fail "the report page rendered blank (deviation $deviation)"
browser --no-pdf-header-footer --print-to-pdf="$work/report.pdf" "file://$work/report.html" >/dev/null
[ "$(head -c 5 "$work/report.pdf")" = "%PDF-" ] || fail "the report page did not print to PDF"
echo "report page: rendered (deviation $deviation), printed ($(wc -c <"$work/report.pdf") bytes of PDF)"
echo "== the running order for the chair's clipboard prints on one page"
"$BIN" check --format html >"$work/order.html"
browser --no-pdf-header-footer --print-to-pdf="$work/order.pdf" "file://$work/order.html" >/dev/null
pages=$(grep -a -o '/Count [0-9]*' "$work/order.pdf" | head -1 | grep -o '[0-9]*')
[ "$pages" = 1 ] || fail "the running order printed on ${pages:-?} pages, not one"
echo "running order: one page"
echo "browser smoke: 1 passed, 0 failed"
