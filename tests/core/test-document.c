/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>
#include <winnow/winnow.h>

static WinnowDocument *
read_text (const char *text, WinnowTextMode mode)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(GError) error = NULL;
  WinnowDocument *document;

  winnow_reader_set_text_mode (reader, mode);
  document = winnow_reader_read_text (reader, text, -1, "test.txt", &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static void
test_lines (void)
{
  g_autoptr(WinnowDocument) document =
    read_text ("Home > News\n\n  First line of the article.  \r\nSecond line\rThird\n", WINNOW_TEXT_MODE_AUTO);
  g_autofree char *content = NULL;
  g_autofree char *second = NULL;

  g_assert_cmpuint (winnow_document_get_n_blocks (document), ==, 4);
  g_assert_cmpstr (winnow_document_get_content_type (document), ==, "text/plain");
  g_assert_false (winnow_document_is_html (document));
  g_assert_cmpint (winnow_block_get_kind (winnow_document_get_block (document, 0)), ==,
                   WINNOW_BLOCK_KIND_LINE);
  second = winnow_document_get_block_text (document, winnow_document_get_block (document, 1));
  g_assert_cmpstr (second, ==, "First line of the article.");
  /* Nothing labelled yet: the content is every block. */
  content = winnow_document_get_content (document);
  g_assert_cmpstr (content, ==,
                   "Home > News\n\nFirst line of the article.\n\nSecond line\n\nThird");
  g_assert_cmpstr (winnow_document_get_source_name (document), ==, "test.txt");
}

static const char *wrapped =
  "It was a bright cold day in April, and the clocks were striking\n"
  "thirteen. Winston Smith, his chin nuzzled into his breast in an\n"
  "effort to escape the vile wind, slipped quickly through the glass\n"
  "doors of Victory Mansions, though not quickly enough to prevent a\n"
  "swirl of gritty dust from entering along with him.\n"
  "\n"
  "The hallway smelt of boiled cabbage and old rag mats. At one end of\n"
  "it a coloured poster, too large for indoor display, had been tacked\n"
  "to the wall. It depicted simply an enormous face, more than a metre\n"
  "wide: the face of a man of about forty-five, with a heavy black mous-\n"
  "tache and ruggedly handsome features.\n";

static void
test_hard_wrapped (void)
{
  g_autoptr(WinnowDocument) document = read_text (wrapped, WINNOW_TEXT_MODE_AUTO);
  g_autoptr(WinnowDocument) lines = read_text (wrapped, WINNOW_TEXT_MODE_LINES);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_cmpuint (winnow_document_get_n_blocks (document), ==, 2);
  first = winnow_document_get_block_text (document, winnow_document_get_block (document, 0));
  g_assert_true (g_str_has_prefix (first, "It was a bright cold day in April, and the clocks were striking thirteen."));
  g_assert_true (g_str_has_suffix (first, "entering along with him."));
  second = winnow_document_get_block_text (document, winnow_document_get_block (document, 1));
  /* A word hyphenated across the break is whole again. */
  g_assert_nonnull (strstr (second, "black moustache and"));
  g_assert_cmpint (winnow_block_get_kind (winnow_document_get_block (document, 0)), ==,
                   WINNOW_BLOCK_KIND_PARAGRAPH);
  /* Forcing lines keeps every line a block. */
  g_assert_cmpuint (winnow_document_get_n_blocks (lines), ==, 10);
}

static void
test_invalid_utf8 (void)
{
  const char bytes[] = "caf\xe9 ok\n\xff\xfe broken \xc3\n\x00zero";
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) document = NULL;
  const char *text;
  gsize length;

  winnow_reader_set_charset (reader, "utf-8");
  document = winnow_reader_read_text (reader, bytes, sizeof bytes - 1, NULL, &error);
  g_assert_no_error (error);
  text = winnow_document_get_text (document, &length);
  g_assert_true (g_utf8_validate (text, length, NULL));
  g_assert_null (memchr (text, '\0', length));
  g_assert_nonnull (strstr (text, "caf\xef\xbf\xbd ok"));
  g_assert_nonnull (strstr (text, "zero"));
}

