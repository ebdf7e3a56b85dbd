/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "winnow-pipeline-private.h"
#include "winnow-pipeline-parser-private.h"
#include "winnow-filter-private.h"

/**
 * WinnowPipeline:
 *
 * An ordered chain of filters, built from a description such as
 * `boilerplate ! byline ! entities min-score=0.5` or filter by filter.
 * Every document passes through each filter in turn.
 *
 * A pipeline may process documents on several threads at once; see
 * winnow_pipeline_run_batch() for many documents.
 */

struct _WinnowPipeline
{
  GObject    parent_instance;
  GPtrArray *filters;
  GMutex     lock;
  char      *description;  /* fixed once prepared */
};

G_DEFINE_FINAL_TYPE (WinnowPipeline, winnow_pipeline, G_TYPE_OBJECT)
G_DEFINE_QUARK (winnow-pipeline-error-quark, winnow_pipeline_error)

static void
winnow_pipeline_finalize (GObject *object)
{
  WinnowPipeline *self = WINNOW_PIPELINE (object);

  g_ptr_array_unref (self->filters);
  g_free (self->description);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (winnow_pipeline_parent_class)->finalize (object);
}

static void
winnow_pipeline_class_init (WinnowPipelineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = winnow_pipeline_finalize;
}

static void
winnow_pipeline_init (WinnowPipeline *self)
{
  self->filters = g_ptr_array_new_with_free_func (g_object_unref);
  g_mutex_init (&self->lock);
}

/**
 * winnow_pipeline_new:
 *
 * Returns: (transfer full): an empty pipeline
 */
WinnowPipeline *
winnow_pipeline_new (void)
{
  return g_object_new (WINNOW_TYPE_PIPELINE, NULL);
}

/**
 * winnow_pipeline_new_from_string_with_registry:
 * @registry: the registry to find filters in
 * @description: a pipeline description
 * @error: return location for a #GError
 *
 * Builds a pipeline from a description, finding filters in @registry.
 *
 * Returns: (transfer full): the pipeline, or %NULL with an error in the
 *   %WINNOW_PIPELINE_ERROR domain
 */
WinnowPipeline *
winnow_pipeline_new_from_string_with_registry (WinnowRegistry  *registry,
                                               const char      *description,
                                               GError         **error)
{
  WinnowPipeline *self;
  GPtrArray *filters;

  g_return_val_if_fail (WINNOW_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (description != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  filters = _winnow_pipeline_parse (registry, description, error);
  if (filters == NULL)
    return NULL;
  self = winnow_pipeline_new ();
  g_ptr_array_unref (self->filters);
  self->filters = filters;
  return self;
}

/**
 * winnow_pipeline_new_from_string:
 * @description: a pipeline description
 * @error: return location for a #GError
 *
 * Builds a pipeline from a description, with filters of the default
 * registry. The grammar:
 *
 * |[
 * pipeline := filter ( '!' filter )*
 * filter   := NAME ( PROP '=' VALUE )*
 * ]|
 *
 * where a VALUE is a bare word, a "double quoted" or a 'single quoted'
 * string.
 *
 * Returns: (transfer full): the pipeline, or %NULL with an error in the
 *   %WINNOW_PIPELINE_ERROR domain that gives the position of the fault
 */
WinnowPipeline *
winnow_pipeline_new_from_string (const char  *description,
                                 GError     **error)
{
  return winnow_pipeline_new_from_string_with_registry (winnow_registry_get_default (),
                                                        description, error);
}

/**
 * winnow_pipeline_new_default:
 * @missing: (out) (optional) (transfer full) (array zero-terminated=1):
 *   the names of the default filters that are not installed
 *
 * Builds the default pipeline, %WINNOW_PIPELINE_DEFAULT, from the filters
 * of the default registry, leaving out those that are not installed.
 *
 * Returns: (transfer full): the pipeline, possibly with no filter
 */
WinnowPipeline *
winnow_pipeline_new_default (char ***missing)
{
  WinnowRegistry *registry = winnow_registry_get_default ();
  g_auto(GStrv) names = g_strsplit (WINNOW_PIPELINE_DEFAULT, "!", -1);
  g_autoptr(GStrvBuilder) absent = g_strv_builder_new ();
  WinnowPipeline *self = winnow_pipeline_new ();

  for (guint i = 0; names[i]; i++)
    {
      const char *name = g_strstrip (names[i]);
      g_autoptr(WinnowFilter) filter = winnow_registry_create_filter (registry, name, NULL);

      if (filter)
        winnow_pipeline_add_filter (self, filter);
      else
        g_strv_builder_add (absent, name);
    }
  if (missing)
    *missing = g_strv_builder_end (absent);
  return self;
}

/**
 * winnow_pipeline_add_filter:
 * @self: a #WinnowPipeline
 * @filter: a filter to append
 *
 * Appends a filter; the pipeline takes a reference. Must be called before
 * the pipeline is prepared.
 */
void
winnow_pipeline_add_filter (WinnowPipeline *self,
                            WinnowFilter   *filter)
{
  g_return_if_fail (WINNOW_IS_PIPELINE (self));
  g_return_if_fail (WINNOW_IS_FILTER (filter));
  g_mutex_lock (&self->lock);
  if (self->description != NULL)
    g_critical ("A filter cannot be added to a pipeline that is prepared");
  else
    g_ptr_array_add (self->filters, g_object_ref (filter));
  g_mutex_unlock (&self->lock);
}

/**
 * winnow_pipeline_get_filters:
 * @self: a #WinnowPipeline
 *
 * Returns: (transfer none) (element-type WinnowFilter): the filters, in order
 */
GPtrArray *
winnow_pipeline_get_filters (WinnowPipeline *self)
{
  g_return_val_if_fail (WINNOW_IS_PIPELINE (self), NULL);
  return self->filters;
}

static char *
describe (WinnowPipeline *self)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < self->filters->len; i++)
    {
      g_autofree char *part = _winnow_filter_to_description (self->filters->pdata[i]);
      if (i > 0)
        g_string_append (s, " ! ");
      g_string_append (s, part);
    }
  return g_string_free (s, FALSE);
}

