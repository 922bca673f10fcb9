#!/usr/bin/env bash
# Builds chairtime's Debian package: target/debian/chairtime_<version>-1_<arch>.deb.
#   scripts/package.sh            build it
#   scripts/package.sh --install  build it, then install it with apt (asks for sudo when not root)
# Needs Rust (cargo) and a C linker; installs cargo-deb from crates.io when it is missing.
# The man pages, completions and icons come from the binary itself (`chairtime package-files`):
# nothing of them is written by hand. docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."

install=""
case "${1:-}" in
  --install) install=1 ;;
  "") ;;
  *) echo "usage: scripts/package.sh [--install]" >&2; exit 2 ;;
esac

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
# dpkg-shlibdeps (dpkg-dev) works out the package's dependencies from the binary; without it the
# package would not name the ALSA library it needs.
if ! command -v dpkg-shlibdeps >/dev/null 2>&1; then
  if [ -n "$install" ]; then
    $sudo apt-get install -y dpkg-dev
  else
    echo "scripts/package.sh: dpkg-shlibdeps is missing: sudo apt install dpkg-dev" >&2
    exit 1
  fi
fi

if ! cargo deb --version >/dev/null 2>&1; then
  echo "== installing cargo-deb (once)"
  cargo install cargo-deb --locked --version "^3"
fi

echo "== building chairtime (release)"
cargo build --release --locked

echo "== man pages, completions and icons from the binary"
files=target/package-files
rm -rf "$files"
"${CARGO_TARGET_DIR:-target}/release/chairtime" package-files "$files"
gzip -9n "$files"/man/*.1

echo "== the package"
args=(--no-build --locked)
# Debian's usual variables name who built the package, when set.
if [ -n "${DEBEMAIL:-}" ]; then args+=(--maintainer "${DEBFULLNAME:-chairtime packager} <$DEBEMAIL>"); fi
deb=$(cargo deb "${args[@]}" | tail -1)
echo "$deb"

if [ -n "$install" ]; then
  # apt (not dpkg -i) fetches the dependencies; the package's triggers add the menu entry, the
  # icon, the file types and the man page.
  $sudo apt-get install -y "$(realpath "$deb")"
fi