static void
test_offsets (void)
{
  g_autoptr(WinnowDocument) document = read_text ("😀 café Zürich", WINNOW_TEXT_MODE_LINES);
  const char *text = winnow_document_get_text (document, NULL);
  gsize zurich = strstr (text, "Zürich") - text;

  g_assert_cmpuint (zurich, ==, 11);
  g_assert_cmpint (winnow_document_byte_to_char_offset (document, zurich), ==, 7);
  g_assert_cmpint (winnow_document_byte_to_utf16_offset (document, zurich), ==, 8);
  g_assert_cmpint (winnow_document_byte_to_char_offset (document, 1000), ==, 13);
}

static void
test_long_offsets (void)
{
  GString *s = g_string_new (NULL);
  g_autoptr(WinnowDocument) document = NULL;

  /* Past the offset index's step, with multi-byte characters on both sides. */
  for (int i = 0; i < 300; i++)
    g_string_append (s, "é");
  g_string_append (s, "x");
  document = read_text (s->str, WINNOW_TEXT_MODE_LINES);
  g_assert_cmpint (winnow_document_byte_to_char_offset (document, 600), ==, 300);
  g_assert_cmpint (winnow_document_byte_to_utf16_offset (document, 601), ==, 301);
  g_string_free (s, TRUE);
}

static void
test_labels_and_content (void)
{
  g_autoptr(WinnowDocument) document =
    read_text ("Headline\nBody one.\nShare this\nBody two.", WINNOW_TEXT_MODE_LINES);
  g_autofree char *content = NULL;
  WinnowBlock *block;

  g_assert_false (winnow_document_has_labels (document));
  winnow_block_set_label (winnow_document_get_block (document, 0), WINNOW_BLOCK_LABEL_TITLE, 0.9, "headline", "t");
  winnow_block_set_label (winnow_document_get_block (document, 1), WINNOW_BLOCK_LABEL_CONTENT, 0.8, NULL, "t");
  winnow_block_set_label (winnow_document_get_block (document, 2), WINNOW_BLOCK_LABEL_BOILERPLATE, 1.5, "share-widget", "t");
  winnow_block_set_label (winnow_document_get_block (document, 3), WINNOW_BLOCK_LABEL_CONTENT, 0.8, NULL, "t");
  g_assert_true (winnow_document_has_labels (document));
  content = winnow_document_get_content (document);
  g_assert_cmpstr (content, ==, "Body one.\n\nBody two.");

  block = winnow_document_get_block (document, 2);
  g_assert_cmpfloat (winnow_block_get_score (block), ==, 1.0);
  g_assert_cmpstr (winnow_block_get_reason (block), ==, "share-widget");
  g_assert_cmpstr (winnow_block_get_filter (block), ==, "t");
  g_assert_cmpuint (winnow_block_get_index (block), ==, 2);
}

static void
test_byline_label_alone (void)
{
  g_autoptr(WinnowDocument) document =
    read_text ("Headline\nBy Sarah Kim\nBody.", WINNOW_TEXT_MODE_LINES);
  g_autofree char *content = NULL;
  g_autoptr(GPtrArray) blocks = NULL;

  /* A byline or title label alone decides nothing about the rest. */
  winnow_block_set_label (winnow_document_get_block (document, 1), WINNOW_BLOCK_LABEL_BYLINE, 1, "byline", "b");
  content = winnow_document_get_content (document);
  g_assert_cmpstr (content, ==, "Headline\n\nBody.");
  blocks = winnow_document_get_content_blocks (document);
  g_assert_cmpuint (blocks->len, ==, 2);
}

static void
test_no_content (void)
{
  g_autoptr(WinnowDocument) document = read_text ("Menu\nLogin", WINNOW_TEXT_MODE_LINES);
  g_autofree char *content = NULL;

  for (guint i = 0; i < winnow_document_get_n_blocks (document); i++)
    winnow_block_set_label (winnow_document_get_block (document, i),
                            WINNOW_BLOCK_LABEL_BOILERPLATE, 1, "nav", "t");
  content = winnow_document_get_content (document);
  g_assert_cmpstr (content, ==, "");
}

