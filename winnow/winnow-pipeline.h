/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <gio/gio.h>
#include "winnow-visibility.h"
#include "winnow-document.h"
#include "winnow-filter.h"
#include "winnow-input.h"
#include "winnow-reader.h"
#include "winnow-registry.h"

G_BEGIN_DECLS

/**
 * WINNOW_PIPELINE_ERROR:
 *
 * Error domain of pipeline descriptions. Errors in this domain are from
 * the #WinnowPipelineError enumeration; their messages give the character
 * position of the fault and, for a misspelt name, the closest known one.
 */
#define WINNOW_PIPELINE_ERROR (winnow_pipeline_error_quark ())

/**
 * WinnowPipelineError:
 * @WINNOW_PIPELINE_ERROR_SYNTAX: the description is malformed (empty
 *   element, unterminated quote, missing `=`, bad name)
 * @WINNOW_PIPELINE_ERROR_NO_SUCH_FILTER: no filter of that name is registered
 * @WINNOW_PIPELINE_ERROR_NO_SUCH_PROPERTY: the filter has no such property
 * @WINNOW_PIPELINE_ERROR_BAD_VALUE: the value does not fit the property's type or range
 *
 * Errors of pipeline descriptions.
 */
typedef enum {
  WINNOW_PIPELINE_ERROR_SYNTAX,
  WINNOW_PIPELINE_ERROR_NO_SUCH_FILTER,
  WINNOW_PIPELINE_ERROR_NO_SUCH_PROPERTY,
  WINNOW_PIPELINE_ERROR_BAD_VALUE,
} WinnowPipelineError;

/**
 * WINNOW_PIPELINE_DEFAULT:
 *
 * The default pipeline description.
 */
#define WINNOW_PIPELINE_DEFAULT "boilerplate ! byline ! entities"

/**
 * WinnowInputFunc:
 * @user_data: the data given with the function
 *
 * Gives the next input of a batch, on the thread that runs the batch.
 *
 * Returns: (transfer full) (nullable): the next input, or %NULL at the end
 */
typedef WinnowInput *(*WinnowInputFunc) (gpointer user_data);

/**
 * WinnowResultFunc:
 * @index: the position of the input in the batch, from 0
 * @input: the input
 * @document: (nullable): the processed document, or %NULL on error
 * @error: (nullable): why the input failed, or %NULL
 * @user_data: the data given with the function
 *
 * Receives the result of one input of a batch, in input order, on the
 * thread that runs the batch.
 */
typedef void (*WinnowResultFunc) (guint           index,
                                  WinnowInput    *input,
                                  WinnowDocument *document,
                                  const GError   *error,
                                  gpointer        user_data);

#define WINNOW_TYPE_PIPELINE (winnow_pipeline_get_type ())

WINNOW_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (WinnowPipeline, winnow_pipeline, WINNOW, PIPELINE, GObject)

WINNOW_AVAILABLE_IN_ALL
GQuark          winnow_pipeline_error_quark       (void);

WINNOW_AVAILABLE_IN_ALL
WinnowPipeline *winnow_pipeline_new               (void);
WINNOW_AVAILABLE_IN_ALL
WinnowPipeline *winnow_pipeline_new_from_string   (const char      *description,
                                                   GError         **error);
WINNOW_AVAILABLE_IN_ALL
WinnowPipeline *winnow_pipeline_new_from_string_with_registry (WinnowRegistry  *registry,
                                                               const char      *description,
                                                               GError         **error);
WINNOW_AVAILABLE_IN_ALL
WinnowPipeline *winnow_pipeline_new_default       (char          ***missing);
WINNOW_AVAILABLE_IN_ALL
void            winnow_pipeline_add_filter        (WinnowPipeline  *self,
                                                   WinnowFilter    *filter);
WINNOW_AVAILABLE_IN_ALL
GPtrArray      *winnow_pipeline_get_filters       (WinnowPipeline  *self);
WINNOW_AVAILABLE_IN_ALL
char           *winnow_pipeline_to_string         (WinnowPipeline  *self);
WINNOW_AVAILABLE_IN_ALL
gboolean        winnow_pipeline_prepare           (WinnowPipeline  *self,
                                                   GError         **error);
WINNOW_AVAILABLE_IN_ALL
gboolean        winnow_pipeline_process           (WinnowPipeline  *self,
                                                   WinnowDocument  *document,
                                                   GCancellable    *cancellable,
                                                   GError         **error);
WINNOW_AVAILABLE_IN_ALL
void            winnow_pipeline_process_async     (WinnowPipeline      *self,
                                                   WinnowDocument      *document,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
WINNOW_AVAILABLE_IN_ALL
gboolean        winnow_pipeline_process_finish    (WinnowPipeline  *self,
                                                   GAsyncResult    *result,
                                                   GError         **error);
WINNOW_AVAILABLE_IN_ALL
gboolean        winnow_pipeline_run_batch         (WinnowPipeline   *self,
                                                   WinnowReader     *reader,
                                                   guint             n_threads,
                                                   WinnowInputFunc   next_input,
                                                   gpointer          input_data,
                                                   WinnowResultFunc  on_result,
                                                   gpointer          result_data,
                                                   GCancellable     *cancellable,
                                                   GError          **error);
WINNOW_AVAILABLE_IN_ALL
gboolean        winnow_pipeline_process_inputs    (WinnowPipeline   *self,
                                                   WinnowReader     *reader,
                                                   guint             n_threads,
                                                   WinnowInput     **inputs,
                                                   guint             n_inputs,
                                                   WinnowResultFunc  on_result,
                                                   gpointer          result_data,
                                                   GCancellable     *cancellable,
                                                   GError          **error);

G_END_DECLS
