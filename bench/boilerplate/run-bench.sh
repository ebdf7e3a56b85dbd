#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The boilerplate benchmark on the WCXB development split:
#   accuracy (word F1, shingle F1, title match per page type) for HTML input
#   and for flattened-text input, Readability.js next to it, the speed of
#   winnow (read + boilerplate, one thread), Readability.js + linkedom and
#   libxml2's bare parse, and winnow's peak memory on 1,000 pages at -j 1.
#
#   bench/boilerplate/run-bench.sh [BUILD_DIR]      (default: build-boilerplate)
#
# Environment: WCXB (default ../shared/data/wcxb-dev next to the repo),
# SKIP_READABILITY=1 to leave Readability.js out, CV=1 to add the
# domain-grouped cross-validated accuracy (retrains the fold models).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$repo/build-boilerplate}" && pwd)
wcxb=${WCXB:-$repo/../shared/data/wcxb-dev}
cache=$repo/bench/.cache
py=/usr/bin/python3

mkdir -p "$cache/wcxb/html" "$cache/results"
out=$cache/results

echo "== pages"
if [ "$(ls "$cache/wcxb/html" | wc -l)" -lt "$(ls "$wcxb/html" | wc -l)" ]; then
  for f in "$wcxb"/html/*.html.gz; do
    b=$(basename "$f" .gz)
    [ -e "$cache/wcxb/html/$b" ] || gzip -dc "$f" > "$cache/wcxb/html/$b"
  done
fi
mkdir -p "$cache/wcxb/first1000"
ls "$cache/wcxb/html" | sort | head -1000 | while read -r f; do
  ln -sf "$cache/wcxb/html/$f" "$cache/wcxb/first1000/$f"
done

echo "== build the driver"
"$here/build-driver.sh" "$build" "$cache/bp-bench"
export WINNOW_DATA_PATH=$repo/data
export LD_LIBRARY_PATH=$build/winnow${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}

echo "== flatten (HTML reader, no boilerplate removal, one block per line)"
"$cache/bp-bench" flatten "$cache/wcxb/html" "$cache/wcxb/flat"

echo "== winnow, HTML input"
"$cache/bp-bench" run "$cache/wcxb/html" "$out/winnow-html.jsonl" | tee "$out/speed-winnow.json"
$py "$here/score.py" --data "$wcxb" "$out/winnow-html.jsonl"

echo "== winnow, flattened-text input"
"$cache/bp-bench" run "$cache/wcxb/flat" "$out/winnow-text.jsonl" > /dev/null
$py "$here/score.py" --data "$wcxb" "$out/winnow-text.jsonl"

if [ "${CV:-0}" = 1 ]; then
  echo "== cross-validation, 5 folds grouped by domain"
  "$here/cross-validate.sh" "$build"
fi

echo "== libxml2 bare parse"
"$cache/bp-bench" parse "$cache/wcxb/html" | tee "$out/speed-libxml2.json"

if [ "${SKIP_READABILITY:-0}" != 1 ]; then
  echo "== Readability.js + linkedom"
  mkdir -p "$cache/readability"
  cp "$here/readability/package.json" "$here/readability/package-lock.json" "$here/readability/run.mjs" "$cache/readability/"
  (cd "$cache/readability" && npm ci --no-audit --no-fund --silent)
  node "$cache/readability/run.mjs" "$cache/wcxb/html" "$out/readability.jsonl" | tee "$out/speed-readability.json"
  $py "$here/score.py" --data "$wcxb" "$out/readability.jsonl"
  $py - "$out" <<'EOF'
import json, sys
d = sys.argv[1]
w = json.load(open(d + "/speed-winnow.json"))["pages_per_second"]
r = json.load(open(d + "/speed-readability.json"))["pages_per_second"]
x = json.load(open(d + "/speed-libxml2.json"))["pages_per_second"]
print("pages/s: winnow %.1f, Readability.js %.1f, libxml2 parse %.1f; winnow/Readability %.2fx, libxml2/Readability %.2fx"
      % (w, r, x, w / r, x / r))
EOF
fi

echo "== peak memory, 1,000 pages, one thread"
if [ -x "$build/tools/winnow" ]; then
  WINNOW_PLUGIN_PATH=$build/plugin /usr/bin/time -v "$build/tools/winnow" run -j 1 -p boilerplate -f jsonl \
    "$cache/wcxb/first1000" 2> "$out/time-cli.txt" > "$out/cli-first1000.jsonl" || true
  grep -E "Maximum resident|Elapsed|Exit status" "$out/time-cli.txt"
else
  echo "no $build/tools/winnow: memory not measured"
fi
