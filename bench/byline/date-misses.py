#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Classifies the date misses of a bench.py --dump file.

For every page whose reported date is not the truth's day, it tells where
the truth's day appears in the page and in which form, and what was
reported instead:

  gold-absent        the day is nowhere in the page (text, head tags,
                     JSON-LD, attributes): out of reach
  gold-month-only    the truth gives only a month ("2003-11")
  gold-in-metadata   only in head tags, JSON-LD or attributes (datetime=)
  gold-shown         in the visible text (the flattened page), with its
                     form (mdy-name, dmy-name, iso, numeric, dotted, ymd,
                     cjk) and whether its line says "updated"
  gold-shown-no-year only as "Apr 12" (a year the reader infers)

and for the reported date: none, later or earlier than the truth, and
whether the reported day is shown on the page or comes from metadata only.

  date-misses.py --dump FILE [--wcxb DIR] [--work DIR] [--mode html|text]
                 [--list]
"""

import argparse
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def load_months():
    months = {}
    with open(os.path.join(ROOT, "data", "byline", "months.txt"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            name, number = line.rstrip("\n").split("\t")
            months[name] = int(number)
    return months


MONTHS = load_months()
MPAT = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
FORMS = [
    ("iso", r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", "ymd"),
    ("ymd", r"(?<![\d.])(\d{4})\s?[/.]\s?(\d{1,2})\s?[/.]\s?(\d{1,2})(?!\d)", "ymd"),
    ("cjk", r"(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})", "ymd"),
    ("mdy-name", r"(?<![^\W\d_])(" + MPAT + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(\d{4})", "Mdy"),
    ("dmy-name", r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.|º)?(?:\s*|-)(?:de\s+)?(" + MPAT +
     r")(?![^\W\d_])\.?,?(?:\s+|-)(?:de\s+)?(\d{4})", "dMy"),
    ("ymd-name", r"(?<!\d)(\d{4})\s+(" + MPAT + r")\.?\s+(\d{1,2})(?!\d)", "yMd"),
    ("dotted", r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)", "dmy"),
    ("numeric", r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?!\d)", "num"),
    ("no-year", r"(?<![^\W\d_])(" + MPAT + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d,])", "Md"),
]
COMPILED = [(n, re.compile(p, re.I), k) for n, p, k in FORMS]


def days_in(text, year):
    """(day, form, start) of every date-like string of @text."""
    out = []
    for name, rx, kind in COMPILED:
        for m in rx.finditer(text):
            g = m.groups()
            try:
                if kind == "ymd":
                    cands = [(int(g[0]), int(g[1]), int(g[2]))]
                elif kind == "Mdy":
                    cands = [(int(g[2]), MONTHS[g[0].lower().rstrip(".")], int(g[1]))]
                elif kind == "dMy":
                    cands = [(int(g[2]), MONTHS[g[1].lower().rstrip(".")], int(g[0]))]
                elif kind == "yMd":
                    cands = [(int(g[0]), MONTHS[g[1].lower().rstrip(".")], int(g[2]))]
                elif kind == "dmy":
                    cands = [(int(g[2]), int(g[1]), int(g[0]))]
                elif kind == "num":
                    cands = [(int(g[3]), int(g[0]), int(g[2])), (int(g[3]), int(g[2]), int(g[0]))]
                else:
                    cands = [(year, MONTHS[g[0].lower().rstrip(".")], int(g[1]))]
            except (KeyError, ValueError):
                cands = []
            for y, mo, d in cands:
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    out.append(("%04d-%02d-%02d" % (y, mo, d), name, m.start()))
    return out


def markup_days(raw):
    """Days in head tags, JSON-LD and attributes of the raw HTML."""
    days = set()
    for m in re.finditer(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})", raw):
        days.add("%s-%s-%s" % m.groups())
    return days


def classify(rec, wcxb_html_text, raw):
    gold = rec["gold_date"]
    pred = (rec.get("pred_date") or "")[:10]
    if len(gold) < 10:
        where = "gold-month-only"
        form = ""
    else:
        year = int(gold[:4])
        found = [(f, s) for day, f, s in days_in(wcxb_html_text, year) if day == gold[:10]]
        full = [(f, s) for f, s in found if f != "no-year"]
        if full:
            where = "gold-shown"
            f, s = full[0]
            line_start = wcxb_html_text.rfind("\n", 0, s) + 1
            line = wcxb_html_text[line_start:wcxb_html_text.find("\n", s)]
            form = f + (" (updated line)" if re.search(r"updat|modif|edited", line, re.I) else "")
        elif found:
            where, form = "gold-shown-no-year", ""
        elif gold[:10] in markup_days(raw):
            where, form = "gold-in-metadata", ""
        else:
            where, form = "gold-absent", ""
    if not pred:
        what = "none"
    else:
        what = "later" if pred > gold[:10] else "earlier"
        shown = any(day == pred for day, f, s in days_in(wcxb_html_text, int(pred[:4])) if f != "no-year")
        what += " (shown)" if shown else " (metadata only)"
    return where, form, what


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dump", required=True)
    ap.add_argument("--work", default="/tmp/winnow-byline-bench")
    ap.add_argument("--mode", choices=["html", "text"], default=None)
    ap.add_argument("--list", action="store_true", help="print every miss")
    args = ap.parse_args()

    by_mode = collections.defaultdict(collections.Counter)
    forms = collections.defaultdict(collections.Counter)
    with open(args.dump, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("date_ok") is not False or (args.mode and rec["mode"] != args.mode):
                continue
            with open(os.path.join(args.work, "text", rec["id"] + ".txt"), encoding="utf-8") as t:
                text = t.read()
            with open(os.path.join(args.work, "html", rec["id"] + ".html"), encoding="utf-8",
                      errors="replace") as h:
                raw = h.read()
            where, form, what = classify(rec, text, raw)
            by_mode[rec["mode"]][(where, what)] += 1
            if form:
                forms[rec["mode"]][form] += 1
            if args.list:
                print("%s %s gold %s pred %s: %s %s / %s" % (rec["mode"], rec["id"], rec["gold_date"],
                                                           rec.get("pred_date"), where, form, what))
    for mode in sorted(by_mode):
        total = sum(by_mode[mode].values())
        print("== %s: %d date misses" % (mode, total))
        for (where, what), n in sorted(by_mode[mode].items(), key=lambda kv: -kv[1]):
            print("  %4d  %-20s reported: %s" % (n, where, what))
        print("  forms of the shown truth: %s" % dict(forms[mode].most_common()))


if __name__ == "__main__":
    main()
