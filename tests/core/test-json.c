/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>
#include <winnow/winnow.h>

#include "test-util.h"


static JsonObject *
process_to_json (const char *pipeline_description,
                 const char *text,
                 JsonNode  **root)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowPipeline) pipeline =
    winnow_pipeline_new_from_string_with_registry (test_plugin_registry (), pipeline_description, &error);
  g_autoptr(WinnowDocument) document = winnow_document_new_from_text (text, -1, &error);
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  winnow_document_set_source_name (document, "/tmp/some/file.txt");
  g_assert_true (winnow_pipeline_process (pipeline, document, NULL, &error));
  json = winnow_document_to_json (document, TRUE);
  *root = json_from_string (json, &error);
  g_assert_no_error (error);
  return json_node_get_object (*root);
}

static void
test_shape (void)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *record = process_to_json ("test-label min-length=12 title-first=true tags=Zürich,Seoul",
                                        "Ein Titel\nMenu\n😀 café in Zürich and Seoul, again Zürich.\n",
                                        &root);
  const char *text = json_object_get_string_member (record, "text");
  JsonArray *entities = json_object_get_array_member (record, "entities");
  JsonArray *blocks = json_object_get_array_member (record, "blocks");
  JsonObject *block;

  g_assert_cmpint (json_object_get_int_member (record, "schema"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (record, "source"), ==, "/tmp/some/file.txt");
  g_assert_cmpstr (json_object_get_string_member (record, "pipeline"), ==,
                   "test-label min-length=12 title-first=true tags=Zürich,Seoul");
  /* A file path is never a URL. */
  g_assert_true (json_object_get_null_member (record, "url"));
  g_assert_cmpstr (json_object_get_string_member (record, "title"), ==, "Ein Titel");
  g_assert_cmpstr (text, ==, "😀 café in Zürich and Seoul, again Zürich.");
  g_assert_true (json_object_get_null_member (record, "byline"));
  g_assert_false (json_object_has_member (record, "notes"));

  /* Entities: sorted, code-point offsets into text. */
  g_assert_cmpuint (json_array_get_length (entities), ==, 3);
  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonObject *entity = json_array_get_object_element (entities, i);
      glong start = json_object_get_int_member (entity, "start");
      glong end = json_object_get_int_member (entity, "end");
      g_autofree char *slice = g_utf8_substring (text, start, end);

      g_assert_cmpstr (slice, ==, json_object_get_string_member (entity, "text"));
      g_assert_cmpstr (json_object_get_string_member (entity, "label"), ==, "MISC");
    }
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (entities, 0), "start"), ==, 10);

  g_assert_cmpuint (json_array_get_length (blocks), ==, 3);
  block = json_array_get_object_element (blocks, 1);
  g_assert_cmpstr (json_object_get_string_member (block, "kind"), ==, "line");
  g_assert_cmpstr (json_object_get_string_member (block, "label"), ==, "boilerplate");
  g_assert_cmpstr (json_object_get_string_member (block, "reason"), ==, "too-short");
  g_assert_cmpstr (json_object_get_string_member (block, "filter"), ==, "test-label");
  g_assert_cmpstr (json_object_get_string_member (block, "text"), ==, "Menu");
  g_assert_cmpfloat (json_object_get_double_member (block, "score"), ==, 0.5);
  block = json_array_get_object_element (blocks, 0);
  g_assert_cmpstr (json_object_get_string_member (block, "label"), ==, "title");
}

static void
test_entities_outside_content (void)
{
  g_autoptr(JsonNode) root = NULL;
  /* "Seoul" in a boilerplate line is not an entity of the text. */
  JsonObject *record = process_to_json ("test-label min-length=12 tags=Seoul",
                                        "Seoul\nA paragraph about Seoul.\n", &root);
  JsonArray *entities = json_object_get_array_member (record, "entities");

  g_assert_cmpuint (json_array_get_length (entities), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (entities, 0), "start"), ==, 18);
}

