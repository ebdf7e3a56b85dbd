/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "winnow-document-private.h"
#include "winnow-plugin.h"
#include "winnow-reader.h"

/**
 * WinnowDocument:
 *
 * A document: one immutable UTF-8 source text and the layers that filters
 * add on top of it without rewriting it — blocks with labels, spans, and
 * metadata. Offsets are UTF-8 byte offsets into the source text;
 * winnow_document_byte_to_char_offset() and
 * winnow_document_byte_to_utf16_offset() convert them for bindings.
 *
 * A document may be processed by one thread at a time.
 */

/* Every CHAR_INDEX_STEP bytes the index records how many characters come
 * before, so offset conversion costs at most one short walk. */
#define CHAR_INDEX_STEP 256

struct _WinnowDocument
{
  GObject      parent_instance;

  char        *content_type;
  char        *source_name;
  char        *text;
  gsize        length;

  GPtrArray   *blocks;      /* WinnowBlock */
  GPtrArray   *spans;       /* WinnowSpan, sorted lazily */
  gboolean     spans_sorted;

  GHashTable  *metadata;    /* char* → GVariant* */
  GHashTable  *head_meta;   /* lower-case name → GPtrArray of contents, NULL-terminated */
  GPtrArray   *head_meta_names;
  GPtrArray   *json_ld;     /* NULL-terminated */
  GPtrArray   *notes;       /* NULL-terminated */

  xmlDoc      *tree;
  GHashTable  *node_blocks; /* xmlNode* → WinnowBlock*, built on demand */

  GArray      *char_index;  /* glong per CHAR_INDEX_STEP bytes */
  GArray      *utf16_index;
};

G_DEFINE_FINAL_TYPE (WinnowDocument, winnow_document, G_TYPE_OBJECT)

static void
winnow_document_finalize (GObject *object)
{
  WinnowDocument *self = WINNOW_DOCUMENT (object);

  g_free (self->content_type);
  g_free (self->source_name);
  g_free (self->text);
  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->spans);
  g_hash_table_unref (self->metadata);
  g_hash_table_unref (self->head_meta);
  g_ptr_array_unref (self->head_meta_names);
  g_ptr_array_unref (self->json_ld);
  g_ptr_array_unref (self->notes);
  g_clear_pointer (&self->node_blocks, g_hash_table_unref);
  g_clear_pointer (&self->char_index, g_array_unref);
  g_clear_pointer (&self->utf16_index, g_array_unref);
  g_clear_pointer (&self->tree, xmlFreeDoc);

  G_OBJECT_CLASS (winnow_document_parent_class)->finalize (object);
}

static void
winnow_document_class_init (WinnowDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = winnow_document_finalize;
}

static void
winnow_document_init (WinnowDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) winnow_block_unref);
  self->spans = g_ptr_array_new_with_free_func ((GDestroyNotify) winnow_span_unref);
  self->spans_sorted = TRUE;
  self->metadata = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_variant_unref);
  self->head_meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  self->head_meta_names = g_ptr_array_new ();
  self->json_ld = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->json_ld, NULL);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->notes, NULL);
  self->text = g_strdup ("");
}

WinnowDocument *
_winnow_document_new (const char *content_type,
                      char       *text,
                      gsize       length)
{
  WinnowDocument *self = g_object_new (WINNOW_TYPE_DOCUMENT, NULL);

  self->content_type = g_strdup (content_type);
  if (text != NULL)
    _winnow_document_take_text (self, text, length);
  return self;
}

void
_winnow_document_take_text (WinnowDocument *self,
                            char           *text,
                            gsize           length)
{
  g_free (self->text);
  self->text = text;
  self->length = length;
  g_clear_pointer (&self->char_index, g_array_unref);
  g_clear_pointer (&self->utf16_index, g_array_unref);
}

void
_winnow_document_take_blocks (WinnowDocument *self,
                              GPtrArray      *blocks)
{
  g_ptr_array_unref (self->blocks);
  self->blocks = blocks;
  for (guint i = 0; i < blocks->len; i++)
    ((WinnowBlock *) blocks->pdata[i])->index = i;
}

void
_winnow_document_take_tree (WinnowDocument *self,
                            xmlDoc         *tree)
{
  g_clear_pointer (&self->tree, xmlFreeDoc);
  self->tree = tree;
}