/**
 * winnow_pipeline_to_string:
 * @self: a #WinnowPipeline
 *
 * Describes the pipeline: each filter's name and the properties that
 * differ from their defaults. winnow_pipeline_new_from_string() on the
 * result builds an equivalent pipeline.
 *
 * Returns: (transfer full): the description
 */
char *
winnow_pipeline_to_string (WinnowPipeline *self)
{
  char *description;

  g_return_val_if_fail (WINNOW_IS_PIPELINE (self), NULL);
  g_mutex_lock (&self->lock);
  description = self->description ? g_strdup (self->description) : describe (self);
  g_mutex_unlock (&self->lock);
  return description;
}

/**
 * winnow_pipeline_prepare:
 * @self: a #WinnowPipeline
 * @error: return location for a #GError
 *
 * Prepares every filter (loads models). Processing prepares on first use;
 * call this to pay the cost, and see errors, up front.
 *
 * Returns: %TRUE if every filter is ready
 */
gboolean
winnow_pipeline_prepare (WinnowPipeline  *self,
                         GError         **error)
{
  g_return_val_if_fail (WINNOW_IS_PIPELINE (self), FALSE);

  g_mutex_lock (&self->lock);
  if (self->description == NULL)
    self->description = describe (self);
  g_mutex_unlock (&self->lock);

  for (guint i = 0; i < self->filters->len; i++)
    if (!winnow_filter_prepare (self->filters->pdata[i], error))
      return FALSE;
  return TRUE;
}

/**
 * winnow_pipeline_process:
 * @self: a #WinnowPipeline
 * @document: the document
 * @cancellable: (nullable): a #GCancellable, checked between filters
 * @error: return location for a #GError
 *
 * Runs every filter on @document, in order, and records the pipeline's
 * description in the document's %WINNOW_META_PIPELINE metadata.
 *
 * Returns: %TRUE on success; on error the document holds what the
 *   filters before the failing one added
 */
gboolean
winnow_pipeline_process (WinnowPipeline  *self,
                         WinnowDocument  *document,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_return_val_if_fail (WINNOW_IS_PIPELINE (self), FALSE);
  g_return_val_if_fail (WINNOW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!winnow_pipeline_prepare (self, error))
    return FALSE;
  winnow_document_set_metadata (document, WINNOW_META_PIPELINE,
                                g_variant_new_string (self->description));
  for (guint i = 0; i < self->filters->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!winnow_filter_process (self->filters->pdata[i], document, cancellable, error))
        return FALSE;
    }
  return TRUE;
}

static void
process_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;

  if (winnow_pipeline_process (source_object, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * winnow_pipeline_process_async:
 * @self: a #WinnowPipeline
 * @document: the document
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the document is processed
 * @user_data: data for @callback
 *
 * Processes a document on a worker thread; owner-thread filters run on
 * their owner's main context. Finish with winnow_pipeline_process_finish().
 */
void
winnow_pipeline_process_async (WinnowPipeline      *self,
                               WinnowDocument      *document,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (WINNOW_IS_PIPELINE (self));
  g_return_if_fail (WINNOW_IS_DOCUMENT (document));

  /* The description is fixed here, on the caller's thread: reading the
   * properties of a filter written in a script must not happen elsewhere. */
  g_mutex_lock (&self->lock);
  if (self->description == NULL)
    self->description = describe (self);
  g_mutex_unlock (&self->lock);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, winnow_pipeline_process_async);
  g_task_set_task_data (task, g_object_ref (document), g_object_unref);
  g_task_run_in_thread (task, process_thread);
}

/**
 * winnow_pipeline_process_finish:
 * @self: a #WinnowPipeline
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes winnow_pipeline_process_async().
 *
 * Returns: %TRUE on success
 */
gboolean
winnow_pipeline_process_finish (WinnowPipeline  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The main context through which the calling thread must serve the
 * owner-thread filters it owns while it waits, or NULL if it owns none. */
GMainContext *
_winnow_pipeline_get_owned_context (WinnowPipeline *self)
{
  for (guint i = 0; i < self->filters->len; i++)
    {
      WinnowFilter *filter = self->filters->pdata[i];
      if ((winnow_filter_get_flags (filter) & WINNOW_FILTER_FLAG_OWNER_THREAD) &&
          _winnow_filter_is_owned_by_this_thread (filter))
        return _winnow_filter_get_owner_context (filter);
    }
  return NULL;
}
