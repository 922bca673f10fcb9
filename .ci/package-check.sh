#!/usr/bin/env bash
# The Debian package as a user gets it: build it with scripts/package.sh, extract it into a
# temporary root (nothing is installed on this machine), run the extracted binary, and validate
# what the desktop reads: the desktop entry (desktop-file-validate), the AppStream metainfo
# (appstreamcli), the man pages (man --warnings), the completions (bash -n, zsh -n), the icons'
# sizes and the file types (update-mime-database, then gio names a frab schedule.xml by our type).
# Usage: .ci/package-check.sh. Needs desktop-file-utils, appstream, man-db, dpkg-dev,
# shared-mime-info, libglib2.0-bin and zsh (.ci/run installs them). docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "PACKAGE FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
id=io.github.chairtime.Chairtime

scripts/package.sh
deb=$(ls -t target/debian/chairtime_*.deb | head -1)
echo "== $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'
dpkg-deb --field "$deb" Depends | grep -q "libasound2" || fail "the package does not depend on the ALSA runtime library"
root="$work/root"
dpkg-deb -x "$deb" "$root"

echo "== the extracted binary"
bin="$root/usr/bin/chairtime"
"$bin" --version | tee "$work/version.txt"
grep -Eq '^chairtime [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{7,}\)$' "$work/version.txt" \
  || fail "--version does not name the version and the commit"
"$bin" check >"$work/check.txt" || fail "the extracted binary's check failed"
grep -q "BPF Microconference" "$work/check.txt" || fail "check did not print the bundled session"

echo "== desktop entry"
desktop="$root/usr/share/applications/$id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -q '^Exec=chairtime %f$' "$desktop" || fail "the desktop entry does not pass the file"

echo "== AppStream metainfo"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"

echo "== man pages"
pages=("$root"/usr/share/man/man1/*.1.gz)
[ ${#pages[@]} -ge 7 ] || fail "expected chairtime.1 and a page per command, found ${#pages[@]}"
for page in "${pages[@]}"; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
  [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done
manual=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$root/usr/share/man/man1/chairtime.1.gz" 2>/dev/null)
grep -q "journals" <<<"$manual" || fail "chairtime.1 does not say where the journals are"

echo "== completions"
bash -n "$root/usr/share/bash-completion/completions/chairtime" || fail "bash completion"
bash -c ". '$root/usr/share/bash-completion/completions/chairtime' && complete -p chairtime" >/dev/null \
  || fail "the bash completion does not register for chairtime"
if command -v zsh >/dev/null; then zsh -n "$root/usr/share/zsh/vendor-completions/_chairtime" || fail "zsh completion"; fi
if command -v fish >/dev/null; then fish -n "$root/usr/share/fish/vendor_completions.d/chairtime.fish" || fail "fish completion"; fi
[ -s "$root/usr/share/fish/vendor_completions.d/chairtime.fish" ] || fail "no fish completion"

echo "== icons"
[ -s "$root/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"
for size in 16 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
  [ -s "$png" ] || fail "no ${size}x${size} icon"
  # The PNG header's width and height (bytes 16-23, big-endian).
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "the ${size}x${size} icon is ${w}x${h}"
done

echo "== file types"
mkdir -p "$work/data/mime/packages" "$work/files"
cp "$root/usr/share/mime/packages/$id.xml" "$work/data/mime/packages/"
XDG_DATA_HOME="$work/data" update-mime-database "$work/data/mime"
cp tests/fixtures/import/devroom.xml "$work/files/schedule.xml"
cp tests/fixtures/import/pretalx.json "$work/files/schedule.json"
cp assets/schedules/lpc2019-bpf.toml "$work/files/bpf.chairtime.toml"
cp tests/fixtures/import/pretalx.ics "$work/files/talks.ics"
type_of() { XDG_DATA_HOME="$work/data" XDG_DATA_DIRS=/usr/share gio info -a standard::content-type "$1" | sed -n 's/.*content-type: //p'; }
for pair in schedule.xml:application/x-frab-schedule+xml schedule.json:application/x-frab-schedule+json \
  bpf.chairtime.toml:application/x-chairtime-session+toml talks.ics:text/calendar; do
  file=${pair%%:*}; want=${pair#*:}
  got=$(type_of "$work/files/$file")
  [ "$got" = "$want" ] || fail "$file is $got, not $want"
  grep -q "MimeType=.*$want;" "$desktop" || fail "the desktop entry does not open $want"
  echo "$file: $got"
done
echo "package: 1 passed, 0 failed"