void
_winnow_document_add_head_meta (WinnowDocument *self,
                                const char     *name,
                                const char     *content)
{
  g_autofree char *key = g_ascii_strdown (name, -1);
  GPtrArray *values = g_hash_table_lookup (self->head_meta, key);

  if (values == NULL)
    {
      values = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (values, NULL);
      g_ptr_array_add (self->head_meta_names, key);
      g_hash_table_insert (self->head_meta, g_steal_pointer (&key), values);
    }
  g_ptr_array_insert (values, values->len - 1, g_strdup (content));
}

void
_winnow_document_add_json_ld (WinnowDocument *self,
                              const char     *text)
{
  g_ptr_array_insert (self->json_ld, self->json_ld->len - 1, g_strdup (text));
}

/**
 * winnow_document_new_from_text:
 * @text: UTF-8 text; invalid sequences are replaced by U+FFFD
 * @length: length of @text in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads plain text with a default #WinnowReader: one block per non-empty
 * line, or paragraphs when the text is hard-wrapped prose.
 *
 * Returns: (transfer full): a new document, or %NULL on error
 */
WinnowDocument *
winnow_document_new_from_text (const char  *text,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();

  return winnow_reader_read_text (reader, text, length, NULL, error);
}

/**
 * winnow_document_new_from_bytes:
 * @bytes: the raw input
 * @content_type: (nullable): `text/html`, `text/plain`, or %NULL to sniff
 * @charset: (nullable): the charset of @bytes, or %NULL to detect it
 * @error: return location for a #GError
 *
 * Reads an HTML page or plain text with a default #WinnowReader.
 *
 * Returns: (transfer full): a new document, or %NULL on error
 */
WinnowDocument *
winnow_document_new_from_bytes (GBytes      *bytes,
                                const char  *content_type,
                                const char  *charset,
                                GError     **error)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();

  winnow_reader_set_content_type (reader, content_type);
  winnow_reader_set_charset (reader, charset);
  return winnow_reader_read_bytes (reader, bytes, NULL, NULL, error);
}

/**
 * winnow_document_new_from_file:
 * @file: the file to read (`.gz` files are decompressed)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a file with a default #WinnowReader.
 *
 * Returns: (transfer full): a new document, or %NULL on error
 */
WinnowDocument *
winnow_document_new_from_file (GFile         *file,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();

  return winnow_reader_read_file (reader, file, cancellable, error);
}

/**
 * winnow_document_new_from_stream:
 * @stream: the stream to read to its end
 * @content_type: (nullable): `text/html`, `text/plain`, or %NULL to sniff
 * @charset: (nullable): the charset, or %NULL to detect it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a stream with a default #WinnowReader.
 *
 * Returns: (transfer full): a new document, or %NULL on error
 */
WinnowDocument *
winnow_document_new_from_stream (GInputStream  *stream,
                                 const char    *content_type,
                                 const char    *charset,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();

  winnow_reader_set_content_type (reader, content_type);
  winnow_reader_set_charset (reader, charset);
  return winnow_reader_read_stream (reader, stream, NULL, cancellable, error);
}

/**
 * winnow_document_new_from_stream_async:
 * @stream: the stream to read to its end
 * @content_type: (nullable): `text/html`, `text/plain`, or %NULL to sniff
 * @charset: (nullable): the charset, or %NULL to detect it
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the document is read
 * @user_data: data for @callback
 *
 * Reads a stream asynchronously; finish with
 * winnow_document_new_from_stream_finish().
 */
void
winnow_document_new_from_stream_async (GInputStream        *stream,
                                       const char          *content_type,
                                       const char          *charset,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();

  winnow_reader_set_content_type (reader, content_type);
  winnow_reader_set_charset (reader, charset);
  winnow_reader_read_stream_async (reader, stream, NULL, cancellable, callback, user_data);
}

/**
 * winnow_document_new_from_stream_finish:
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes winnow_document_new_from_stream_async().
 *
 * Returns: (transfer full): a new document, or %NULL on error
 */
WinnowDocument *
winnow_document_new_from_stream_finish (GAsyncResult  *result,
                                        GError       **error)
{
  g_autoptr(GObject) source = g_async_result_get_source_object (result);

  g_return_val_if_fail (WINNOW_IS_READER (source), NULL);
  return winnow_reader_read_stream_finish (WINNOW_READER (source), result, error);
}

