/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "winnow-extract.h"
#include "winnow-pipeline.h"
#include "winnow-reader.h"

static WinnowPipeline *
default_pipeline (void)
{
  static WinnowPipeline *pipeline;

  if (g_once_init_enter (&pipeline))
    g_once_init_leave (&pipeline, winnow_pipeline_new_default (NULL));
  return pipeline;
}

/**
 * winnow_extract:
 * @bytes: an HTML page or plain text
 * @content_type: (nullable): `text/html`, `text/plain`, or %NULL to sniff
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * The one call for applications: reads @bytes and runs the default
 * pipeline (%WINNOW_PIPELINE_DEFAULT, with the filters that are
 * installed). Safe to call from several threads at once.
 *
 * Returns: (transfer full): the processed document, or %NULL on error
 */
WinnowDocument *
winnow_extract (GBytes        *bytes,
                const char    *content_type,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(WinnowDocument) document = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  winnow_reader_set_content_type (reader, content_type);
  document = winnow_reader_read_bytes (reader, bytes, NULL, cancellable, error);
  if (document == NULL)
    return NULL;
  if (!winnow_pipeline_process (default_pipeline (), document, cancellable, error))
    return NULL;
  return g_steal_pointer (&document);
}
