/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "winnow-pipeline-private.h"

/* The batch runner: inputs are pulled lazily on the calling thread, read
 * and processed on a thread pool, and handed back in input order through a
 * bounded window, so memory stays flat over any number of inputs and the
 * output does not depend on the number of threads. */

typedef struct {
  guint           index;
  WinnowInput    *input;
  WinnowDocument *document;
  GError         *error;
  gboolean        done;
} Job;

typedef struct {
  WinnowPipeline *pipeline;
  WinnowReader   *reader;
  GCancellable   *cancellable;
  GMainContext   *context;     /* woken when a job is done; iterated by the
                                * caller when it owns owner-thread filters */
  GMutex          lock;
  GCond           cond;
} Batch;

static void
job_free (Job *job)
{
  winnow_input_unref (job->input);
  g_clear_object (&job->document);
  g_clear_error (&job->error);
  g_free (job);
}

static void
run_job (Batch *batch,
         Job   *job)
{
  WinnowDocument *document = NULL;
  GError *error = NULL;
  GFile *file = winnow_input_get_file (job->input);
  const char *name = winnow_input_get_name (job->input);

  if (g_cancellable_is_cancelled (batch->cancellable))
    g_cancellable_set_error_if_cancelled (batch->cancellable, &error);
  else if (file)
    document = winnow_reader_read_file (batch->reader, file, batch->cancellable, &error);
  else
    document = winnow_reader_read_bytes (batch->reader, winnow_input_get_bytes (job->input),
                                         name, batch->cancellable, &error);

  if (document)
    {
      if (name)
        winnow_document_set_source_name (document, name);
      if (!winnow_pipeline_process (batch->pipeline, document, batch->cancellable, &error))
        g_clear_object (&document);
    }
  job->document = document;
  job->error = error;
}

static void
worker (gpointer data,
        gpointer user_data)
{
  Job *job = data;
  Batch *batch = user_data;

  run_job (batch, job);
  g_mutex_lock (&batch->lock);
  job->done = TRUE;
  g_cond_broadcast (&batch->cond);
  g_mutex_unlock (&batch->lock);
  g_main_context_wakeup (batch->context);
}

static void
deliver (Job              *job,
         WinnowResultFunc  on_result,
         gpointer          result_data)
{
  if (on_result)
    on_result (job->index, job->input, job->document, job->error, result_data);
}

/**
 * winnow_pipeline_run_batch:
 * @self: a #WinnowPipeline
 * @reader: (nullable): the reader for the inputs, or %NULL for a default one
 * @n_threads: worker threads; 0 for the number of processors, 1 to run
 *   everything on the calling thread
 * @next_input: (scope call) (closure input_data): gives the inputs one by
 *   one, on the calling thread, %NULL at the end
 * @input_data: data for @next_input
 * @on_result: (scope call) (closure result_data) (nullable): receives each
 *   result, in input order, on the calling thread
 * @result_data: data for @on_result
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Processes many inputs on a thread pool. Each input gives one result: a
 * processed document or the error of that input alone — a bad input never
 * stops the batch. At most a small multiple of @n_threads inputs are in
 * flight, so memory stays flat however many there are. Filters flagged
 * %WINNOW_FILTER_FLAG_OWNER_THREAD whose owner is the calling thread run
 * there: the calling thread iterates its thread-default main context while
 * it waits.
 *
 * Returns: %TRUE when every input was handed to @on_result; %FALSE if the
 *   batch was cancelled or could not start (the pipeline failed to prepare)
 */
