#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Train the boilerplate filter's block classifier from WCXB pages.

Input: the TSV that `bp-bench features DIR OUT.tsv` writes (one row per
block: page id, block index, the features the C code computes, kind, text)
and the WCXB ground truth. A block's label is whether its words are in the
page's main content (most of its word 3-grams, or the whole short block,
found in the ground truth). Every page weighs the same and its weight is
spread over its blocks by their words, since the metric is a per-page
average of word counts.

The model is a small multilayer perceptron (one hidden layer of rectified
units) or, with --hidden 0, a logistic regression, trained with Adam on
standardized features and written in the text format bp-model.c reads.

  train.py FEATURES.tsv --out MODEL.txt                 train on every page
  train.py FEATURES.tsv --cv-dir DIR --folds 5          grouped cross-validation:
      folds by domain (no page's domain in its own training folds); writes
      DIR/foldK.model and DIR/foldK.pages (the held-out page ids) for the
      C filter to be run on, and prints block accuracy per fold.
"""

import argparse
import collections
import json
import os
import re
import sys
import zlib
from urllib.parse import urlparse

import numpy as np

WORD_RE = re.compile(r"\w+", re.UNICODE)


def load_truth(root):
    meta = json.load(open(os.path.join(root, "metadata.json")))["files"]
    truth = {}
    for pid, m in meta.items():
        path = os.path.join(root, "ground-truth", pid + ".json")
        if os.path.exists(path):
            g = json.load(open(path))["ground_truth"]
            truth[pid] = (m.get("url", ""), g.get("main_content") or "")
    return truth


def domain(url):
    host = urlparse(url or "").netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    return host


def label_blocks(gold_text, texts):
    gold = WORD_RE.findall(gold_text.lower())
    grams = set(zip(gold, gold[1:], gold[2:]))
    joined = " " + " ".join(gold) + " "
    labels = np.zeros(len(texts), dtype=np.float32)
    words = np.zeros(len(texts), dtype=np.float32)
    for i, t in enumerate(texts):
        toks = WORD_RE.findall(t.lower())
        words[i] = len(toks)
        if not toks:
            continue
        if len(toks) >= 4:
            g = list(zip(toks, toks[1:], toks[2:]))
            hit = sum(1 for x in g if x in grams) / len(g)
            labels[i] = 1.0 if hit >= 0.5 else 0.0
        else:
            labels[i] = 1.0 if (" " + " ".join(toks) + " ") in joined else 0.0
    return labels, words


def load_features(path, truth):
    names = None
    rows, pages, texts = [], [], []
    with open(path, encoding="utf-8", errors="replace") as fp:
        header = fp.readline().rstrip("\n").split("\t")
        names = header[2:-2]
        for line in fp:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < len(header) - 1:
                continue
            pages.append(parts[0])
            rows.append([float(v) for v in parts[2:2 + len(names)]])
            texts.append(parts[-1] if len(parts) == len(header) else "")
    X = np.asarray(rows, dtype=np.float32)
    pages = np.asarray(pages)
    y = np.zeros(len(pages), dtype=np.float32)
    w = np.zeros(len(pages), dtype=np.float32)
    order = collections.defaultdict(list)
    for i, p in enumerate(pages):
        order[p].append(i)
    for p, idx in order.items():
        if p not in truth:
            continue
        lab, words = label_blocks(truth[p][1], [texts[i] for i in idx])
        y[idx] = lab
        # every page weighs the same, spread over its blocks by their words:
        # the metric is a per-page average of word counts
        w[idx] = (words + 0.5) / (words.sum() + 0.5 * len(idx))
    keep = np.array([p in truth for p in pages])
    return names, X[keep], y[keep], w[keep], pages[keep]


class Model:
    def __init__(self, n_features, hidden, rng):
        self.hidden = hidden
        if hidden:
            self.W1 = rng.normal(0, np.sqrt(2.0 / n_features), (n_features, hidden)).astype(np.float32)
            self.b1 = np.zeros(hidden, dtype=np.float32)
            self.w2 = rng.normal(0, np.sqrt(1.0 / hidden), hidden).astype(np.float32)
        else:
            self.w2 = np.zeros(n_features, dtype=np.float32)
        self.b2 = np.float32(0.0)

    def params(self):
        return [self.W1, self.b1, self.w2] if self.hidden else [self.w2]

    def forward(self, Z):
        if self.hidden:
            A = Z @ self.W1 + self.b1
            H = np.maximum(A, 0)
            return H, A, H @ self.w2 + self.b2
        return None, None, Z @ self.w2 + self.b2

    def predict(self, Z):
        return 1 / (1 + np.exp(-self.forward(Z)[2]))


def train(X, y, w, hidden, epochs, seed=1, l2=1e-4, lr=4e-3, batch=2048):
    rng = np.random.default_rng(seed)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-6] = 1.0
    Z = np.clip((X - mean) / scale, -4, 4)   # as bp_model_predict() does
    m = Model(X.shape[1], hidden, rng)
    params = m.params() + [None]
    moments = [[np.zeros_like(p), np.zeros_like(p)] for p in m.params()] + [[0.0, 0.0]]
    step = 0
    w = w / w.mean()
    for epoch in range(epochs):
        perm = rng.permutation(len(y))
        for s in range(0, len(y), batch):
            b = perm[s:s + batch]
            Zb, yb, wb = Z[b], y[b], w[b]
            H, A, out = m.forward(Zb)
            p = 1 / (1 + np.exp(-out))
            g = (p - yb) * wb / len(b)            # d loss / d out
            grads = []
            if hidden:
                gw2 = H.T @ g + l2 * m.w2
                gH = np.outer(g, m.w2) * (A > 0)
                gW1 = Zb.T @ gH + l2 * m.W1
                gb1 = gH.sum(axis=0)
                grads = [gW1, gb1, gw2]
            else:
                grads = [Zb.T @ g + l2 * m.w2]
            gb2 = g.sum()
            step += 1
            for i, (prm, gr) in enumerate(zip(m.params(), grads)):
                mo = moments[i]
                mo[0] = 0.9 * mo[0] + 0.1 * gr
                mo[1] = 0.999 * mo[1] + 0.001 * gr * gr
                mh = mo[0] / (1 - 0.9 ** step)
                vh = mo[1] / (1 - 0.999 ** step)
                prm -= (lr * mh / (np.sqrt(vh) + 1e-8)).astype(np.float32)
            mo = moments[-1]
            mo[0] = 0.9 * mo[0] + 0.1 * gb2
            mo[1] = 0.999 * mo[1] + 0.001 * gb2 * gb2
            m.b2 -= np.float32(lr * (mo[0] / (1 - 0.9 ** step)) / (np.sqrt(mo[1] / (1 - 0.999 ** step)) + 1e-8))
    return m, mean, scale


class Ensemble(Model):
    """Networks trained from different seeds, their logits averaged: one
    network with all their hidden units, the output weights divided by
    their number, which bp-model.c reads like any other."""

    def __init__(self, models):
        self.hidden = sum(m.hidden for m in models)
        k = len(models)
        self.W1 = np.concatenate([m.W1 for m in models], axis=1)
        self.b1 = np.concatenate([m.b1 for m in models])
        self.w2 = np.concatenate([m.w2 for m in models]) / k
        self.b2 = np.float32(sum(m.b2 for m in models) / k)


def train_ensemble(X, y, w, hidden, epochs, seeds):
    models = []
    for s in range(seeds):
        m, mean, scale = train(X, y, w, hidden, epochs, seed=1 + s)
        models.append(m)
    if seeds == 1 or not hidden:
        return models[0], mean, scale
    return Ensemble(models), mean, scale


def write_model(path, kind, names, m, mean, scale, note):
    with open(path, "w") as fp:
        fp.write("# Winnow boilerplate block classifier (%s input), written by bench/boilerplate/train.py\n" % kind)
        fp.write("# %s\n" % note)
        fp.write("winnow-boilerplate-model 1 %s\n" % kind)
        fp.write("features %d %d\n" % (len(names), m.hidden))
        for n, mu, sc in zip(names, mean, scale):
            fp.write("f %s %.6g %.6g\n" % (n, mu, sc))
        if m.hidden:
            for h in range(m.hidden):
                fp.write("h %.6g %s\n" % (m.b1[h], " ".join("%.6g" % v for v in m.W1[:, h])))
        fp.write("o %.6g %s\n" % (m.b2, " ".join("%.6g" % v for v in m.w2)))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("features")
    ap.add_argument("--kind", choices=["html", "text", "html-context"], default="html")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                   "../../../shared/data/wcxb-dev"))
    ap.add_argument("--hidden", type=int, default=32)
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seeds", type=int, default=3,
                    help="train this many networks from different seeds and average their logits")
    ap.add_argument("--out")
    ap.add_argument("--cv-dir")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()

    truth = load_truth(args.data)
    names, X, y, w, pages = load_features(args.features, truth)
    print("%d blocks, %d pages, %d features, %.1f%% content" % (
        len(y), len(set(pages)), X.shape[1], 100 * y.mean()), file=sys.stderr)

    if args.cv_dir:
        os.makedirs(args.cv_dir, exist_ok=True)
        page_fold = {p: zlib.crc32(domain(truth[p][0]).encode()) % args.folds for p in set(pages)}
        fold = np.array([page_fold[p] for p in pages])
        for k in range(args.folds):
            tr, te = fold != k, fold == k
            m, mean, scale = train_ensemble(X[tr], y[tr], w[tr], args.hidden, args.epochs, args.seeds)
            p = m.predict(np.clip((X[te] - mean) / scale, -4, 4))
            acc = np.average((p >= 0.5) == (y[te] >= 0.5), weights=w[te])
            print("fold %d: %d test pages, weighted block accuracy %.3f" % (
                k, len(set(pages[te])), acc), file=sys.stderr)
            write_model(os.path.join(args.cv_dir, "fold%d.model" % k), args.kind, names, m, mean, scale,
                        "cross-validation fold %d of %d (grouped by domain)" % (k, args.folds))
            with open(os.path.join(args.cv_dir, "fold%d.pages" % k), "w") as fp:
                fp.write("\n".join(sorted(p for p, f in page_fold.items() if f == k)) + "\n")
    if args.out:
        m, mean, scale = train_ensemble(X, y, w, args.hidden, args.epochs, args.seeds)
        write_model(args.out, args.kind, names, m, mean, scale,
                    "trained on the %d pages of the WCXB development split (CC-BY 4.0)" % len(set(pages)))


if __name__ == "__main__":
    main()
