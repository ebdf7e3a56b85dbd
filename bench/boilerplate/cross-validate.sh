#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Trains the boilerplate models on WCXB dev and measures them honestly:
# 5 folds grouped by domain (no page's domain in its own training folds);
# each fold's model runs, through the real C filter, on the pages held out
# of it, and the held-out outputs are scored together. For HTML, the second
# look (bp-context.c) is stacked on the block model: it learns from
# held-out probabilities. Fold K's second look learns from the other folds'
# pages, each seen by a block model trained without it and without fold K
# (nested: train.py --nested), so nothing it learns from has seen fold K;
# the final one (--install) learns from every page seen by the fold model
# that did not train on it. NESTED=0 skips the nested models (four times
# fewer trainings; the fold models' own held-out rows then feed every
# fold's second look, which leaks fold K into its second look a little).
# The nested models are single networks (NESTED_SEEDS=1) to save time:
# the second look of the CV then learns from noisier probabilities than
# the shipped one, which errs on the safe side. With --install, the final models (trained on every page) are
# written to data/boilerplate/, with the HTML model's learned lexicon
# (each fold's lexicon is learned from its training pages only).
# SECOND_LOOK=learned trains that second look; the default, identity,
# passes the blend of network and trees through: learned, it scored the
# same in CV (0.867 both ways), and the identity cannot leak.
# For HTML, gradient-boosted trees (TREES of them, default 100; 0: none)
# are trained beside every block network, nested ones too (NESTED_TREES,
# default 100, to save time like NESTED_SEEDS), and blended with it
# (TREES_BLEND, default 0.8: the trees' share of the log-odds); the C evaluator is
# checked against sklearn on each fold's held-out rows; TREE_OPTS passes
# the HTML trees' settings to train.py (--tree-leaves, --tree-min-leaf,
# --tree-l2, --tree-rate; default "--tree-min-leaf 80 --tree-l2 5", the
# shipped ones, with 31 leaves and rate 0.1); REUSE_NETWORKS=DIR reads the fold networks
# (and model-html.txt for --install) from a former run's DIR instead of
# training them again (same features and seeds: the same networks), to
# try other trees quickly. CACHE (default
# bench/.cache) is where the pages are and the runs go; INSTALL_DIR
# (default data/boilerplate) where --install writes.
#
#   bench/boilerplate/cross-validate.sh BUILD_DIR [--install]
# Run run-bench.sh once first (it unpacks and flattens the pages).
# KINDS="html" (or "text") limits the run to one input; the driver is
# rebuilt from the current sources every time.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "$1" && pwd)
install=${2:-}
wcxb=${WCXB:-$repo/../shared/data/wcxb-dev}
cache=${CACHE:-$repo/bench/.cache}
install_dir=${INSTALL_DIR:-$repo/data/boilerplate}
trees=${TREES:-100}
second_look=${SECOND_LOOK:-identity}
# nested block models only feed a learned second look
if [ "$second_look" = learned ]; then nested=${NESTED:-1}; else nested=${NESTED:-0}; fi
py=/usr/bin/python3
folds=5

"$here/build-driver.sh" "$build" "$cache/bp-bench"
export WINNOW_DATA_PATH=$repo/data
export LD_LIBRARY_PATH=$build/winnow${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}

# the trees beside a fold's model, if any (else the filter's installed ones)
trees_arg() {
  if [ -e "$1.trees" ]; then echo "--html-trees $1.trees"; fi
}

