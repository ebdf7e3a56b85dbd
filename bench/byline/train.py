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
 3. fits a linear scorer per input kind (HTML, text) with numpy, on
    standardized features clipped to +-4 as the C scorer does: by
    default a conditional (listwise) logit, where each page is one choice
    among its candidates and "no author" (the filter reports the best
    candidate, or none), or with --pointwise a logistic regression of
    each candidate on its own; and picks the threshold that gets the
    most author sets exactly right on the training pages while keeping
    the abstention asked for;
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


def write_bootstrap():
    """Writes data/byline/model-{html,text}.txt as the vote alone (the
    vote-chosen feature decides), over the features the C source computes
    now: the filter needs a model that matches its features to start, and
    the features do not depend on the model."""
    import re
    with open(os.path.join(ROOT, "plugin", "byline", "byline-candidates.c"), encoding="utf-8") as fh:
        names = re.findall(r'\[F_[A-Z_]+\] = "([a-z-]+)"', fh.read())
    w = np.zeros(len(names) + 1)
    w[0], w[1 + names.index("vote-chosen")] = -5.0, 10.0
    model = Model(names, np.zeros(len(names)), np.ones(len(names)), w, 0.5)
    for kind in ("html", "text"):
        model.write(os.path.join(ROOT, "data", "byline", "model-%s.txt" % kind), kind,
                    ["bootstrap: the hand-weighted vote alone (train.py --bootstrap)"])


