#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs the C, Python and GJS examples and checks what they print.

The expected output is computed here through the Python bindings from the
same pipeline without the examples' own `word-count` filter, so the test
checks each example's filter, its pipeline handling and its printing; and
the three examples must print exactly the same thing.

Usage: test-examples.py --c EXE --python SCRIPT [--gjs SCRIPT --gjs-interpreter GJS]
"""

import argparse
import os
import subprocess
import sys
import unittest

import gi

gi.require_version('Winnow', '1.0')
from gi.repository import Gio, Winnow  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import taptest  # noqa: E402

SOURCE_ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
SEED = os.path.join(SOURCE_ROOT, 'seeds', '000_e6ebd894ec813c3a.txt')
ARTICLE = os.path.join(HERE, 'article.html')
BUILTIN_FILTERS = ['boilerplate', 'byline', 'entities']
ENTITY_LABELS = {'PERSON', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME', 'MONEY',
                 'PERCENT', 'EMAIL', 'URL'}

COMMANDS = {}


def expected_output(path, description, min_words):
    """What an example prints for `description ! word-count min-words=N`."""
    document = Winnow.Document.new_from_file(Gio.File.new_for_path(path), None)
    Winnow.Pipeline.new_from_string(description).process(document, None)
    text, _ = document.get_text()
    everything = not document.has_labels()
    content = [b for b in document.get_blocks()
               if everything or b.get_label() == Winnow.BlockLabel.CONTENT]
    counts = [len(document.get_block_text(b).split()) for b in content]
    words = sum(n for n in counts if n >= min_words)
    blocks = sum(1 for n in counts if n >= min_words)

    lines = [f'Title: {document.get_title() or "(none)"}',
             f'Byline: {document.get_metadata_string(Winnow.META_BYLINE) or "(none)"}']
    lines += [f'Words: {words}',
              f'Note: word-count: {words} words in {blocks} content blocks']
    entities = [s for s in document.get_spans()
                if s.get_label() in ENTITY_LABELS and
                any(b.get_start() <= s.get_start() and s.get_end() <= b.get_end()
                    for b in content)]
    lines.append(f'Entities: {len(entities)}')
    for span in entities:
        start = document.byte_to_char_offset(span.get_start())
        end = document.byte_to_char_offset(span.get_end())
        value = f' = {span.get_value()}' if span.get_value() else ''
        lines.append(f'  {span.get_label()}\t{text[start:end]}\t[{start}, {end}){value}')
    return lines


class ExampleTests:
    """Checks of one example; subclasses set `language`."""
    language = None

    def setUp(self):
        if self.language not in COMMANDS:
            self.skipTest(f'no {self.language} example to run')

    def run_example(self, *args, plugin_path=None):
        env = dict(os.environ, LC_ALL='C.UTF-8')
        if plugin_path is not None:
            env['WINNOW_PLUGIN_PATH'] = plugin_path
        return subprocess.run(COMMANDS[self.language] + list(args), env=env,
                              capture_output=True, text=True, timeout=120)

    def assert_output(self, result, description, word_count, lines):
        self.assertEqual(result.returncode, 0, result.stderr)
        out = result.stdout.splitlines()
        # The pipeline as the library prints it back, our filter included.
        printed = Winnow.Pipeline.new_from_string(description).to_string()
        self.assertEqual(out[0], f'Pipeline: {printed} ! {word_count}')
        self.assertEqual(out[1:], lines)
        return out

    def test_seed_with_test_filters(self):
        description = 'test-label title-first=true min-length=30 tags=Korea,Pyongyang'
        result = self.run_example('-p', f'{description} ! word-count min-words=3')
        lines = expected_output(SEED, description, 3)
        out = self.assert_output(result, description, 'word-count min-words=3', lines)
        self.assertEqual(out[1], 'Title: Korea, U.S., Japan vow to pressure North')
        self.assertIn('  MISC\tPyongyang', '\n'.join(out))
        self.assertEqual(result.stderr, '')

    def test_html_with_characters_outside_the_bmp(self):
        # The emoji before each entity make code points, UTF-16 units and
        # bytes all differ: the JavaScript example slices in UTF-16 units.
        description = 'test-label min-length=25 tags=Zürich,Basel'
        result = self.run_example('-p', f'{description} ! word-count', ARTICLE)
        lines = expected_output(ARTICLE, description, 1)
        out = self.assert_output(result, description, 'word-count', lines)
        self.assertEqual(out[1], 'Title: Grüße aus Zürich 😀')
        self.assertIn('  MISC\tZürich', '\n'.join(out))
        self.assertIn('  MISC\tBasel', '\n'.join(out))

    def test_default_pipeline_without_builtin_filters(self):
        # Only the test plugin: every built-in filter is left out, with a
        # warning naming it, and the example still runs its own filter.
        result = self.run_example(plugin_path=os.environ['WINNOW_TEST_PLUGIN_DIR'])
        self.assertEqual(result.returncode, 0, result.stderr)
        for name in BUILTIN_FILTERS:
            self.assertIn(f'filter “{name}” is not installed', result.stderr)
        out = result.stdout.splitlines()
        self.assertEqual(out[0], 'Pipeline: word-count')
        document = Winnow.Document.new_from_file(Gio.File.new_for_path(SEED), None)
        words = sum(len(document.get_block_text(b).split()) for b in document.get_blocks())
        self.assertIn(f'Words: {words}', out)

    def test_default_pipeline_with_installed_filters(self):
        result = self.run_example()
        registry = Winnow.Registry.get_default()
        installed = [n for n in BUILTIN_FILTERS if registry.lookup(n) is not None]
        if result.returncode == 1 and 'winnow-example: ' in result.stderr:
            # A built-in filter failed (e.g. its model is not built yet):
            # reported as an error of the input, not a crash.
            self.assertIn(os.path.basename(SEED), result.stderr)
            self.skipTest(f'a built-in filter failed: {result.stderr.strip()}')
        self.assertEqual(result.returncode, 0, result.stderr)
        pipeline = result.stdout.splitlines()[0]
        for name in BUILTIN_FILTERS:
            if name in installed:
                self.assertIn(name, pipeline)
                self.assertNotIn(f'“{name}”', result.stderr)
            else:
                self.assertIn(f'filter “{name}” is not installed', result.stderr)
        self.assertIn('word-count', pipeline)
        if 'boilerplate' in installed:
            self.assertLess(pipeline.index('boilerplate'), pipeline.index('word-count'))
        self.assertRegex(result.stdout, r'\nWords: \d+\n')
        self.assertRegex(result.stdout, r'\nEntities: \d+')

    def test_bad_pipeline(self):
        result = self.run_example('-p', 'test-label ! word-cont min-words=2')
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, '')
        self.assertIn('word-cont', result.stderr)
        self.assertIn('“word-count”', result.stderr)   # the suggestion

    def test_missing_input(self):
        missing = os.path.join(HERE, 'no-such-article.html')
        result = self.run_example('-p', 'word-count', missing)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, '')
        self.assertIn('no-such-article.html', result.stderr)


class CExampleTest(ExampleTests, unittest.TestCase):
    language = 'c'


class PythonExampleTest(ExampleTests, unittest.TestCase):
    language = 'python'


class GjsExampleTest(ExampleTests, unittest.TestCase):
    language = 'gjs'


class ExamplesAgreeTest(unittest.TestCase):
    def test_same_output_in_every_language(self):
        outputs = {}
        for language, command in COMMANDS.items():
            result = subprocess.run(
                command + ['-p', 'test-label min-length=20 tags=Zürich,Japan,Korea '
                           '! word-count min-words=2', ARTICLE],
                env=dict(os.environ, LC_ALL='C.UTF-8'), capture_output=True, text=True,
                timeout=120)
            self.assertEqual(result.returncode, 0, result.stderr)
            outputs[language] = result.stdout
        self.assertGreaterEqual(len(outputs), 2)
        reference = outputs.pop('c')
        for language, output in outputs.items():
            self.assertEqual(output, reference, f'{language} and C differ')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--c', required=True)
    parser.add_argument('--python', required=True)
    parser.add_argument('--gjs')
    parser.add_argument('--gjs-interpreter', default='gjs')
    args = parser.parse_args()
    COMMANDS['c'] = [args.c]
    COMMANDS['python'] = [sys.executable, args.python]
    if args.gjs:
        COMMANDS['gjs'] = [args.gjs_interpreter, '-m', args.gjs]
    if Winnow.Registry.get_default().lookup('test-label') is None:
        print('Bail out! the test plugin is not in WINNOW_PLUGIN_PATH')
        sys.exit(1)
    taptest.main()


if __name__ == '__main__':
    main()
