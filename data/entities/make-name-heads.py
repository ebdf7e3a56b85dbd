#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Derives name-heads.txt: common nouns that end the names of organisations
and events ("Council", "Ministry", "Cup", "Dialogue", "Show"), with the
class such names take. The entities filter uses them to mend tagger spans
that stop short of the head ("Northeast Asia" of "Northeast Asia Cooperation
Dialogue") or call a show a person ("Laura Ingraham Show").

Evidence, all counted automatically:
- CoNLL-2003 eng.train (labels and part-of-speech tags): how often a word is
  a common noun (NN/NNS in lower case), how often it ends a gold name of
  several words of each class, and how often it is capitalised but outside
  any name ("Prime Minister": titles are not heads);
- unlabeled text (the main text of the WCXB development pages and the words
  of eng.train): how often the word is written in lower case, capitalised
  in running text, and last in a run of capitalised words;
- the gazetteer lists of this folder: first names, surnames and places are
  never heads.

  data/entities/make-name-heads.py [SHARED-DATA-DIR]
"""

import collections
import glob
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', 'shared', 'data')
TOKEN = re.compile(r"[^\W\d_][\w'.\-]*[^\W_]|[^\W\d_]|\d+|[^\w\s]")


def conll_sentences(path):
    sentence = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            fields = line.split()
            if not fields or fields[0] == '-DOCSTART-':
                if sentence:
                    yield sentence
                sentence = []
            else:
                sentence.append((fields[0], fields[1], fields[-1]))
    if sentence:
        yield sentence


def gold_spans(sentence):
    """(start, end, class) of the IOB1 names of a sentence."""
    spans, current = [], None
    for i, (_, _, tag) in enumerate(sentence):
        if tag == 'O':
            if current:
                spans.append(current)
            current = None
            continue
        prefix, cls = tag.split('-')
        if current and current[2] == cls and prefix == 'I':
            current[1] = i + 1
        else:
            if current:
                spans.append(current)
            current = [i, i + 1, cls]
    if current:
        spans.append(current)
    return spans


def capitalised(word):
    return word[:1].isupper() and not word.isupper()


noun = collections.Counter()
head_of = collections.defaultdict(collections.Counter)
outside = collections.Counter()
lower = collections.Counter()
capped = collections.Counter()
run_end = collections.Counter()


def count_running_text(tokens):
    words = [t for t in tokens if t[:1].isalpha()]
    if len(words) < 4 or sum(1 for w in words if w[:1].isupper()) * 2 > len(words):
        return   # title case or a headline: every word is capitalised
    for i, t in enumerate(tokens):
        if not t[:1].isalpha():
            continue
        if t.islower():
            lower[t] += 1
        elif i > 0 and capitalised(t):
            capped[t.lower()] += 1
            if tokens[i - 1][:1].isupper() and not (i + 1 < len(tokens) and tokens[i + 1][:1].isupper()):
                run_end[t.lower()] += 1


for sentence in conll_sentences(os.path.join(shared, 'conll2003', 'eng.train')):
    named = set()
    for start, end, cls in gold_spans(sentence):
        named.update(range(start, end))
        if end - start >= 2 and capitalised(sentence[end - 1][0]):
            head_of[sentence[end - 1][0].lower()][cls] += 1
    for i, (word, pos, _) in enumerate(sentence):
        if word.islower() and pos in ('NN', 'NNS'):
            noun[word] += 1
        if i > 0 and i not in named and capitalised(word):
            outside[word.lower()] += 1
    count_running_text([w for w, _, _ in sentence])

for path in sorted(glob.glob(os.path.join(shared, 'wcxb-dev', 'ground-truth', '*.json'))):
    with open(path, encoding='utf-8') as f:
        text = json.load(f).get('ground_truth', {}).get('main_content') or ''
    for paragraph in text.split('\n'):
        for sentence in re.split(r'(?<=[.!?])\s+(?=["“\w])', paragraph):
            count_running_text(TOKEN.findall(sentence))

not_heads = set()
for name in ('first-name', 'surname', 'country', 'capital', 'city', 'region', 'demonym'):
    with open(os.path.join(here, 'gazetteers', name + '.txt'), encoding='utf-8') as f:
        not_heads.update(l.strip().lower() for l in f if l.strip() and not l.startswith('#'))

heads = {}
for word in set(noun) | set(head_of):
    if not word.isalpha() or len(word) < 3 or word in not_heads:
        continue
    ends = head_of[word]
    named = ends['ORG'] + ends['MISC']
    if noun[word] < 2 and not (noun[word] == 1 and lower[word] >= 5):
        continue                  # not a common noun
    if ends['PER'] > 0 or ends['LOC'] > 0:
        continue                  # ends names of people or places
    if named > 0:
        # Seen ending names; more often than capitalised outside them.
        if outside[word] * 2 > named:
            continue
    elif not (run_end[word] >= 1 and outside[word] == 0 and lower[word] >= capped[word]):
        continue                  # a common noun never seen heading a name
    heads[word] = ('MISC' if ends['MISC'] > ends['ORG'] else 'ORG', named)

with open(os.path.join(here, 'name-heads.txt'), 'w', encoding='utf-8') as out:
    out.write('# Common nouns that end names of organisations and events, and the\n'
              '# class of those names; derived by make-name-heads.py from eng.train\n'
              '# and unlabeled text (see SOURCES.md). Columns: the word, the class,\n'
              '# how many names of several words end in it in eng.train (0: the\n'
              '# word was only seen ending capitalised runs in unlabeled text).\n')
    for word in sorted(heads):
        out.write('%s\t%s\t%d\n' % (word, heads[word][0], heads[word][1]))
print('name-heads.txt', len(heads))
