#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writes first-names-conll.txt: the first words of the people's names of
several words annotated in the CoNLL-2003 English training set that the
Moby list (first-names.txt) lacks ("Wasim", "Arantxa", "Joakim", "Rui").
The Moby list is mostly English; Reuters' names come from every culture.
Only words are kept, no text: a word is left out when it is an English
word or a common lower-case word (those lists say "Mother" of "Mother
Teresa" is none), shorter than three letters ("Ai"), or not written as a
name (initial capital, the rest lower case).

    python3 data/byline/make-first-names-conll.py [path/to/eng.train]
"""

import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
train = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    here, '..', '..', '..', 'shared', 'data', 'conll2003', 'eng.train')


def words(name):
    with open(os.path.join(here, name), encoding='utf-8') as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith('#')}


def person_names(path):
    """Yields the tokens of each person's name (IOB1 tags: B- only
    between two names of the same class)."""
    tokens, previous = [], 'O'
    with open(path, encoding='utf-8') as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] == '-DOCSTART-':
                tag = 'O'
            else:
                tag = parts[-1]
            continues = tag.endswith('PER') and not tag.startswith('B-') and previous.endswith('PER')
            if not continues and tokens:
                yield tokens
                tokens = []
            if tag.endswith('PER'):
                tokens.append(parts[0])
            previous = tag
    if tokens:
        yield tokens


known = words('first-names.txt')
excluded = words('english-words.txt') | words('common-words.txt')
found = set()
for name in person_names(train):
    first = name[0]
    if (len(name) >= 2 and len(first) >= 3 and first.isalpha() and first[0].isupper() and
            first[1:].islower() and first.lower() not in known and first.lower() not in excluded):
        found.add(first)

with open(os.path.join(here, 'first-names-conll.txt'), 'w', encoding='utf-8') as f:
    f.write('# First names that the Moby list lacks, from the people\'s names annotated\n'
            '# in the CoNLL-2003 English training set (Tjong Kim Sang & De Meulder,\n'
            '# 2003; Reuters RCV1 text, not included): single words only.\n'
            '# Written by make-first-names-conll.py.\n')
    for w in sorted(found):
        f.write(w + '\n')
print(len(found), 'names')
