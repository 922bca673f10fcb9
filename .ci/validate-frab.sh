#!/usr/bin/env bash
# The frab XML export of scripted sessions (two recordings, a skip, items not held; pauses,
# overruns, a message) against the c3voc schedule schema, with xmllint.
# Usage: .ci/validate-frab.sh BINARY SCHEMA.xsd   (needs libxml2-utils; .ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$1
XSD=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for script in tests/fixtures/two-recordings.script tests/fixtures/bpf-afternoon.script; do
  name=$(basename "$script" .script)
  "$BIN" -q simulate --actions "$script" --journal "$work/$name.jsonl" --format frab-xml >"$work/$name.xml"
  xmllint --noout --schema "$XSD" "$work/$name.xml"
done
echo "frab XML export: valid against $(basename "$XSD")"
