/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <gio/gio.h>
#include "winnow-visibility.h"
#include "winnow-document.h"

G_BEGIN_DECLS

/**
 * WINNOW_READER_ERROR:
 *
 * Error domain of the readers that turn bytes into a #WinnowDocument.
 * Errors in this domain are from the #WinnowReaderError enumeration.
 */
#define WINNOW_READER_ERROR (winnow_reader_error_quark ())

/**
 * WinnowReaderError:
 * @WINNOW_READER_ERROR_TOO_LARGE: the input is larger than #WinnowReader:max-size
 * @WINNOW_READER_ERROR_UNKNOWN_CHARSET: the given or declared charset is unknown
 * @WINNOW_READER_ERROR_PARSE: the HTML parser could not produce a tree
 * @WINNOW_READER_ERROR_INVALID_ARGUMENT: an argument is out of range
 *
 * Errors of the readers.
 */
typedef enum {
  WINNOW_READER_ERROR_TOO_LARGE,
  WINNOW_READER_ERROR_UNKNOWN_CHARSET,
  WINNOW_READER_ERROR_PARSE,
  WINNOW_READER_ERROR_INVALID_ARGUMENT,
} WinnowReaderError;

/**
 * WinnowTextMode:
 * @WINNOW_TEXT_MODE_AUTO: one block per line, unless the text is hard-wrapped
 *   prose, which is joined into paragraphs at blank lines
 * @WINNOW_TEXT_MODE_LINES: always one block per non-empty line
 * @WINNOW_TEXT_MODE_PARAGRAPHS: always join lines into paragraphs at blank lines
 *
 * How the plain-text reader turns lines into blocks.
 */
typedef enum {
  WINNOW_TEXT_MODE_AUTO,
  WINNOW_TEXT_MODE_LINES,
  WINNOW_TEXT_MODE_PARAGRAPHS,
} WinnowTextMode;

/**
 * WINNOW_READER_DEFAULT_MAX_SIZE:
 *
 * The default of #WinnowReader:max-size: 64 MiB.
 */
#define WINNOW_READER_DEFAULT_MAX_SIZE (G_GUINT64_CONSTANT (64) * 1024 * 1024)

#define WINNOW_TYPE_READER (winnow_reader_get_type ())

WINNOW_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (WinnowReader, winnow_reader, WINNOW, READER, GObject)

WINNOW_AVAILABLE_IN_ALL
GQuark          winnow_reader_error_quark   (void);

WINNOW_AVAILABLE_IN_ALL
WinnowReader   *winnow_reader_new           (void);
WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_reader_read_bytes    (WinnowReader  *self,
                                             GBytes        *bytes,
                                             const char    *source_name,
                                             GCancellable  *cancellable,
                                             GError       **error);
WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_reader_read_text     (WinnowReader  *self,
                                             const char    *text,
                                             gssize         length,
                                             const char    *source_name,
                                             GError       **error);
WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_reader_read_file     (WinnowReader  *self,
                                             GFile         *file,
                                             GCancellable  *cancellable,
                                             GError       **error);
WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_reader_read_stream   (WinnowReader  *self,
                                             GInputStream  *stream,
                                             const char    *source_name,
                                             GCancellable  *cancellable,
                                             GError       **error);
WINNOW_AVAILABLE_IN_ALL
void            winnow_reader_read_stream_async  (WinnowReader        *self,
                                                  GInputStream        *stream,
                                                  const char          *source_name,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_reader_read_stream_finish (WinnowReader  *self,
                                                  GAsyncResult  *result,
                                                  GError       **error);

WINNOW_AVAILABLE_IN_ALL
guint64         winnow_reader_get_max_size     (WinnowReader *self);
WINNOW_AVAILABLE_IN_ALL
void            winnow_reader_set_max_size     (WinnowReader *self,
                                                guint64       max_size);
WINNOW_AVAILABLE_IN_ALL
WinnowTextMode  winnow_reader_get_text_mode    (WinnowReader *self);
WINNOW_AVAILABLE_IN_ALL
void            winnow_reader_set_text_mode    (WinnowReader   *self,
                                                WinnowTextMode  mode);
WINNOW_AVAILABLE_IN_ALL
const char     *winnow_reader_get_content_type (WinnowReader *self);
WINNOW_AVAILABLE_IN_ALL
void            winnow_reader_set_content_type (WinnowReader *self,
                                                const char   *content_type);
WINNOW_AVAILABLE_IN_ALL
const char     *winnow_reader_get_charset      (WinnowReader *self);
WINNOW_AVAILABLE_IN_ALL
void            winnow_reader_set_charset      (WinnowReader *self,
                                                const char   *charset);
WINNOW_AVAILABLE_IN_ALL
gboolean        winnow_reader_get_repair_mojibake (WinnowReader *self);
WINNOW_AVAILABLE_IN_ALL
void            winnow_reader_set_repair_mojibake (WinnowReader *self,
                                                   gboolean      repair);

G_END_DECLS
