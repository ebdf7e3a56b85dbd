/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "winnow-json.h"
#include "winnow-enum-types.h"

/* The JSON record of a document, in the shape DESIGN.md fixes (schema 1).
 * Entity offsets are code points into `text`, so `text[start:end]` in
 * Python is the entity. */

static const char *entity_labels[] = {
  "PERSON", "ORG", "LOC", "MISC", "DATE", "TIME", "MONEY", "PERCENT", "EMAIL", "URL",
};

static gboolean
is_entity_label (const char *label)
{
  for (guint i = 0; i < G_N_ELEMENTS (entity_labels); i++)
    if (strcmp (label, entity_labels[i]) == 0)
      return TRUE;
  return FALSE;
}

static const char *
enum_nick (GType type,
           int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);
  const char *nick = ev ? ev->value_nick : "unknown";

  g_type_class_unref (klass);  /* enum classes stay alive once created */
  return nick;
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static const char *
lookup_string (GVariant   *dict,
               const char *key)
{
  const char *value = NULL;

  if (g_variant_lookup (dict, key, "&s", &value) && *value)
    return value;
  return NULL;
}

static void
add_byline (JsonBuilder    *builder,
            WinnowDocument *document)
{
  GVariant *authors = winnow_document_get_authors (document);
  const char *raw = winnow_document_get_metadata_string (document, WINNOW_META_BYLINE);
  const char *date = winnow_document_get_date (document);
  const char *updated = winnow_document_get_metadata_string (document, WINNOW_META_UPDATED);
  const char *affiliation = winnow_document_get_metadata_string (document, WINNOW_META_AFFILIATION);

  json_builder_set_member_name (builder, "byline");
  if (authors == NULL && raw == NULL && date == NULL && updated == NULL && affiliation == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  add_string_or_null (builder, "raw", raw);
  json_builder_set_member_name (builder, "authors");
  json_builder_begin_array (builder);
  if (authors)
    {
      gsize n = g_variant_n_children (authors);
      for (gsize i = 0; i < n; i++)
        {
          g_autoptr(GVariant) author = g_variant_get_child_value (authors, i);
          json_builder_begin_object (builder);
          add_string_or_null (builder, "name", lookup_string (author, "name"));
          add_string_or_null (builder, "email", lookup_string (author, "email"));
          add_string_or_null (builder, "url", lookup_string (author, "url"));
          add_string_or_null (builder, "role", lookup_string (author, "role"));
          add_string_or_null (builder, "credentials", lookup_string (author, "credentials"));
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);
  add_string_or_null (builder, "affiliation", affiliation);
  add_string_or_null (builder, "date", date);
  add_string_or_null (builder, "updated", updated);
  json_builder_end_object (builder);
}

/* The content block holding byte @offset (a start, or an end with
 * @is_end), by binary search; -1 if it lies outside the content. */
static int
find_block (GPtrArray *blocks,
            gsize      offset,
            gboolean   is_end)
{
  guint lo = 0, hi = blocks->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      WinnowBlock *block = blocks->pdata[mid];
      gsize start = winnow_block_get_start (block), end = winnow_block_get_end (block);

      if (is_end ? offset <= start : offset < start)
        hi = mid;
      else if (is_end ? offset > end : offset >= end)
        lo = mid + 1;
      else
        return mid;
    }
  return -1;
}

/* Entities: the entity spans wholly inside the content, in order, without
 * overlaps (the first one stands), with code-point offsets into `text`. A
 * span running over adjacent content blocks (a name broken across two
 * lines) maps to the same words in `text`. */
static void
add_entities (JsonBuilder    *builder,
              WinnowDocument *document)
{
  const char *text = winnow_document_get_text (document, NULL);
  g_autoptr(GPtrArray) blocks = winnow_document_get_content_blocks (document);
  GPtrArray *spans = winnow_document_get_spans (document);
  g_autofree glong *block_char_start = g_new0 (glong, blocks->len + 1);
  glong content_chars = 0, last_end = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      WinnowBlock *block = blocks->pdata[i];
      block_char_start[i] = content_chars;
      content_chars += winnow_document_byte_to_char_offset (document, winnow_block_get_end (block)) -
                       winnow_document_byte_to_char_offset (document, winnow_block_get_start (block)) + 2;
    }

  json_builder_set_member_name (builder, "entities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < spans->len; i++)
    {
      WinnowSpan *span = spans->pdata[i];
      gsize start = winnow_span_get_start (span), end = winnow_span_get_end (span);
      int first, last;
      glong char_start, char_end;
      g_autofree char *span_text = NULL;

      if (!is_entity_label (winnow_span_get_label (span)) || end <= start)
        continue;
      first = find_block (blocks, start, FALSE);
      last = find_block (blocks, end, TRUE);
      if (first < 0 || last < 0 || last < first)
        continue;
      /* Only across blocks that follow each other in the document. */
      if (winnow_block_get_index (blocks->pdata[last]) - winnow_block_get_index (blocks->pdata[first]) !=
          (guint) (last - first))
        continue;

      char_start = block_char_start[first] +
                   winnow_document_byte_to_char_offset (document, start) -
                   winnow_document_byte_to_char_offset (document, winnow_block_get_start (blocks->pdata[first]));
      char_end = block_char_start[last] +
                 winnow_document_byte_to_char_offset (document, end) -
                 winnow_document_byte_to_char_offset (document, winnow_block_get_start (blocks->pdata[last]));
      if (char_start < last_end)
        continue;
      last_end = char_end;
      if (first == last)
        span_text = g_strndup (text + start, end - start);
      else
        {
          /* The same words as in `text`: blocks there are a blank line apart. */
          GString *joined = g_string_new_len (text + start,
                                              winnow_block_get_end (blocks->pdata[first]) - start);
          for (int k = first + 1; k <= last; k++)
            {
              gsize block_start = winnow_block_get_start (blocks->pdata[k]);
              gsize block_end = k == last ? end : winnow_block_get_end (blocks->pdata[k]);
              g_string_append (joined, "\n\n");
              g_string_append_len (joined, text + block_start, block_end - block_start);
            }
          span_text = g_string_free (joined, FALSE);
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, span_text);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, winnow_span_get_label (span));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, char_start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, char_end);
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, winnow_span_get_score (span));
      add_string_or_null (builder, "value", winnow_span_get_value (span));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_blocks (JsonBuilder    *builder,
            WinnowDocument *document)
{
  GPtrArray *blocks = winnow_document_get_blocks (document);
  const char *text = winnow_document_get_text (document, NULL);

  json_builder_set_member_name (builder, "blocks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < blocks->len; i++)
    {
      WinnowBlock *block = blocks->pdata[i];
      gsize start = winnow_block_get_start (block);
      g_autofree char *block_text = g_strndup (text + start, winnow_block_get_end (block) - start);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, enum_nick (WINNOW_TYPE_BLOCK_KIND,
                                                         winnow_block_get_kind (block)));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, enum_nick (WINNOW_TYPE_BLOCK_LABEL,
                                                         winnow_block_get_label (block)));
      add_string_or_null (builder, "reason", winnow_block_get_reason (block));
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, winnow_block_get_score (block));
      add_string_or_null (builder, "filter", winnow_block_get_filter (block));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, block_text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* A URL, never a file path: only absolute URLs with a scheme. */