/**
 * winnow_document_get_source_name:
 * @self: a #WinnowDocument
 *
 * Returns: (nullable): the name of the input (a path, `-` for stdin)
 */
const char *
winnow_document_get_source_name (WinnowDocument *self)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  return self->source_name;
}

/**
 * winnow_document_set_source_name:
 * @self: a #WinnowDocument
 * @source_name: (nullable): the name of the input
 *
 * Sets the name under which the document is reported.
 */
void
winnow_document_set_source_name (WinnowDocument *self,
                                 const char     *source_name)
{
  g_return_if_fail (WINNOW_IS_DOCUMENT (self));
  g_free (self->source_name);
  self->source_name = g_strdup (source_name);
}

/**
 * winnow_document_get_content_type:
 * @self: a #WinnowDocument
 *
 * Returns: `text/html` or `text/plain`
 */
const char *
winnow_document_get_content_type (WinnowDocument *self)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  return self->content_type ? self->content_type : "text/plain";
}

/**
 * winnow_document_is_html:
 * @self: a #WinnowDocument
 *
 * Returns: whether the document was read from HTML
 */
gboolean
winnow_document_is_html (WinnowDocument *self)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), FALSE);
  return g_strcmp0 (self->content_type, "text/html") == 0;
}

/**
 * winnow_document_get_text:
 * @self: a #WinnowDocument
 * @length: (out) (optional): the length of the text in bytes
 *
 * The source text: the flattened input, valid UTF-8, never changed by
 * filters. Blocks and spans are byte ranges of it.
 *
 * Returns: (transfer none): the source text
 */
const char *
winnow_document_get_text (WinnowDocument *self,
                          gsize          *length)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  if (length)
    *length = self->length;
  return self->text;
}

/**
 * winnow_document_get_text_range:
 * @self: a #WinnowDocument
 * @start: byte offset of the first byte
 * @end: byte offset just past the last byte
 *
 * Copies a range of the source text. Offsets are clamped to the text.
 *
 * Returns: (transfer full): the text between @start and @end
 */
char *
winnow_document_get_text_range (WinnowDocument *self,
                                gsize           start,
                                gsize           end)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  end = MIN (end, self->length);
  start = MIN (start, end);
  return g_strndup (self->text + start, end - start);
}

static GArray *
build_offset_index (const char *text,
                    gsize       length,
                    gboolean    utf16)
{
  GArray *index = g_array_sized_new (FALSE, FALSE, sizeof (glong),
                                     length / CHAR_INDEX_STEP + 1);
  glong count = 0;
  gsize pos = 0;

  for (gsize mark = 0; mark <= length; mark += CHAR_INDEX_STEP)
    {
      while (pos < mark)
        {
          guchar c = (guchar) text[pos];
          if ((c & 0xC0) != 0x80)
            count += (utf16 && c >= 0xF0) ? 2 : 1;
          pos++;
        }
      g_array_append_val (index, count);
    }
  return index;
}

static glong
offset_from_index (const char *text,
                   gsize       length,
                   GArray     *index,
                   gsize       byte_offset,
                   gboolean    utf16)
{
  gsize mark;
  glong count;

  byte_offset = MIN (byte_offset, length);
  mark = (byte_offset / CHAR_INDEX_STEP) * CHAR_INDEX_STEP;
  count = g_array_index (index, glong, byte_offset / CHAR_INDEX_STEP);
  for (gsize pos = mark; pos < byte_offset; pos++)
    {
      guchar c = (guchar) text[pos];
      if ((c & 0xC0) != 0x80)
        count += (utf16 && c >= 0xF0) ? 2 : 1;
    }
  return count;
}

/**
 * winnow_document_byte_to_char_offset:
 * @self: a #WinnowDocument
 * @byte_offset: a UTF-8 byte offset into the source text
 *
 * Converts a byte offset to a code-point offset (Python's string indices).
 *
 * Returns: the number of code points before @byte_offset
 */
glong
winnow_document_byte_to_char_offset (WinnowDocument *self,
                                     gsize           byte_offset)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), 0);
  if (self->char_index == NULL)
    self->char_index = build_offset_index (self->text, self->length, FALSE);
  return offset_from_index (self->text, self->length, self->char_index, byte_offset, FALSE);
}

