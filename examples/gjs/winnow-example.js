#!/usr/bin/env -S gjs -m
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Winnow from JavaScript (GJS).
//
// Runs a pipeline on a file (a seed article by default) and prints the
// title, the byline and the entities. The pipeline includes a filter
// written here in JavaScript, `word-count`, registered at run time and used
// between the built-in filters:
//
//     boilerplate ! word-count ! byline ! entities
//
// Run it from a build directory with `meson devenv -C BUILDDIR` (or with
// GI_TYPELIB_PATH, LD_LIBRARY_PATH and WINNOW_PLUGIN_PATH set), e.g.
//
//     gjs -m winnow-example.js
//     gjs -m winnow-example.js page.html
//     gjs -m winnow-example.js -p 'boilerplate ! word-count min-words=5' page.html

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Winnow from 'gi://Winnow?version=1.0';
import System from 'system';

const DEFAULT_INPUT = GLib.build_filenamev([
    GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]),
    '..', '..', 'seeds', '000_e6ebd894ec813c3a.txt',
]);

// The default pipeline with our own filter after boilerplate removal, so it
// counts the words of the article body.
const DEFAULT_ELEMENTS = ['boilerplate', 'word-count', 'byline', 'entities'];

const ENTITY_LABELS = new Set(['PERSON', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME',
    'MONEY', 'PERCENT', 'EMAIL', 'URL']);

// Counts the words of the content blocks; writes the count to the
// `word-count` metadata (a `u`) and a note. GJS runs JavaScript on its main
// thread only, so the filter is registered OWNER_THREAD: the pipeline calls
// it on the thread that created it, through that thread's main context.
const WordCountFilter = GObject.registerClass({
    GTypeName: 'ExampleJsWordCountFilter',
    Properties: {
        'min-words': GObject.ParamSpec.int('min-words', 'Minimum words',
            'Count only the content blocks with at least this many words',
            GObject.ParamFlags.READWRITE, 0, 1000000, 1),
    },
}, class WordCountFilter extends Winnow.Filter {
    vfunc_process(document, _cancellable) {
        // The blocks labelled CONTENT, or every block while no filter has
        // labelled any: what get_content() returns.
        const everything = !document.has_labels();
        let words = 0, blocks = 0;
        for (const block of document.get_blocks()) {
            if (!everything && block.get_label() !== Winnow.BlockLabel.CONTENT)
                continue;
            const n = document.get_block_text(block).split(/\s+/).filter(w => w).length;
            if (n >= this.minWords) {
                words += n;
                blocks++;
            }
        }
        document.set_metadata('word-count', new GLib.Variant('u', words));
        document.add_note(this.get_name(), `${words} words in ${blocks} content blocks`);
        return true;
    }
});

function warn(message) {
    printerr(`winnow-example: ${message}`);
}

// Builds the pipeline, leaving out the filters that are not installed.
function buildPipeline(elements) {
    const registry = Winnow.Registry.get_default();
    elements = [...elements];
    for (;;) {
        try {
            return Winnow.Pipeline.new_from_string(elements.join(' ! '));
        } catch (e) {
            if (!(e instanceof GLib.Error) ||
                !e.matches(Winnow.pipeline_error_quark(), Winnow.PipelineError.NO_SUCH_FILTER))
                throw e;
            const missing = elements.filter(el => registry.lookup(el.split(/\s+/)[0]) === null);
            if (missing.length === 0 || missing.length === elements.length)
                throw e;
            for (const el of missing) {
                warn(`filter “${el.split(/\s+/)[0]}” is not installed; leaving it out`);
                elements.splice(elements.indexOf(el), 1);
            }
        }
    }
}

function printResult(document) {
    const [text] = document.get_text();

    print(`Title: ${document.get_title() ?? '(none)'}`);
    print(`Byline: ${document.get_metadata_string(Winnow.META_BYLINE) ?? '(none)'}`);
    const authors = document.get_authors();
    for (const author of authors ? authors.recursiveUnpack() : []) {
        let line = author.name ?? '?';
        if (author.credentials)
            line += `, ${author.credentials}`;
        if (author.email)
            line += ` <${author.email}>`;
        if (author.role)
            line += ` (${author.role})`;
        print(`Author: ${line}`);
    }
    if (document.get_date())
        print(`Date: ${document.get_date()}`);

    const count = document.get_metadata('word-count');
    if (count !== null)
        print(`Words: ${count.get_uint32()}`);
    for (const note of document.get_notes())
        print(`Note: ${note}`);

    // Entities in the content. Offsets are UTF-8 bytes in the library;
    // JavaScript strings are indexed in UTF-16 units, so slice with those,
    // and print code points like the other examples.
    const everything = !document.has_labels();
    const ranges = document.get_blocks()
        .filter(b => everything || b.get_label() === Winnow.BlockLabel.CONTENT)
        .map(b => [b.get_start(), b.get_end()]);
    const entities = document.get_spans().filter(s =>
        ENTITY_LABELS.has(s.get_label()) &&
        ranges.some(([a, b]) => a <= s.get_start() && s.get_end() <= b));
    print(`Entities: ${entities.length}`);
    for (const span of entities) {
        const slice = text.slice(document.byte_to_utf16_offset(span.get_start()),
            document.byte_to_utf16_offset(span.get_end()));
        const start = document.byte_to_char_offset(span.get_start());
        const end = document.byte_to_char_offset(span.get_end());
        const value = span.get_value() ? ` = ${span.get_value()}` : '';
        print(`  ${span.get_label()}\t${slice}\t[${start}, ${end})${value}`);
    }
}

function main(args) {
    let description = null, input = DEFAULT_INPUT;
    for (let i = 0; i < args.length; i++) {
        if (args[i] === '-p' || args[i] === '--pipeline') {
            description = args[++i];
        } else if (args[i] === '-h' || args[i] === '--help') {
            print('Usage: winnow-example.js [-p PIPELINE] [FILE]');
            return 0;
        } else {
            input = args[i];
        }
    }

    Winnow.Registry.get_default().register('word-count', WordCountFilter.$gtype,
        Winnow.FilterFlags.OWNER_THREAD);

    let pipeline;
    try {
        pipeline = description !== null
            ? Winnow.Pipeline.new_from_string(description)
            : buildPipeline(DEFAULT_ELEMENTS);
    } catch (e) {
        warn(e.message);
        return 2;
    }

    let document;
    try {
        document = Winnow.Document.new_from_file(Gio.File.new_for_commandline_arg(input), null);
        document.set_source_name(input);
        pipeline.process(document, null);
    } catch (e) {
        warn(`${input}: ${e.message}`);
        return 1;
    }

    print(`Pipeline: ${pipeline.to_string()}`);
    printResult(document);
    return 0;
}

System.exit(main(ARGV));