static const char *
url_or_null (const char *url)
{
  if (url && (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://")))
    return url;
  return NULL;
}

/**
 * winnow_document_to_json_node:
 * @document: a #WinnowDocument
 *
 * Builds the JSON record of a document: schema, source, pipeline, url,
 * language, title, text (the content), byline, entities (the entity spans
 * wholly inside the content, not overlapping, with code-point offsets into
 * text), blocks (every block with its label and reason) and, when any
 * filter left one, notes.
 *
 * Returns: (transfer full): the record
 */
JsonNode *
winnow_document_to_json_node (WinnowDocument *document)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *content = NULL;
  const char * const *notes;

  g_return_val_if_fail (WINNOW_IS_DOCUMENT (document), NULL);

  content = winnow_document_get_content (document);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema");
  json_builder_add_int_value (builder, WINNOW_JSON_SCHEMA);
  add_string_or_null (builder, "source", winnow_document_get_source_name (document));
  add_string_or_null (builder, "pipeline",
                      winnow_document_get_metadata_string (document, WINNOW_META_PIPELINE));
  add_string_or_null (builder, "url", url_or_null (winnow_document_get_url (document)));
  add_string_or_null (builder, "language", winnow_document_get_language (document));
  add_string_or_null (builder, "title", winnow_document_get_title (document));
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, content);
  add_byline (builder, document);
  add_entities (builder, document);
  add_blocks (builder, document);
  notes = winnow_document_get_notes (document);
  if (notes[0])
    {
      json_builder_set_member_name (builder, "notes");
      json_builder_begin_array (builder);
      for (guint i = 0; notes[i]; i++)
        json_builder_add_string_value (builder, notes[i]);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * winnow_document_to_json:
 * @document: a #WinnowDocument
 * @pretty: whether to indent the output
 *
 * Serialises the record of winnow_document_to_json_node().
 *
 * Returns: (transfer full): the JSON text, without a trailing newline
 */
char *
winnow_document_to_json (WinnowDocument *document,
                         gboolean        pretty)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (WINNOW_IS_DOCUMENT (document), NULL);
  node = winnow_document_to_json_node (document);
  return json_to_string (node, pretty);
}

/**
 * winnow_error_to_json_node:
 * @source_name: (nullable): the input that failed
 * @pipeline: (nullable): the pipeline description
 * @error: the error
 *
 * Builds the record of a failed input:
 * `{ "schema": 1, "source": …, "pipeline": …, "error": { "domain", "code", "message" } }`.
 *
 * Returns: (transfer full): the record
 */
JsonNode *
winnow_error_to_json_node (const char   *source_name,
                           const char   *pipeline,
                           const GError *error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (error != NULL, NULL);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema");
  json_builder_add_int_value (builder, WINNOW_JSON_SCHEMA);
  add_string_or_null (builder, "source", source_name);
  add_string_or_null (builder, "pipeline", pipeline);
  json_builder_set_member_name (builder, "error");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "domain");
  json_builder_add_string_value (builder, g_quark_to_string (error->domain));
  json_builder_set_member_name (builder, "code");
  json_builder_add_int_value (builder, error->code);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, error->message);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
