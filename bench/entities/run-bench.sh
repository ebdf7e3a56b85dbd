#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The entity benchmark on CoNLL-2003 eng.testa: conlleval-style accuracy of
# the entities filter, its speed on one thread, load time and memory, and
# compromise (npm, versions pinned by package-lock.json, installed into
# bench/.cache) on the same documents in the same run.
#
#   bench/entities/run-bench.sh [BUILD_DIR] [CONLL_FILE]
#
# Environment: SKIP_COMPROMISE=1 leaves compromise out.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
conll=${2:-$repo/../shared/data/conll2003/eng.testa}
cache=$repo/bench/.cache/entities
plugin=$repo/plugin/entities

mkdir -p "$cache"

echo "== build the driver"
# shellcheck disable=SC2046
cc -std=c11 -O2 -g -Wall -Wno-unused-parameter \
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74 \
  -I"$repo" -I"$build" -I"$build/winnow" -I"$plugin" \
  $(pkg-config --cflags glib-2.0 gio-2.0 gmodule-2.0 libxml-2.0 json-glib-1.0) \
  "$here/bench-entities.c" "$build/plugin/entities/libwinnow-entities-core.a" \
  -L"$build/winnow" -lwinnow-1 -Wl,-rpath,"$build/winnow" \
  $(pkg-config --libs glib-2.0 gio-2.0 gmodule-2.0 libxml-2.0 json-glib-1.0) -lm \
  -o "$cache/bench-entities"

echo "== winnow"
WINNOW_PLUGIN_PATH=$build/plugin WINNOW_PLUGIN_SYSTEM_PATH= WINNOW_DATA_PATH=$repo/data \
  "$cache/bench-entities" --export "$cache/docs.jsonl" "$conll"

if [ "${SKIP_COMPROMISE:-0}" = 1 ]; then
  exit 0
fi
echo "== compromise"
cp "$here/compromise/package.json" "$here/compromise/package-lock.json" "$here/compromise/run.mjs" "$cache/"
(cd "$cache" && npm ci --no-audit --no-fund --silent)
node "$cache/run.mjs" "$cache/docs.jsonl"
