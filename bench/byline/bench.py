#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Byline benchmark on the WCXB development split.

Runs `winnow run -p PIPELINE -f jsonl` over the pages (HTML) and over their
flattened text (the text-only path), and scores the byline against the
ground truth:

  author exact   on pages whose ground truth names an author: the set of
                 names equals the truth's, names normalised (NFKC, case
                 folded, a leading By/Von/Par/Written by removed,
                 punctuation to spaces) and split on , ; | & and/und/et
  author tok F1  F1 of the name tokens, averaged over those pages
  abstention     on pages with no author in the truth: share where no
                 author was reported
  date day acc   on pages with a publish_date: the reported date has the
                 same day

A diagnostic beside them, not the issue's metric: "exact, credentials
aside" compares with the truth's names without the credentials the issue
asks the filter to strip and the truth of some pages keeps ("Dylan
Bailey, MS, RD, FAND"; the list is data/byline/credentials.txt).

  bench.py [--wcxb DIR] [--winnow PATH] [--pipeline P] [--jobs N]
           [--mode html|text|both] [--dump FILE] [--limit N]

The pages are unpacked (and flattened) once into --work (default
/tmp/winnow-byline-bench). The flattened text is what a scraper that runs
no script keeps: the text of <body> without scripts and styles, one line
per block element; the text of <noscript> stays (forums such as
Discourse print their posts there for such readers).
"""

import argparse
import collections
import gzip
import html.parser
import json
import os
import re
import resource
import subprocess
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

BLOCK_TAGS = {
    "p", "div", "section", "article", "header", "footer", "nav", "aside", "main",
    "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br",
    "table", "tr", "td", "th", "blockquote", "pre", "figure", "figcaption",
    "form", "address", "hr", "caption", "title",
}
SKIP_TAGS = {"script", "style", "template", "svg", "head", "iframe"}
# Bumped when flatten() changes, so that stale flattened pages in --work
# are written again (2: <noscript> kept).
FLATTENER_VERSION = "2"


class Flattener(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = [[]]
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.lines.append([])

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.lines.append([])

    def handle_data(self, data):
        if not self.skip:
            self.lines[-1].append(data)

    def text(self):
        out = []
        for parts in self.lines:
            line = " ".join("".join(parts).split())
            if line:
                out.append(line)
        return "\n".join(out) + "\n"


def flatten(markup):
    f = Flattener()
    try:
        f.feed(markup)
        f.close()
    except Exception:  # malformed pages: keep what was read
        pass
    return f.text()


PREFIX_RE = re.compile(r"^\s*(by|von|par|por|door|written by|story by)\s+", re.I)
# ", and" is one separator, not a name starting with "and".
SPLIT_RE = re.compile(r"\s*[,;|&]\s*(?:(?:and|und|et)\s+)?|\s+(?:and|und|et)\s+", re.I)


def normalise_names(value):
    """The set of normalised names of an author string (or list)."""
    if value is None:
        return set()
    if isinstance(value, list):
        value = ", ".join(value)
    value = unicodedata.normalize("NFKC", value).casefold()
    value = PREFIX_RE.sub("", value)
    names = set()
    for part in SPLIT_RE.split(value):
        part = PREFIX_RE.sub("", part or "")
        part = " ".join(re.sub(r"[^\w\s]|_", " ", part).split())
        if part:
            names.add(part)
    return names


def load_credentials():
    path = os.path.join(ROOT, "data", "byline", "credentials.txt")
    with open(path, encoding="utf-8") as fh:
        return {line.strip().casefold().replace(".", "") for line in fh
                if line.strip() and not line.startswith("#")}


CREDENTIALS = None


def without_credentials(names):
    """The normalised names with trailing credentials taken off, and the
    names that are only credentials ("ms", "rd" of "Dylan Bailey, MS,
    RD") left out."""
    global CREDENTIALS
    if CREDENTIALS is None:
        CREDENTIALS = load_credentials()
    out = set()
    for name in names:
        words = name.split()
        while words and words[-1].replace(" ", "") in CREDENTIALS:
            words.pop()
        # "ph d" of "Ph.D.", normalised
        while len(words) >= 2 and (words[-2] + words[-1]) in CREDENTIALS:
            words = words[:-2]
        if words:
            out.add(" ".join(words))
    return out


def tokens_of(names):
    return collections.Counter(t for n in names for t in n.split())


def token_f1(pred, gold):
    p, g = tokens_of(pred), tokens_of(gold)
    if not p or not g:
        return 1.0 if not p and not g else 0.0
    tp = sum((p & g).values())
    if tp == 0:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def prepare(wcxb, work, limit):
    """Unpacks the pages into work/html and flattens them into work/text."""
    html_dir = os.path.join(work, "html")
    text_dir = os.path.join(work, "text")
    os.makedirs(html_dir, exist_ok=True)
    os.makedirs(text_dir, exist_ok=True)
    stamp = os.path.join(text_dir, ".flattener")
    stale = not os.path.exists(stamp) or open(stamp).read().strip() != FLATTENER_VERSION
    truth = {}
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(wcxb, "ground-truth")) if f.endswith(".json"))
    if limit:
        ids = ids[:limit]
    for pid in ids:
        with open(os.path.join(wcxb, "ground-truth", pid + ".json"), encoding="utf-8") as fh:
            gt = json.load(fh)
        truth[pid] = gt
        h = os.path.join(html_dir, pid + ".html")
        t = os.path.join(text_dir, pid + ".txt")
        if not os.path.exists(h) or not os.path.exists(t) or stale:
            with gzip.open(os.path.join(wcxb, "html", pid + ".html.gz"), "rb") as fh:
                raw = fh.read()
            with open(h, "wb") as out:
                out.write(raw)
            with open(t, "w", encoding="utf-8") as out:
                out.write(flatten(raw.decode("utf-8", "replace")))
    if stale and not limit:
        with open(stamp, "w") as out:
            out.write(FLATTENER_VERSION + "\n")
    return truth, html_dir, text_dir


