#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Tests of Winnow from Python (PyGObject): filters written in Python,
errors crossing the language boundary in both directions, pipeline parse
errors, batches, and the document accessors."""

import contextlib
import io
import json
import os
import sys
import threading
import time
import unittest

import gi

gi.require_version('Winnow', '1.0')
gi.require_version('Json', '1.0')
from gi.repository import Gio, GLib, GObject, Json, Winnow  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import taptest  # noqa: E402

TEST_DOMAIN_NAME = 'winnow-python-test-error'
TEST_DOMAIN = GLib.quark_from_string(TEST_DOMAIN_NAME)
TEST_CODE = 42

PIPELINE_DOMAIN = 'winnow-pipeline-error-quark'
FILTER_DOMAIN = 'winnow-filter-error-quark'


class RaisingFilter(Winnow.Filter):
    """Raises on documents containing `marker`: a GLib.Error in the test
    domain, or with plain=true a ValueError."""
    __gtype_name__ = 'TestPyRaisingFilter'

    marker = GObject.Property(type=str, default='FAIL', nick='Marker',
                              blurb='Documents containing this text fail')
    plain = GObject.Property(type=bool, default=False, nick='Plain',
                             blurb='Raise a plain Python exception')

    def do_process(self, document, cancellable):
        text, _ = document.get_text()
        if self.props.marker and self.props.marker in text:
            if self.props.plain:
                raise ValueError(f'plain failure on {document.get_source_name()}')
            raise GLib.Error.new_literal(
                TEST_DOMAIN, f'refused {document.get_source_name()}', TEST_CODE)
        document.add_note(self.get_name(), 'passed')
        return True


class SerialProbeFilter(Winnow.Filter):
    """Records how many calls run at once and on which threads. Sleeping
    releases the GIL, so without SERIAL two workers could overlap here."""
    __gtype_name__ = 'TestPySerialProbeFilter'

    lock = threading.Lock()
    active = 0
    max_active = 0
    calls = 0
    threads = set()

    def do_process(self, document, cancellable):
        cls = SerialProbeFilter
        with cls.lock:
            cls.active += 1
            cls.calls += 1
            cls.max_active = max(cls.max_active, cls.active)
            cls.threads.add(threading.get_ident())
        time.sleep(0.002)
        with cls.lock:
            cls.active -= 1
        document.add_note(self.get_name(), f'{len(document.get_blocks())} blocks')
        return True


class AnnotatingFilter(Winnow.Filter):
    """Labels blocks, adds spans and metadata from Python: every block
    containing `word` is CONTENT, the others BOILERPLATE; each occurrence
    of `word` becomes a MISC span."""
    __gtype_name__ = 'TestPyAnnotatingFilter'

    word = GObject.Property(type=str, default='Zürich')

    def do_process(self, document, cancellable):
        text, length = document.get_text()
        raw = text.encode('utf-8')
        assert len(raw) == length
        needle = self.props.word.encode('utf-8')
        for block in document.get_blocks():
            chunk = raw[block.get_start():block.get_end()]
            if needle in chunk:
                block.set_label(Winnow.BlockLabel.CONTENT, 0.75, 'has-word', self.get_name())
            else:
                block.set_label(Winnow.BlockLabel.BOILERPLATE, 0.25, 'no-word', self.get_name())
        start = raw.find(needle)
        while start >= 0:
            document.add_span(Winnow.Span.new(start, start + len(needle), 'MISC', 0.5,
                                              self.get_name(), self.props.word.upper()))
            start = raw.find(needle, start + 1)
        document.set_metadata('python-words', GLib.Variant('as', text.split()))
        return True


def setUpModule():
    registry = Winnow.Registry.get_default()
    for name, gtype in [('py-raise', RaisingFilter), ('py-serial', SerialProbeFilter),
                        ('py-annotate', AnnotatingFilter)]:
        registry.register(name, gtype, Winnow.FilterFlags.SERIAL)
    if registry.lookup('test-label') is None:
        raise RuntimeError('the test plugin is not in WINNOW_PLUGIN_PATH')


def text_input(text, name):
    return Winnow.Input.new_for_bytes(GLib.Bytes.new(text.encode('utf-8')), name)


def run_batch(pipeline, inputs, n_threads=4):
    results = []

    def on_result(index, input_, document, error, *user_data):
        results.append((index, input_.get_name(), document, error))

    ok = pipeline.process_inputs(None, n_threads, inputs, on_result, None)
    return ok, results


class PythonErrorsTest(unittest.TestCase):
    def test_gerror_from_python_filter_arrives_intact(self):
        pipeline = Winnow.Pipeline.new_from_string('test-label min-length=0 ! py-raise')
        document = Winnow.Document.new_from_text('one line\nFAIL here\n', -1)
        document.set_source_name('doc-a')
        with self.assertRaises(GLib.Error) as caught:
            pipeline.process(document, None)
        error = caught.exception
        self.assertEqual(error.domain, TEST_DOMAIN_NAME)
        self.assertEqual(error.code, TEST_CODE)
        self.assertEqual(error.message, 'refused doc-a')
        self.assertTrue(error.matches(TEST_DOMAIN, TEST_CODE))
        # The C filter before it ran; the Python one added no note.
        self.assertTrue(document.has_labels())
        self.assertEqual(list(document.get_notes()), [])

    def test_gerror_in_batch_reaches_c_json_writer(self):
        # The error goes Python -> C (the vfunc's GError) -> worker thread
        # -> batch -> result callback, and the C JSON writer reads it.
        pipeline = Winnow.Pipeline.new_from_string('py-raise ! test-label')
        names = [f'input-{i}' for i in range(12)]
        inputs = [text_input(f'line of {n}\n' + ('FAIL\n' if i % 3 == 1 else 'fine\n'), n)
                  for i, n in enumerate(names)]
        ok, results = run_batch(pipeline, inputs)
        self.assertTrue(ok)
        self.assertEqual([r[0] for r in results], list(range(12)))
        self.assertEqual([r[1] for r in results], names)
        for index, name, document, error in results:
            if index % 3 == 1:
                self.assertIsNone(document)
                self.assertEqual((error.domain, error.code, error.message),
                                 (TEST_DOMAIN_NAME, TEST_CODE, f'refused {name}'))
                record = json.loads(Json.to_string(
                    Winnow.error_to_json_node(name, pipeline.to_string(), error), False))
                self.assertEqual(record['source'], name)
                self.assertEqual(record['error']['domain'], TEST_DOMAIN_NAME)
                self.assertEqual(record['error']['code'], TEST_CODE)
                self.assertEqual(record['error']['message'], f'refused {name}')
            else:
                self.assertIsNone(error)
                self.assertEqual(list(document.get_notes()), ['py-raise: passed'])
                self.assertTrue(document.has_labels())

    def test_plain_exception_becomes_error_naming_filter(self):
        pipeline = Winnow.Pipeline.new_from_string('py-raise plain=true ! test-label')
        document = Winnow.Document.new_from_text('FAIL\n', -1)
        document.set_source_name('doc-b')
        stderr = io.StringIO()
        with contextlib.redirect_stderr(stderr), self.assertRaises(GLib.Error) as caught:
            pipeline.process(document, None)
        error = caught.exception
        self.assertEqual(error.domain, FILTER_DOMAIN)
        self.assertTrue(error.matches(Winnow.filter_error_quark(), Winnow.FilterError.FAILED))
        self.assertIn('“py-raise”', error.message)
        # PyGObject printed the traceback; the filter after it never ran.
        self.assertIn('ValueError: plain failure on doc-b', stderr.getvalue())
        self.assertFalse(document.has_labels())

    def test_plain_exception_in_batch_fails_only_its_input(self):
        pipeline = Winnow.Pipeline.new_from_string('py-raise plain=true marker=BOOM')
        inputs = [text_input('calm\n', 'calm'), text_input('BOOM\n', 'boom'),
                  text_input('calm again\n', 'calm-again')]
        with contextlib.redirect_stderr(io.StringIO()):
            ok, results = run_batch(pipeline, inputs, n_threads=2)
        self.assertTrue(ok)
        self.assertEqual([(r[0], r[1]) for r in results],
                         [(0, 'calm'), (1, 'boom'), (2, 'calm-again')])
        self.assertIsNotNone(results[0][2])
        self.assertIsNotNone(results[2][2])
        self.assertIsNone(results[1][2])
        self.assertTrue(results[1][3].matches(Winnow.filter_error_quark(),
                                              Winnow.FilterError.FAILED))
        self.assertIn('“py-raise”', results[1][3].message)

    def test_c_filter_error_reaches_python(self):
        pipeline = Winnow.Pipeline.new_from_string('test-fail marker=STOP')
        document = Winnow.Document.new_from_text('please STOP\n', -1)
        with self.assertRaises(GLib.Error) as caught:
            pipeline.process(document, None)
        self.assertTrue(caught.exception.matches(Winnow.filter_error_quark(),
                                                 Winnow.FilterError.INVALID_INPUT))
        self.assertIn('STOP', caught.exception.message)


class PipelineParseErrorsTest(unittest.TestCase):
    def assert_parse_error(self, description, code, *fragments):
        with self.assertRaises(GLib.Error) as caught:
            Winnow.Pipeline.new_from_string(description)
        error = caught.exception
        self.assertEqual(error.domain, PIPELINE_DOMAIN)
        self.assertEqual(error.code, int(code))
        self.assertTrue(error.matches(Winnow.pipeline_error_quark(), code))
        for fragment in fragments:
            self.assertIn(fragment, error.message)
        return error

    def test_no_such_filter_suggests_name(self):
        self.assert_parse_error('test-label ! py-raize', Winnow.PipelineError.NO_SUCH_FILTER,
                                'py-raize', 'py-raise')

    def test_syntax(self):
        self.assert_parse_error('test-label ! ', Winnow.PipelineError.SYNTAX)
        self.assert_parse_error('test-label tags="open', Winnow.PipelineError.SYNTAX)

    def test_no_such_property_of_python_filter(self):
        self.assert_parse_error('py-raise markr=x', Winnow.PipelineError.NO_SUCH_PROPERTY,
                                'markr')

    def test_bad_value(self):
        self.assert_parse_error('test-label min-length=many', Winnow.PipelineError.BAD_VALUE,
                                'many')
        self.assert_parse_error('py-raise plain=perhaps', Winnow.PipelineError.BAD_VALUE)


class PythonFilterTest(unittest.TestCase):
    def test_registry_lists_python_filter(self):
        info = Winnow.Registry.get_default().lookup('py-raise')
        self.assertIsNotNone(info)
        self.assertEqual(info.get_filter_type(), RaisingFilter.__gtype__)
        self.assertTrue(info.get_flags() & Winnow.FilterFlags.SERIAL)
        names = [i.get_name() for i in Winnow.Registry.get_default().list_filters()]
        self.assertIn('py-raise', names)
        self.assertIn('test-label', names)

    def test_find_data_file(self):
        # What a filter written in Python calls in its do_prepare().
        pipeline = Winnow.Pipeline.new_from_string('py-raise')
        flt = pipeline.get_filters()[0]
        self.assertEqual(flt.find_data_file('/my/model.txt', 'py/model.txt'), '/my/model.txt')
        shipped = flt.find_data_file(None, 'byline/model-html.txt')
        self.assertTrue(shipped.endswith(os.path.join('byline', 'model-html.txt')))
        self.assertTrue(os.path.isfile(shipped))
        with self.assertRaises(GLib.Error) as caught:
            flt.find_data_file(None, 'py/no-such-model.txt')
        self.assertTrue(caught.exception.matches(Winnow.filter_error_quark(),
                                                 Winnow.FilterError.PREPARE))
        self.assertIn('py/no-such-model.txt', caught.exception.message)

    def test_duplicate_name_refused(self):
        with self.assertRaises(GLib.Error) as caught:
            Winnow.Registry.get_default().register('py-raise', AnnotatingFilter,
                                                   Winnow.FilterFlags.SERIAL)
        self.assertTrue(caught.exception.matches(Winnow.registry_error_quark(),
                                                 Winnow.RegistryError.DUPLICATE))

    def test_properties_from_description(self):
        pipeline = Winnow.Pipeline.new_from_string('py-raise marker="two words" plain=yes')
        (filter_,) = pipeline.get_filters()
        self.assertIsInstance(filter_, RaisingFilter)
        self.assertEqual(filter_.get_name(), 'py-raise')
        self.assertEqual(filter_.props.marker, 'two words')
        self.assertTrue(filter_.props.plain)
        again = Winnow.Pipeline.new_from_string(pipeline.to_string())
        self.assertEqual(again.get_filters()[0].props.marker, 'two words')
        self.assertEqual(again.to_string(), pipeline.to_string())

    def test_builtin_model_properties(self):
        # The boilerplate filter's model files, named from Python: read back
        # as set, and the headline of flattened text found with them.
        if Winnow.Registry.get_default().lookup('boilerplate') is None:
            self.skipTest('the boilerplate plugin is not built')
        probe = Winnow.Pipeline.new_from_string('py-raise').get_filters()[0]
        trees = probe.find_data_file(None, 'boilerplate/trees-text.txt')
        title = probe.find_data_file(None, 'boilerplate/title-text.txt')
        pipeline = Winnow.Pipeline.new_from_string(
            f"boilerplate text-trees='{trees}' text-title-model='{title}'")
        (filter_,) = pipeline.get_filters()
        self.assertEqual(filter_.get_property('text-trees'), trees)
        self.assertEqual(filter_.get_property('text-title-model'), title)
        reader = Winnow.Reader.new()
        reader.set_content_type('text/plain')
        page = ('Home\nNews\nRivers rise as the spring thaw comes early\nBy Dana Ortiz\n'
                + 'Towns along the lower river are stacking sandbags after a week of warm '
                  'weather melted most of the snow in the hills, and forecasters expect the '
                  'water to keep rising until the weekend.\n' * 3)
        document = reader.read_bytes(GLib.Bytes.new(page.encode('utf-8')), 'river.txt', None)
        self.assertTrue(pipeline.process(document, None))
        self.assertEqual(document.get_metadata('title').unpack(),
                         'Rivers rise as the spring thaw comes early')

    def test_reader_repairs_mojibake(self):
        # UTF-8 read as Latin-1 and encoded again comes back whole, unless
        # the property says to keep it.
        raw = 'Café crème brûlée, that’s all'.encode('utf-8').decode('latin-1').encode('utf-8')
        reader = Winnow.Reader.new()
        self.assertTrue(reader.props.repair_mojibake)
        document = reader.read_text(raw.decode('utf-8'), -1, 'menu.txt')
        self.assertEqual(document.get_text()[0], 'Café crème brûlée, that’s all')
        reader.props.repair_mojibake = False
        document = reader.read_text(raw.decode('utf-8'), -1, 'menu.txt')
        self.assertEqual(document.get_text()[0], raw.decode('utf-8'))

    def test_properties_locked_after_prepare(self):
        pipeline = Winnow.Pipeline.new_from_string('py-raise marker=X')
        pipeline.prepare()
        (filter_,) = pipeline.get_filters()
        self.assertTrue(filter_.is_prepared())
        with self.assertRaises(GLib.Error) as caught:
            filter_.set_property_from_string('marker', 'Y')
        self.assertTrue(caught.exception.matches(Winnow.filter_error_quark(),
                                                 Winnow.FilterError.PREPARED))
        self.assertEqual(filter_.props.marker, 'X')

    def test_serial_filter_in_batch(self):
        SerialProbeFilter.max_active = SerialProbeFilter.calls = 0
        pipeline = Winnow.Pipeline.new_from_string('test-label min-length=0 ! py-serial')
        inputs = [text_input('x\n' * (i + 1), f'in-{i}') for i in range(16)]
        ok, results = run_batch(pipeline, inputs, n_threads=4)
        self.assertTrue(ok)
        self.assertEqual(SerialProbeFilter.calls, 16)
        self.assertEqual(SerialProbeFilter.max_active, 1)
        self.assertEqual([r[0] for r in results], list(range(16)))
        for index, name, document, error in results:
            self.assertIsNone(error)
            self.assertEqual(name, f'in-{index}')
            self.assertEqual(list(document.get_notes()), [f'py-serial: {index + 1} blocks'])

    def test_run_batch_pulls_inputs_and_stops_when_cancelled(self):
        # Both callbacks are Python closures; the inputs are pulled lazily,
        # on this thread, and cancelling from a result stops the pulling.
        pipeline = Winnow.Pipeline.new_from_string('test-label min-length=0 ! py-raise')
        cancellable = Gio.Cancellable()
        pulled, results = [], []

        def next_input(*user_data):
            if len(pulled) == 1000:
                return None
            pulled.append(threading.get_ident())
            return text_input(f'line {len(pulled)}\n', f'in-{len(pulled) - 1}')

        def on_result(index, input_, document, error, *user_data):
            results.append((index, input_.get_name(), document is not None))
            if index == 4:
                cancellable.cancel()

        with self.assertRaises(GLib.Error) as caught:
            pipeline.run_batch(None, 2, next_input, None, on_result, None, cancellable)
        self.assertTrue(caught.exception.matches(Gio.io_error_quark(),
                                                 Gio.IOErrorEnum.CANCELLED))
        self.assertLess(len(pulled), 1000)
        self.assertEqual(set(pulled), {threading.get_ident()})
        # Every input pulled got exactly one result, in order.
        self.assertEqual([r[0] for r in results], list(range(len(pulled))))
        self.assertEqual([r[1] for r in results], [f'in-{i}' for i in range(len(pulled))])
        self.assertTrue(all(r[2] for r in results[:5]))

    def test_process_async(self):
        pipeline = Winnow.Pipeline.new_from_string('py-raise ! test-label min-length=0')
        document = Winnow.Document.new_from_text('async\n', -1)
        loop = GLib.MainLoop()
        outcome = {}

        def done(source, result, *user_data):
            try:
                outcome['ok'] = source.process_finish(result)
            except GLib.Error as error:
                outcome['error'] = error
            loop.quit()

        pipeline.process_async(document, None, done)
        loop.run()
        self.assertEqual(outcome, {'ok': True})
        self.assertEqual(list(document.get_notes()), ['py-raise: passed'])


class DocumentAccessorsTest(unittest.TestCase):
    TEXT = '😀 café Zürich\nnothing here\nZürich again, Zürich\n'

    def process(self, description):
        document = Winnow.Document.new_from_text(self.TEXT, -1)
        Winnow.Pipeline.new_from_string(description).process(document, None)
        return document

    def test_offsets(self):
        document = Winnow.Document.new_from_text(self.TEXT, -1)
        text, length = document.get_text()
        self.assertEqual(text, self.TEXT)
        self.assertEqual(length, len(self.TEXT.encode('utf-8')))
        # "Zürich": code point 7 in Python, byte 11 in C, UTF-16 unit 8 in JS.
        self.assertEqual(document.byte_to_char_offset(11), 7)
        self.assertEqual(document.byte_to_utf16_offset(11), 8)
        self.assertEqual(document.get_text_range(11, 18), 'Zürich')
        self.assertEqual(document.byte_to_char_offset(length), len(self.TEXT))
        self.assertEqual(document.byte_to_utf16_offset(length),
                         len(self.TEXT.encode('utf-16-le')) // 2)

    def test_spans_from_c_filter(self):
        document = self.process('test-label min-length=0 score=0.25 tags=Zürich,café')
        spans = document.get_spans()
        self.assertEqual([(s.get_start(), s.get_end()) for s in spans],
                         sorted((s.get_start(), s.get_end()) for s in spans))
        found = [(document.get_span_text(s), s.get_label(), s.get_filter(), s.get_value(),
                  s.get_score()) for s in spans]
        self.assertEqual(found.count(('Zürich', 'MISC', 'test-label', 'Zürich', 0.25)), 3)
        self.assertEqual(found.count(('café', 'MISC', 'test-label', 'café', 0.25)), 1)
        first = spans[0]
        self.assertEqual(document.get_span_text(first), 'café')
        self.assertEqual((first.get_start(), first.get_end()), (5, 10))
        self.assertEqual(document.byte_to_char_offset(first.get_start()), 2)
        self.assertEqual(document.byte_to_utf16_offset(first.get_start()), 3)
        text, _ = document.get_text()
        start = document.byte_to_char_offset(spans[1].get_start())
        end = document.byte_to_char_offset(spans[1].get_end())
        self.assertEqual(text[start:end], 'Zürich')

    def test_blocks_labels_and_metadata(self):
        document = self.process('test-label min-length=14 title-first=true')
        self.assertEqual(document.get_n_blocks(), 3)
        blocks = document.get_blocks()
        self.assertEqual([b.get_index() for b in blocks], [0, 1, 2])
        self.assertTrue(all(b.get_kind() == Winnow.BlockKind.LINE for b in blocks))
        self.assertEqual([(b.get_label(), b.get_reason(), b.get_filter()) for b in blocks],
                         [(Winnow.BlockLabel.TITLE, 'first-block', 'test-label'),
                          (Winnow.BlockLabel.BOILERPLATE, 'too-short', 'test-label'),
                          (Winnow.BlockLabel.CONTENT, 'long-enough', 'test-label')])
        self.assertEqual(document.get_block_text(blocks[0]), '😀 café Zürich')
        self.assertEqual(document.get_title(), '😀 café Zürich')
        self.assertEqual(document.get_content(), 'Zürich again, Zürich')
        self.assertEqual(document.get_metadata(Winnow.META_TITLE).get_string(),
                         '😀 café Zürich')
        # Keys other than the well-known ones take any type.
        self.assertTrue(document.set_metadata('python-answer', GLib.Variant('i', 42)))
        self.assertEqual(document.get_metadata('python-answer').unpack(), 42)
        authors = GLib.Variant('aa{sv}', [{'name': GLib.Variant('s', 'Ada Lovelace'),
                                           'email': GLib.Variant('s', 'ada@example.org')}])
        self.assertTrue(document.set_metadata(Winnow.META_AUTHORS, authors))
        self.assertEqual(document.get_authors().unpack(),
                         [{'name': 'Ada Lovelace', 'email': 'ada@example.org'}])
        self.assertIn('python-answer', document.list_metadata())
        self.assertIsNone(document.get_metadata('no-such-key'))

    def test_byline_authors_fields(self):
        # The byline filter's authors unpack to dicts of their known fields;
        # credentials come off the name into a field of their own.
        pipeline = Winnow.Pipeline.new_from_string('byline')
        document = Winnow.Document.new_from_text(
            'Sleep and the brain\nBy Jane Doe, PhD\nMarch 3, 2024\n'
            'Sleep clears the brain of waste, a study of mice and men says.\n', -1)
        self.assertTrue(pipeline.process(document, None))
        self.assertEqual(document.get_authors().unpack(),
                         [{'name': 'Jane Doe', 'credentials': 'PhD'}])

    def test_default_pipeline(self):
        pipeline, missing = Winnow.Pipeline.new_default()
        present = [f.get_name() for f in pipeline.get_filters()]
        self.assertEqual(sorted(present + list(missing)),
                         sorted(Winnow.PIPELINE_DEFAULT.replace(' ', '').split('!')))

    def test_content_blocks_and_head_metas(self):
        document = self.process('test-label min-length=14 title-first=true')
        content = document.get_content_blocks()
        self.assertEqual([b.get_index() for b in content], [2])
        page = (b'<html><head><meta name="citation_author" content="A. One">'
                b'<meta name="citation_author" content="B. Two"></head>'
                b'<body><p>Text</p></body></html>')
        html = Winnow.Document.new_from_bytes(GLib.Bytes.new(page), 'text/html', None)
        self.assertEqual(html.get_head_meta('citation_author'), 'A. One')
        self.assertEqual(html.get_head_meta_all('citation_author'), ['A. One', 'B. Two'])
        self.assertFalse(html.get_head_meta_all('no-such-meta'))  # None, or [] in PyGObject

    def test_python_filter_annotations_in_json(self):
        document = self.process('py-annotate ! test-label min-length=1000 tags=never')
        # test-label ran after py-annotate and relabelled everything.
        self.assertEqual(document.get_content(), '')
        document = self.process('test-label min-length=1000 ! py-annotate')
        document.set_source_name('accessors.txt')
        self.assertEqual(document.get_metadata('python-words').unpack(),
                         self.TEXT.split())
        record = json.loads(document.to_json(True))
        self.assertEqual(record['schema'], 1)
        self.assertEqual(record['source'], 'accessors.txt')
        self.assertEqual(record['pipeline'], 'test-label min-length=1000 ! py-annotate')
        self.assertEqual(record['text'], '😀 café Zürich\n\nZürich again, Zürich')
        self.assertEqual(record['text'], document.get_content())
        self.assertEqual([b['label'] for b in record['blocks']],
                         ['content', 'boilerplate', 'content'])
        self.assertEqual([b['reason'] for b in record['blocks']],
                         ['has-word', 'no-word', 'has-word'])
        self.assertEqual([b['filter'] for b in record['blocks']], ['py-annotate'] * 3)
        self.assertEqual([b['text'] for b in record['blocks']],
                         ['😀 café Zürich', 'nothing here', 'Zürich again, Zürich'])
        entities = record['entities']
        self.assertEqual(len(entities), 3)
        for entity in entities:
            self.assertEqual(entity['label'], 'MISC')
            self.assertEqual(entity['value'], 'ZÜRICH')
            self.assertEqual(entity['text'], 'Zürich')
            # Code-point offsets into `text`: Python slicing gives the entity.
            self.assertEqual(record['text'][entity['start']:entity['end']], 'Zürich')
        self.assertEqual([e['start'] for e in entities], [7, 15, 29])


if __name__ == '__main__':
    taptest.main()
