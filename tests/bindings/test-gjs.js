// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Tests of Winnow from JavaScript (GJS): pipeline parse errors as
// GLib.Error, filters written in JavaScript run on their owner thread in
// multi-threaded batches, with results in input order, and errors thrown
// by them. Reports in TAP.

import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Winnow from 'gi://Winnow?version=1.0';
import System from 'system';

const TEST_DOMAIN = GLib.quark_from_string('winnow-gjs-test-error');

// Where each call of a JavaScript filter ran: `context` must be owned
// (acquired) by the calling thread. Only the thread iterating a context
// owns it, so a call from a worker thread would see false here (GJS itself
// would abort first).
const calls = [];
let expectedContext = null;

const ProbeFilter = GObject.registerClass({
    GTypeName: 'TestJsProbeFilter',
    Properties: {
        'marker': GObject.ParamSpec.string('marker', 'Marker',
            'Documents containing this text fail with a GLib.Error',
            GObject.ParamFlags.READWRITE, ''),
        'plain': GObject.ParamSpec.boolean('plain', 'Plain',
            'Throw a plain JavaScript exception instead',
            GObject.ParamFlags.READWRITE, false),
    },
}, class ProbeFilter extends Winnow.Filter {
    vfunc_process(document, _cancellable) {
        const [text] = document.get_text();
        calls.push({
            source: document.get_source_name(),
            owner: (expectedContext ?? GLib.MainContext.default()).is_owner(),
        });
        if (this.marker && text.includes(this.marker)) {
            if (this.plain)
                throw new TypeError(`plain failure on ${document.get_source_name()}`);
            throw new GLib.Error(TEST_DOMAIN, 7, `refused ${document.get_source_name()}`);
        }
        document.add_note(this.get_name(), `${document.get_n_blocks()} blocks`);
        return true;
    }
});

// --- a minimal TAP harness ---------------------------------------------

const tests = [];
function test(name, fn) {
    tests.push({name, fn});
}

class AssertionError extends Error {}

function assert(condition, message) {
    if (!condition)
        throw new AssertionError(message ?? 'assertion failed');
}

function assertEqual(actual, expected, what = 'value') {
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e)
        throw new AssertionError(`${what}: expected ${e}, got ${a}`);
}

function assertThrows(fn, check) {
    let caught = null;
    try {
        fn();
    } catch (e) {
        caught = e;
    }
    assert(caught !== null, 'expected an exception');
    check(caught);
    return caught;
}

function run() {
    print(`1..${tests.length}`);
    let failed = 0;
    tests.forEach(({name, fn}, i) => {
        try {
            fn();
            print(`ok ${i + 1} - ${name}`);
        } catch (e) {
            failed++;
            print(`not ok ${i + 1} - ${name}`);
            for (const line of `${e}\n${e.stack ?? ''}`.trim().split('\n'))
                print(`# ${line}`);
        }
    });
    return failed ? 1 : 0;
}

// --- helpers -----------------------------------------------------------

function textInput(text, name) {
    return Winnow.Input.new_for_bytes(new GLib.Bytes(text), name);
}

// Runs a batch through run_batch(), pulling inputs from a JS array one by
// one, as an application reading a directory would.
function runBatch(pipeline, inputs, nThreads) {
    const results = [];
    let next = 0;
    const ok = pipeline.run_batch(null, nThreads,
        () => next < inputs.length ? inputs[next++] : null,
        (index, input, document, error) => results.push({index, input, document, error}),
        null);
    return {ok, results};
}

function assertParseError(description, code, ...fragments) {
    return assertThrows(() => Winnow.Pipeline.new_from_string(description), e => {
        assert(e instanceof GLib.Error, `not a GLib.Error: ${e}`);
        // The GIR marks the domain, so GJS gives the error its own class.
        assert(e instanceof Winnow.PipelineError, `not a Winnow.PipelineError: ${e}`);
        assertEqual(e.domain, Winnow.pipeline_error_quark(), 'domain');
        assertEqual(GLib.quark_to_string(e.domain), 'winnow-pipeline-error-quark', 'domain name');
        assertEqual(e.code, code, 'code');
        assert(e.matches(Winnow.pipeline_error_quark(), code), 'matches()');
        for (const fragment of fragments)
            assert(e.message.includes(fragment), `“${fragment}” not in “${e.message}”`);
    });
}

