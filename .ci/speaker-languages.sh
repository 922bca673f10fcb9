#!/usr/bin/env bash
# The speaker link in the speaker's language, in a real browser (docs/l10n.md): a headless room
# started with --speaker-language ar serves a page that Chromium lays out right to left
# (<html lang="ar" dir="rtl">) with the Arabic state word; the remote's "language" command turns it
# to Japanese, and the page follows by itself. Takes a screenshot of each (SMOKE_SHOTS=DIR keeps
# them). Usage: .ci/speaker-languages.sh [BINARY]  (default target/debug/chairtime). Needs chromium
# and curl (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/debug/chairtime}
work=$(mktemp -d)
shots=${SMOKE_SHOTS:-$work}
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "SPEAKER LANGUAGES FAIL: $*" >&2; [ -f "$work/app.err" ] && sed 's/^/  app: /' "$work/app.err" >&2; exit 1; }
wait_for() { local t=$1; shift; local end=$((SECONDS + t)); until "$@" >/dev/null 2>&1; do [ $SECONDS -lt $end ] || return 1; sleep 0.2; done; }
browser() {
  chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$(mktemp -d -p "$work")" "$@" 2>>"$work/chromium.log"
}
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work"

echo "== a headless room whose speaker reads Arabic"
"$BIN" --headless --port 0 --speaker-language ar --rehearse >"$work/app.out" 2>"$work/app.err" &
app_pid=$!
wait_for 60 grep -q '^Remote' "$work/app.out" || fail "the room printed no links"
view=$(sed -n 's/^Speaker link: //p' "$work/app.out")
remote=$(sed -n 's/^Remote (keep it private): //p' "$work/app.out")
base=${view%%/?token=*}
control=${remote##*token=}
curl -sf -H "Authorization: Bearer $control" -H 'Content-Type: application/json' -d '{"command":"start"}' "$base/api/command" >/dev/null \
  || fail "start refused"

page() { browser --timeout=5000 --dump-dom "$view" >"$work/dom.html" 2>/dev/null || true; }
has() { page; grep -q "$1" "$work/dom.html"; }
wait_for 30 has 'dir="rtl"' || fail "the page is not laid out right to left: $(head -c 300 "$work/dom.html")"
grep -q '<html lang="ar" dir="rtl"' "$work/dom.html" || fail "no lang=ar on the page"
grep -q 'في الوقت' "$work/dom.html" || fail "the Arabic state word is not on the page"
browser --timeout=4000 --window-size=1280,720 --screenshot="$shots/speaker-rtl.png" "$view" || true
[ -s "$shots/speaker-rtl.png" ] || fail "no screenshot of the Arabic page"
echo "right to left, in Arabic: ok"

echo "== the remote turns it to Japanese"
curl -sf -H "Authorization: Bearer $control" -H 'Content-Type: application/json' \
  -d '{"command":"language","lang":"ja"}' "$base/api/command" >/dev/null || fail "language refused"
wait_for 30 has '予定どおり' || fail "the page did not turn to Japanese"
grep -q '<html lang="ja" dir="ltr"' "$work/dom.html" || fail "lang/dir did not follow"
browser --timeout=4000 --window-size=1280,720 --screenshot="$shots/speaker-ja.png" "$view" || true
echo "Japanese: ok"