def run_winnow(winnow, pipeline, jobs, inputs, env, work):
    start = time.time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # The child's own peak memory: ru_maxrss of RUSAGE_CHILDREN would count
    # this Python process too, as fork copies it before exec.
    rss_file = os.path.join(work, "maxrss.txt")
    wrapper = ["/usr/bin/time", "-f", "%M", "-o", rss_file] if os.path.exists("/usr/bin/time") else []
    proc = subprocess.run(wrapper + [winnow, "run", "-p", pipeline, "-f", "jsonl", "-j", str(jobs)] + inputs,
                          capture_output=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = time.time() - start
    rss = None
    if wrapper:
        try:
            with open(rss_file) as fh:
                rss = int(fh.read().split()[-1])
        except (OSError, ValueError, IndexError):
            rss = None
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit("winnow run failed with status %d" % proc.returncode)
    records = {}
    bad = 0
    for line in proc.stdout.decode("utf-8", "replace").split("\n"):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            bad += 1
            continue
        pid = os.path.basename(rec.get("source", "")).split(".")[0]
        records[pid] = rec
    if bad:
        sys.stderr.write("warning: %d output lines were not JSON\n" % bad)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return records, elapsed, cpu, rss


def score(truth, records, dump, label):
    n_auth = exact = exact_aside = 0
    f1_sum = 0.0
    n_none = abstain = 0
    n_date = date_ok = 0
    by_type = collections.defaultdict(lambda: [0, 0])
    for pid, gt in sorted(truth.items()):
        g = gt["ground_truth"]
        rec = records.get(pid) or {}
        byline = rec.get("byline") or {}
        pred_names = [a.get("name") for a in (byline.get("authors") or []) if a.get("name")]
        pred = normalise_names(pred_names)
        gold = normalise_names(g.get("author"))
        ptype = gt.get("_internal", {}).get("page_type", {}).get("primary", "?")
        ok_author = None
        if gold:
            n_auth += 1
            ok_author = pred == gold
            exact += ok_author
            exact_aside += without_credentials(pred) == without_credentials(gold)
            f1_sum += token_f1(pred, gold)
            by_type[ptype][0] += 1
            by_type[ptype][1] += ok_author
        else:
            n_none += 1
            ok_author = not pred
            abstain += ok_author
        gd = g.get("publish_date")
        pd = byline.get("date")
        ok_date = None
        if gd:
            n_date += 1
            ok_date = bool(pd) and pd[:10] == gd[:10]
            date_ok += ok_date
        if dump is not None and (not ok_author or ok_date is False):
            dump.write(json.dumps({"mode": label, "id": pid, "type": ptype,
                                   "gold_author": g.get("author"), "pred_authors": pred_names,
                                   "author_ok": ok_author, "gold_date": gd, "pred_date": pd,
                                   "date_ok": ok_date, "raw": byline.get("raw")},
                                  ensure_ascii=False) + "\n")
    res = {
        "pages": len(truth),
        "with_author": n_auth,
        "author_exact": exact / n_auth if n_auth else 0.0,
        "author_token_f1": f1_sum / n_auth if n_auth else 0.0,
        "exact_credentials_aside": exact_aside / n_auth if n_auth else 0.0,
        "without_author": n_none,
        "abstention": abstain / n_none if n_none else 0.0,
        "with_date": n_date,
        "date_day_accuracy": date_ok / n_date if n_date else 0.0,
        "author_exact_by_type": {k: round(v[1] / v[0], 3) for k, v in sorted(by_type.items())},
    }
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wcxb", default=os.path.join(os.path.dirname(ROOT), "shared", "data", "wcxb-dev"))
    ap.add_argument("--winnow", default=os.path.join(ROOT, "build-byline", "tools", "winnow"))
    ap.add_argument("--pipeline", default="boilerplate ! byline")
    ap.add_argument("--text-pipeline", default=None,
                    help="pipeline for the text-only path (default: --pipeline)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--mode", choices=["html", "text", "both"], default="both")
    ap.add_argument("--work", default="/tmp/winnow-byline-bench")
    ap.add_argument("--dump", default=None, help="write the misses as JSON lines to this file")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()

    truth, html_dir, text_dir = prepare(args.wcxb, args.work, args.limit)
    env = dict(os.environ)
    build = os.path.dirname(os.path.dirname(os.path.abspath(args.winnow)))
    env.setdefault("WINNOW_PLUGIN_PATH", os.path.join(build, "plugin"))
    env.setdefault("WINNOW_DATA_PATH", os.path.join(ROOT, "data"))
    env.setdefault("LD_LIBRARY_PATH", os.path.join(build, "winnow"))

    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    results = {}
    modes = ["html", "text"] if args.mode == "both" else [args.mode]
    for mode in modes:
        d = html_dir if mode == "html" else text_dir
        ext = ".html" if mode == "html" else ".txt"
        inputs = [os.path.join(d, pid + ext) for pid in sorted(truth)]
        pipeline = args.pipeline if mode == "html" else (args.text_pipeline or args.pipeline)
        records, elapsed, cpu, rss = run_winnow(args.winnow, pipeline, args.jobs, inputs, env, args.work)
        res = score(truth, records, dump, mode)
        res.update({"pipeline": pipeline, "seconds": round(elapsed, 2), "cpu_seconds": round(cpu, 2),
                    "pages_per_second": round(len(inputs) / elapsed, 1) if elapsed else None,
                    "max_rss_mib": round(rss / 1024, 1) if rss else None})
        results[mode] = res
        print("== %s (%s) ==" % (mode, pipeline))
        for k in ("pages", "with_author", "author_exact", "author_token_f1",
                  "exact_credentials_aside", "without_author",
                  "abstention", "with_date", "date_day_accuracy", "seconds", "cpu_seconds",
                  "pages_per_second", "max_rss_mib"):
            v = res[k]
            print("  %-18s %s" % (k, round(v, 3) if isinstance(v, float) else v))
        print("  %-18s %s" % ("exact by type", res["author_exact_by_type"]))
    if dump:
        dump.close()
    with open(os.path.join(args.work, "results.json"), "w") as fh:
        json.dump(results, fh, indent=1)


if __name__ == "__main__":
    main()
