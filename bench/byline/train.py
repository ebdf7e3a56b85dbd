#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Trains the byline filter's author scorer on the WCXB development split.

Every stage of the filter names candidate authors; for each person named
the filter computes a feature vector (plugin/byline/byline-candidates.c)
and, with WINNOW_BYLINE_FEATURES=FILE set, appends the page's candidates
to FILE as a JSON line. This script

 1. runs the filter over the pages (HTML and their flattened text, as
    bench.py prepares them) to collect those rows;
 2. labels each candidate: its name, normalised as bench.py does, is one
    of the ground truth's authors;
 3. fits a logistic regression per input kind (HTML, text) with numpy,
    on standardized features clipped to +-4 as the C scorer does, and
    picks the threshold that gets the most pages right on the training
    pages (author sets exactly right plus pages without an author left
    without one);
 4. cross-validates: 5 folds grouped by the page's domain; each fold's
    model is written to a file and run by the C filter (winnow run with
    html-model= and text-model=) on the held-out pages only, and the
    held-out outputs are scored together by bench.py's metrics; the
    script also checks that the C filter chose what this script predicts;
 5. trains on all pages and writes data/byline/model-html.txt and
    model-text.txt (with --write).

  train.py [--winnow PATH] [--folds 5] [--write] [--l2 1.0]
"""

import argparse
import collections
import json
import math
import os
import sys
import urllib.parse

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import bench  # noqa: E402

MAX_AUTHORS = 10
CLIP = 4.0


def domain_of(url):
    host = urllib.parse.urlsplit(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host


def collect(winnow, pipeline, inputs, env, work, path):
    """Runs the filter over inputs with the feature dump on; returns
    {page id: row} and the filter's outputs."""
    if os.path.exists(path):
        os.unlink(path)
    env = dict(env, WINNOW_BYLINE_FEATURES=path)
    records, _, _, _ = bench.run_winnow(winnow, pipeline, 1, inputs, env, work)
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            pid = os.path.basename(row["source"]).split(".")[0]
            rows[pid] = row
    return rows, records


class Model:
    def __init__(self, names, mean, scale, w, threshold):
        self.names, self.mean, self.scale, self.w, self.threshold = names, mean, scale, w, threshold

    def predict(self, x):
        """The same sum, in the same order, as byline_model_predict()."""
        x = np.atleast_2d(np.asarray(x, dtype=float))
        z = np.clip((x - self.mean) / self.scale, -CLIP, CLIP)
        out = np.empty(len(x))
        for r in range(len(x)):
            s = self.w[0]
            for i in range(len(self.names)):
                s += self.w[1 + i] * z[r, i]
            out[r] = 1.0 / (1.0 + math.exp(-s))
        return out

    def write(self, path, kind, comment):
        with open(path, "w", encoding="utf-8") as fh:
            for line in comment:
                fh.write("# %s\n" % line)
            fh.write("winnow-byline-model 1 %s\n" % kind)
            fh.write("features %d\n" % len(self.names))
            fh.write("threshold %r\n" % float(self.threshold))
            for n, m, s in zip(self.names, self.mean, self.scale):
                fh.write("f %s %r %r\n" % (n, float(m), float(s)))
            fh.write("o %s\n" % " ".join(repr(float(v)) for v in self.w))


def label_rows(rows, truth, pids):
    """The candidates of pids as a matrix, their labels and page of each."""
    xs, ys, owner = [], [], []
    for pid in pids:
        gold = bench.normalise_names(truth[pid]["ground_truth"].get("author"))
        for c in rows[pid]["candidates"]:
            names = bench.normalise_names(c["name"])
            xs.append(c["x"])
            ys.append(1.0 if names and names <= gold else 0.0)
            owner.append(pid)
    return np.array(xs, dtype=float).reshape(-1, len(feature_names(rows))), np.array(ys), owner


def feature_names(rows):
    for row in rows.values():
        return row["features"]
    return []


