/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "winnow-reader-private.h"
#include "winnow-charset-private.h"
#include "winnow-enum-types.h"
#include "winnow-mojibake-private.h"

/**
 * WinnowReader:
 *
 * Turns bytes into a #WinnowDocument: HTML through libxml2's HTML parser
 * (network access off), anything else as plain text. The charset comes
 * from the caller, a BOM, or the page's `<meta charset>`; undeclared input
 * is taken as UTF-8, or windows-1252 when it is not valid UTF-8. Invalid
 * UTF-8 is repaired, never passed on; UTF-8 encoded twice over is undone
 * (#WinnowReader:repair-mojibake). gzip-compressed input is inflated.
 *
 * A reader holds only settings: one reader may read on several threads at
 * once.
 */

struct _WinnowReader
{
  GObject         parent_instance;
  guint64         max_size;
  WinnowTextMode  text_mode;
  char           *content_type;
  char           *charset;
  gboolean        repair_mojibake;
};

enum {
  PROP_0,
  PROP_MAX_SIZE,
  PROP_TEXT_MODE,
  PROP_CONTENT_TYPE,
  PROP_CHARSET,
  PROP_REPAIR_MOJIBAKE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (WinnowReader, winnow_reader, G_TYPE_OBJECT)
G_DEFINE_QUARK (winnow-reader-error-quark, winnow_reader_error)

static void
winnow_reader_finalize (GObject *object)
{
  WinnowReader *self = WINNOW_READER (object);

  g_free (self->content_type);
  g_free (self->charset);
  G_OBJECT_CLASS (winnow_reader_parent_class)->finalize (object);
}

static void
winnow_reader_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WinnowReader *self = WINNOW_READER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;
    case PROP_TEXT_MODE:
      g_value_set_enum (value, self->text_mode);
      break;
    case PROP_CONTENT_TYPE:
      g_value_set_string (value, self->content_type);
      break;
    case PROP_CHARSET:
      g_value_set_string (value, self->charset);
      break;
    case PROP_REPAIR_MOJIBAKE:
      g_value_set_boolean (value, self->repair_mojibake);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
winnow_reader_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WinnowReader *self = WINNOW_READER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      winnow_reader_set_max_size (self, g_value_get_uint64 (value));
      break;
    case PROP_TEXT_MODE:
      winnow_reader_set_text_mode (self, g_value_get_enum (value));
      break;
    case PROP_CONTENT_TYPE:
      winnow_reader_set_content_type (self, g_value_get_string (value));
      break;
    case PROP_CHARSET:
      winnow_reader_set_charset (self, g_value_get_string (value));
      break;
    case PROP_REPAIR_MOJIBAKE:
      winnow_reader_set_repair_mojibake (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
winnow_reader_class_init (WinnowReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = winnow_reader_finalize;
  object_class->get_property = winnow_reader_get_property;
  object_class->set_property = winnow_reader_set_property;

  _winnow_html_reader_init ();

  /**
   * WinnowReader:max-size:
   *
   * The largest input accepted, in bytes, after decompression; larger
   * input fails with %WINNOW_READER_ERROR_TOO_LARGE. 0 means no limit.
   */
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", "Maximum size",
                         "Largest input accepted, in bytes (0: no limit)",
                         0, G_MAXUINT64, WINNOW_READER_DEFAULT_MAX_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * WinnowReader:text-mode:
   *
   * How plain text is cut into blocks.
   */
  properties[PROP_TEXT_MODE] =
    g_param_spec_enum ("text-mode", "Text mode",
                       "How plain text is cut into blocks: lines, paragraphs or auto",
                       WINNOW_TYPE_TEXT_MODE, WINNOW_TEXT_MODE_AUTO,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * WinnowReader:content-type:
   *
   * `text/html` or `text/plain` to force a reader, or %NULL to sniff the
   * input (file name, then content).
   */
  properties[PROP_CONTENT_TYPE] =
    g_param_spec_string ("content-type", "Content type",
                         "text/html or text/plain, or unset to sniff",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * WinnowReader:charset:
   *
   * The charset of the input, overriding any declaration, or %NULL to
   * detect it.
   */
  properties[PROP_CHARSET] =
    g_param_spec_string ("charset", "Charset",
                         "Charset of the input, or unset to detect it",
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * WinnowReader:repair-mojibake:
   *
   * Whether to undo UTF-8 that was read as Latin-1 or windows-1252 and
   * encoded again ("Ã©" for "é", "â€™" for "’"), as scrapers and old
   * databases leave it. It is undone only when the input shows it beyond
   * doubt: at least three characters that no real text would hold (a C1
   * control, "â€", "Ã©"), or fewer and no other character beyond ASCII,
   * so a page that quotes "Ã¤" beside a real "ä" is left alone. Text
   * encoded twice or three times over is undone layer by layer.
   */
  properties[PROP_REPAIR_MOJIBAKE] =
    g_param_spec_boolean ("repair-mojibake", "Repair mojibake",
                          "Undo UTF-8 that was read as Latin-1 and encoded again",
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
winnow_reader_init (WinnowReader *self)
{
  self->max_size = WINNOW_READER_DEFAULT_MAX_SIZE;
  self->text_mode = WINNOW_TEXT_MODE_AUTO;
  self->repair_mojibake = TRUE;
}

/**
 * winnow_reader_new:
 *
 * Returns: (transfer full): a new reader with default settings
 */
WinnowReader *
winnow_reader_new (void)
{
  return g_object_new (WINNOW_TYPE_READER, NULL);
}

static gboolean
check_size (WinnowReader  *self,
            guint64        size,
            GError       **error)
{
  if (self->max_size > 0 && size > self->max_size)
    {
      g_set_error (error, WINNOW_READER_ERROR, WINNOW_READER_ERROR_TOO_LARGE,
                   "The input is larger than the limit of %" G_GUINT64_FORMAT " bytes",
                   self->max_size);
      return FALSE;
    }
  return TRUE;
}

/* Reads @stream to its end, failing once it passes max-size. @size_hint,
 * when known, sizes the buffer at once: growing by doubling would briefly
 * hold twice a large page. */
static GBytes *
read_all (WinnowReader  *self,
          GInputStream  *stream,
          gsize          size_hint,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(GByteArray) data = NULL;
  guint8 buffer[16384];

  if (self->max_size > 0)
    size_hint = MIN (size_hint, self->max_size);
  data = g_byte_array_sized_new (MIN (size_hint, G_MAXUINT - 1) + 1);
  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (data, buffer, n);
      if (!check_size (self, data->len, error))
        return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static GBytes *
maybe_gunzip (WinnowReader  *self,
              GBytes        *bytes,
              GCancellable  *cancellable,
              GError       **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GInputStream) raw = NULL;
  g_autoptr(GZlibDecompressor) decompressor = NULL;
  g_autoptr(GInputStream) inflated = NULL;
  gsize size_hint = 0;

  if (size < 2 || data[0] != 0x1f || data[1] != 0x8b)
    return g_bytes_ref (bytes);

  raw = g_memory_input_stream_new_from_bytes (bytes);
  decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  inflated = g_converter_input_stream_new (raw, G_CONVERTER (decompressor));
  /* A gzip member ends with its inflated size, modulo 4 GiB; deflate
   * cannot inflate more than 1032-fold, so a lying trailer costs little. */
  if (size >= 18)
    {
      guint32 isize;
      memcpy (&isize, data + size - 4, sizeof isize);
      size_hint = MIN ((gsize) GUINT32_FROM_LE (isize), size * 1032);
    }
  return read_all (self, inflated, size_hint, cancellable, error);
}

static gboolean
name_says_html (const char *name,
                gboolean   *is_html)
{
  static const char *html[] = { ".html", ".htm", ".xhtml", ".html.gz", ".htm.gz" };
  static const char *text[] = { ".txt", ".text", ".txt.gz" };

  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (html); i++)
    if (g_str_has_suffix (name, html[i]))
      return (*is_html = TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (text); i++)
    if (g_str_has_suffix (name, text[i]))
      {
        *is_html = FALSE;
        return TRUE;
      }
  return FALSE;
}

static WinnowDocument *
read_decoded (WinnowReader  *self,
              GBytes        *raw,
              const char    *source_name,
              gboolean       force_text,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  WinnowDocument *document;
  const char *data;
  gsize size, utf8_length, bom_length;
  gboolean is_html = FALSE;
  char *utf8;

  if (!check_size (self, g_bytes_get_size (raw), error))
    return NULL;
  bytes = maybe_gunzip (self, raw, cancellable, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  if (data == NULL)
    data = "";

  if (force_text)
    is_html = FALSE;
  else if (self->content_type)
    is_html = g_str_has_suffix (self->content_type, "html");
  else if (!name_says_html (source_name, &is_html))
    is_html = _winnow_looks_like_html (data, size);

  if (is_html && _winnow_html_is_plain_utf8 (data, size, self->charset, &bom_length))
    {
      g_autofree char *undone = NULL;

      if (self->repair_mojibake)
        undone = _winnow_mojibake_undo (data + bom_length, size - bom_length, &utf8_length);
      /* Most pages: parsed where they lie, no decoded copy. */
      if (undone)
        document = _winnow_html_read (undone, utf8_length, cancellable, error);
      else
        document = _winnow_html_read (data + bom_length, size - bom_length, cancellable, error);
    }
  else
    {
      utf8 = _winnow_decode_to_utf8 (data, size, self->charset, self->charset != NULL,
                                     is_html, &utf8_length, error);
      if (utf8 == NULL)
        return NULL;
      if (self->repair_mojibake)
        {
          char *undone = _winnow_mojibake_undo (utf8, utf8_length, &utf8_length);

          if (undone)
            {
              g_free (utf8);
              utf8 = undone;
            }
        }
      if (is_html)
        {
          document = _winnow_html_read (utf8, utf8_length, cancellable, error);
          g_free (utf8);
        }
      else
        document = _winnow_text_read (utf8, utf8_length, self->text_mode);
    }

  if (document)
    winnow_document_set_source_name (document, source_name);
  return document;
}

/**
 * winnow_reader_read_bytes:
 * @self: a #WinnowReader
 * @bytes: the input
 * @source_name: (nullable): the name to report the document under
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a document from bytes. Empty input gives an empty document.
 *
 * Returns: (transfer full): the document, or %NULL on error
 */
WinnowDocument *
winnow_reader_read_bytes (WinnowReader  *self,
                          GBytes        *bytes,
                          const char    *source_name,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_return_val_if_fail (WINNOW_IS_READER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_decoded (self, bytes, source_name, FALSE, cancellable, error);
}

/**
 * winnow_reader_read_text:
 * @self: a #WinnowReader
 * @text: text, UTF-8 (invalid sequences are replaced by U+FFFD)
 * @length: length of @text in bytes, or -1 if nul-terminated
 * @source_name: (nullable): the name to report the document under
 * @error: return location for a #GError
 *
 * Reads plain text (never HTML), as #WinnowReader:text-mode says.
 *
 * Returns: (transfer full): the document, or %NULL on error
 */
WinnowDocument *
winnow_reader_read_text (WinnowReader  *self,
                         const char    *text,
                         gssize         length,
                         const char    *source_name,
                         GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (WINNOW_IS_READER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (text);
  bytes = g_bytes_new (text, length);
  return read_decoded (self, bytes, source_name, TRUE, NULL, error);
}

/**
 * winnow_reader_read_stream:
 * @self: a #WinnowReader
 * @stream: a stream, read to its end
 * @source_name: (nullable): the name to report the document under
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a document from a stream, stopping with an error as soon as the
 * input passes #WinnowReader:max-size.
 *
 * Returns: (transfer full): the document, or %NULL on error
 */
WinnowDocument *
winnow_reader_read_stream (WinnowReader  *self,
                           GInputStream  *stream,
                           const char    *source_name,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (WINNOW_IS_READER (self), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_all (self, stream, 0, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return read_decoded (self, bytes, source_name, FALSE, cancellable, error);
}

/**
 * winnow_reader_read_file:
 * @self: a #WinnowReader
 * @file: the file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a document from a file; `.html`/`.htm` names are read as HTML,
 * `.txt` as text, others are sniffed; `.gz` files are inflated.
 *
 * Returns: (transfer full): the document, or %NULL on error
 */
WinnowDocument *
winnow_reader_read_file (WinnowReader  *self,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  gsize size_hint = 0;

  g_return_val_if_fail (WINNOW_IS_READER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    {
      goffset file_size = g_file_info_get_size (info);
      if (!check_size (self, file_size, error))
        return NULL;
      size_hint = file_size;
    }
  bytes = read_all (self, G_INPUT_STREAM (stream), size_hint, cancellable, error);
  if (bytes == NULL)
    return NULL;
  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);
  return read_decoded (self, bytes, name, FALSE, cancellable, error);
}

typedef struct {
  GInputStream *stream;
  char         *source_name;
} ReadStreamData;

static void
read_stream_data_free (ReadStreamData *data)
{
  g_object_unref (data->stream);
  g_free (data->source_name);
  g_free (data);
}

static void
read_stream_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ReadStreamData *data = task_data;
  GError *error = NULL;
  WinnowDocument *document;

  document = winnow_reader_read_stream (source_object, data->stream, data->source_name,
                                        cancellable, &error);
  if (document)
    g_task_return_pointer (task, document, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * winnow_reader_read_stream_async:
 * @self: a #WinnowReader
 * @stream: a stream, read to its end
 * @source_name: (nullable): the name to report the document under
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the document is read
 * @user_data: data for @callback
 *
 * Reads a document from a stream on a worker thread; finish with
 * winnow_reader_read_stream_finish().
 */
void
winnow_reader_read_stream_async (WinnowReader        *self,
                                 GInputStream        *stream,
                                 const char          *source_name,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadStreamData *data;

  g_return_if_fail (WINNOW_IS_READER (self));
  g_return_if_fail (G_IS_INPUT_STREAM (stream));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, winnow_reader_read_stream_async);
  data = g_new0 (ReadStreamData, 1);
  data->stream = g_object_ref (stream);
  data->source_name = g_strdup (source_name);
  g_task_set_task_data (task, data, (GDestroyNotify) read_stream_data_free);
  g_task_run_in_thread (task, read_stream_thread);
}

/**
 * winnow_reader_read_stream_finish:
 * @self: a #WinnowReader
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes winnow_reader_read_stream_async().
 *
 * Returns: (transfer full): the document, or %NULL on error
 */
WinnowDocument *
winnow_reader_read_stream_finish (WinnowReader  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * winnow_reader_get_max_size:
 * @self: a #WinnowReader
 *
 * Returns: the largest input accepted, in bytes (0: no limit)
 */
guint64
winnow_reader_get_max_size (WinnowReader *self)
{
  g_return_val_if_fail (WINNOW_IS_READER (self), 0);
  return self->max_size;
}

/**
 * winnow_reader_set_max_size:
 * @self: a #WinnowReader
 * @max_size: the largest input accepted, in bytes (0: no limit)
 *
 * Sets #WinnowReader:max-size.
 */
void
winnow_reader_set_max_size (WinnowReader *self,
                            guint64       max_size)
{
  g_return_if_fail (WINNOW_IS_READER (self));
  if (self->max_size == max_size)
    return;
  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

/**
 * winnow_reader_get_text_mode:
 * @self: a #WinnowReader
 *
 * Returns: how plain text is cut into blocks
 */
WinnowTextMode
winnow_reader_get_text_mode (WinnowReader *self)
{
  g_return_val_if_fail (WINNOW_IS_READER (self), WINNOW_TEXT_MODE_AUTO);
  return self->text_mode;
}

/**
 * winnow_reader_set_text_mode:
 * @self: a #WinnowReader
 * @mode: how plain text is cut into blocks
 *
 * Sets #WinnowReader:text-mode.
 */
void
winnow_reader_set_text_mode (WinnowReader   *self,
                             WinnowTextMode  mode)
{
  g_return_if_fail (WINNOW_IS_READER (self));
  g_return_if_fail (mode <= WINNOW_TEXT_MODE_PARAGRAPHS);
  if (self->text_mode == mode)
    return;
  self->text_mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_MODE]);
}

/**
 * winnow_reader_get_content_type:
 * @self: a #WinnowReader
 *
 * Returns: (nullable): the forced content type, or %NULL when sniffing
 */
const char *
winnow_reader_get_content_type (WinnowReader *self)
{
  g_return_val_if_fail (WINNOW_IS_READER (self), NULL);
  return self->content_type;
}

/**
 * winnow_reader_set_content_type:
 * @self: a #WinnowReader
 * @content_type: (nullable): `text/html`, `text/plain`, or %NULL to sniff
 *
 * Sets #WinnowReader:content-type.
 */
void
winnow_reader_set_content_type (WinnowReader *self,
                                const char   *content_type)
{
  g_return_if_fail (WINNOW_IS_READER (self));
  if (g_strcmp0 (self->content_type, content_type) == 0)
    return;
  g_free (self->content_type);
  self->content_type = g_strdup (content_type);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_TYPE]);
}

/**
 * winnow_reader_get_charset:
 * @self: a #WinnowReader
 *
 * Returns: (nullable): the forced charset, or %NULL when detecting
 */
const char *
winnow_reader_get_charset (WinnowReader *self)
{
  g_return_val_if_fail (WINNOW_IS_READER (self), NULL);
  return self->charset;
}

/**
 * winnow_reader_set_charset:
 * @self: a #WinnowReader
 * @charset: (nullable): the charset of the input, or %NULL to detect it
 *
 * Sets #WinnowReader:charset.
 */
void
winnow_reader_set_charset (WinnowReader *self,
                           const char   *charset)
{
  g_return_if_fail (WINNOW_IS_READER (self));
  if (g_strcmp0 (self->charset, charset) == 0)
    return;
  g_free (self->charset);
  self->charset = g_strdup (charset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHARSET]);
}

/**
 * winnow_reader_get_repair_mojibake:
 * @self: a #WinnowReader
 *
 * Returns: whether text encoded twice over is undone
 */
gboolean
winnow_reader_get_repair_mojibake (WinnowReader *self)
{
  g_return_val_if_fail (WINNOW_IS_READER (self), FALSE);
  return self->repair_mojibake;
}

/**
 * winnow_reader_set_repair_mojibake:
 * @self: a #WinnowReader
 * @repair: whether to undo text encoded twice over
 *
 * Sets #WinnowReader:repair-mojibake.
 */
void
winnow_reader_set_repair_mojibake (WinnowReader *self,
                                   gboolean      repair)
{
  g_return_if_fail (WINNOW_IS_READER (self));
  repair = !!repair;
  if (self->repair_mojibake == repair)
    return;
  self->repair_mojibake = repair;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPAIR_MOJIBAKE]);
}
