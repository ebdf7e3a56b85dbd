#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Builds bp-bench (bp-bench.c + the boilerplate plugin's sources, linked to
# the libwinnow of a meson build directory).
#
#   bench/boilerplate/build-driver.sh BUILD_DIR OUTPUT
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$1
output=$2
plugin=$repo/plugin/boilerplate

mkdir -p "$(dirname "$output")"
# shellcheck disable=SC2046
cc -std=c11 -O2 -g -Wall -Wno-unused-parameter \
  -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74 \
  -I"$repo" -I"$build" -I"$build/winnow" -I"$plugin" \
  $(pkg-config --cflags glib-2.0 gio-2.0 gmodule-2.0 libxml-2.0 json-glib-1.0) \
  "$here/bp-bench.c" \
  "$plugin/winnow-boilerplate-filter.c" "$plugin/bp-features.c" "$plugin/bp-page-kind.c" "$plugin/bp-context.c" "$plugin/bp-text-stats.c" "$plugin/bp-script-notice.c" \
  "$plugin/bp-class-words.c" "$plugin/bp-section-words.c" "$plugin/bp-word-index.c" "$plugin/bp-stopwords.c" "$plugin/bp-model.c" "$plugin/bp-lexicon.c" "$plugin/bp-trees.c" "$plugin/bp-title.c" "$plugin/bp-line-context.c" \
  -L"$build/winnow" -lwinnow-1 -Wl,-rpath,"$build/winnow" \
  $(pkg-config --libs glib-2.0 gio-2.0 gmodule-2.0 libxml-2.0 json-glib-1.0) -lm \
  -o "$output"
