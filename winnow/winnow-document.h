/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <gio/gio.h>
#include "winnow-visibility.h"
#include "winnow-block.h"
#include "winnow-span.h"

G_BEGIN_DECLS

/* Well-known metadata keys and their GVariant types. */

/**
 * WINNOW_META_TITLE:
 *
 * Metadata key of the document title (`s`).
 */
#define WINNOW_META_TITLE       "title"
/**
 * WINNOW_META_URL:
 *
 * Metadata key of the canonical URL (`s`).
 */
#define WINNOW_META_URL         "url"
/**
 * WINNOW_META_LANGUAGE:
 *
 * Metadata key of the language as a BCP 47 primary subtag, e.g. "en" (`s`).
 */
#define WINNOW_META_LANGUAGE    "language"
/**
 * WINNOW_META_SITE_NAME:
 *
 * Metadata key of the site name (`s`).
 */
#define WINNOW_META_SITE_NAME   "site-name"
/**
 * WINNOW_META_DESCRIPTION:
 *
 * Metadata key of the page description (`s`).
 */
#define WINNOW_META_DESCRIPTION "description"
/**
 * WINNOW_META_DATE:
 *
 * Metadata key of the publication date, ISO 8601 (`s`).
 */
#define WINNOW_META_DATE        "date"
/**
 * WINNOW_META_UPDATED:
 *
 * Metadata key of the last update date, ISO 8601 (`s`).
 */
#define WINNOW_META_UPDATED     "updated"
/**
 * WINNOW_META_AUTHORS:
 *
 * Metadata key of the authors (`aa{sv}`, each with the string keys
 * name, email, url, role, credentials ("PhD", "MS, RD": stripped from the
 * name); absent keys are unknown).
 */
#define WINNOW_META_AUTHORS     "authors"
/**
 * WINNOW_META_AFFILIATION:
 *
 * Metadata key of the agency or affiliation of the byline (`s`).
 */
#define WINNOW_META_AFFILIATION "affiliation"
/**
 * WINNOW_META_BYLINE:
 *
 * Metadata key of the raw byline text the byline filter read (`s`).
 */
#define WINNOW_META_BYLINE      "byline"
/**
 * WINNOW_META_PIPELINE:
 *
 * Metadata key of the description of the pipeline that processed the
 * document (`s`).
 */
#define WINNOW_META_PIPELINE    "pipeline"

#define WINNOW_TYPE_DOCUMENT (winnow_document_get_type ())

WINNOW_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (WinnowDocument, winnow_document, WINNOW, DOCUMENT, GObject)

WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_document_new_from_text        (const char           *text,
                                                      gssize                length,
                                                      GError              **error);
WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_document_new_from_bytes       (GBytes               *bytes,
                                                      const char           *content_type,
                                                      const char           *charset,
                                                      GError              **error);
WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_document_new_from_file        (GFile                *file,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_document_new_from_stream      (GInputStream         *stream,
                                                      const char           *content_type,
                                                      const char           *charset,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
WINNOW_AVAILABLE_IN_ALL
void            winnow_document_new_from_stream_async (GInputStream        *stream,
                                                       const char          *content_type,
                                                       const char          *charset,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_document_new_from_stream_finish (GAsyncResult       *result,
                                                        GError            **error);

WINNOW_AVAILABLE_IN_ALL
const char     *winnow_document_get_source_name      (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
void            winnow_document_set_source_name      (WinnowDocument *self,
                                                      const char     *source_name);
WINNOW_AVAILABLE_IN_ALL
const char     *winnow_document_get_content_type     (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
gboolean        winnow_document_is_html              (WinnowDocument *self);

WINNOW_AVAILABLE_IN_ALL
const char     *winnow_document_get_text             (WinnowDocument *self,
                                                      gsize          *length);
WINNOW_AVAILABLE_IN_ALL
char           *winnow_document_get_text_range       (WinnowDocument *self,
                                                      gsize           start,
                                                      gsize           end);
WINNOW_AVAILABLE_IN_ALL
glong           winnow_document_byte_to_char_offset  (WinnowDocument *self,
                                                      gsize           byte_offset);
WINNOW_AVAILABLE_IN_ALL
glong           winnow_document_byte_to_utf16_offset (WinnowDocument *self,
                                                      gsize           byte_offset);

WINNOW_AVAILABLE_IN_ALL
guint           winnow_document_get_n_blocks         (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
WinnowBlock    *winnow_document_get_block            (WinnowDocument *self,
                                                      guint           index);
WINNOW_AVAILABLE_IN_ALL
GPtrArray      *winnow_document_get_blocks           (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
char           *winnow_document_get_block_text       (WinnowDocument *self,
                                                      WinnowBlock    *block);
WINNOW_AVAILABLE_IN_ALL
gboolean        winnow_document_has_labels           (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
GPtrArray      *winnow_document_get_content_blocks   (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
char           *winnow_document_get_content          (WinnowDocument *self);

WINNOW_AVAILABLE_IN_ALL
void            winnow_document_add_span             (WinnowDocument *self,
                                                      WinnowSpan     *span);
WINNOW_AVAILABLE_IN_ALL
GPtrArray      *winnow_document_get_spans            (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
guint           winnow_document_remove_spans         (WinnowDocument *self,
                                                      const char     *filter);
WINNOW_AVAILABLE_IN_ALL
char           *winnow_document_get_span_text        (WinnowDocument *self,
                                                      WinnowSpan     *span);

WINNOW_AVAILABLE_IN_ALL
GVariant       *winnow_document_get_metadata         (WinnowDocument *self,
                                                      const char     *key);
WINNOW_AVAILABLE_IN_ALL
gboolean        winnow_document_set_metadata         (WinnowDocument *self,
                                                      const char     *key,
                                                      GVariant       *value);
WINNOW_AVAILABLE_IN_ALL
char          **winnow_document_list_metadata        (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
const char     *winnow_document_get_metadata_string  (WinnowDocument *self,
                                                      const char     *key);
WINNOW_AVAILABLE_IN_ALL
const char     *winnow_document_get_title            (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
const char     *winnow_document_get_url              (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
const char     *winnow_document_get_language         (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
const char     *winnow_document_get_date             (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
GVariant       *winnow_document_get_authors          (WinnowDocument *self);

WINNOW_AVAILABLE_IN_ALL
const char     *winnow_document_get_head_meta        (WinnowDocument *self,
                                                      const char     *name);
WINNOW_AVAILABLE_IN_ALL
const char * const *winnow_document_get_head_meta_all (WinnowDocument *self,
                                                      const char     *name);
WINNOW_AVAILABLE_IN_ALL
char          **winnow_document_list_head_meta       (WinnowDocument *self);
WINNOW_AVAILABLE_IN_ALL
const char * const *winnow_document_get_json_ld      (WinnowDocument *self);

WINNOW_AVAILABLE_IN_ALL
void            winnow_document_add_note             (WinnowDocument *self,
                                                      const char     *filter,
                                                      const char     *message);
WINNOW_AVAILABLE_IN_ALL
const char * const *winnow_document_get_notes        (WinnowDocument *self);

G_END_DECLS
