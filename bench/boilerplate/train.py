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

For HTML, the network also reads a learned lexicon (bp-lexicon.c): the
log-odds of content of the first words of a block's text and of the heading
it is under, of its class and
id words and of its ancestors', learned from the training pages' labels
(each page votes once per token; only tokens seen on several sites are
kept). The lexicon features of the rows a network trains on come from
lexicons learned without those rows' fold (out-of-fold), so the network
learns how much to trust the lexicon on pages it has not seen.

The model is a small multilayer perceptron (one hidden layer of rectified
units) or, with --hidden 0, a logistic regression, trained with Adam on
standardized features and written in the text format bp-model.c reads.
With --trees, gradient-boosted decision trees (scikit-learn's
HistGradientBoostingClassifier, Debian's python3-sklearn) learn from the
same rows and weights and are written beside each model (foldK.trees,
--trees-out) in the text format bp-trees.c reads; the filter blends their
log-odds with the network's (--trees-blend: the trees' share).
--check-trees BP_BENCH runs the C evaluator (bp-bench trees) on held-out
rows and fails unless it gives sklearn's probabilities.

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


def label_blocks(gold_text, texts, fractions=False):
    """Each block's label (content when most of its word 3-grams are in the
    gold; a block of fewer than 4 words when its words are) and its word
    count; with fractions, also the share of its 3-grams in the gold (its
    label for a short block)."""
    gold = WORD_RE.findall(gold_text.lower())
    grams = set(zip(gold, gold[1:], gold[2:]))
    joined = " " + " ".join(gold) + " "
    labels = np.zeros(len(texts), dtype=np.float32)
    shares = np.zeros(len(texts), dtype=np.float32)
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
            shares[i] = hit
        else:
            labels[i] = 1.0 if (" " + " ".join(toks) + " ") in joined else 0.0
            shares[i] = labels[i]
    if fractions:
        return labels, words, shares
    return labels, words


def load_features(path, truth):
    """The rows of a features TSV of the pages in truth: feature names,
    features, labels, weights, pages, lexicon tokens (None without) and
    each row's template on its page (-1: none; None without)."""
    names = None
    rows, pages, texts, tokens, templates = [], [], [], [], []
    with open(path, encoding="utf-8", errors="replace") as fp:
        header = fp.readline().rstrip("\n").split("\t")
        has_tokens = header[-2] == "tokens"
        names = header[2:header.index("kind")] if has_tokens else header[2:-2]
        tok_col = header.index("tokens") if has_tokens else None
        tpl_col = header.index("template") if "template" in header else None
        for line in fp:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < len(header) - 1:
                continue
            pages.append(parts[0])
            rows.append([float(v) for v in parts[2:2 + len(names)]])
            texts.append(parts[-1] if len(parts) == len(header) else "")
            if has_tokens:
                tokens.append(parts[tok_col] if len(parts) > tok_col else "")
            if tpl_col is not None:
                templates.append(int(parts[tpl_col]))
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
    tokens = [t for t, k in zip(tokens, keep) if k] if tokens else None
    templates = np.asarray(templates, dtype=np.int64)[keep] if tpl_col is not None else None
    return names, X[keep], y[keep], w[keep], pages[keep], tokens, templates


LEX_KINDS = "woah"       # text words, own class words, ancestors' class words, heading words
LEX_MIN_DOMAINS = 4      # a token must be seen on this many sites
LEX_SMOOTHING = 5.0      # pseudo-pages at the prior


