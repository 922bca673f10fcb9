#!/usr/bin/env bash
# The conference bus against a real broker: tests/conference_bus.rs starts Debian's Mosquitto for
# each test (plain; TLS with a test certificate authority made by openssl; passwords and an ACL
# that lets a room write only its own topics; a broker killed mid-session) and checks that
# `chairtime collect` ends with every room's journal byte for byte. These tests are #[ignore]d in a
# plain `cargo test`, which a fresh machine without Mosquitto runs (it runs the embedded broker's).
# Usage: .ci/conference-bus.sh   Needs mosquitto and openssl (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/sbin/mosquitto >/dev/null || { echo "mosquitto is missing: apt-get install mosquitto" >&2; exit 1; }
cargo test --locked --test conference_bus -- --ignored