// --- tests -------------------------------------------------------------

test('parse error: no such filter, with a suggestion', () => {
    assertParseError('test-label ! js-prob', Winnow.PipelineError.NO_SUCH_FILTER,
        'js-prob', 'js-probe');
});

test('parse error: syntax', () => {
    assertParseError('test-label ! ! js-probe', Winnow.PipelineError.SYNTAX);
    assertParseError("js-probe marker='open", Winnow.PipelineError.SYNTAX);
});

test('parse error: no such property of a JavaScript filter', () => {
    assertParseError('js-probe markr=x', Winnow.PipelineError.NO_SUCH_PROPERTY, 'markr');
});

test('parse error: bad value', () => {
    assertParseError('js-probe plain=perhaps', Winnow.PipelineError.BAD_VALUE);
    assertParseError('test-label score=2.5', Winnow.PipelineError.BAD_VALUE);
});

test('JavaScript filter properties from a description', () => {
    const pipeline = Winnow.Pipeline.new_from_string('js-probe marker="a b" plain=true');
    const [filter] = pipeline.get_filters();
    assert(filter instanceof ProbeFilter, 'filter is the JS class');
    assertEqual(filter.get_name(), 'js-probe', 'name');
    assertEqual(filter.marker, 'a b', 'marker');
    assertEqual(filter.plain, true, 'plain');
    assertEqual(Winnow.Pipeline.new_from_string(pipeline.to_string()).to_string(),
        pipeline.to_string(), 'round trip');
    const info = Winnow.Registry.get_default().lookup('js-probe');
    assert(info.get_flags() & Winnow.FilterFlags.OWNER_THREAD, 'OWNER_THREAD flag');
});

test('JavaScript filter in a 4-thread batch runs on its owner thread, in order', () => {
    calls.length = 0;
    expectedContext = null;
    const pipeline = Winnow.Pipeline.new_from_string(
        'test-label min-length=0 ! js-probe marker=FAIL ! test-label min-length=4');
    const inputs = [];
    for (let i = 0; i < 24; i++) {
        const lines = Array.from({length: i % 5 + 1}, (_, j) => `line ${j} of ${i}`);
        if (i % 7 === 3)
            lines.push('FAIL');
        inputs.push(textInput(lines.join('\n'), `in-${i}`));
    }
    const {ok, results} = runBatch(pipeline, inputs, 4);
    assert(ok, 'batch ok');
    assertEqual(results.map(r => r.index), [...Array(24).keys()], 'indices');
    assertEqual(results.map(r => r.input.get_name()), inputs.map(i => i.get_name()), 'inputs');
    assertEqual(calls.length, 24, 'calls');
    assert(calls.every(c => c.owner), `a call ran off the owner thread: ${JSON.stringify(calls)}`);
    for (const {index, document, error} of results) {
        if (index % 7 === 3) {
            assertEqual(document, null, `document ${index}`);
            assert(error.matches(TEST_DOMAIN, 7), `error ${index}: ${error.message}`);
            assertEqual(error.message, `refused in-${index}`, 'message');
        } else {
            assertEqual(error, null, `error ${index}`);
            const blocks = index % 5 + 1;
            assertEqual(document.get_notes(), [`js-probe: ${blocks} blocks`], `notes ${index}`);
            // The C filter after the JS one ran too.
            assert(document.get_blocks().every(b => b.get_filter() === 'test-label'), 'labels');
        }
    }
});

test('owner thread with a thread-default context pushed by the caller', () => {
    calls.length = 0;
    const context = new GLib.MainContext();
    context.push_thread_default();
    try {
        expectedContext = context;
        // Created here, so the filter's owner context is `context`.
        const pipeline = Winnow.Pipeline.new_from_string('js-probe ! test-label');
        const inputs = Array.from({length: 10}, (_, i) => textInput(`doc ${i}\nmore`, `ctx-${i}`));
        const {ok, results} = runBatch(pipeline, inputs, 3);
        assert(ok, 'batch ok');
        assertEqual(results.map(r => r.input.get_name()), inputs.map(i => i.get_name()), 'order');
        assert(results.every(r => r.document !== null), 'all processed');
        assertEqual(calls.length, 10, 'calls');
        assert(calls.every(c => c.owner), `a call ran off the owner context: ${JSON.stringify(calls)}`);
    } finally {
        expectedContext = null;
        context.pop_thread_default();
    }
});