for kind in ${KINDS:-html text}; do
  if [ $kind = html ]; then pages=$cache/wcxb/html; ext=html; else pages=$cache/wcxb/flat; ext=txt; fi
  echo "== $kind: features"
  "$cache/bp-bench" features "$pages" "$cache/features-$kind.tsv"
  cv=$cache/cv-$kind
  rm -rf "$cv"
  args=(--kind $kind --data "$wcxb" --cv-dir "$cv" --folds $folds)
  [ $kind = html ] && [ "$nested" = 1 ] && args+=(--nested --nested-seeds "${NESTED_SEEDS:-1}")
  [ $kind = html ] && [ "$trees" != 0 ] &&
    args+=(--trees "$trees" --nested-trees "${NESTED_TREES:-100}" --trees-blend "${TREES_BLEND:-0.8}"
           --check-trees "$cache/bp-bench")
  # TREE_OPTS: the HTML trees' settings (the shipped ones by default)
  # shellcheck disable=SC2206
  [ $kind = html ] && [ "$trees" != 0 ] && args+=(${TREE_OPTS---tree-min-leaf 80 --tree-l2 5})
  [ $kind = html ] && [ -n "${REUSE_NETWORKS:-}" ] && args+=(--reuse-networks "$REUSE_NETWORKS")
  [ "$install" = --install ] && args+=(--out "$install_dir/model-$kind.txt")
  $py "$here/train.py" "$cache/features-$kind.tsv" "${args[@]}"
  for k in $(seq 0 $((folds - 1))); do
    mkdir -p "$cv/fold$k"
    while read -r id; do
      [ -n "$id" ] && ln -sf "$pages/$id.$ext" "$cv/fold$k/$id.$ext"
    done < "$cv/fold$k.pages"
  done
  run_args=()
  if [ $kind = html ] && [ "$second_look" = identity ]; then
    ctx=$cache/cv-ctx
    rm -rf "$ctx"
    mkdir -p "$ctx"
    for k in $(seq 0 $((folds - 1))); do
      "$cache/bp-bench" identity-context "$ctx/fold$k.model"
    done
    if [ "$install" = --install ]; then
      "$cache/bp-bench" identity-context "$install_dir/model-html-context.txt"
    fi
  elif [ $kind = html ]; then
    # the second look learns from the block models' held-out probabilities:
    # each fold's pages seen by the model that did not train on them
    echo "== html: second look (context) rows and models"
    ctx=$cache/cv-ctx
    rm -rf "$ctx"
    mkdir -p "$ctx"
    for k in $(seq 0 $((folds - 1))); do
      "$cache/bp-bench" context --html-model "$cv/fold$k.model" --lexicon "$cv/fold$k.lexicon" \
        $(trees_arg "$cv/fold$k") "$cv/fold$k" "$cv/fold$k.ctx.tsv"
    done
    { head -1 "$cv/fold0.ctx.tsv"; for k in $(seq 0 $((folds - 1))); do tail -n +2 "$cv/fold$k.ctx.tsv"; done; } \
      > "$cache/features-html-context.tsv"
    ctx_args=(--kind html-context --hidden 0 --data "$wcxb")
    if [ "$nested" = 1 ]; then
      for k in $(seq 0 $((folds - 1))); do
        for j in $(seq 0 $((folds - 1))); do
          [ $j = $k ] && continue
          "$cache/bp-bench" context --html-model "$cv/fold$k-$j.model" --lexicon "$cv/fold$k-$j.lexicon" \
            $(trees_arg "$cv/fold$k-$j") "$cv/fold$j" "$ctx/rows$k-$j.tsv"
        done
        { head -1 "$cv/fold0.ctx.tsv"; for j in $(seq 0 $((folds - 1))); do
            if [ $j != $k ]; then tail -n +2 "$ctx/rows$k-$j.tsv"; fi; done; } > "$ctx/rows$k.tsv"
        $py "$here/train.py" "$ctx/rows$k.tsv" "${ctx_args[@]}" --out "$ctx/fold$k.model"
      done
    else
      $py "$here/train.py" "$cache/features-html-context.tsv" "${ctx_args[@]}" --cv-dir "$ctx" --folds $folds
    fi
    if [ "$install" = --install ]; then
      $py "$here/train.py" "$cache/features-html-context.tsv" "${ctx_args[@]}" \
        --out "$install_dir/model-html-context.txt"
    fi
  fi
  : > "$cv/all.jsonl"
  for k in $(seq 0 $((folds - 1))); do
    [ $kind = html ] && run_args=(--context-model "$cache/cv-ctx/fold$k.model" --lexicon "$cv/fold$k.lexicon"
                                  $(trees_arg "$cv/fold$k"))
    "$cache/bp-bench" run --blocks --$kind-model "$cv/fold$k.model" "${run_args[@]}" \
      "$cv/fold$k" "$cv/fold$k.jsonl" > /dev/null
    cat "$cv/fold$k.jsonl" >> "$cv/all.jsonl"
  done
  echo "== $kind: cross-validated (5 folds grouped by domain)"
  $py "$here/score.py" --data "$wcxb" "$cv/all.jsonl"
done