def domain_of(url):
    host = urllib.parse.urlsplit(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host


def collect(winnow, pipeline, inputs, env, work, path, reuse):
    """Runs the filter over inputs with the feature dump on; returns
    {page id: row}."""
    if not (reuse and os.path.exists(path)):
        if os.path.exists(path):
            os.unlink(path)
        bench.run_winnow(winnow, pipeline, 1, inputs, dict(env, WINNOW_BYLINE_FEATURES=path), work)
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            pid = os.path.basename(row["source"]).split(".")[0]
            rows[pid] = row
    return rows


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
    fnames = feature_names(rows)
    for pid in pids:
        gold = bench.normalise_names(truth[pid]["ground_truth"].get("author"))
        for c in rows[pid]["candidates"]:
            if vetoed(fnames, c["x"], rows[pid]["html"]):
                continue
            names = bench.normalise_names(c["name"])
            xs.append(c["x"])
            ys.append(1.0 if names and names <= gold else 0.0)
            owner.append(pid)
    return np.array(xs, dtype=float).reshape(-1, len(feature_names(rows))), np.array(ys), owner


def feature_names(rows):
    for row in rows.values():
        return row["features"]
    return []


DROPPED = set()


def design(x):
    """The features standardized as the C scorer does (clipped to +-CLIP)
    behind a column of ones for the bias, with their means and scales;
    the features in DROPPED get no weight (mean 0, scale 1, column 0)."""
    mean = x.mean(axis=0) if len(x) else np.zeros(x.shape[1])
    scale = x.std(axis=0) if len(x) else np.ones(x.shape[1])
    scale[scale == 0] = 1.0
    for i in DROPPED:
        mean[i], scale[i] = 0.0, 1.0
    z = np.clip((x - mean) / scale, -CLIP, CLIP)
    for i in DROPPED:
        z[:, i] = 0.0
    return mean, scale, np.hstack([np.ones((len(z), 1)), z])


def fit(x, y, l2, iterations=50):
    """L2-regularised logistic regression by Newton's method; the features
    in DROPPED get no weight (mean 0, scale 1, weight 0)."""
    mean, scale, a = design(x)
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


def page_segments(owner):
    """The [start, end) rows of each page in label_rows()'s output, whose
    rows come page by page."""
    segs, start = [], 0
    for i in range(1, len(owner) + 1):
        if i == len(owner) or owner[i] != owner[start]:
            segs.append((owner[start], start, i))
            start = i
    return segs


def fit_listwise(x, y, owner, has_author, l2, iterations=60):
    """A conditional logit: each page is one choice among its candidates
    and "no author" (score 0), as the filter decides (its best candidate
    if good enough, else nobody). The loss is minus the log of the
    softmax mass of the page's gold candidates, or of "no author" on a
    page without an author; a logistic regression of each candidate on
    its own also learns to rank one page's candidates against another
    page's, which no decision does. Pages whose author no candidate names
    teach nothing about the choice and are left out. The weights stay a
    linear scorer: the C filter reads them as it reads the regression's,
    the sigmoid of the score is monotonic in it, and the threshold is on
    that. Newton's method with the Hessian of the normalising part alone
    (positive semi-definite; the gold part's is left out) plus the L2
    term, and a backtracking line search."""
    mean, scale, a = design(x)
    segs = [(s, e) for pid, s, e in page_segments(owner) if y[s:e].any() or not has_author[pid]]
    reg = np.full(a.shape[1], l2)
    reg[0] = 0.0

    def objective(w):
        scores = a @ w
        loss, grad = 0.5 * np.sum(reg * w * w), reg * w
        hess = np.diag(reg + 1e-9)
        for s, e in segs:
            sc, rows_, pos = scores[s:e], a[s:e], y[s:e] > 0
            top = max(0.0, float(sc.max()))
            ex = np.exp(sc - top)
            total = math.exp(-top) + ex.sum()
            p = ex / total
            q = np.zeros(e - s)
            loss += math.log(total) + top
            if pos.any():
                gold = ex[pos].sum()
                loss -= math.log(gold) + top
                q[pos] = ex[pos] / gold
            grad = grad + rows_.T @ (p - q)
            mass = rows_.T @ p
            hess = hess + (rows_ * p[:, None]).T @ rows_ - np.outer(mass, mass)
        return loss, grad, hess

    w = np.zeros(a.shape[1])
    loss, grad, hess = objective(w)
    for _ in range(iterations):
        step = np.linalg.solve(hess, grad)
        t = 1.0
        while True:
            loss2, grad2, hess2 = objective(w - t * step)
            if loss2 <= loss - 1e-4 * t * float(grad @ step) or t < 1e-4:
                break
            t *= 0.5
        w = w - t * step
        done = abs(loss - loss2) < 1e-7
        loss, grad, hess = loss2, grad2, hess2
        if done:
            break
    return mean, scale, w


def fuller_name(cands, probs, top, names):
    """byline_candidates_fuller_name(): the likeliest candidate's full name
    when it is one word of another candidate's name at least half as
    likely ("Juliette" and "Juliette Carreiro") or the name of the person
    whose site it is by its host ("Brett" on brettlarkin.com)."""
    key = cands[top]["name"].casefold().strip()
    if " " in key:
        return top
    host_person = names.index("host-person")
    best = top
    for i, c in enumerate(cands):
        words = c["name"].casefold().split()
        owner = c["x"][host_person] != 0.0
        if i != top and probs[i] > 0.0 and (probs[i] * 2.0 >= probs[top] or owner) and len(words) > 1 and \
                key in words and (best == top or probs[i] > probs[best]):
            best = i
    return best


def same_person(a, b):
    """byline_candidates_same_person(): one name is a single word of the
    other ("Juliette" and "Juliette Carreiro")."""
    wa, wb = a["name"].casefold().split(), b["name"].casefold().split()
    if len(wa) == 1 and len(wb) > 1:
        return wa[0] in wb
    if len(wb) == 1 and len(wa) > 1:
        return wb[0] in wa
    return False


def choose(row, probs, threshold, names):
    """The names the C filter reports (byline_decide()): the likeliest
    candidate (the first of equals) if at or over the threshold, and the
    other persons the strongest group naming it names, but for
    organisations and job titles beside a person and vetoed candidates
    (probability 0); with several chosen, a byline naming them all and more
    persons gives them (extend_to_fuller_byline()); a co-author reads as a
    name or is one the markup or the metadata gives."""
    cands = row["candidates"]
    if not cands:
        return []
    top = max(range(len(cands)), key=lambda i: (probs[i], -i))
    if probs[top] < threshold:
        return []
    top = fuller_name(cands, probs, top, names)
    ix = {n: i for i, n in enumerate(names)}

    def doubtful(c):
        return bool(c["x"][ix["organisation"]] or c["x"][ix["ends-in-role"]])

    def coauthor(c):
        """byline_candidate_coauthor()"""
        return bool(c["x"][ix["reads-as-name"]]) or \
            any(c["x"][ix[k]] for k in ("json-ld", "meta", "class-author", "rel-author", "itemprop-author"))

    byline = None
    for g in cands[top]["groups"]:
        info = row["groups"][g]
        if byline is None or info["score"] > row["groups"][byline]["score"]:
            byline = g
    keep = [top]
    if byline is not None:
        for i, c in enumerate(cands):
            if i != top and probs[i] > 0.0 and byline in c["groups"] and \
                    (doubtful(cands[top]) or not doubtful(c)) and not same_person(c, cands[top]):
                keep.append(i)
    keep = extend_to_fuller_byline(row, cands, probs, keep, doubtful)
    keep = [keep[0]] + [i for i in keep[1:] if coauthor(cands[i])]
    keep = extend_lone_author_to_byline(row, cands, probs, keep, doubtful, ix)
    keep = set(keep[:MAX_AUTHORS])
    return [c["name"] for i, c in enumerate(cands) if i in keep]


def extend_to_fuller_byline(row, cands, probs, keep, doubtful):
    """extend_to_fuller_byline(): with several authors chosen, the largest
    strong group naming them all and more persons gives the authors, the
    likeliest first."""
    if len(keep) < 2:
        return keep
    best = None
    for g, info in enumerate(row["groups"]):
        if info["weak"]:
            continue
        members = [i for i, c in enumerate(cands) if probs[i] > 0.0 and g in c["groups"]]
        extras = [i for i in members if i not in keep]
        if set(keep) <= set(members) and extras and not any(doubtful(cands[i]) for i in extras) and \
                (best is None or len(members) > len(best)):
            best = members
    if best is None:
        return keep
    return [keep[0]] + [i for i in best if i != keep[0]]


def extend_lone_author_to_byline(row, cands, probs, keep, doubtful, ix):
    """extend_lone_author_to_byline(): a lone author chosen, and every
    text byline naming them names the same further persons: those are
    co-authors."""
    if len(keep) != 1:
        return keep
    top = keep[0]
    groups = row["groups"]
    bylines = [g for g in cands[top]["groups"] if not groups[g]["weak"] and groups[g]["what"] == "by-line"]
    fuller = None
    for g in bylines:
        members = [i for i, c in enumerate(cands) if i != top and probs[i] > 0.0 and g in c["groups"]]
        if members and not any(doubtful(cands[i]) or not cands[i]["x"][ix["reads-as-name"]] for i in members) \
                and (fuller is None or len(members) > len(fuller)):
            fuller = members
    if fuller is None:
        return keep
    for g in bylines:
        if not all(g in cands[i]["groups"] for i in fuller):
            return keep
    return keep + fuller


def vetoed(names, x, html):
    """byline_candidate_vetoed() with trust-meta off: an organisation only
    unseen metadata names, or any name only unseen metadata gives on a page
    that is no article, or a lone unseen JSON-LD name not shaped like a
    person, or one beside a visible By line under the headline that names
    another; on a page without a date, a name
    nothing announces that the vote did not choose; any name on a
    product's page (reviewers) or on a site's front page (the authors of
    the stories it lists); in HTML, a name only a By line gives on a page
    whose By lines name different people, which the vote did not choose."""
    ix = {n: i for i, n in enumerate(names)}
    if x[ix["undated-name-only"]] and not x[ix["vote-chosen"]]:
        return True
    if x[ix["product-page"]]:
        return True
    if "front-page" in ix and x[ix["front-page"]]:
        return True
    if html and x[ix["bylines"]] >= 2 and not x[ix["vote-chosen"]] and x[ix["text-by"]] and \
            not any(x[ix[k]] for k in ("meta", "json-ld", "class-author", "rel-author", "itemprop-author")):
        return True
    if not x[ix["unseen-metadata-only"]]:
        return False
    return bool(x[ix["organisation"]]) or not x[ix["dated"]] or bool(x[ix["unseen-json-ld-odd"]]) or \
        bool(x[ix["unseen-beside-byline"]])


def page_probs(rows, pids, model):
    """Each page's candidates' probabilities, 0 for the vetoed."""
    out = {}
    batch = isinstance(model, BoostedModel)
    if batch:
        xs = [c["x"] for pid in pids for c in rows[pid]["candidates"]]
        flat = iter(model.predict(xs) if xs else [])
    for pid in pids:
        cands = rows[pid]["candidates"]
        if batch:
            probs = [next(flat) for _ in cands]
        else:
            probs = list(model.predict([c["x"] for c in cands])) if cands else []
        out[pid] = [0.0 if vetoed(model.names, c["x"], rows[pid]["html"]) else p
                    for c, p in zip(cands, probs)]
    return out


_NORMAL = {}


def normal(value):
    """bench.normalise_names(), remembered."""
    key = value if isinstance(value, str) or value is None else tuple(value)
    if key not in _NORMAL:
        _NORMAL[key] = frozenset(bench.normalise_names(value))
    return _NORMAL[key]


def page_outcomes(rows, truth, pids, probs_of, threshold):
    exact = n_auth = abstain = n_none = 0
    for pid in pids:
        row = rows[pid]
        gold = normal(truth[pid]["ground_truth"].get("author"))
        probs = probs_of[pid]
        pred = set()
        for name in choose(row, probs, threshold, feature_names(rows)):
            pred |= normal(name)
        if gold:
            n_auth += 1
            exact += pred == gold
        else:
            n_none += 1
            abstain += not pred
    return exact, n_auth, abstain, n_none


class BoostedModel:
    """Gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier)
    over the same rows, for the --gbt comparison; Python only."""

    def __init__(self, names, x, y, seed=0):
        from sklearn.ensemble import HistGradientBoostingClassifier
        self.names, self.threshold = names, 0.5
        self.clf = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15,
                                                  min_samples_leaf=20, l2_regularization=1.0,
                                                  random_state=seed)
        self.clf.fit(x, y)

    def predict(self, x):
        return self.clf.predict_proba(np.atleast_2d(np.asarray(x, dtype=float)))[:, 1]