class Lexicon:
    """The rows' tokens as integer arrays, and lexicons learned from some
    of the rows (bp-lexicon.c reads what write() writes)."""

    def __init__(self, tokens, pages, domains, first_col=None, context=None):
        self.first_col = first_col     # where a row's lexicon features start
        self.context = context         # a TemplateContext, or None
        vocab = {}
        seq_row, seq_tok = [], []
        for i, line in enumerate(tokens):
            for t in line.split():
                seq_row.append(i)
                seq_tok.append(vocab.setdefault(t, len(vocab)))
        self.words = np.array(sorted(vocab, key=vocab.get))
        self.V = len(vocab)
        self.kind = np.array([LEX_KINDS.index(t[0]) for t in self.words], dtype=np.int64)
        self.seq_row = np.asarray(seq_row, dtype=np.int64)
        self.seq_tok = np.asarray(seq_tok, dtype=np.int64)
        self.n_rows = len(tokens)
        page_ids = {p: k for k, p in enumerate(sorted(set(pages)))}
        self.row_page = np.array([page_ids[p] for p in pages], dtype=np.int64)
        dom_ids = {}
        self.page_domain = np.zeros(len(page_ids), dtype=np.int64)
        for p, k in page_ids.items():
            self.page_domain[k] = dom_ids.setdefault(domains[p], len(dom_ids))
        # each token once per block, for learning
        u = np.unique(self.seq_row * self.V + self.seq_tok)
        self.occ_row, self.occ_tok = u // self.V, u % self.V

    def learn(self, y, rows_mask):
        """Log-odds of content per token (NaN: not in the lexicon), learned
        from the rows in rows_mask: each page votes once per token with the
        share of its blocks holding the token that are content."""
        m = rows_mask[self.occ_row]
        r, t = self.occ_row[m], self.occ_tok[m]
        key = self.row_page[r] * self.V + t
        uk, inv = np.unique(key, return_inverse=True)
        votes = np.bincount(inv, weights=y[r]) / np.bincount(inv)
        tok = uk % self.V
        sv = np.bincount(tok, weights=votes, minlength=self.V)
        npg = np.bincount(tok, minlength=self.V).astype(np.float64)
        td = np.unique(tok * (self.page_domain.max() + 1) + self.page_domain[uk // self.V])
        ndom = np.bincount(td // (self.page_domain.max() + 1), minlength=self.V)
        lo = np.full(self.V, np.nan)
        for k in range(len(LEX_KINDS)):
            sel = (self.kind == k) & (npg > 0)
            p0 = sv[sel].sum() / max(npg[sel].sum(), 1)
            p0 = min(max(p0, 0.02), 0.98)
            a = LEX_SMOOTHING
            v = np.log((sv + a * p0) / (npg - sv + a * (1 - p0))) - np.log(p0 / (1 - p0))
            keep = sel & (ndom >= LEX_MIN_DOMAINS)
            lo[keep] = np.clip(v[keep], -4, 4)
        lo[np.abs(lo) < 0.05] = np.nan
        # as written and read back by bp-lexicon.c: 6 digits, single precision
        known = ~np.isnan(lo)
        lo[known] = np.array(["%.6g" % v for v in lo[known]], dtype=np.float64).astype(np.float32)
        return lo

    def features(self, lo, rows_mask):
        """bp_lexicon_features() of the rows in rows_mask (other rows: 0)."""
        out = np.zeros((self.n_rows, 4 * len(LEX_KINDS)), dtype=np.float64)
        m = rows_mask[self.seq_row]
        r, t = self.seq_row[m], self.seq_tok[m]
        k = self.kind[t]
        key = r * len(LEX_KINDS) + k
        n = self.n_rows * len(LEX_KINDS)
        total = np.bincount(key, minlength=n)
        v = lo[t]
        kn = ~np.isnan(v)
        known = np.bincount(key[kn], minlength=n)
        s = np.bincount(key[kn], weights=v[kn], minlength=n)
        mn = np.full(n, np.inf)
        mx = np.full(n, -np.inf)
        np.minimum.at(mn, key[kn], v[kn])
        np.maximum.at(mx, key[kn], v[kn])
        has = known > 0
        mean = np.where(has, s / np.maximum(known, 1), 0)
        share = np.where(has, known / np.maximum(total, 1), 0)
        mn = np.where(has, mn, 0)
        mx = np.where(has, mx, 0)
        for j in range(len(LEX_KINDS)):
            out[:, 4 * j] = mean[j::len(LEX_KINDS)]
            out[:, 4 * j + 1] = mn[j::len(LEX_KINDS)]
            out[:, 4 * j + 2] = mx[j::len(LEX_KINDS)]
            out[:, 4 * j + 3] = share[j::len(LEX_KINDS)]
        return out[rows_mask].astype(np.float32)

    def fill(self, X, lo, rows_mask):
        """Writes the lexicon features of the rows in rows_mask (whole
        pages) into X, from the log-odds lo, and what they say in context."""
        X[rows_mask, self.first_col:self.first_col + 4 * len(LEX_KINDS)] = self.features(lo, rows_mask)
        if self.context is not None:
            self.context.fill(X, rows_mask)

    def write(self, path, lo, note):
        with open(path, "w") as fp:
            fp.write("# Winnow boilerplate lexicon (log-odds of content per token), written by "
                     "bench/boilerplate/train.py\n# %s\n" % note)
            fp.write("winnow-boilerplate-lexicon 1\n")
            known = np.flatnonzero(~np.isnan(lo))
            for i in known[np.argsort(self.words[known], kind="stable")]:
                fp.write("%s %s %.6g\n" % (self.words[i][0], self.words[i][2:], lo[i]))


def fill_lexicon_features(X, names, lex, y, rows_mask, fold_of_row):
    """Writes the lexicon columns of X for the rows in rows_mask, each from a
    lexicon learned on the other folds' rows of rows_mask; returns the
    lexicon learned on all of rows_mask, for the rows outside it."""
    for f in np.unique(fold_of_row[rows_mask]):
        part = rows_mask & (fold_of_row == f)
        lex.fill(X, lex.learn(y, rows_mask & ~part), part)
    return lex.learn(y, rows_mask)


class TemplateContext:
    """The part of template_context() of bp-features.c that reads the
    lexicon's features: the word-weighted means of a block's template's
    lexicon means, and its words' distance from its template's, from the
    lexicon features of the rows (bp-bench features writes them as 0)."""

    MEANS = {"tpl-mean-lex-word-mean": "lex-word-mean", "tpl-mean-lex-head-mean": "lex-head-mean"}
    DEVIATIONS = {"tpl-dev-lex-word-mean": "tpl-mean-lex-word-mean"}

    def __init__(self, names, X, pages, templates):
        self.means = [(names.index(k), names.index(v)) for k, v in self.MEANS.items()]
        self.deviations = [(names.index(k), names.index(self.MEANS[v]), names.index(v))
                           for k, v in self.DEVIATIONS.items()]
        # the words of each block, as bp_page_analyze() counts them
        self.weight = np.rint(np.expm1(X[:, names.index("log-words")].astype(np.float64))) + 1
        page_of = np.cumsum(np.r_[True, pages[1:] != pages[:-1]]) - 1
        self.template = np.where(templates >= 0, page_of * (templates.max() + 2) + templates, -1)

    def fill(self, X, rows_mask):
        rows = np.flatnonzero(rows_mask & (self.template >= 0))
        if not len(rows):
            return
        _, inv = np.unique(self.template[rows], return_inverse=True)
        w = self.weight[rows]
        total = np.bincount(inv, weights=w)
        for out, src in self.means:
            X[rows, out] = (np.bincount(inv, weights=w * X[rows, src]) / total)[inv]
        for out, src, mean in self.deviations:
            X[rows, out] = X[rows, src] - X[rows, mean]


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


def read_model(path, names, widen=False):
    """A network as write_model() wrote it (to try other trees beside the
    same networks: training is deterministic, so retraining would give
    them again)."""
    feats, hidden, out = [], [], None
    with open(path) as fp:
        for line in fp:
            f = line.split()
            if not f or line.startswith("#"):
                continue
            if f[0] == "f":
                feats.append((f[1], float(f[2]), float(f[3])))
            elif f[0] == "h":
                hidden.append([float(v) for v in f[1:]])
            elif f[0] == "o":
                out = [float(v) for v in f[1:]]
    have = [n for n, _, _ in feats]
    if have != list(names) and not (widen and set(have) <= set(names)):
        sys.exit("%s: its features are not these rows' features" % path)
    # widened: the rows' features the network was not trained on get no
    # weight (mean 0, scale 1), so it gives what it gave before
    at = [list(names).index(n) for n in have]
    m = Model.__new__(Model)
    m.hidden = len(hidden)
    if hidden:
        h = np.asarray(hidden, dtype=np.float32)
        m.b1 = h[:, 0].copy()
        m.W1 = np.zeros((len(names), m.hidden), dtype=np.float32)
        m.W1[at] = h[:, 1:].T
    m.b2, m.w2 = np.float32(out[0]), np.asarray(out[1:], dtype=np.float32)
    if not hidden:
        m.w2 = np.zeros(len(names), dtype=np.float32)
        m.w2[at] = np.asarray(out[1:], dtype=np.float32)
    mean, scale = np.zeros(len(names), dtype=np.float32), np.ones(len(names), dtype=np.float32)
    mean[at] = [v for _, v, _ in feats]
    scale[at] = [v for _, _, v in feats]
    return m, mean, scale


def train_ensemble(X, y, w, hidden, epochs, seeds):
    models = []
    for s in range(seeds):
        m, mean, scale = train(X, y, w, hidden, epochs, seed=1 + s)
        models.append(m)
    if seeds == 1 or not hidden:
        return models[0], mean, scale
    return Ensemble(models), mean, scale


TREE_PARAMS = dict(learning_rate=0.1, max_leaf_nodes=31, min_samples_leaf=40, l2_regularization=1.0)


def train_trees(X, y, w, iterations):
    from sklearn.ensemble import HistGradientBoostingClassifier
    gb = HistGradientBoostingClassifier(max_iter=iterations, early_stopping=False, random_state=1,
                                        **TREE_PARAMS)
    gb.fit(X, y, sample_weight=w / w.mean())
    return gb


def logit(p):
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return np.log(p / (1 - p))


def blend(p_network, p_trees, share):
    """As bp_trees_blend_page(): a weighted mean of the log-odds."""
    return 1 / (1 + np.exp(-((1 - share) * logit(p_network) + share * logit(p_trees))))


def write_trees(path, kind, names, gb, share, note):
    """The trees as bp-trees.c reads them: sklearn's nodes in its order
    (root first, children after their parent) with its real-valued
    thresholds and its side for missing values."""
    trees = [predictors[0].nodes for predictors in gb._predictors]
    with open(path, "w") as fp:
        fp.write("# Winnow boilerplate block trees (%s input), written by bench/boilerplate/train.py\n" % kind)
        fp.write("# %s\n" % note)
        fp.write("# scikit-learn HistGradientBoostingClassifier %s\n" % " ".join(
            "%s=%s" % kv for kv in sorted(dict(TREE_PARAMS, max_iter=gb.max_iter).items())))
        fp.write("winnow-boilerplate-trees 1 %s\n" % kind)
        fp.write("features %d\n" % len(names))
        for n in names:
            fp.write("f %s\n" % n)
        fp.write("trees %d %.17g %.17g\n" % (len(trees), float(np.ravel(gb._baseline_prediction)[0]), share))
        for nodes in trees:
            fp.write("t %d\n" % len(nodes))
            for n in nodes:
                if n["is_leaf"]:
                    fp.write("l %.17g\n" % n["value"])
                else:
                    assert not n["is_categorical"]
                    fp.write("s %d %.17g %d %d %d\n" % (n["feature_idx"], n["num_threshold"],
                                                       n["missing_go_to_left"], n["left"], n["right"]))


def check_trees(bp_bench, path, gb, X):
    """The C evaluator (bp-bench trees) must give sklearn's probabilities."""
    import subprocess
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".tsv") as rows:
        for r in X:
            rows.write("\t".join("%.9g" % v for v in r) + "\n")   # float32 exactly
        rows.flush()
        out = subprocess.run([bp_bench, "trees", path, rows.name], check=True,
                             capture_output=True, text=True).stdout
    c = np.array([float(v) for v in out.split()])
    diff = np.abs(c - gb.predict_proba(X.astype(np.float64))[:, 1]).max()
    print("trees: C evaluator vs sklearn on %d rows: max |p difference| %.2g" % (len(X), diff),
          file=sys.stderr)
    if not diff <= 1e-6:
        sys.exit("trees: the C evaluator disagrees with sklearn")


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
    ap.add_argument("--lexicon-out", help="where the HTML model's lexicon goes (default: beside --out)")
    ap.add_argument("--cv-dir")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--nested", action="store_true",
                    help="also write DIR/foldK-J.model (and .lexicon), trained without folds K and J, "
                    "for the held-out rows of a stacked model")
    ap.add_argument("--nested-seeds", type=int, default=0,
                    help="seeds of the nested models (default: --seeds)")
    ap.add_argument("--trees", type=int, default=0, metavar="N",
                    help="also train N gradient-boosted trees beside each model (0: none)")
    ap.add_argument("--nested-trees", type=int, default=0, metavar="N",
                    help="trees of the nested models (default: --trees)")
    ap.add_argument("--trees-blend", type=float, default=0.7,
                    help="the trees' share of the blended log-odds")
    ap.add_argument("--tree-leaves", type=int, default=TREE_PARAMS["max_leaf_nodes"],
                    help="most leaves of a tree")
    ap.add_argument("--tree-min-leaf", type=int, default=TREE_PARAMS["min_samples_leaf"],
                    help="fewest rows in a leaf")
    ap.add_argument("--tree-l2", type=float, default=TREE_PARAMS["l2_regularization"],
                    help="L2 regularization of the leaves' values")
    ap.add_argument("--tree-rate", type=float, default=TREE_PARAMS["learning_rate"],
                    help="learning rate (shrinkage) of the boosting")
    ap.add_argument("--trees-out", help="where the trees of --out go (default: beside --out)")
    ap.add_argument("--reuse-networks", metavar="DIR",
                    help="read each network from DIR (foldK.model, and for --out the file of its name) "
                    "where one is, instead of training it again: the same rows and seeds give the same "
                    "network, so other trees can be tried beside it; a network trained on fewer "
                    "features is widened: the others get no weight in it")
    ap.add_argument("--check-trees", metavar="BP_BENCH",
                    help="check the C evaluator of bp-bench against sklearn on held-out rows")
    args = ap.parse_args()
    TREE_PARAMS.update(max_leaf_nodes=args.tree_leaves, min_samples_leaf=args.tree_min_leaf,
                       l2_regularization=args.tree_l2, learning_rate=args.tree_rate)

    truth = load_truth(args.data)
    names, X, y, w, pages, tokens, templates = load_features(args.features, truth)
    print("%d blocks, %d pages, %d features, %.1f%% content" % (
        len(y), len(set(pages)), X.shape[1], 100 * y.mean()), file=sys.stderr)
    page_fold = {p: zlib.crc32(domain(truth[p][0]).encode()) % args.folds for p in set(pages)}
    fold = np.array([page_fold[p] for p in pages])
    lex = None
    if "lex-word-mean" in names:
        context = TemplateContext(names, X, pages, templates) if "tpl-mean-lex-word-mean" in names else None
        lex = Lexicon(tokens, pages, {p: domain(truth[p][0]) for p in set(pages)},
                      names.index("lex-word-mean"), context)
        print("lexicon: %d tokens, %d occurrences" % (lex.V, len(lex.seq_tok)), file=sys.stderr)

    def held_out_stats(p, te):
        pc = np.clip(p, 1e-7, 1 - 1e-7)
        return (np.average((p >= 0.5) == (y[te] >= 0.5), weights=w[te]),
                -np.average(y[te] * np.log(pc) + (1 - y[te]) * np.log(1 - pc), weights=w[te]))

    def train_held_out(tr, te, stem, note, seeds, trees):
        if lex:
            # training rows: lexicons without their own (inner) fold;
            # held-out rows: the lexicon of all training rows
            lo = fill_lexicon_features(X, names, lex, y, tr, fold)
            lex.fill(X, lo, te)
            lex.write(os.path.join(args.cv_dir, stem + ".lexicon"), lo, note)
        reused = args.reuse_networks and os.path.join(args.reuse_networks, stem + ".model")
        if reused and os.path.exists(reused):
            m, mean, scale = read_model(reused, names, widen=True)
        else:
            m, mean, scale = train_ensemble(X[tr], y[tr], w[tr], args.hidden, args.epochs, seeds)
        p = m.predict(np.clip((X[te] - mean) / scale, -4, 4))
        print("%s: %d test pages, weighted block accuracy %.4f, log loss %.4f" % (
            stem, len(set(pages[te])), *held_out_stats(p, te)), file=sys.stderr)
        write_model(os.path.join(args.cv_dir, stem + ".model"), args.kind, names, m, mean, scale, note)
        if trees:
            gb = train_trees(X[tr], y[tr], w[tr], trees)
            pt = gb.predict_proba(X[te])[:, 1]
            print("%s: trees %.4f / %.4f, blended %.4f / %.4f (accuracy / log loss)" % (
                stem, *held_out_stats(pt, te), *held_out_stats(blend(p, pt, args.trees_blend), te)),
                file=sys.stderr)
            path = os.path.join(args.cv_dir, stem + ".trees")
            write_trees(path, args.kind, names, gb, args.trees_blend, note)
            if args.check_trees:
                sample = np.flatnonzero(te)[::max(1, int(te.sum()) // 2000)]
                check_trees(args.check_trees, path, gb, X[sample])

    if args.cv_dir:
        os.makedirs(args.cv_dir, exist_ok=True)
        for k in range(args.folds):
            train_held_out(fold != k, fold == k, "fold%d" % k,
                           "cross-validation fold %d of %d (grouped by domain)" % (k, args.folds), args.seeds,
                           args.trees)
            with open(os.path.join(args.cv_dir, "fold%d.pages" % k), "w") as fp:
                fp.write("\n".join(sorted(p for p, f in page_fold.items() if f == k)) + "\n")
            # for a model stacked on this one: each other fold j seen by a
            # model that saw neither j nor k, so that the stacked model of
            # fold k learns from rows untouched by fold k's pages
            for j in range(args.folds) if args.nested else ():
                if j != k:
                    train_held_out((fold != k) & (fold != j), fold == j, "fold%d-%d" % (k, j),
                                   "nested cross-validation: held out folds %d and %d" % (k, j),
                                   args.nested_seeds or args.seeds, args.nested_trees or args.trees)
    if args.out:
        if lex:
            lo = fill_lexicon_features(X, names, lex, y, np.ones(len(y), dtype=bool), fold)
            lex.write(args.lexicon_out or os.path.join(os.path.dirname(args.out), "lexicon-html.txt"), lo,
                      "learned from the %d pages of the WCXB development split (CC-BY 4.0)" % len(set(pages)))
        reused = args.reuse_networks and os.path.join(args.reuse_networks, os.path.basename(args.out))
        if reused and os.path.exists(reused):
            m, mean, scale = read_model(reused, names, widen=True)
        else:
            m, mean, scale = train_ensemble(X, y, w, args.hidden, args.epochs, args.seeds)
        write_model(args.out, args.kind, names, m, mean, scale,
                    "trained on the %d pages of the WCXB development split (CC-BY 4.0)" % len(set(pages)))
        if args.trees:
            gb = train_trees(X, y, w, args.trees)
            write_trees(args.trees_out or os.path.join(os.path.dirname(args.out), "trees-%s.txt" % args.kind),
                        args.kind, names, gb, args.trees_blend,
                        "trained on the %d pages of the WCXB development split (CC-BY 4.0)" % len(set(pages)))


if __name__ == "__main__":
    main()
