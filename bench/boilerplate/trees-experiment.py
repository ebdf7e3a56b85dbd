#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Out-of-fold comparison of block classifiers on the same rows: the
shipped method's network (train.py), gradient-boosted trees
(scikit-learn's HistGradientBoostingClassifier) and their average in
logit space. Same labels, page weights, lexicon features and domain
folds as train.py; prints weighted block accuracy and log loss out of
fold, overall and per page type, and saves the out-of-fold
probabilities (--save) to compare more combinations without retraining.

  trees-experiment.py FEATURES.tsv --save OOF.npz [--configs ...]
"""

import argparse
import json
import os
import sys
import time
import zlib

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib
train_py = importlib.import_module("train")

from sklearn.ensemble import HistGradientBoostingClassifier


CONFIGS = {
    "a": dict(max_iter=300, learning_rate=0.1, max_leaf_nodes=31, min_samples_leaf=40, l2_regularization=1.0),
    "b": dict(max_iter=600, learning_rate=0.05, max_leaf_nodes=31, min_samples_leaf=40, l2_regularization=1.0),
    "c": dict(max_iter=300, learning_rate=0.1, max_leaf_nodes=63, min_samples_leaf=80, l2_regularization=1.0),
    "d": dict(max_iter=200, learning_rate=0.1, max_leaf_nodes=31, min_samples_leaf=200, l2_regularization=10.0),
}


def logit(p):
    p = np.clip(p, 1e-7, 1 - 1e-7)
    return np.log(p / (1 - p))


def report(name, p, y, w, groups):
    def stats(m):
        acc = np.average((p[m] >= 0.5) == (y[m] >= 0.5), weights=w[m])
        pc = np.clip(p[m], 1e-7, 1 - 1e-7)
        ll = -np.average(y[m] * np.log(pc) + (1 - y[m]) * np.log(1 - pc), weights=w[m])
        return acc, ll
    acc, ll = stats(np.ones(len(y), dtype=bool))
    parts = ["%s %.4f/%.4f" % (g, *stats(m)) for g, m in groups]
    print("%-12s all %.4f/%.4f  %s" % (name, acc, ll, "  ".join(parts)), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("features")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                   "../../../shared/data/wcxb-dev"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--configs", default="a")
    ap.add_argument("--no-net", action="store_true", help="skip the network (load it from --load)")
    ap.add_argument("--load", help="earlier out-of-fold probabilities to add to")
    ap.add_argument("--save")
    args = ap.parse_args()

    truth = train_py.load_truth(args.data)
    meta = json.load(open(os.path.join(args.data, "metadata.json")))["files"]
    names, X, y, w, pages, tokens, templates = train_py.load_features(args.features, truth)
    page_fold = {p: zlib.crc32(train_py.domain(truth[p][0]).encode()) % args.folds for p in set(pages)}
    fold = np.array([page_fold[p] for p in pages])
    ptype = np.array([meta[p]["page_type"] for p in pages])
    groups = [(t[:4], ptype == t) for t in sorted(set(ptype))]
    context = (train_py.TemplateContext(names, X, pages, templates)
               if "tpl-mean-lex-word-mean" in names else None)
    lex = train_py.Lexicon(tokens, pages, {p: train_py.domain(truth[p][0]) for p in set(pages)},
                           names.index("lex-word-mean"), context)

    oof = dict(np.load(args.load)) if args.load else {}
    for k in range(args.folds):
        tr, te = fold != k, fold == k
        lo = train_py.fill_lexicon_features(X, names, lex, y, tr, fold)
        lex.fill(X, lo, te)
        wt = w[tr] / w[tr].mean()
        if not args.no_net:
            t0 = time.time()
            m, mean, scale = train_py.train_ensemble(X[tr], y[tr], w[tr], 32, 12, 3)
            oof.setdefault("net", np.zeros(len(y)))[te] = m.predict(np.clip((X[te] - mean) / scale, -4, 4))
            print("fold %d net %.0f s" % (k, time.time() - t0), file=sys.stderr, flush=True)
        for c in args.configs.split(","):
            t0 = time.time()
            gb = HistGradientBoostingClassifier(early_stopping=False, random_state=1, **CONFIGS[c])
            gb.fit(X[tr], y[tr], sample_weight=wt)
            oof.setdefault("gbdt-" + c, np.zeros(len(y)))[te] = gb.predict_proba(X[te])[:, 1]
            print("fold %d gbdt-%s %.0f s" % (k, c, time.time() - t0), file=sys.stderr, flush=True)
        if args.save:
            np.savez(args.save, y=y, w=w, fold=fold, **oof)

    for name in sorted(oof):
        report(name, oof[name], y, w, groups)
        if name.startswith("gbdt") and "net" in oof:
            avg = 1 / (1 + np.exp(-(logit(oof["net"]) + logit(oof[name])) / 2))
            report("avg-" + name[5:], avg, y, w, groups)


if __name__ == "__main__":
    main()
