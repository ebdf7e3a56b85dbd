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
 * WINNOW_FILTER_ERROR:
 *
 * Error domain of filters. Errors in this domain are from the
 * #WinnowFilterError enumeration.
 */
#define WINNOW_FILTER_ERROR (winnow_filter_error_quark ())

/**
 * WinnowFilterError:
 * @WINNOW_FILTER_ERROR_FAILED: the filter failed without saying why
 * @WINNOW_FILTER_ERROR_PREPARE: the filter could not get ready (a missing or broken model)
 * @WINNOW_FILTER_ERROR_PREPARED: the filter is prepared; its properties can no longer change
 * @WINNOW_FILTER_ERROR_INVALID_INPUT: the document is not something the filter can process
 *
 * Errors of filters.
 */
typedef enum {
  WINNOW_FILTER_ERROR_FAILED,
  WINNOW_FILTER_ERROR_PREPARE,
  WINNOW_FILTER_ERROR_PREPARED,
  WINNOW_FILTER_ERROR_INVALID_INPUT,
} WinnowFilterError;

/**
 * WinnowFilterFlags:
 * @WINNOW_FILTER_FLAG_NONE: process() may run on any thread, several at once
 * @WINNOW_FILTER_FLAG_SERIAL: process() runs one call at a time (e.g. a filter
 *   written in Python, which holds the GIL)
 * @WINNOW_FILTER_FLAG_OWNER_THREAD: process() runs only on the thread that
 *   created the filter, through that thread's main context (e.g. a filter
 *   written in JavaScript)
 *
 * How a filter may be called from several threads.
 */
typedef enum /*< flags >*/ {
  WINNOW_FILTER_FLAG_NONE         = 0,
  WINNOW_FILTER_FLAG_SERIAL       = 1 << 0,
  WINNOW_FILTER_FLAG_OWNER_THREAD = 1 << 1,
} WinnowFilterFlags;

#define WINNOW_TYPE_FILTER (winnow_filter_get_type ())

WINNOW_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (WinnowFilter, winnow_filter, WINNOW, FILTER, GObject)

/**
 * WinnowFilterClass:
 * @parent_class: the parent class
 * @prepare: called exactly once, before the first document, after the
 *   properties are set: load models here. Optional.
 * @process: process one document: label blocks, add spans, set metadata.
 *   A filter written in C must allow calls from several threads at once.
 *
 * The class of filters: subclass it and implement @process.
 */
struct _WinnowFilterClass
{
  GObjectClass parent_class;

  gboolean (*prepare) (WinnowFilter    *self,
                       GError         **error);
  gboolean (*process) (WinnowFilter    *self,
                       WinnowDocument  *document,
                       GCancellable    *cancellable,
                       GError         **error);

  /*< private >*/
  gpointer padding[12];
};

WINNOW_AVAILABLE_IN_ALL
GQuark            winnow_filter_error_quark       (void);

WINNOW_AVAILABLE_IN_ALL
void              winnow_filter_class_set_metadata (WinnowFilterClass *klass,
                                                    const char        *long_name,
                                                    const char        *description);
WINNOW_AVAILABLE_IN_ALL
void              winnow_filter_class_set_flags    (WinnowFilterClass *klass,
                                                    WinnowFilterFlags  flags);
WINNOW_AVAILABLE_IN_ALL
const char       *winnow_filter_class_get_long_name   (WinnowFilterClass *klass);
WINNOW_AVAILABLE_IN_ALL
const char       *winnow_filter_class_get_description (WinnowFilterClass *klass);

WINNOW_AVAILABLE_IN_ALL
const char       *winnow_filter_get_name         (WinnowFilter *self);
WINNOW_AVAILABLE_IN_ALL
WinnowFilterFlags winnow_filter_get_flags        (WinnowFilter *self);
WINNOW_AVAILABLE_IN_ALL
void              winnow_filter_set_flags        (WinnowFilter      *self,
                                                  WinnowFilterFlags  flags);
WINNOW_AVAILABLE_IN_ALL
gboolean          winnow_filter_is_prepared      (WinnowFilter *self);
WINNOW_AVAILABLE_IN_ALL
gboolean          winnow_filter_prepare          (WinnowFilter  *self,
                                                  GError       **error);
WINNOW_AVAILABLE_IN_ALL
gboolean          winnow_filter_process          (WinnowFilter    *self,
                                                  WinnowDocument  *document,
                                                  GCancellable    *cancellable,
                                                  GError         **error);
WINNOW_AVAILABLE_IN_ALL
char             *winnow_filter_find_data_file   (WinnowFilter  *self,
                                                  const char    *path,
                                                  const char    *relative_path,
                                                  GError       **error);
WINNOW_AVAILABLE_IN_ALL
gboolean          winnow_filter_set_property_from_string (WinnowFilter  *self,
                                                          const char    *name,
                                                          const char    *value,
                                                          GError       **error);

G_END_DECLS