test('owner thread: filter created under another context, batch run outside it', () => {
    calls.length = 0;
    const context = new GLib.MainContext();
    context.push_thread_default();
    let pipeline;
    try {
        // The filter's owner context is `context`...
        pipeline = Winnow.Pipeline.new_from_string('js-probe ! test-label');
    } finally {
        context.pop_thread_default();
    }
    // ...and the batch runs after it is popped: the runner must still serve
    // the filter through its own context, not the current default.
    expectedContext = context;
    try {
        const inputs = Array.from({length: 8}, (_, i) => textInput(`doc ${i}\nmore`, `pop-${i}`));
        const {ok, results} = runBatch(pipeline, inputs, 2);
        assert(ok, 'batch ok');
        assertEqual(results.map(r => r.input.get_name()), inputs.map(i => i.get_name()), 'order');
        assertEqual(calls.length, 8, 'calls');
        assert(calls.every(c => c.owner), `a call ran off the owner context: ${JSON.stringify(calls)}`);
    } finally {
        expectedContext = null;
    }
});

test('process_inputs takes a JavaScript array of inputs', () => {
    calls.length = 0;
    const pipeline = Winnow.Pipeline.new_from_string('js-probe ! test-label');
    const inputs = Array.from({length: 6}, (_, i) => textInput(`doc ${i}\nmore`, `arr-${i}`));
    const results = [];
    const ok = pipeline.process_inputs(null, 3, inputs,
        (index, input, document, error) => results.push({index, input, document, error}), null);
    assert(ok, 'batch ok');
    assertEqual(results.map(r => r.input.get_name()), inputs.map(i => i.get_name()), 'order');
    assert(results.every(r => r.document !== null && r.error === null), 'all processed');
    assertEqual(calls.length, 6, 'calls');
});

test('GLib.Error thrown by a JavaScript filter arrives as that error', () => {
    const pipeline = Winnow.Pipeline.new_from_string('js-probe marker=STOP ! test-label');
    const document = Winnow.Document.new_from_text('please STOP\n', -1);
    document.set_source_name('stop-doc');
    assertThrows(() => pipeline.process(document, null), e => {
        assert(e instanceof GLib.Error, `not a GLib.Error: ${e}`);
        assertEqual(GLib.quark_to_string(e.domain), 'winnow-gjs-test-error', 'domain');
        assertEqual(e.code, 7, 'code');
        assertEqual(e.message, 'refused stop-doc', 'message');
    });
    assert(!document.has_labels(), 'the filter after the failing one did not run');
});

test('plain exception thrown by a JavaScript filter fails only its input', () => {
    const pipeline = Winnow.Pipeline.new_from_string('js-probe marker=BOOM plain=true');
    const inputs = [textInput('calm', 'a'), textInput('BOOM', 'b'), textInput('calm', 'c')];
    const {ok, results} = runBatch(pipeline, inputs, 2);
    assert(ok, 'batch ok');
    assertEqual(results.map(r => [r.index, r.input.get_name(), r.document !== null]),
        [[0, 'a', true], [1, 'b', false], [2, 'c', true]], 'results');
    // GJS carries the JavaScript exception through C as a GError and hands
    // the original exception back when the error re-enters JavaScript.
    const {error} = results[1];
    assert(error !== null, 'an error');
    assert(String(error.message).includes('plain failure on b'), `message: ${error.message}`);
});

test('C filter error in a batch with a JavaScript filter', () => {
    const pipeline = Winnow.Pipeline.new_from_string('test-fail marker=BAD ! js-probe');
    const inputs = ['good', 'BAD', 'good', 'BAD'].map((t, i) => textInput(t, `c-${i}`));
    const {ok, results} = runBatch(pipeline, inputs, 4);
    assert(ok, 'batch ok');
    assertEqual(results.map(r => r.error === null), [true, false, true, false], 'outcome');
    for (const r of results.filter(x => x.error !== null)) {
        assert(r.error.matches(Winnow.filter_error_quark(), Winnow.FilterError.INVALID_INPUT),
            `error: ${r.error.message}`);
    }
});