gboolean
winnow_pipeline_run_batch (WinnowPipeline   *self,
                           WinnowReader     *reader,
                           guint             n_threads,
                           WinnowInputFunc   next_input,
                           gpointer          input_data,
                           WinnowResultFunc  on_result,
                           gpointer          result_data,
                           GCancellable     *cancellable,
                           GError          **error)
{
  g_autoptr(WinnowReader) own_reader = NULL;
  g_autoptr(GQueue) in_flight = g_queue_new ();
  GThreadPool *pool = NULL;
  Batch batch = { 0 };
  gboolean exhausted = FALSE, iterate_context;
  guint window, index = 0;

  g_return_val_if_fail (WINNOW_IS_PIPELINE (self), FALSE);
  g_return_val_if_fail (reader == NULL || WINNOW_IS_READER (reader), FALSE);
  g_return_val_if_fail (next_input != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!winnow_pipeline_prepare (self, error))
    return FALSE;
  if (reader == NULL)
    reader = own_reader = winnow_reader_new ();
  if (n_threads == 0)
    n_threads = g_get_num_processors ();

  batch.pipeline = self;
  batch.reader = reader;
  batch.cancellable = cancellable;
  /* Owner-thread filters of this thread are served through their own
   * context, whichever is the thread-default now. */
  batch.context = _winnow_pipeline_get_owned_context (self);
  iterate_context = batch.context != NULL;
  batch.context = batch.context ? g_main_context_ref (batch.context)
                                : g_main_context_ref_thread_default ();
  g_mutex_init (&batch.lock);
  g_cond_init (&batch.cond);

  if (n_threads > 1)
    {
      pool = g_thread_pool_new (worker, &batch, n_threads, FALSE, error);
      if (pool == NULL)
        goto out;
    }
  window = MAX (2, n_threads * 4);

  for (;;)
    {
      Job *head;

      while (!exhausted && g_queue_get_length (in_flight) < window)
        {
          WinnowInput *input;
          Job *job;

          if (g_cancellable_is_cancelled (cancellable) ||
              (input = next_input (input_data)) == NULL)
            {
              exhausted = TRUE;
              break;
            }
          job = g_new0 (Job, 1);
          job->index = index++;
          job->input = input;
          g_queue_push_tail (in_flight, job);
          if (pool)
            g_thread_pool_push (pool, job, NULL);
          else
            {
              run_job (&batch, job);
              job->done = TRUE;
              break;   /* deliver right away: one in flight */
            }
        }

      head = g_queue_peek_head (in_flight);
      if (head == NULL)
        break;

      g_mutex_lock (&batch.lock);
      while (!head->done)
        {
          if (iterate_context)
            {
              g_mutex_unlock (&batch.lock);
              g_main_context_iteration (batch.context, TRUE);
              g_mutex_lock (&batch.lock);
            }
          else
            g_cond_wait (&batch.cond, &batch.lock);
        }
      g_mutex_unlock (&batch.lock);

      g_queue_pop_head (in_flight);
      deliver (head, on_result, result_data);
      job_free (head);
    }

out:
  if (pool)
    g_thread_pool_free (pool, FALSE, TRUE);
  g_main_context_unref (batch.context);
  g_mutex_clear (&batch.lock);
  g_cond_clear (&batch.cond);
  if (pool == NULL && n_threads > 1)
    return FALSE;
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

typedef struct {
  WinnowInput **inputs;
  guint         n_inputs;
  guint         next;
} ArrayInputs;

static WinnowInput *
next_from_array (gpointer data)
{
  ArrayInputs *array = data;

  if (array->next >= array->n_inputs)
    return NULL;
  return winnow_input_ref (array->inputs[array->next++]);
}

/**
 * winnow_pipeline_process_inputs:
 * @self: a #WinnowPipeline
 * @reader: (nullable): the reader for the inputs, or %NULL for a default one
 * @n_threads: worker threads; 0 for the number of processors
 * @inputs: (array length=n_inputs): the inputs
 * @n_inputs: the number of inputs
 * @on_result: (scope call) (closure result_data) (nullable): receives each
 *   result, in input order, on the calling thread
 * @result_data: data for @on_result
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * winnow_pipeline_run_batch() over an array of inputs.
 *
 * Returns: %TRUE when every input was handed to @on_result
 */
gboolean
winnow_pipeline_process_inputs (WinnowPipeline   *self,
                                WinnowReader     *reader,
                                guint             n_threads,
                                WinnowInput     **inputs,
                                guint             n_inputs,
                                WinnowResultFunc  on_result,
                                gpointer          result_data,
                                GCancellable     *cancellable,
                                GError          **error)
{
  ArrayInputs array = { inputs, n_inputs, 0 };

  g_return_val_if_fail (inputs != NULL || n_inputs == 0, FALSE);
  return winnow_pipeline_run_batch (self, reader, n_threads, next_from_array, &array,
                                    on_result, result_data, cancellable, error);
}