def fit(x, y, l2, iterations=50):
    """L2-regularised logistic regression by Newton's method."""
    mean = x.mean(axis=0) if len(x) else np.zeros(x.shape[1])
    scale = x.std(axis=0) if len(x) else np.ones(x.shape[1])
    scale[scale == 0] = 1.0
    z = np.clip((x - mean) / scale, -CLIP, CLIP)
    a = np.hstack([np.ones((len(z), 1)), z])
    w = np.zeros(a.shape[1])
    reg = np.full(a.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + reg * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return mean, scale, w


def choose(row, probs, threshold):
    """The names the C filter reports: candidates at or over the threshold,
    at most MAX_AUTHORS of the likeliest."""
    ranked = sorted(((p, i) for i, p in enumerate(probs) if p >= threshold), key=lambda t: -t[0])
    # sorted() is stable: equal probabilities keep the candidates' order, as in C
    keep = {i for _, i in ranked[:MAX_AUTHORS]}
    return [c["name"] for i, c in enumerate(row["candidates"]) if i in keep]


def page_probs(rows, pids, model):
    return {pid: (model.predict([c["x"] for c in rows[pid]["candidates"]])
                  if rows[pid]["candidates"] else []) for pid in pids}


def page_outcomes(rows, truth, pids, probs_of, threshold):
    exact = n_auth = abstain = n_none = 0
    for pid in pids:
        row = rows[pid]
        gold = bench.normalise_names(truth[pid]["ground_truth"].get("author"))
        probs = probs_of[pid]
        pred = bench.normalise_names(choose(row, probs, threshold))
        if gold:
            n_auth += 1
            exact += pred == gold
        else:
            n_none += 1
            abstain += not pred
    return exact, n_auth, abstain, n_none


def train(rows, truth, pids, l2):
    names = feature_names(rows)
    x, y, _ = label_rows(rows, truth, pids)
    mean, scale, w = fit(x, y, l2)
    model = Model(names, mean, scale, w, 0.5)
    # The threshold that gets the most training pages right.
    best = None
    probs_of = page_probs(rows, pids, model)
    for t in np.arange(0.1, 0.91, 0.025):
        e, na, a, nn = page_outcomes(rows, truth, pids, probs_of, t)
        right = e + a
        if best is None or right > best[0]:
            best = (right, t)
    model.threshold = round(float(best[1]), 4)
    return model


def folds_by_domain(truth, k):
    """Pages in k folds, every domain in one fold, folds of similar size."""
    by_domain = collections.defaultdict(list)
    for pid, gt in truth.items():
        by_domain[domain_of(gt.get("url"))].append(pid)
    sizes = [0] * k
    fold_of = {}
    for dom in sorted(by_domain, key=lambda d: (-len(by_domain[d]), d)):
        f = sizes.index(min(sizes))
        sizes[f] += len(by_domain[dom])
        for pid in by_domain[dom]:
            fold_of[pid] = f
    return fold_of


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wcxb", default=os.path.join(os.path.dirname(ROOT), "shared", "data", "wcxb-dev"))
    ap.add_argument("--winnow", default=os.path.join(ROOT, "build-byline", "tools", "winnow"))
    ap.add_argument("--pipeline", default="boilerplate ! byline")
    ap.add_argument("--work", default="/tmp/winnow-byline-bench")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write", action="store_true", help="write the models trained on all pages to data/byline/")
    ap.add_argument("--modes", default="html,text")
    args = ap.parse_args()

    truth, html_dir, text_dir = bench.prepare(args.wcxb, args.work, 0)
    env = dict(os.environ)
    build = os.path.dirname(os.path.dirname(os.path.abspath(args.winnow)))
    env.setdefault("WINNOW_PLUGIN_PATH", os.path.join(build, "plugin"))
    env.setdefault("WINNOW_DATA_PATH", os.path.join(ROOT, "data"))
    env.setdefault("LD_LIBRARY_PATH", os.path.join(build, "winnow"))
    fold_of = folds_by_domain(truth, args.folds)
    cv_dir = os.path.join(args.work, "cv")
    os.makedirs(cv_dir, exist_ok=True)

    for mode in args.modes.split(","):
        d, ext = (html_dir, ".html") if mode == "html" else (text_dir, ".txt")
        inputs = {pid: os.path.join(d, pid + ext) for pid in sorted(truth)}
        rows, _ = collect(args.winnow, args.pipeline, list(inputs.values()), env, args.work,
                          os.path.join(args.work, "features-%s.jsonl" % mode))
        pids = sorted(p for p in truth if p in rows)
        names = feature_names(rows)
        reachable = sum(1 for p in pids
                        if bench.normalise_names(truth[p]["ground_truth"].get("author")) and
                        bench.normalise_names(truth[p]["ground_truth"].get("author")) <=
                        bench.normalise_names([c["name"] for c in rows[p]["candidates"]]))
        print("== %s: %d pages, %d candidates, %d features; gold set among the candidates on %d pages"
              % (mode, len(pids), sum(len(rows[p]["candidates"]) for p in pids), len(names), reachable))

        # Cross-validation: each fold's model run by the C filter on its held-out pages.
        records = {}
        disagree = 0
        py_right = collections.Counter()
        for f in range(args.folds):
            train_pids = [p for p in pids if fold_of[p] != f]
            test_pids = [p for p in pids if fold_of[p] == f]
            model = train(rows, truth, train_pids, args.l2)
            path = os.path.join(cv_dir, "fold%d-%s.txt" % (f, mode))
            model.write(path, mode, ["cross-validation fold %d of %d" % (f, args.folds)])
            prop = "%s-model=%s" % (mode, path)
            pipeline = args.pipeline.replace("byline", "byline " + prop, 1) \
                if args.pipeline.strip().startswith("byline") else args.pipeline + " " + prop
            recs, _, _, _ = bench.run_winnow(args.winnow, pipeline, 1, [inputs[p] for p in test_pids],
                                             env, args.work)
            records.update(recs)
            probs_of = page_probs(rows, test_pids, model)
            e, na, a, nn = page_outcomes(rows, truth, test_pids, probs_of, model.threshold)
            py_right.update(exact=e, n_auth=na, abstain=a, n_none=nn)
            for p in test_pids:
                mine = bench.normalise_names(choose(rows[p], probs_of[p], model.threshold))
                theirs = bench.normalise_names([a_.get("name") for a_ in
                                                ((recs.get(p) or {}).get("byline") or {}).get("authors") or []])
                disagree += mine != theirs
            print("  fold %d: %d train / %d held-out pages, threshold %.3f, held-out exact %d/%d, abstention %d/%d"
                  % (f, len(train_pids), len(test_pids), model.threshold, e, na, a, nn))
        res = bench.score({p: truth[p] for p in pids}, records, None, mode)
        print("  CV (C filter on held-out pages): author exact %.3f, token F1 %.3f, abstention %.3f, date %.3f"
              % (res["author_exact"], res["author_token_f1"], res["abstention"], res["date_day_accuracy"]))
        print("  CV (this script's prediction): exact %.3f, abstention %.3f; pages where C and Python differ: %d"
              % (py_right["exact"] / max(py_right["n_auth"], 1), py_right["abstain"] / max(py_right["n_none"], 1),
                 disagree))

        if args.write:
            model = train(rows, truth, pids, args.l2)
            path = os.path.join(ROOT, "data", "byline", "model-%s.txt" % mode)
            model.write(path, mode, [
                "Winnow byline author scorer (%s input), written by bench/byline/train.py" % mode,
                "trained on the %d pages of the WCXB development split (CC-BY 4.0), l2 %g" % (len(pids), args.l2),
                "cross-validated (%d folds by domain, C filter): exact %.3f, token F1 %.3f, abstention %.3f"
                % (args.folds, res["author_exact"], res["author_token_f1"], res["abstention"])])
            print("  wrote %s (threshold %.3f)" % (path, model.threshold))
            order = np.argsort(-np.abs(model.w[1:]))
            print("  largest weights: " + ", ".join("%s %+.2f" % (names[i], model.w[1 + i]) for i in order[:12]))


if __name__ == "__main__":
    main()