/**
 * winnow_document_byte_to_utf16_offset:
 * @self: a #WinnowDocument
 * @byte_offset: a UTF-8 byte offset into the source text
 *
 * Converts a byte offset to a UTF-16 code-unit offset (JavaScript's string
 * indices).
 *
 * Returns: the number of UTF-16 code units before @byte_offset
 */
glong
winnow_document_byte_to_utf16_offset (WinnowDocument *self,
                                      gsize           byte_offset)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), 0);
  if (self->utf16_index == NULL)
    self->utf16_index = build_offset_index (self->text, self->length, TRUE);
  return offset_from_index (self->text, self->length, self->utf16_index, byte_offset, TRUE);
}

/**
 * winnow_document_get_n_blocks:
 * @self: a #WinnowDocument
 *
 * Returns: the number of blocks
 */
guint
winnow_document_get_n_blocks (WinnowDocument *self)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), 0);
  return self->blocks->len;
}

/**
 * winnow_document_get_block:
 * @self: a #WinnowDocument
 * @index: a block index, below winnow_document_get_n_blocks()
 *
 * Returns: (transfer none): the block at @index
 */
WinnowBlock *
winnow_document_get_block (WinnowDocument *self,
                           guint           index)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);
  return self->blocks->pdata[index];
}

/**
 * winnow_document_get_blocks:
 * @self: a #WinnowDocument
 *
 * Returns: (transfer none) (element-type WinnowBlock): the blocks, in
 *   document order
 */
GPtrArray *
winnow_document_get_blocks (WinnowDocument *self)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  return self->blocks;
}

/**
 * winnow_document_get_block_text:
 * @self: a #WinnowDocument
 * @block: one of its blocks
 *
 * Returns: (transfer full): the text of @block
 */
char *
winnow_document_get_block_text (WinnowDocument *self,
                                WinnowBlock    *block)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (block != NULL, NULL);
  return winnow_document_get_text_range (self, block->start, block->end);
}

/**
 * winnow_document_get_block_for_node: (skip)
 * @document: a #WinnowDocument read from HTML
 * @node: an element of its tree
 *
 * Returns: (nullable): the block read from @node, or %NULL if none was
 */
WinnowBlock *
winnow_document_get_block_for_node (WinnowDocument *document,
                                    xmlNode        *node)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (document), NULL);

  if (document->node_blocks == NULL)
    {
      document->node_blocks = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < document->blocks->len; i++)
        {
          WinnowBlock *block = document->blocks->pdata[i];
          if (block->node && !g_hash_table_contains (document->node_blocks, block->node))
            g_hash_table_insert (document->node_blocks, block->node, block);
        }
    }
  return g_hash_table_lookup (document->node_blocks, node);
}

/**
 * winnow_document_has_labels:
 * @self: a #WinnowDocument
 *
 * Returns: whether any block has a label other than
 *   %WINNOW_BLOCK_LABEL_UNKNOWN
 */
gboolean
winnow_document_has_labels (WinnowDocument *self)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), FALSE);
  for (guint i = 0; i < self->blocks->len; i++)
    if (((WinnowBlock *) self->blocks->pdata[i])->label != WINNOW_BLOCK_LABEL_UNKNOWN)
      return TRUE;
  return FALSE;
}

/* Whether a filter has said what is content: labelled a block CONTENT or
 * BOILERPLATE. A title or byline label alone decides nothing about the
 * rest of the page. */
static gboolean
content_decided (WinnowDocument *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      WinnowBlockLabel label = ((WinnowBlock *) self->blocks->pdata[i])->label;
      if (label == WINNOW_BLOCK_LABEL_CONTENT || label == WINNOW_BLOCK_LABEL_BOILERPLATE)
        return TRUE;
    }
  return FALSE;
}

/**
 * winnow_document_get_content_blocks:
 * @self: a #WinnowDocument
 *
 * The blocks that make up the content, in document order: those labelled
 * %WINNOW_BLOCK_LABEL_CONTENT — or, while no filter has labelled any block
 * content or boilerplate, every block but the title and byline.
 *
 * Returns: (transfer container) (element-type WinnowBlock): the blocks
 */