test('offsets for JavaScript strings', () => {
    const text = '😀 café Zürich';
    const pipeline = Winnow.Pipeline.new_from_string('test-label min-length=0 tags=Zürich');
    const document = Winnow.Document.new_from_text(text, -1);
    pipeline.process(document, null);
    const [span] = document.get_spans();
    assertEqual([span.get_start(), span.get_end()], [11, 18], 'bytes');
    const start = document.byte_to_utf16_offset(span.get_start());
    const end = document.byte_to_utf16_offset(span.get_end());
    assertEqual([start, end], [8, 14], 'UTF-16 units');
    assertEqual(text.slice(start, end), 'Zürich', 'slice');
    assertEqual(document.get_span_text(span), 'Zürich', 'span text');
    assertEqual(document.byte_to_char_offset(span.get_start()), 7, 'code points');
    const record = JSON.parse(document.to_json(false));
    assertEqual(record.entities.map(e => [e.text, e.label, e.start, e.end]),
        [['Zürich', 'MISC', 7, 13]], 'JSON entities (code points)');
});

test('process_async with a JavaScript filter', () => {
    calls.length = 0;
    // Not prepared beforehand: the worker thread of the task must neither
    // read the JavaScript filter's properties nor call into it.
    const pipeline = Winnow.Pipeline.new_from_string(
        'test-label min-length=0 ! js-probe marker=NEVER');
    const document = Winnow.Document.new_from_text('async one\nasync two', -1);
    const loop = new GLib.MainLoop(null, false);
    let outcome = null;
    pipeline.process_async(document, null, (source, result) => {
        try {
            outcome = source.process_finish(result);
        } catch (e) {
            outcome = e;
        }
        loop.quit();
    });
    loop.run();
    assertEqual(outcome, true, 'outcome');
    assertEqual(document.get_notes(), ['js-probe: 2 blocks'], 'notes');
    assertEqual(calls.map(c => c.owner), [true], 'called on the owner thread');
    assertEqual(document.get_metadata_string(Winnow.META_PIPELINE),
        'test-label min-length=0 ! js-probe marker=NEVER', 'pipeline description');
});

test('a JavaScript filter is prepared once, on its owner thread', () => {
    const prepared = [];
    const PreparedFilter = GObject.registerClass({
        GTypeName: 'TestJsPreparedFilter',
    }, class PreparedFilter extends Winnow.Filter {
        vfunc_prepare() {
            prepared.push(GLib.MainContext.default().is_owner());
            return true;
        }

        vfunc_process(document) {
            document.add_note(this.get_name(), `prepared ${prepared.length}`);
            return true;
        }
    });
    Winnow.Registry.get_default().register('js-prepared', PreparedFilter.$gtype,
        Winnow.FilterFlags.OWNER_THREAD);
    const pipeline = Winnow.Pipeline.new_from_string('test-label ! js-prepared');
    const document = Winnow.Document.new_from_text('text', -1);
    const loop = new GLib.MainLoop(null, false);
    let outcome = null;
    pipeline.process_async(document, null, (source, result) => {
        try {
            outcome = source.process_finish(result);
        } catch (e) {
            outcome = e;
        }
        loop.quit();
    });
    loop.run();
    assertEqual(outcome, true, 'outcome');
    assertEqual(prepared, [true], 'prepare calls (owner?)');
    const {ok, results} = runBatch(pipeline, [textInput('a', 'a'), textInput('b', 'b')], 2);
    assert(ok, 'batch ok');
    assertEqual(results.map(r => r.document.get_notes()),
        [['js-prepared: prepared 1'], ['js-prepared: prepared 1']], 'notes');
    assertEqual(prepared.length, 1, 'prepared once');
});

Winnow.Registry.get_default().register('js-probe', ProbeFilter.$gtype,
    Winnow.FilterFlags.OWNER_THREAD);
if (Winnow.Registry.get_default().lookup('test-label') === null) {
    print('Bail out! the test plugin is not in WINNOW_PLUGIN_PATH');
    System.exit(1);
}
System.exit(run());
