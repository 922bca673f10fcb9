#!/usr/bin/env bash
# The browser's timing code (assets/web/timing.js, loaded by the speaker page and the remote) under
# its tests in a real browser: opens tests/web/timing-test.html in headless Chromium and reads the
# verdict the page writes ("PASS n" or "FAIL n" with each failure).
# Usage: .ci/timing-js.sh   Needs chromium (.ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
page="file://$(pwd)/tests/web/timing-test.html"
dom=$(timeout 120 chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --timeout=5000 --dump-dom "$page" 2>/dev/null) || true
verdict=$(printf '%s\n' "$dom" | sed -n '/<pre id="result">/,/<\/pre>/p' | sed 's/<[^>]*>//g')
printf '%s\n' "$verdict"
case "$verdict" in
  PASS*) exit 0 ;;
  *) echo "TIMING.JS TESTS FAILED (or the page did not finish)" >&2; exit 1 ;;
esac
