#!/usr/bin/env bash
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Set up, build and use Winnow from a fresh Debian 12 checkout.
#
#   tools/dev.sh run [INPUT…]   install the build dependencies, build, and run the
#                               default pipeline (JSON) on INPUT, the seed article
#                               by default
#   tools/dev.sh test           install, build, and run the whole test suite
#   tools/dev.sh deps           only install the Debian packages
#
# Environment: BUILD_DIR (default: build), MESON_ARGS (extra `meson setup`
# arguments, e.g. -Dwerror=true). Installing packages needs root; as
# another user the script uses sudo when it must.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-build}
case "$build_dir" in /*) ;; *) build_dir="$here/$build_dir" ;; esac

packages=(
  build-essential meson ninja-build pkg-config
  libglib2.0-dev libxml2-dev libjson-glib-dev
  gobject-introspection libgirepository1.0-dev gir1.2-glib-2.0 gir1.2-json-1.0
  python3-gi gjs valgrind
)

install_deps () {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing: ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

build () {
  if [ ! -f "$build_dir/build.ninja" ]; then
    # shellcheck disable=SC2086
    meson setup "$build_dir" "$here" ${MESON_ARGS:-} >&2
  elif [ -n "${MESON_ARGS:-}" ]; then
    # shellcheck disable=SC2086
    meson configure "$build_dir" ${MESON_ARGS} >&2
  fi
  meson compile -C "$build_dir" >&2
}

command=${1:-run}
[ $# -gt 0 ] && shift
case "$command" in
  deps)
    install_deps
    ;;
  run)
    install_deps
    build
    inputs=("$@")
    if [ ${#inputs[@]} -eq 0 ]; then
      cd "$here"
      inputs=("seeds/000_e6ebd894ec813c3a.txt")
    fi
    meson devenv -C "$build_dir" --workdir "$PWD" winnow run "${inputs[@]}"
    ;;
  test)
    install_deps
    build
    meson test -C "$build_dir" --print-errorlogs "$@"
    ;;
  *)
    sed -n '4,15p' "${BASH_SOURCE[0]}" >&2
    exit 2
    ;;
esac
