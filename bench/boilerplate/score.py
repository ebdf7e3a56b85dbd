#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Score main-content extractions against the WCXB ground truth.

Input: one or more JSON Lines files as `winnow run -f jsonl` writes them
(objects with "source", "title" and "text"); the page id is the file name of
"source" up to its first dot (0001.html, 0001.txt, 0001.html.gz -> 0001).

Metrics, per page type and overall:
  word F1     lowercased \\w+ tokens, bag-of-words overlap, F1 per page,
              averaged over pages (WCXB's metric)
  shingle F1  multisets of 4-grams of \\w+ tokens; per page precision and
              recall, each averaged over pages, F1 of the two averages
              (the ScrapingHub article benchmark's metric)
  title       exact match of the extracted title (whitespace collapsed)

Where the ground truth's main_content begins with its title, the page is
scored on `title + "\\n\\n" + text`, since our text leaves the headline out.
"""

import argparse
import collections
import json
import os
import re
import sys

WORD_RE = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    return WORD_RE.findall((text or "").lower())


def bag_f1(pred, gold):
    """Precision, recall and F1 of two token multisets."""
    if not pred and not gold:
        return 1.0, 1.0, 1.0
    if not pred or not gold:
        return 0.0, 0.0, 0.0
    cp = collections.Counter(pred)
    cg = collections.Counter(gold)
    tp = sum((cp & cg).values())
    p = tp / len(pred)
    r = tp / len(gold)
    f = 0.0 if tp == 0 else 2 * p * r / (p + r)
    return p, r, f


def shingles(toks, n=4):
    if len(toks) < n:
        return [tuple(toks)] if toks else []
    return [tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)]


def collapse(s):
    return " ".join((s or "").split())


def page_id(source):
    return os.path.basename(source or "").split(".")[0]


def load_truth(root):
    meta = json.load(open(os.path.join(root, "metadata.json")))["files"]
    truth = {}
    for pid, m in meta.items():
        path = os.path.join(root, "ground-truth", pid + ".json")
        if not os.path.exists(path):
            continue
        g = json.load(open(path))["ground_truth"]
        truth[pid] = {
            "type": m.get("page_type", "unknown"),
            "title": g.get("title") or "",
            "text": g.get("main_content") or "",
            "url": m.get("url", ""),
        }
    return truth


def load_runs(paths):
    runs = {}
    for path in paths:
        with open(path, encoding="utf-8") as fp:
            for line in fp:
                line = line.strip()
                if not line:
                    continue
                rec = json.loads(line)
                runs[page_id(rec.get("source"))] = rec
    return runs


def score(truth, runs, only_present=False):
    by_type = collections.defaultdict(lambda: collections.defaultdict(list))
    per_page = {}
    for pid, t in sorted(truth.items()):
        rec = runs.get(pid)
        if rec is None:
            if only_present:
                continue
            rec = {}
        title = rec.get("title") or ""
        text = rec.get("text") or ""
        gold = t["text"]
        if t["title"] and collapse(gold).startswith(collapse(t["title"])) and title:
            text = title + "\n\n" + text
        pt, gt = tokens(text), tokens(gold)
        wp, wr, wf = bag_f1(pt, gt)
        sp, sr, _ = bag_f1(shingles(pt), shingles(gt))
        tm = 1.0 if collapse(title) == collapse(t["title"]) else 0.0
        row = {"wp": wp, "wr": wr, "wf": wf, "sp": sp, "sr": sr, "title": tm,
               "error": 1.0 if "error" in rec else 0.0}
        per_page[pid] = dict(row, type=t["type"])
        for key in (t["type"], "ALL"):
            for k, v in row.items():
                by_type[key][k].append(v)
    return by_type, per_page


def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


def report(by_type, out=sys.stdout):
    head = "%-14s %5s %7s %7s %7s %8s %7s %7s %6s" % (
        "type", "pages", "word-P", "word-R", "word-F1", "shingle", "sh-P", "sh-R", "title")
    print(head, file=out)
    keys = sorted(k for k in by_type if k != "ALL") + ["ALL"]
    for k in keys:
        d = by_type[k]
        sp, sr = mean(d["sp"]), mean(d["sr"])
        sf = 0.0 if sp + sr == 0 else 2 * sp * sr / (sp + sr)
        print("%-14s %5d %7.3f %7.3f %7.3f %8.3f %7.3f %7.3f %6.3f" % (
            k, len(d["wf"]), mean(d["wp"]), mean(d["wr"]), mean(d["wf"]),
            sf, sp, sr, mean(d["title"])), file=out)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runs", nargs="+", help="JSON Lines output of winnow run -f jsonl")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__),
                                                   "../../../shared/data/wcxb-dev"))
    ap.add_argument("--only-present", action="store_true",
                    help="score only the pages present in the runs")
    ap.add_argument("--worst", type=int, default=0,
                    help="list the N pages with the lowest word F1")
    ap.add_argument("--per-page", help="write per-page scores as JSON to this file")
    args = ap.parse_args()
    truth = load_truth(args.data)
    runs = load_runs(args.runs)
    by_type, per_page = score(truth, runs, args.only_present)
    report(by_type)
    if args.worst:
        worst = sorted(per_page.items(), key=lambda kv: kv[1]["wf"])[:args.worst]
        for pid, r in worst:
            print("%s %-13s F1 %.3f P %.3f R %.3f" % (pid, r["type"], r["wf"], r["wp"], r["wr"]))
    if args.per_page:
        with open(args.per_page, "w") as fp:
            json.dump(per_page, fp, indent=1)


if __name__ == "__main__":
    main()
