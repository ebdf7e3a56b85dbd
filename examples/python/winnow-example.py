#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Winnow from Python.

Runs a pipeline on a file (a seed article by default) and prints the title,
the byline and the entities. The pipeline includes a filter written here in
Python, `word-count`, registered at run time and used between the built-in
filters:

    boilerplate ! word-count ! byline ! entities

Run it from a build directory with `meson devenv -C BUILDDIR` (or with
GI_TYPELIB_PATH, LD_LIBRARY_PATH and WINNOW_PLUGIN_PATH set), e.g.

    ./winnow-example.py
    ./winnow-example.py page.html
    ./winnow-example.py -p 'boilerplate ! word-count min-words=5' page.html
"""

import argparse
import os
import sys

import gi

gi.require_version('Winnow', '1.0')
from gi.repository import Gio, GLib, GObject, Winnow  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INPUT = os.path.join(HERE, '..', '..', 'seeds', '000_e6ebd894ec813c3a.txt')

# The default pipeline with our own filter after boilerplate removal, so it
# counts the words of the article body.
DEFAULT_ELEMENTS = ['boilerplate', 'word-count', 'byline', 'entities']

ENTITY_LABELS = {'PERSON', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME', 'MONEY',
                 'PERCENT', 'EMAIL', 'URL'}


class WordCountFilter(Winnow.Filter):
    """Counts the words of the content blocks.

    Writes the count to the `word-count` metadata (a `u`) and a note. A
    filter written in Python is registered SERIAL: PyGObject holds the GIL
    while it runs, so the pipeline calls it one document at a time.
    """
    __gtype_name__ = 'ExampleWordCountFilter'

    min_words = GObject.Property(
        type=int, default=1, minimum=0, maximum=1000000,
        nick='Minimum words',
        blurb='Count only the content blocks with at least this many words')

    def do_process(self, document, cancellable):
        # The blocks labelled CONTENT, or every block while no filter has
        # labelled any: what get_content() returns.
        everything = not document.has_labels()
        words = blocks = 0
        for block in document.get_blocks():
            if not everything and block.get_label() != Winnow.BlockLabel.CONTENT:
                continue
            n = len(document.get_block_text(block).split())
            if n >= self.props.min_words:
                words += n
                blocks += 1
        document.set_metadata('word-count', GLib.Variant('u', words))
        document.add_note(self.get_name(),
                          f'{words} words in {blocks} content blocks')
        return True


def build_pipeline(elements):
    """Builds the pipeline, leaving out the filters that are not installed."""
    registry = Winnow.Registry.get_default()
    elements = list(elements)
    while True:
        description = ' ! '.join(elements)
        try:
            return Winnow.Pipeline.new_from_string(description)
        except GLib.Error as error:
            if not error.matches(Winnow.pipeline_error_quark(),
                                 Winnow.PipelineError.NO_SUCH_FILTER):
                raise
            missing = [e for e in elements
                       if registry.lookup(e.split()[0]) is None]
            if not missing or len(missing) == len(elements):
                raise
            for element in missing:
                print(f'winnow-example: filter “{element.split()[0]}” is not '
                      'installed; leaving it out', file=sys.stderr)
                elements.remove(element)


def content_ranges(document):
    everything = not document.has_labels()
    return [(b.get_start(), b.get_end()) for b in document.get_blocks()
            if everything or b.get_label() == Winnow.BlockLabel.CONTENT]


def print_result(document):
    text, _ = document.get_text()

    print('Title:', document.get_title() or '(none)')

    byline = document.get_metadata_string(Winnow.META_BYLINE)
    print('Byline:', byline or '(none)')
    authors = document.get_authors()
    for author in (authors.unpack() if authors else []):
        line = author.get('name', '?')
        if author.get('credentials'):
            line += f', {author["credentials"]}'
        if author.get('email'):
            line += f' <{author["email"]}>'
        if author.get('role'):
            line += f' ({author["role"]})'
        print('Author:', line)
    if document.get_date():
        print('Date:', document.get_date())

    count = document.get_metadata('word-count')
    if count is not None:
        print('Words:', count.get_uint32())
    for note in document.get_notes():
        print('Note:', note)

    # Entities in the content. Offsets are UTF-8 bytes in the library;
    # convert them to code points to slice a Python string.
    ranges = content_ranges(document)
    entities = [s for s in document.get_spans()
                if s.get_label() in ENTITY_LABELS and
                any(a <= s.get_start() and s.get_end() <= b for a, b in ranges)]
    print(f'Entities: {len(entities)}')
    for span in entities:
        start = document.byte_to_char_offset(span.get_start())
        end = document.byte_to_char_offset(span.get_end())
        value = f' = {span.get_value()}' if span.get_value() else ''
        print(f'  {span.get_label()}\t{text[start:end]}\t[{start}, {end}){value}')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('-p', '--pipeline',
                        help='pipeline description (default: %s)'
                        % ' ! '.join(DEFAULT_ELEMENTS))
    parser.add_argument('input', nargs='?', default=DEFAULT_INPUT,
                        help='an HTML or text file (default: the seed article)')
    args = parser.parse_args()

    registry = Winnow.Registry.get_default()
    registry.register('word-count', WordCountFilter, Winnow.FilterFlags.SERIAL)

    try:
        if args.pipeline:
            pipeline = Winnow.Pipeline.new_from_string(args.pipeline)
        else:
            pipeline = build_pipeline(DEFAULT_ELEMENTS)
    except GLib.Error as error:
        print(f'winnow-example: {error.message}', file=sys.stderr)
        return 2

    try:
        document = Winnow.Document.new_from_file(
            Gio.File.new_for_commandline_arg(args.input), None)
        document.set_source_name(args.input)
        pipeline.process(document, None)
    except GLib.Error as error:
        print(f'winnow-example: {args.input}: {error.message}', file=sys.stderr)
        return 1

    print('Pipeline:', pipeline.to_string())
    print_result(document)
    return 0


if __name__ == '__main__':
    sys.exit(main())
