#!/usr/bin/env bash
# Makes assets/fonts/chairtime-heavy.ttf: the heavy face of the projector's big figure and state
# word (docs/fonts.md) — Noto Sans Bold (SIL Open Font License 1.1, assets/fonts/OFL.txt) cut to
# the characters those need: digits, ":+−", and Latin letters with the accents of the languages
# chairtime speaks, so a word in French or German keeps one face. Needs Debian's fonts-noto-core
# and python3-fonttools (run with /usr/bin/python3, not another Python without fontTools).
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf}
[ -f "$src" ] || { echo "no $src: apt install fonts-noto-core" >&2; exit 1; }
# Basic Latin, Latin-1, Latin Extended-A, the minus sign, dashes, the ellipsis, the middle dot.
/usr/bin/python3 -m fontTools.subset "$src" \
  --unicodes="U+0020-007E,U+00A0-017F,U+2212,U+2013,U+2014,U+2026,U+00B7" \
  --layout-features='kern,tnum,lnum' --no-hinting --desubroutinize \
  --name-IDs='*' --name-legacy --name-languages='*' \
  --output-file=assets/fonts/chairtime-heavy.ttf
ls -l assets/fonts/chairtime-heavy.ttf