static void
test_spans (void)
{
  g_autoptr(WinnowDocument) document = read_text ("Moon Jae-in met Donald Trump.", WINNOW_TEXT_MODE_LINES);
  g_autoptr(WinnowSpan) trump = winnow_span_new (16, 28, "PERSON", 0.9, "test", NULL);
  g_autoptr(WinnowSpan) moon = winnow_span_new (0, 11, "PERSON", 0.8, "test", "Moon Jae-in");
  g_autoptr(WinnowSpan) other = winnow_span_new (0, 4, "AUTHOR", 0.5, "other", NULL);
  GPtrArray *spans;
  g_autofree char *text = NULL;

  winnow_document_add_span (document, trump);
  winnow_document_add_span (document, moon);
  winnow_document_add_span (document, other);
  spans = winnow_document_get_spans (document);
  g_assert_cmpuint (spans->len, ==, 3);
  g_assert_true (spans->pdata[0] == other);
  g_assert_true (spans->pdata[1] == moon);
  g_assert_true (spans->pdata[2] == trump);
  text = winnow_document_get_span_text (document, trump);
  g_assert_cmpstr (text, ==, "Donald Trump");
  g_assert_cmpstr (winnow_span_get_value (moon), ==, "Moon Jae-in");
  g_assert_cmpuint (winnow_document_remove_spans (document, "other"), ==, 1);
  g_assert_cmpuint (winnow_document_get_spans (document)->len, ==, 2);
}

static void
test_metadata (void)
{
  g_autoptr(WinnowDocument) document = read_text ("Some text in English that is long enough to guess the language of it", WINNOW_TEXT_MODE_LINES);
  g_auto(GStrv) keys = NULL;
  GVariantBuilder authors;

  g_assert_cmpstr (winnow_document_get_language (document), ==, "en");
  g_assert_true (winnow_document_set_metadata (document, WINNOW_META_DATE,
                                               g_variant_new_string ("2017-07-07")));
  g_assert_cmpstr (winnow_document_get_date (document), ==, "2017-07-07");

  g_variant_builder_init (&authors, G_VARIANT_TYPE ("aa{sv}"));
  g_variant_builder_open (&authors, G_VARIANT_TYPE ("a{sv}"));
  g_variant_builder_add (&authors, "{sv}", "name", g_variant_new_string ("Sarah Kim"));
  g_variant_builder_close (&authors);
  g_assert_true (winnow_document_set_metadata (document, WINNOW_META_AUTHORS,
                                               g_variant_builder_end (&authors)));
  g_assert_cmpuint (g_variant_n_children (winnow_document_get_authors (document)), ==, 1);

  /* A custom key takes any type. */
  g_assert_true (winnow_document_set_metadata (document, "x-count", g_variant_new_int32 (3)));
  keys = winnow_document_list_metadata (document);
  g_assert_cmpuint (g_strv_length (keys), ==, 4);
  g_assert_cmpstr (keys[0], ==, "authors");

  g_assert_true (winnow_document_set_metadata (document, "x-count", NULL));
  g_assert_null (winnow_document_get_metadata (document, "x-count"));
}

static void
test_metadata_wrong_type (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(WinnowDocument) document = read_text ("text", WINNOW_TEXT_MODE_LINES);
      winnow_document_set_metadata (document, WINNOW_META_TITLE, g_variant_new_int32 (1));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*title*takes values of type s*");
}

static void
test_notes (void)
{
  g_autoptr(WinnowDocument) document = read_text ("text", WINNOW_TEXT_MODE_LINES);
  const char * const *notes;

  g_assert_null (winnow_document_get_notes (document)[0]);
  winnow_document_add_note (document, "entities", "language is de, not tagged");
  notes = winnow_document_get_notes (document);
  g_assert_cmpstr (notes[0], ==, "entities: language is de, not tagged");
  g_assert_null (notes[1]);
}

static void
test_empty (void)
{
  g_autoptr(WinnowDocument) document = read_text ("", WINNOW_TEXT_MODE_AUTO);
  g_autofree char *content = winnow_document_get_content (document);

  g_assert_cmpuint (winnow_document_get_n_blocks (document), ==, 0);
  g_assert_cmpstr (content, ==, "");
  g_assert_null (winnow_document_get_language (document));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/text/lines", test_lines);
  g_test_add_func ("/document/text/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/document/text/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/document/text/empty", test_empty);
  g_test_add_func ("/document/offsets", test_offsets);
  g_test_add_func ("/document/offsets/long", test_long_offsets);
  g_test_add_func ("/document/labels-and-content", test_labels_and_content);
  g_test_add_func ("/document/no-content", test_no_content);
  g_test_add_func ("/document/byline-label-alone", test_byline_label_alone);
  g_test_add_func ("/document/spans", test_spans);
  g_test_add_func ("/document/metadata", test_metadata);
  g_test_add_func ("/document/metadata/wrong-type", test_metadata_wrong_type);
  g_test_add_func ("/document/notes", test_notes);
  return g_test_run ();
}
