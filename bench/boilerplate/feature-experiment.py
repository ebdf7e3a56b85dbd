#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Out-of-fold trial of candidate HTML block features before paying for a
cross-validation: gradient-boosted trees alone (train.py's shipped
settings), the same domain folds and lexicon filling as train.py, on the
rows of a features TSV with extra columns computed here from its
features; prints weighted block accuracy, log loss and a word F1 of the
blocks at p >= 0.5 (no C rules) per page type. Variants (letters, any
mix): base; a: template aggregates (means over the block's template of
text shape, link density, kinds, lexicon means, end-of-story headings;
the block's distance from them; the template's place); n: a without
the lexicon's means; l: only the lexicon's template means; b: end of the
story (after the first related/comments/newsletter/bio heading past the
top template, after its last prose block, its words still to come); c:
means over the three blocks either side; L: l and c's lexicon means.

  feature-experiment.py FEATURES.tsv base,a,c 0,1,2,3,4 [--cache PKL] [--save OOF.npz]
"""
import argparse
import collections
import json
import os
import pickle
import sys
import time
import zlib

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train as T  # noqa: E402
import score as S  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/data/wcxb-dev")

def load(path, cache, data):
    if cache and os.path.exists(cache):
        return pickle.load(open(cache, "rb"))
    truth = T.load_truth(data)
    rows, pages, blocks, texts, tokens, templates = [], [], [], [], [], []
    with open(path, encoding="utf-8", errors="replace") as fp:
        header = fp.readline().rstrip("\n").split("\t")
        names = header[2:header.index("kind")]
        tok_col = header.index("tokens")
        tpl_col = header.index("template") if "template" in header else None
        nf = len(names)
        for line in fp:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < len(header) - 1 or parts[0] not in truth:
                continue
            pages.append(parts[0]); blocks.append(int(parts[1]))
            rows.append(np.array(parts[2:2 + nf], dtype=np.float32))
            tokens.append(parts[tok_col] if len(parts) > tok_col else "")
            templates.append(int(parts[tpl_col]) if tpl_col is not None else -1)
            texts.append(parts[-1] if len(parts) == len(header) else "")
    X = np.vstack(rows)
    pages = np.asarray(pages)
    y = np.zeros(len(pages), np.float32); share = np.zeros(len(pages), np.float32); w = np.zeros(len(pages), np.float32); words = np.zeros(len(pages), np.float32)
    order = collections.defaultdict(list)
    for i, p in enumerate(pages):
        order[p].append(i)
    for p, idx in order.items():
        lab, wd, sh = T.label_blocks(truth[p][1], [texts[i] for i in idx], fractions=True)
        y[idx] = lab; words[idx] = wd; share[idx] = sh
        w[idx] = (wd + 0.5) / (wd.sum() + 0.5 * len(idx))
    meta = json.load(open(os.path.join(data, "metadata.json")))["files"]
    ptype = np.array([meta[p]["page_type"] for p in pages])
    fold = np.array([zlib.crc32(T.domain(truth[p][0]).encode()) % 5 for p in pages])
    d = dict(names=names, X=X, y=y, share=share, templates=np.array(templates), w=w, words=words, pages=pages, blocks=np.array(blocks), texts=texts,
             tokens=tokens, ptype=ptype, fold=fold, gold={p: truth[p][1] for p in order},
             domains={p: T.domain(truth[p][0]) for p in order})
    if cache:
        pickle.dump(d, open(cache, "wb"), protocol=4)
    return d


def tpl_ids(X):
    """per-row template id within its page (-1 none)"""
    tid = np.full(len(X), -1, np.int64)
    key = np.round(X[:, col['tpl-rank']] * 1000).astype(np.int64) * 100000 + np.round(X[:, col['tpl-blocks']] * 1000).astype(np.int64)
    has = (X[:, col['tpl-blocks']] > 0)
    for s, e in zip(starts, ends):
        k = key[s:e]; h = has[s:e]
        u, inv = np.unique(k, return_inverse=True)
        t = inv.astype(np.int64); t[~h] = -1
        tid[s:e] = t
    return tid

def derived(X, which):  # noqa: C901
    """extra feature columns computed from a filled X"""
    tid = tpl_ids(X)
    wt = words + 1
    out = []
    names_out = []
    feats_a = ['lex-word-mean', 'lex-head-mean', 'stop-density', 'sentences-per-word', 'commas-per-word',
               'ends-with-punct', 'link-density', 'kind-heading', 'kind-list-item', 'kind-table-cell', 'capital-ratio', 'digit-ratio']
    cols = {}
    if 'a' in which or 'n' in which or 'l' in which or 'L' in which:
        for f in feats_a:
            cols['tm-' + f] = np.zeros(len(X), np.float32)
        cols['tm-lex-own-mean'] = np.zeros(len(X), np.float32)
        for f in ['lex-word-mean', 'stop-density', 'log-words', 'link-density']:
            cols['td-' + f] = np.zeros(len(X), np.float32)
        cols['tm-head-any'] = np.zeros(len(X), np.float32)
        cols['t-first-pos'] = np.zeros(len(X), np.float32)
        cols['t-last-pos'] = np.zeros(len(X), np.float32)
        cols['t-rel-pos'] = np.zeros(len(X), np.float32)
    if 'b' in which:
        for c in ['after-end-heading', 'top-tpl-after-share', 'after-last-top-prose', 'dist-last-top-prose', 'after-last-main-prose']:
            cols[c] = np.zeros(len(X), np.float32)
    if 'c' in which or 'L' in which:
        for f in ['lex-word-mean', 'lex-own-mean', 'lex-anc-mean', 'stop-density']:
            cols['nb-' + f] = np.zeros(len(X), np.float32)
    headany = X[:, [col[c] for c in ['head-related', 'head-subscribe', 'head-comments', 'head-bio', 'head-reviews']]].max(1)
    endhead = (X[:, col['kind-heading']] > 0) & (X[:, [col[c] for c in ['head-related', 'head-subscribe', 'head-comments', 'head-bio']]].max(1) > 0)
    for s, e in zip(starts, ends):
        n = e - s
        t = tid[s:e]; ww = wt[s:e]; Xp = X[s:e]
        if 'a' in which or 'n' in which or 'l' in which or 'L' in which and (t >= 0).any():
            nt = t.max() + 1
            tt = np.where(t >= 0, t, nt)
            W = np.bincount(tt, weights=ww, minlength=nt + 1)
            for f in feats_a:
                v = Xp[:, col[f]]
                m = np.bincount(tt, weights=v * ww, minlength=nt + 1) / W
                cols['tm-' + f][s:e] = np.where(t >= 0, m[tt], 0)
                if 'td-' + f in cols:
                    cols['td-' + f][s:e] = np.where(t >= 0, v - m[tt], 0)
            v = Xp[:, col['lex-own-mean']]
            m = np.bincount(tt, weights=v * ww, minlength=nt + 1) / W
            cols['tm-lex-own-mean'][s:e] = np.where(t >= 0, m[tt], 0)
            v = Xp[:, col['log-words']]
            m = np.bincount(tt, weights=v * ww, minlength=nt + 1) / W
            cols['td-log-words'][s:e] = np.where(t >= 0, v - m[tt], 0)
            m = np.bincount(tt, weights=headany[s:e] * ww, minlength=nt + 1) / W
            cols['tm-head-any'][s:e] = np.where(t >= 0, m[tt], 0)
            pos = np.arange(n) / max(n, 1)
            fp = np.full(nt + 1, 2.0); lp = np.full(nt + 1, -1.0)
            np.minimum.at(fp, tt, pos); np.maximum.at(lp, tt, pos)
            cols['t-first-pos'][s:e] = np.where(t >= 0, fp[tt], 0)
            cols['t-last-pos'][s:e] = np.where(t >= 0, lp[tt], 0)
            span = np.maximum(lp[tt] - fp[tt], 1e-6)
            cols['t-rel-pos'][s:e] = np.where(t >= 0, (pos - fp[tt]) / span, 0)
        if 'b' in which:
            top = Xp[:, col['tpl-top']] > 0
            inmain = Xp[:, col['in-main']] > 0
            prose = Xp[:, col['prose']] > 0
            idx = np.arange(n)
            if top.any():
                ft = idx[top][0]
                eh = np.flatnonzero(endhead[s:e] & (idx > ft))
                if len(eh):
                    cols['after-end-heading'][s:e] = idx > eh[0]
                tw = np.where(top, ww, 0)
                after = np.cumsum(tw[::-1])[::-1] - tw
                cols['top-tpl-after-share'][s:e] = after / max(tw.sum(), 1)
                tp = np.flatnonzero(top & prose)
                if len(tp):
                    cols['after-last-top-prose'][s:e] = idx > tp[-1]
                    cols['dist-last-top-prose'][s:e] = np.clip((idx - tp[-1]) / 20.0, -1, 1)
            mp = np.flatnonzero(inmain & prose)
            if len(mp):
                cols['after-last-main-prose'][s:e] = idx > mp[-1]
        if 'c' in which or 'L' in which:
            for f in ['lex-word-mean', 'lex-own-mean', 'lex-anc-mean', 'stop-density']:
                v = Xp[:, col[f]] * ww
                cv = np.r_[0, np.cumsum(v)]; cw = np.r_[0, np.cumsum(ww)]
                lo = np.maximum(np.arange(n) - 3, 0); hi = np.minimum(np.arange(n) + 4, n)
                cols['nb-' + f][s:e] = (cv[hi] - cv[lo] - v) / np.maximum(cw[hi] - cw[lo] - ww, 1e-6)
    if 'p' in which or 'q' in which:
        page_context(X, wt, cols, 'q' in which)
    if 'l' in which or 'L' in which:
        for c in list(cols):
            if 'lex' not in c and not ('L' in which and c.startswith('nb-lex')):
                del cols[c]
    if 'n' in which:
        for c in list(cols):
            if 'lex' in c:
                del cols[c]
    names_out = list(cols)
    return names_out, np.column_stack([cols[c] for c in names_out]) if cols else np.zeros((len(X), 0), np.float32)

def page_context(X, wt, cols, lexicon):
    """p: what kind of page the block is on, from all its blocks (the same
    for each): word shares of link-dense blocks, list items, table cells;
    share of headings and of priced blocks; the largest template's share,
    the number of templates of 5 blocks or more, the most prose-like
    template of 3 or more; word-weighted means of stop words and
    sentences; the page's size. q: and the lexicon's page means."""
    names_p = ['pg-linky-share', 'pg-list-share', 'pg-table-share', 'pg-heading-share', 'pg-price-share',
               'pg-top-tpl-share', 'pg-templates-5', 'pg-prose-tpl', 'pg-stop-density', 'pg-sentences',
               'pg-log-blocks', 'pg-log-words']
    if lexicon:
        names_p += ['pg-lex-word-mean', 'pg-lex-own-mean']
    for c in names_p:
        cols[c] = np.zeros(len(X), np.float32)
    tmpl = d['templates']
    for s, e in zip(starts, ends):
        ww = wt[s:e]; Xp = X[s:e]; W = ww.sum()
        v = {}
        v['pg-linky-share'] = ww[Xp[:, col['link-density']] >= 0.5].sum() / W
        v['pg-list-share'] = (ww * Xp[:, col['kind-list-item']]).sum() / W
        v['pg-table-share'] = (ww * Xp[:, col['kind-table-cell']]).sum() / W
        v['pg-heading-share'] = Xp[:, col['kind-heading']].mean()
        v['pg-price-share'] = (Xp[:, col['has-price']] > 0).mean()
        v['pg-top-tpl-share'] = Xp[:, col['tpl-page-share']].max()
        t = tmpl[s:e]
        has = t >= 0
        nblk = np.bincount(t[has]) if has.any() else np.zeros(0)
        v['pg-templates-5'] = np.log1p((nblk >= 5).sum())
        big = has & (nblk[np.where(has, t, 0)] >= 3) if has.any() else has
        v['pg-prose-tpl'] = Xp[big, col['tpl-prose-share']].max() if big.any() else 0
        v['pg-stop-density'] = (ww * Xp[:, col['stop-density']]).sum() / W
        v['pg-sentences'] = (ww * Xp[:, col['sentences-per-word']]).sum() / W
        v['pg-log-blocks'] = np.log1p(e - s)
        v['pg-log-words'] = np.log1p((ww - 1).sum())
        if lexicon:
            v['pg-lex-word-mean'] = (ww * Xp[:, col['lex-word-mean']]).sum() / W
            v['pg-lex-own-mean'] = (ww * Xp[:, col['lex-own-mean']]).sum() / W
        for c in names_p:
            cols[c][s:e] = v[c]


PARAMS = dict(max_iter=100, learning_rate=0.1, max_leaf_nodes=31, min_samples_leaf=80, l2_regularization=5.0)


def training_rows(tr):
    """The training rows, labels and weights (mean 1) as --labels says:
    hard 0/1; soft: each block twice, content with the share of its
    3-grams in the gold as weight and boilerplate with the rest (the
    cross-entropy of the share); drop: without the blocks whose share lies
    strictly inside --drop-band."""
    wt = w / w[tr].mean()
    if labels == "soft":
        idx = np.flatnonzero(tr)
        pos = idx[share[idx] > 0]
        neg = idx[share[idx] < 1]
        rows = np.r_[pos, neg]
        return rows, np.r_[np.ones(len(pos)), np.zeros(len(neg))].astype(np.float32), \
            np.r_[wt[pos] * share[pos], wt[neg] * (1 - share[neg])]
    if labels == "drop":
        lo, hi = drop_band
        keep = tr & ~((share > lo) & (share < hi) & (words >= 4))
        rows = np.flatnonzero(keep)
    else:
        rows = np.flatnonzero(tr)
    return rows, y[rows], wt[rows]


def network_probabilities(X, te, k):
    m, mean, scale = T.read_model(os.path.join(networks, "fold%d.model" % k), names)
    return m.predict(np.clip((X[te] - mean) / scale, -4, 4))


def run(variants, folds):
    oof = {} if stages else {v: np.full(len(y), np.nan) for v in variants}
    if networks:
        oof["net"] = np.full(len(y), np.nan)
    for k in folds:
        X = X0.copy()
        tr, te = fold != k, fold == k
        lo = T.fill_lexicon_features(X, names, lex, y, tr, fold)
        lex.fill(X, lo, te)
        if networks:
            oof["net"][te] = network_probabilities(X, te, k)
        for v in variants:
            t0 = time.time()
            extra_names, E = derived(X, v) if v != 'base' else ([], np.zeros((len(X), 0)))
            Z = np.hstack([X, E]).astype(np.float32)
            rows, yt, wt = training_rows(tr)
            gb = HistGradientBoostingClassifier(early_stopping=False, random_state=1, warm_start=True, **PARAMS)
            # --stages: the same trees scored after each number of them
            for n in stages or [PARAMS["max_iter"]]:
                gb.set_params(max_iter=n)
                gb.fit(Z[rows], yt, sample_weight=wt)
                name = "%s/%d" % (v, n) if stages else v
                oof.setdefault(name, np.full(len(y), np.nan))[te] = gb.predict_proba(Z[te])[:, 1]
            print("fold %d %s %.0fs" % (k, v, time.time() - t0), flush=True)
    if networks:
        for v in [v for v in oof if v != "net"]:
            for s_ in shares:
                oof["%s+net@%.2f" % (v, s_)] = T.blend(oof["net"], oof[v], s_)
    return oof

def wordf1(p, mask):
    res = collections.defaultdict(list)
    for s, e in zip(starts, ends):
        if not mask[s]:
            continue
        pg = pages[s]
        kept = "\n".join(d['texts'][i] for i in range(s, e) if p[i] >= 0.5)
        _, _, f = S.bag_f1(S.tokens(kept), S.tokens(d['gold'][pg]))
        res[ptype[s]].append(f); res['ALL'].append(f)
    return {t: np.mean(v) for t, v in res.items()}

def report(oof, folds):
    mask = np.isin(fold, folds)
    for v, p in oof.items():
        m = mask
        acc = np.average((p[m] >= 0.5) == (y[m] >= .5), weights=w[m])
        pc = np.clip(p[m], 1e-7, 1 - 1e-7)
        ll = -np.average(y[m] * np.log(pc) + (1 - y[m]) * np.log(1 - pc), weights=w[m])
        f = wordf1(p, mask)
        print("%-6s acc %.4f ll %.4f  F1 " % (v, acc, ll) + " ".join("%s %.4f" % (t[:4], f[t]) for t in sorted(f)), flush=True)
        per_fold = []
        for k in folds:
            m = fold == k
            pc = np.clip(p[m], 1e-7, 1 - 1e-7)
            per_fold.append(-np.average(y[m] * np.log(pc) + (1 - y[m]) * np.log(1 - pc), weights=w[m]))
        print("       log loss per fold " + " / ".join("%.4f" % x for x in per_fold), flush=True)

def main():
    global d, names, X0, y, w, pages, fold, ptype, words, col, starts, ends, lex, first
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("features")
    ap.add_argument("variants")
    ap.add_argument("folds")
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--cache", help="a pickle of the parsed rows, made on the first run")
    ap.add_argument("--save", help="the out-of-fold probabilities (npz)")
    ap.add_argument("--tree-opts", default="",
                    help="sklearn settings of the trees, e.g. max_iter=300,learning_rate=0.05")
    ap.add_argument("--stages", default="", help="e.g. 100,200,300: the trees scored after each count")
    ap.add_argument("--labels", choices=["hard", "soft", "drop"], default="hard")
    ap.add_argument("--drop-band", default="0.2,0.8")
    ap.add_argument("--networks", help="a cross-validate.sh cv-html copy: its fold networks' held-out "
                    "probabilities, and their blends with the trees, are scored too")
    ap.add_argument("--shares", default="0.7,0.8,0.9", help="the trees' shares of the blends")
    args = ap.parse_args()
    global labels, drop_band, networks, shares, share, stages
    stages = [int(x) for x in args.stages.split(",")] if args.stages else []
    for kv in filter(None, args.tree_opts.split(",")):
        key, val = kv.split("=")
        PARAMS[key] = float(val) if "." in val else int(val)
    labels, networks = args.labels, args.networks
    drop_band = [float(x) for x in args.drop_band.split(",")]
    shares = [float(x) for x in args.shares.split(",")]
    print("trees %s, labels %s" % (PARAMS, labels), flush=True)
    np.seterr(invalid="ignore", divide="ignore")  # templates of wordless blocks
    d = load(args.features, args.cache, args.data)
    names, X0, y, w, pages, fold, ptype = d['names'], d['X'], d['y'], d['w'], d['pages'], d['fold'], d['ptype']
    words = d['words']
    col = {n: i for i, n in enumerate(names)}
    # page slices (rows are grouped by page, in block order)
    starts = np.flatnonzero(np.r_[True, pages[1:] != pages[:-1]])
    ends = np.r_[starts[1:], len(pages)]
    share = d['share']
    context = T.TemplateContext(names, X0, pages, d['templates']) if "tpl-mean-lex-word-mean" in names else None
    lex = T.Lexicon(d['tokens'], pages, d['domains'], names.index("lex-word-mean"), context)
    first = col['lex-word-mean']
    folds = [int(x) for x in args.folds.split(",")]
    oof = run(args.variants.split(","), folds)
    if args.save:
        np.savez(args.save, **oof)
    report(oof, folds)


if __name__ == "__main__":
    main()