static void
test_entity_across_lines (void)
{
  g_autoptr(WinnowDocument) document =
    winnow_document_new_from_text ("President Moon\nJae-in met Abe.\nThen Trump.", -1, NULL);
  g_autoptr(WinnowSpan) moon = winnow_span_new (10, 21, "PERSON", 0.9, "t", NULL);
  g_autoptr(WinnowSpan) abe = winnow_span_new (26, 29, "PERSON", 0.9, "t", NULL);
  g_autoptr(WinnowSpan) trump = winnow_span_new (36, 41, "PERSON", 0.9, "t", NULL);
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *record;
  JsonArray *entities;
  const char *text;

  winnow_document_add_span (document, moon);
  winnow_document_add_span (document, abe);
  winnow_document_add_span (document, trump);
  json = winnow_document_to_json (document, FALSE);
  root = json_from_string (json, NULL);
  record = json_node_get_object (root);
  text = json_object_get_string_member (record, "text");
  g_assert_cmpstr (text, ==, "President Moon\n\nJae-in met Abe.\n\nThen Trump.");
  entities = json_object_get_array_member (record, "entities");
  g_assert_cmpuint (json_array_get_length (entities), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *entity = json_array_get_object_element (entities, i);
      g_autofree char *slice = g_utf8_substring (text, json_object_get_int_member (entity, "start"),
                                                 json_object_get_int_member (entity, "end"));
      g_assert_cmpstr (slice, ==, json_object_get_string_member (entity, "text"));
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entities, 0), "text"),
                   ==, "Moon\n\nJae-in");
}

static void
test_byline (void)
{
  g_autoptr(WinnowDocument) document = winnow_document_new_from_text ("BY SARAH KIM", -1, NULL);
  GVariantBuilder authors;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *byline, *author;

  g_variant_builder_init (&authors, G_VARIANT_TYPE ("aa{sv}"));
  g_variant_builder_open (&authors, G_VARIANT_TYPE ("a{sv}"));
  g_variant_builder_add (&authors, "{sv}", "name", g_variant_new_string ("Sarah Kim"));
  g_variant_builder_add (&authors, "{sv}", "email", g_variant_new_string ("kim.sarah@joongang.co.kr"));
  g_variant_builder_close (&authors);
  winnow_document_set_metadata (document, WINNOW_META_AUTHORS, g_variant_builder_end (&authors));
  winnow_document_set_metadata (document, WINNOW_META_BYLINE, g_variant_new_string ("BY SARAH KIM"));
  winnow_document_set_metadata (document, WINNOW_META_DATE, g_variant_new_string ("2017-07-07"));
  winnow_document_set_metadata (document, WINNOW_META_URL, g_variant_new_string ("https://example.org/x"));
  winnow_document_add_note (document, "entities", "not English");

  json = winnow_document_to_json (document, FALSE);
  root = json_from_string (json, NULL);
  byline = json_object_get_object_member (json_node_get_object (root), "byline");
  g_assert_cmpstr (json_object_get_string_member (byline, "raw"), ==, "BY SARAH KIM");
  g_assert_cmpstr (json_object_get_string_member (byline, "date"), ==, "2017-07-07");
  g_assert_true (json_object_get_null_member (byline, "updated"));
  g_assert_true (json_object_get_null_member (byline, "affiliation"));
  author = json_array_get_object_element (json_object_get_array_member (byline, "authors"), 0);
  g_assert_cmpstr (json_object_get_string_member (author, "name"), ==, "Sarah Kim");
  g_assert_cmpstr (json_object_get_string_member (author, "email"), ==, "kim.sarah@joongang.co.kr");
  g_assert_true (json_object_get_null_member (author, "role"));
  g_assert_true (json_object_get_null_member (author, "credentials"));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "url"), ==, "https://example.org/x");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (json_node_get_object (root), "notes"), 0),
                   ==, "entities: not English");
}

static void
test_error_record (void)
{
  g_autoptr(GError) error = g_error_new (WINNOW_READER_ERROR, WINNOW_READER_ERROR_TOO_LARGE, "too big");
  g_autoptr(JsonNode) node = winnow_error_to_json_node ("big.html", "boilerplate", error);
  JsonObject *record = json_node_get_object (node);
  JsonObject *e = json_object_get_object_member (record, "error");

  g_assert_cmpint (json_object_get_int_member (record, "schema"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (record, "source"), ==, "big.html");
  g_assert_cmpstr (json_object_get_string_member (e, "domain"), ==, "winnow-reader-error-quark");
  g_assert_cmpint (json_object_get_int_member (e, "code"), ==, WINNOW_READER_ERROR_TOO_LARGE);
  g_assert_cmpstr (json_object_get_string_member (e, "message"), ==, "too big");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/shape", test_shape);
  g_test_add_func ("/json/entities-outside-content", test_entities_outside_content);
  g_test_add_func ("/json/entity-across-lines", test_entity_across_lines);
  g_test_add_func ("/json/byline", test_byline);
  g_test_add_func ("/json/error-record", test_error_record);
  return g_test_run ();
}