GPtrArray *
winnow_document_get_content_blocks (WinnowDocument *self)
{
  GPtrArray *content;
  gboolean decided;

  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);

  decided = content_decided (self);
  content = g_ptr_array_new_with_free_func ((GDestroyNotify) winnow_block_unref);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      WinnowBlock *block = self->blocks->pdata[i];
      gboolean is_content = decided ? block->label == WINNOW_BLOCK_LABEL_CONTENT
                                    : block->label != WINNOW_BLOCK_LABEL_TITLE &&
                                      block->label != WINNOW_BLOCK_LABEL_BYLINE;
      if (is_content)
        g_ptr_array_add (content, winnow_block_ref (block));
    }
  return content;
}

/**
 * winnow_document_get_content:
 * @self: a #WinnowDocument
 *
 * The clean body: the blocks of winnow_document_get_content_blocks() joined
 * by a blank line, with no trailing newline.
 *
 * Returns: (transfer full): the content, `""` when there is none
 */
char *
winnow_document_get_content (WinnowDocument *self)
{
  g_autoptr(GPtrArray) blocks = NULL;
  GString *content;

  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);

  blocks = winnow_document_get_content_blocks (self);
  content = g_string_new (NULL);
  for (guint i = 0; i < blocks->len; i++)
    {
      WinnowBlock *block = blocks->pdata[i];
      if (i > 0)
        g_string_append (content, "\n\n");
      g_string_append_len (content, self->text + block->start, block->end - block->start);
    }
  return g_string_free (content, FALSE);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const WinnowSpan *sa = *(WinnowSpan * const *) a;
  const WinnowSpan *sb = *(WinnowSpan * const *) b;
  gsize a_start = winnow_span_get_start (sa), b_start = winnow_span_get_start (sb);
  gsize a_end = winnow_span_get_end (sa), b_end = winnow_span_get_end (sb);

  if (a_start != b_start)
    return a_start < b_start ? -1 : 1;
  if (a_end != b_end)
    return a_end < b_end ? -1 : 1;
  return 0;
}

/**
 * winnow_document_add_span:
 * @self: a #WinnowDocument
 * @span: a span within the source text
 *
 * Adds a span. The document takes a reference.
 */
void
winnow_document_add_span (WinnowDocument *self,
                          WinnowSpan     *span)
{
  g_return_if_fail (WINNOW_IS_DOCUMENT (self));
  g_return_if_fail (span != NULL);
  g_return_if_fail (winnow_span_get_end (span) <= self->length);

  if (self->spans->len > 0 &&
      compare_spans (&self->spans->pdata[self->spans->len - 1], &span) > 0)
    self->spans_sorted = FALSE;
  g_ptr_array_add (self->spans, winnow_span_ref (span));
}

/**
 * winnow_document_get_spans:
 * @self: a #WinnowDocument
 *
 * Returns: (transfer none) (element-type WinnowSpan): all spans, sorted by
 *   start, then end
 */
GPtrArray *
winnow_document_get_spans (WinnowDocument *self)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  if (!self->spans_sorted)
    {
      g_ptr_array_sort (self->spans, compare_spans);
      self->spans_sorted = TRUE;
    }
  return self->spans;
}

/**
 * winnow_document_remove_spans:
 * @self: a #WinnowDocument
 * @filter: (nullable): remove the spans of this filter, or all when %NULL
 *
 * Removes spans, e.g. before a filter tags a document again.
 *
 * Returns: how many spans were removed
 */
guint
winnow_document_remove_spans (WinnowDocument *self,
                              const char     *filter)
{
  guint removed = 0;

  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), 0);
  for (guint i = self->spans->len; i > 0; i--)
    {
      WinnowSpan *span = self->spans->pdata[i - 1];
      if (filter == NULL || g_strcmp0 (winnow_span_get_filter (span), filter) == 0)
        {
          g_ptr_array_remove_index (self->spans, i - 1);
          removed++;
        }
    }
  return removed;
}

/**
 * winnow_document_get_span_text:
 * @self: a #WinnowDocument
 * @span: a span of it
 *
 * Returns: (transfer full): the text the span covers
 */
char *
winnow_document_get_span_text (WinnowDocument *self,
                               WinnowSpan     *span)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (span != NULL, NULL);
  return winnow_document_get_text_range (self, winnow_span_get_start (span),
                                         winnow_span_get_end (span));
}

