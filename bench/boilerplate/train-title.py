#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Train the headline scorer of flattened text (bp-title.c) from WCXB pages.

Plain text has no <title> and no heading levels: the boilerplate filter
scores every line that could be a headline with a network of one hidden
layer (--hidden 0: a logistic regression) over its shape, its place
before the body, the content probabilities around it and its context
(a byline or a date under it, its words in the text below), and takes the likeliest line if its probability is at least
BP_TEXT_TITLE_MIN (0.02). Input: the TSV that `bp-bench titles` writes
(one row per candidate line: page, block, the features the C code
computes, text), made with the text model that will run beside the
scorer (for the cross-validation, each fold's model on its held-out
pages, so that the block probabilities are out of fold). A line is the
headline when it equals the ground truth's title (whitespace collapsed),
as the benchmark's title score asks. The regression (every page weighing
the same) and the networks (MLPClassifier, one per seed, unweighted)
are scikit-learn's (Debian's python3-sklearn), on features standardized
and clipped to +-4 as bp_model_predict() does, written in bp-model.c's
format ("text-title" input).

  train-title.py ROWS.tsv --cv-dir DIR      5 folds grouped by domain (as
      train.py's): prints the held-out title exact match at several
      thresholds and writes DIR/foldK.title
  train-title.py ROWS.tsv --out data/boilerplate/title-text.txt
"""

import argparse
import collections
import os
import sys
import zlib

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402
import train as train_py  # noqa: E402

collapse = score.collapse


def load_rows(path, truth):
    with open(path, encoding="utf-8", errors="replace") as fp:
        header = fp.readline().rstrip("\n").split("\t")
        names = header[2:-1]
        pages, X, texts = [], [], []
        for line in fp:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != len(header) or parts[0] not in truth:
                continue
            pages.append(parts[0])
            X.append([float(v) for v in parts[2:-1]])
            texts.append(collapse(parts[-1]))
    pages = np.asarray(pages)
    y = np.array([t == collapse(truth[p]["title"]) for p, t in zip(pages, texts)], dtype=np.float32)
    count = collections.Counter(pages)
    w = np.array([1.0 / count[p] for p in pages], dtype=np.float32)
    return names, np.asarray(X, dtype=np.float32), y, w, pages, texts


class Linear:
    """A logistic regression as train.write_model() writes one."""
    hidden = 0

    def __init__(self, X, y, w):
        from sklearn.linear_model import LogisticRegression
        self.mean = X.mean(axis=0)
        self.scale = X.std(axis=0)
        self.scale[self.scale < 1e-6] = 1.0
        lr = LogisticRegression(C=1.0, max_iter=2000)
        lr.fit(self.standardize(X), y, sample_weight=w / w.mean())
        self.w2, self.b2 = lr.coef_[0], float(lr.intercept_[0])

    def standardize(self, X):
        return np.clip((X - self.mean) / self.scale, -4, 4)

    def predict(self, X):
        return 1 / (1 + np.exp(-(self.standardize(X) @ self.w2 + self.b2)))


class Network:
    """Networks of one hidden layer of rectified units (scikit-learn's
    MLPClassifier), one per seed, averaged in the log-odds: written as one
    network whose hidden layer holds every seed's units, output weights
    divided by the number of seeds, as bp-model.c reads it."""

    def __init__(self, X, y, hidden, seeds, alpha):
        from sklearn.neural_network import MLPClassifier
        self.mean = X.mean(axis=0)
        self.scale = X.std(axis=0)
        self.scale[self.scale < 1e-6] = 1.0
        Z = self.standardize(X)
        W1, b1, w2, b2 = [], [], [], 0.0
        for seed in range(seeds):
            net = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, max_iter=300,
                                random_state=seed).fit(Z, y)
            W1.append(net.coefs_[0])
            b1.append(net.intercepts_[0])
            w2.append(net.coefs_[1][:, 0] / seeds)
            b2 += float(net.intercepts_[1][0]) / seeds
        self.W1, self.b1 = np.hstack(W1), np.concatenate(b1)
        self.w2, self.b2 = np.concatenate(w2), b2
        self.hidden = self.W1.shape[1]

    def standardize(self, X):
        return np.clip((X - self.mean) / self.scale, -4, 4)

    def predict(self, X):
        h = np.maximum(self.standardize(X) @ self.W1 + self.b1, 0.0)
        return 1 / (1 + np.exp(-(h @ self.w2 + self.b2)))


def chosen(p, pages, texts, threshold):
    """Each page's headline as the filter picks it: the likeliest line, if
    at least the threshold (the first of equals)."""
    best = {}
    for i, (pg, pi) in enumerate(zip(pages, p)):
        if pi >= threshold and (pg not in best or pi > best[pg][0]):
            best[pg] = (pi, texts[i])
    return {pg: t for pg, (_, t) in best.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                   "../../../shared/data/wcxb-dev"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cv-dir")
    ap.add_argument("--out")
    ap.add_argument("--hidden", type=int, default=16,
                    help="hidden units of each network (0: a logistic regression)")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--alpha", type=float, default=1e-3, help="the networks' L2 penalty")
    args = ap.parse_args()

    def fit(X, y, w):
        if args.hidden == 0:
            return Linear(X, y, w)
        return Network(X, y, args.hidden, args.seeds, args.alpha)

    truth = score.load_truth(args.data)
    names, X, y, w, pages, texts = load_rows(args.rows, truth)
    print("%d candidate lines of %d pages, %d headlines among them" % (
        len(y), len(set(pages)), int(y.sum())), file=sys.stderr)
    if args.cv_dir:
        os.makedirs(args.cv_dir, exist_ok=True)
        fold = np.array([zlib.crc32(train_py.domain(truth[p]["url"]).encode()) % args.folds for p in pages])
        p = np.zeros(len(y))
        for k in range(args.folds):
            tr, te = fold != k, fold == k
            m = fit(X[tr], y[tr], w[tr])
            p[te] = m.predict(X[te])
            train_py.write_model(os.path.join(args.cv_dir, "fold%d.title" % k), "text-title", names,
                                 m, m.mean, m.scale, "cross-validation fold %d of %d (grouped by domain)" % (
                                     k, args.folds))
        n_pages = len(truth)
        for t in (0.0, 0.01, 0.02, 0.05, 0.1):
            pick = chosen(p, pages, texts, t)
            right = sum(1 for pid, t in truth.items() if pick.get(pid, "") == collapse(t["title"]))
            print("held out, threshold %.2f: title exact %.3f (%d of %d pages)" % (
                t, right / n_pages, right, n_pages))
    if args.out:
        m = fit(X, y, w)
        train_py.write_model(args.out, "text-title", names, m, m.mean, m.scale,
                             "trained on the %d pages of the WCXB development split (CC-BY 4.0)" %
                             len(set(pages)))
        print("wrote %s" % args.out, file=sys.stderr)


if __name__ == "__main__":
    main()
