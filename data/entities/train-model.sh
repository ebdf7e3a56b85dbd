#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Regenerates entities.model, the model of the entities filter, from the
# CoNLL-2003 English training set (which is not in the repository) and the
# gazetteer lists and word classes of this folder; the confidence scores
# are calibrated on eng.testa. The same inputs always give the same file.
#
#   data/entities/train-model.sh [BUILD-DIR] [eng.train] [eng.testa]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
train=${2:-$here/../../../shared/data/conll2003/eng.train}
testa=${3:-$here/../../../shared/data/conll2003/eng.testa}
"$build/plugin/entities/winnow-train-entities" \
  --gazetteers "$here/gazetteers" --clusters "$here/clusters.txt" \
  --epochs 10 --seed 3 --ensemble 3 --prune 0.5 --calibrate "$testa" \
  --output "$here/entities.model" "$train"