static const struct {
  const char *key;
  const char *type;
} well_known_metadata[] = {
  { WINNOW_META_TITLE, "s" },
  { WINNOW_META_URL, "s" },
  { WINNOW_META_LANGUAGE, "s" },
  { WINNOW_META_SITE_NAME, "s" },
  { WINNOW_META_DESCRIPTION, "s" },
  { WINNOW_META_DATE, "s" },
  { WINNOW_META_UPDATED, "s" },
  { WINNOW_META_AUTHORS, "aa{sv}" },
  { WINNOW_META_AFFILIATION, "s" },
  { WINNOW_META_BYLINE, "s" },
  { WINNOW_META_PIPELINE, "s" },
};

/**
 * winnow_document_get_metadata:
 * @self: a #WinnowDocument
 * @key: a metadata key, such as %WINNOW_META_TITLE
 *
 * Returns: (transfer none) (nullable): the value, or %NULL if unset
 */
GVariant *
winnow_document_get_metadata (WinnowDocument *self,
                              const char     *key)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  return g_hash_table_lookup (self->metadata, key);
}

/**
 * winnow_document_set_metadata:
 * @self: a #WinnowDocument
 * @key: a metadata key
 * @value: (nullable): the value, or %NULL to unset; a floating reference is sunk
 *
 * Sets a metadata value. The well-known keys (%WINNOW_META_TITLE, …) have
 * fixed types; a value of another type is refused.
 *
 * Returns: %TRUE if the value was set, %FALSE if its type is wrong for @key
 */
gboolean
winnow_document_set_metadata (WinnowDocument *self,
                              const char     *key,
                              GVariant       *value)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (value == NULL)
    {
      g_hash_table_remove (self->metadata, key);
      return TRUE;
    }

  g_variant_ref_sink (value);
  for (guint i = 0; i < G_N_ELEMENTS (well_known_metadata); i++)
    if (strcmp (key, well_known_metadata[i].key) == 0 &&
        !g_variant_is_of_type (value, G_VARIANT_TYPE (well_known_metadata[i].type)))
      {
        g_critical ("Metadata key “%s” takes values of type %s, not %s",
                    key, well_known_metadata[i].type, g_variant_get_type_string (value));
        g_variant_unref (value);
        return FALSE;
      }

  g_hash_table_insert (self->metadata, g_strdup (key), value);
  return TRUE;
}