GBT = False
POINTWISE = False


def train(rows, truth, pids, l2, min_abstention):
    names = feature_names(rows)
    x, y, owner = label_rows(rows, truth, pids)
    if GBT:
        model = BoostedModel(names, x, y)
    elif POINTWISE:
        mean, scale, w = fit(x, y, l2)
        model = Model(names, mean, scale, w, 0.5)
    else:
        has_author = {p: bool(normal(truth[p]["ground_truth"].get("author"))) for p in pids}
        mean, scale, w = fit_listwise(x, y, owner, has_author, l2)
        model = Model(names, mean, scale, w, 0.5)
    # The threshold that gets the most author sets right on the training
    # pages while leaving at least min_abstention of the pages without an
    # author without one (the target is 0.90).
    # Only the pages' best probabilities matter: every threshold between
    # two of them decides the same, so the midpoints are all there is to try.
    best = None
    probs_of = page_probs(rows, pids, model)
    tops = sorted(set(max(p) for p in probs_of.values() if p))
    for t in [0.5 * (lo + hi) for lo, hi in zip(tops, tops[1:])] or [0.5]:
        e, na, a, nn = page_outcomes(rows, truth, pids, probs_of, t)
        right = (a / max(nn, 1) >= min_abstention, e, a)
        if best is None or right > best[0]:
            best = (right, t)
    model.threshold = best[1]
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
    ap.add_argument("--min-abstention", type=float, default=0.91,
                    help="abstention the threshold must keep on the training pages")
    ap.add_argument("--reuse", action="store_true", help="reuse the feature rows of the last run")
    ap.add_argument("--no-c", action="store_true", help="cross-validate with this script's predictions only")
    ap.add_argument("--drop", default="",
                    help="comma-separated features to give no weight (they stay in the file)")
    ap.add_argument("--bootstrap", action="store_true",
                    help="only write the vote-alone models the filter needs after its features changed")
    ap.add_argument("--pointwise", action="store_true",
                    help="fit a logistic regression of each candidate on its own instead of the listwise logit")
    ap.add_argument("--gbt", action="store_true",
                    help="cross-validate gradient-boosted trees instead (this script's prediction only)")
    args = ap.parse_args()
    global GBT, POINTWISE
    GBT, POINTWISE = args.gbt, args.pointwise
    if GBT:
        args.no_c, args.write = True, False
    if args.bootstrap:
        write_bootstrap()
        return

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
        rows = collect(args.winnow, args.pipeline, list(inputs.values()), env, args.work,
                       os.path.join(args.work, "features-%s.jsonl" % mode), args.reuse)
        pids = sorted(p for p in truth if p in rows)
        names = feature_names(rows)
        DROPPED.clear()
        DROPPED.update(names.index(n) for n in args.drop.split(",") if n)
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
            model = train(rows, truth, train_pids, args.l2, args.min_abstention)
            path = os.path.join(cv_dir, "fold%d-%s.txt" % (f, mode))
            if not GBT:
                model.write(path, mode, ["cross-validation fold %d of %d" % (f, args.folds)])
            prop = "%s-model=%s" % (mode, path)
            pipeline = args.pipeline.replace("byline", "byline " + prop, 1) \
                if args.pipeline.strip().startswith("byline") else args.pipeline + " " + prop
            recs = {}
            if not args.no_c:
                recs, _, _, _ = bench.run_winnow(args.winnow, pipeline, 1, [inputs[p] for p in test_pids],
                                                 env, args.work)
                records.update(recs)
            probs_of = page_probs(rows, test_pids, model)
            e, na, a, nn = page_outcomes(rows, truth, test_pids, probs_of, model.threshold)
            py_right.update(exact=e, n_auth=na, abstain=a, n_none=nn)
            for p in test_pids:
                mine = bench.normalise_names(choose(rows[p], probs_of[p], model.threshold, names))
                theirs = bench.normalise_names([a_.get("name") for a_ in
                                                ((recs.get(p) or {}).get("byline") or {}).get("authors") or []])
                disagree += not args.no_c and mine != theirs
            print("  fold %d: %d train / %d held-out pages, threshold %.4f, held-out exact %d/%d, abstention %d/%d"
                  % (f, len(train_pids), len(test_pids), model.threshold, e, na, a, nn))
        res = bench.score({p: truth[p] for p in pids}, records, None, mode)
        if not args.no_c:
            print("  CV (C filter on held-out pages): author exact %.3f, token F1 %.3f, abstention %.3f, date %.3f"
                  "; exact with credentials aside %.3f"
                  % (res["author_exact"], res["author_token_f1"], res["abstention"], res["date_day_accuracy"],
                     res["exact_credentials_aside"]))
        print("  CV (this script's prediction): exact %.3f, abstention %.3f; pages where C and Python differ: %d"
              % (py_right["exact"] / max(py_right["n_auth"], 1), py_right["abstain"] / max(py_right["n_none"], 1),
                 disagree))

        if args.write:
            model = train(rows, truth, pids, args.l2, args.min_abstention)
            path = os.path.join(ROOT, "data", "byline", "model-%s.txt" % mode)
            if args.no_c:
                cv = "cross-validated (%d folds by domain, train.py's prediction): exact %.3f, abstention %.3f" % (
                    args.folds, py_right["exact"] / max(py_right["n_auth"], 1),
                    py_right["abstain"] / max(py_right["n_none"], 1))
            else:
                cv = "cross-validated (%d folds by domain, C filter): exact %.3f, token F1 %.3f, abstention %.3f" % (
                    args.folds, res["author_exact"], res["author_token_f1"], res["abstention"])
            model.write(path, mode, [
                "Winnow byline author scorer (%s input), written by bench/byline/train.py" % mode,
                "trained on the %d pages of the WCXB development split (CC-BY 4.0)" % len(pids),
                "python3 bench/byline/train.py " + " ".join(sys.argv[1:]), cv])
            print("  wrote %s (threshold %.4f)" % (path, model.threshold))
            order = np.argsort(-np.abs(model.w[1:]))
            print("  largest weights: " + ", ".join("%s %+.2f" % (names[i], model.w[1 + i]) for i in order[:12]))


if __name__ == "__main__":
    main()
