#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Regenerates clusters.txt, the word classes of the entity tagger, from
# unlabeled text: the main text of the WCXB development pages (CC BY 4.0)
# and the words of the CoNLL-2003 English training set (never its test
# sets). Neither text is in the repository.
#
#   data/entities/make-clusters.sh [BUILD-DIR] [SHARED-DATA-DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
shared=${2:-$here/../../../shared/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$shared/wcxb-dev/ground-truth" "$tmp/wcxb.txt" <<'PY'
import glob, json, os, sys
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.json'))):
        text = json.load(open(path, encoding='utf-8')).get('ground_truth', {}).get('main_content') or ''
        out.write(text.strip() + '\n\n')
PY
# One sentence per line, as the tagger reads CoNLL text.
awk 'BEGIN { ORS = "" } /^-DOCSTART-/ { next } NF == 0 { print "\n"; next } { print $1 " " }' \
  "$shared/conll2003/eng.train" > "$tmp/conll.txt"

"$build/plugin/entities/winnow-train-entities" --induce-clusters "$here/clusters.txt" \
  --classes 32,128,512 --min-count 3 --iterations 8 --verbose "$tmp/wcxb.txt" "$tmp/conll.txt"