static int
compare_string_pointers (const void *a,
                         const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/**
 * winnow_document_list_metadata:
 * @self: a #WinnowDocument
 *
 * Returns: (transfer full) (array zero-terminated=1): the keys set, sorted
 */
char **
winnow_document_list_metadata (WinnowDocument *self)
{
  g_autofree const char **keys = NULL;
  char **copy;
  guint n;

  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  keys = (const char **) g_hash_table_get_keys_as_array (self->metadata, &n);
  copy = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    copy[i] = g_strdup (keys[i]);
  qsort (copy, n, sizeof (char *), compare_string_pointers);
  return copy;
}

/**
 * winnow_document_get_metadata_string:
 * @self: a #WinnowDocument
 * @key: a metadata key
 *
 * Returns: (nullable): the value of @key if it is a string, else %NULL
 */
const char *
winnow_document_get_metadata_string (WinnowDocument *self,
                                     const char     *key)
{
  GVariant *value = winnow_document_get_metadata (self, key);

  if (value && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_get_string (value, NULL);
  return NULL;
}

/**
 * winnow_document_get_title:
 * @self: a #WinnowDocument
 *
 * Returns: (nullable): the title
 */
const char *
winnow_document_get_title (WinnowDocument *self)
{
  return winnow_document_get_metadata_string (self, WINNOW_META_TITLE);
}

/**
 * winnow_document_get_url:
 * @self: a #WinnowDocument
 *
 * Returns: (nullable): the canonical URL
 */
const char *
winnow_document_get_url (WinnowDocument *self)
{
  return winnow_document_get_metadata_string (self, WINNOW_META_URL);
}

/**
 * winnow_document_get_language:
 * @self: a #WinnowDocument
 *
 * Returns: (nullable): the language, e.g. "en", or %NULL if unknown
 */
const char *
winnow_document_get_language (WinnowDocument *self)
{
  return winnow_document_get_metadata_string (self, WINNOW_META_LANGUAGE);
}

/**
 * winnow_document_get_date:
 * @self: a #WinnowDocument
 *
 * Returns: (nullable): the publication date, ISO 8601
 */
const char *
winnow_document_get_date (WinnowDocument *self)
{
  return winnow_document_get_metadata_string (self, WINNOW_META_DATE);
}

/**
 * winnow_document_get_authors:
 * @self: a #WinnowDocument
 *
 * Returns: (transfer none) (nullable): the authors, of type `aa{sv}`
 */
GVariant *
winnow_document_get_authors (WinnowDocument *self)
{
  return winnow_document_get_metadata (self, WINNOW_META_AUTHORS);
}

/**
 * winnow_document_get_head_meta:
 * @self: a #WinnowDocument
 * @name: a `<meta>` name or property, such as `author` or `og:title`
 *
 * The content of the first `<meta>` element of an HTML page whose `name`,
 * `property` or `itemprop` is @name (compared case-insensitively).
 *
 * Returns: (nullable): the content, or %NULL
 */
const char *
winnow_document_get_head_meta (WinnowDocument *self,
                               const char     *name)
{
  const char * const *values = winnow_document_get_head_meta_all (self, name);

  return values ? values[0] : NULL;
}

/**
 * winnow_document_get_head_meta_all:
 * @self: a #WinnowDocument
 * @name: a `<meta>` name or property, such as `citation_author`
 *
 * The contents of every `<meta>` element named @name, in page order, for
 * names that repeat.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   contents, or %NULL when the page has no such element
 */
const char * const *
winnow_document_get_head_meta_all (WinnowDocument *self,
                                   const char     *name)
{
  g_autofree char *key = NULL;
  GPtrArray *values;

  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  key = g_ascii_strdown (name, -1);
  values = g_hash_table_lookup (self->head_meta, key);
  return values ? (const char * const *) values->pdata : NULL;
}

/**
 * winnow_document_list_head_meta:
 * @self: a #WinnowDocument
 *
 * Returns: (transfer full) (array zero-terminated=1): the names of the
 *   `<meta>` elements, lower-cased, in page order
 */
char **
winnow_document_list_head_meta (WinnowDocument *self)
{
  char **names;

  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  names = g_new0 (char *, self->head_meta_names->len + 1);
  for (guint i = 0; i < self->head_meta_names->len; i++)
    names[i] = g_strdup (self->head_meta_names->pdata[i]);
  return names;
}

/**
 * winnow_document_get_json_ld:
 * @self: a #WinnowDocument
 *
 * Returns: (transfer none) (array zero-terminated=1): the raw text of each
 *   `<script type="application/ld+json">` of an HTML page
 */
const char * const *
winnow_document_get_json_ld (WinnowDocument *self)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  return (const char * const *) self->json_ld->pdata;
}

/**
 * winnow_document_add_note:
 * @self: a #WinnowDocument
 * @filter: (nullable): the filter writing the note
 * @message: what happened, e.g. why a filter left the document alone
 *
 * Adds a note for the user, kept with the document and written to JSON.
 */
void
winnow_document_add_note (WinnowDocument *self,
                          const char     *filter,
                          const char     *message)
{
  g_return_if_fail (WINNOW_IS_DOCUMENT (self));
  g_return_if_fail (message != NULL);
  g_ptr_array_insert (self->notes, self->notes->len - 1,
                      filter ? g_strdup_printf ("%s: %s", filter, message)
                             : g_strdup (message));
}

/**
 * winnow_document_get_notes:
 * @self: a #WinnowDocument
 *
 * Returns: (transfer none) (array zero-terminated=1): the notes, each
 *   prefixed by the name of the filter that wrote it
 */
const char * const *
winnow_document_get_notes (WinnowDocument *self)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (self), NULL);
  return (const char * const *) self->notes->pdata;
}

/**
 * winnow_document_get_html_tree: (skip)
 * @document: a #WinnowDocument
 *
 * The libxml2 tree of an HTML document; it belongs to the document and
 * must not be changed.
 *
 * The reader drops the code of a page before parsing it: `<script>` and
 * `<style>` elements are in the tree with their attributes, but without
 * their text, except scripts whose `type` names JSON (JSON-LD and other
 * data islands), which keep it.
 *
 * Returns: (nullable): the tree, or %NULL for plain text
 */
xmlDoc *
winnow_document_get_html_tree (WinnowDocument *document)
{
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (document), NULL);
  return document->tree;
}
