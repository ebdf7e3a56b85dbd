#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Five-fold cross-validation of the entity tagger on CoNLL-2003 eng.train
# (documents dealt round-robin into folds; each fold tagged by a model
# trained on the other four, with the options of data/entities/train-model.sh):
# an estimate on data no choice was made on, unlike eng.testa.
#
#   bench/entities/cross-validate.sh [BUILD_DIR] [eng.train]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
train=${2:-$repo/../shared/data/conll2003/eng.train}
cache=$repo/bench/.cache/entities/cv
tool=$build/plugin/entities/winnow-train-entities

mkdir -p "$cache"
python3 - "$train" "$cache" <<'PY'
import sys
docs = [d for d in open(sys.argv[1], encoding='utf-8').read().split('-DOCSTART- -X- O O\n') if d.strip()]
for f in range(5):
    for name, keep in (('train', lambda i: i % 5 != f), ('test', lambda i: i % 5 == f)):
        with open(f'{sys.argv[2]}/{name}{f}.conll', 'w', encoding='utf-8') as out:
            out.write(''.join('-DOCSTART- -X- O O\n' + d for i, d in enumerate(docs) if keep(i)))
PY
for f in 0 1 2 3 4; do
  "$tool" --gazetteers "$repo/data/entities/gazetteers" --clusters "$repo/data/entities/clusters.txt" \
    --epochs 10 --seed 3 --ensemble 3 --prune 0.5 -o "$cache/fold$f.model" "$cache/train$f.conll"
  "$tool" --evaluate "$cache/fold$f.model" --dev "$cache/test$f.conll" 2>/dev/null | grep overall | sed "s/^/fold $f /"
done | tee "$cache/results.txt"
awk '{ s += $NF; n++ } END { printf "mean F1 %.2f over %d folds\n", s / n, n }' "$cache/results.txt"
