/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>
#include <winnow/winnow.h>

#include "test-util.h"


static WinnowPipeline *
parse (const char *description, GError **error)
{
  return winnow_pipeline_new_from_string_with_registry (test_plugin_registry (), description, error);
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowPipeline) pipeline =
    parse ("test-label min-length=5 score=0.75 title-first=yes tags=alpha,beta mode=invert"
           " ! test-fail marker='X Y'", &error);
  GPtrArray *filters;
  int min_length;
  double score;
  gboolean title_first;
  g_auto(GStrv) tags = NULL;
  g_autofree char *marker = NULL;

  g_assert_no_error (error);
  filters = winnow_pipeline_get_filters (pipeline);
  g_assert_cmpuint (filters->len, ==, 2);
  g_object_get (filters->pdata[0], "min-length", &min_length, "score", &score,
                "title-first", &title_first, "tags", &tags, NULL);
  g_assert_cmpint (min_length, ==, 5);
  g_assert_cmpfloat (score, ==, 0.75);
  g_assert_true (title_first);
  g_assert_cmpstr (tags[0], ==, "alpha");
  g_assert_cmpstr (tags[1], ==, "beta");
  g_assert_null (tags[2]);
  g_object_get (filters->pdata[1], "marker", &marker, NULL);
  g_assert_cmpstr (marker, ==, "X Y");
  g_assert_cmpstr (winnow_filter_get_name (filters->pdata[1]), ==, "test-fail");
}

static void
test_round_trip (void)
{
  const char *descriptions[] = {
    "test-label",
    "test-label min-length=5 score=0.75 title-first=true tags=alpha,beta mode=invert ! test-fail marker=\"X Y\"",
    "test-fail marker=\"say \\\"hi\\\"\" ! test-label",
    "test-fail marker=\"\" silent=true",
  };

  for (guint i = 0; i < G_N_ELEMENTS (descriptions); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WinnowPipeline) pipeline = parse (descriptions[i], &error);
      g_autoptr(WinnowPipeline) again = NULL;
      g_autofree char *printed = NULL, *reprinted = NULL;

      g_assert_no_error (error);
      printed = winnow_pipeline_to_string (pipeline);
      g_assert_cmpstr (printed, ==, descriptions[i]);
      again = parse (printed, &error);
      g_assert_no_error (error);
      reprinted = winnow_pipeline_to_string (again);
      g_assert_cmpstr (reprinted, ==, printed);
    }
}

static void
test_defaults_not_printed (void)
{
  g_autoptr(WinnowPipeline) pipeline = parse ("test-label min-length=10  !  test-fail", NULL);
  g_autofree char *printed = winnow_pipeline_to_string (pipeline);

  g_assert_cmpstr (printed, ==, "test-label ! test-fail");
}

static const struct {
  const char *description;
  int         code;
  const char *message;
} grammar_errors[] = {
  { "", WINNOW_PIPELINE_ERROR_SYNTAX, "*empty*" },
  { "   ", WINNOW_PIPELINE_ERROR_SYNTAX, "*empty*" },
  { "! test-label", WINNOW_PIPELINE_ERROR_SYNTAX, "Missing filter before “!” at position 1" },
  { "test-label !", WINNOW_PIPELINE_ERROR_SYNTAX, "Missing filter after “!” at position 13" },
  { "test-label ! ! test-fail", WINNOW_PIPELINE_ERROR_SYNTAX, "Missing filter before “!” at position 14" },
  { "test-label min-length", WINNOW_PIPELINE_ERROR_SYNTAX, "Expected PROPERTY=VALUE at position 12*" },
  { "test-label =5", WINNOW_PIPELINE_ERROR_SYNTAX, "Missing property name before “=” at position 12" },
  { "test-fail marker='abc", WINNOW_PIPELINE_ERROR_SYNTAX, "Unterminated single quote at position 18" },
  { "test-fail marker=\"abc", WINNOW_PIPELINE_ERROR_SYNTAX, "Unterminated double quote at position 18" },
  { "Test-Label", WINNOW_PIPELINE_ERROR_SYNTAX, "Expected a filter name at position 1*" },
  { "min-length=3", WINNOW_PIPELINE_ERROR_SYNTAX, "Expected a filter name at position 1*" },
  { "test-lable", WINNOW_PIPELINE_ERROR_NO_SUCH_FILTER, "No filter named “test-lable” at position 1; did you mean “test-label”?" },
  { "test-label ! nothing-like-it", WINNOW_PIPELINE_ERROR_NO_SUCH_FILTER, "No filter named “nothing-like-it” at position 14" },
  { "test-label min-lenght=3", WINNOW_PIPELINE_ERROR_NO_SUCH_PROPERTY, "*no property “min-lenght” (position 12); did you mean “min-length”?" },
  { "test-label name=x", WINNOW_PIPELINE_ERROR_NO_SUCH_PROPERTY, "*no property “name”*" },
  { "test-label min-length=abc", WINNOW_PIPELINE_ERROR_BAD_VALUE, "*expected an integer (position 23)" },
  { "test-label min-length=5000", WINNOW_PIPELINE_ERROR_BAD_VALUE, "*out of range [0, 1000]*" },
  { "test-label score=2", WINNOW_PIPELINE_ERROR_BAD_VALUE, "*out of range [0, 1]*" },
  { "test-label score=1e", WINNOW_PIPELINE_ERROR_BAD_VALUE, "*expected a number*" },
  { "test-label mode=sideways", WINNOW_PIPELINE_ERROR_BAD_VALUE, "*expected one of normal, invert*" },
  { "test-label title-first=maybe", WINNOW_PIPELINE_ERROR_BAD_VALUE, "*expected true or false*" },
};

static void
test_grammar_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (grammar_errors); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WinnowPipeline) pipeline = parse (grammar_errors[i].description, &error);

      g_test_message ("description: %s", grammar_errors[i].description);
      g_assert_null (pipeline);
      g_assert_error (error, WINNOW_PIPELINE_ERROR, grammar_errors[i].code);
      if (!g_pattern_match_simple (grammar_errors[i].message, error->message))
        g_error ("“%s” gave “%s”, expected “%s”", grammar_errors[i].description,
                 error->message, grammar_errors[i].message);
    }
}

static WinnowDocument *
make_document (const char *text)
{
  g_autoptr(GError) error = NULL;
  WinnowDocument *document = winnow_document_new_from_text (text, -1, &error);

  g_assert_no_error (error);
  return document;
}

static void
test_process (void)
{
  g_autoptr(WinnowPipeline) pipeline = parse ("test-label min-length=8 title-first=true tags=Seoul", NULL);
  g_autoptr(WinnowDocument) document = make_document ("Headline\nMenu\nA long paragraph about Seoul.\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *content = NULL;

  g_assert_true (winnow_pipeline_process (pipeline, document, NULL, &error));
  g_assert_no_error (error);
  content = winnow_document_get_content (document);
  g_assert_cmpstr (content, ==, "A long paragraph about Seoul.");
  g_assert_cmpstr (winnow_document_get_title (document), ==, "Headline");
  g_assert_cmpstr (winnow_document_get_metadata_string (document, WINNOW_META_PIPELINE), ==,
                   "test-label min-length=8 title-first=true tags=Seoul");
  g_assert_cmpuint (winnow_document_get_spans (document)->len, ==, 1);
  g_assert_cmpstr (winnow_block_get_reason (winnow_document_get_block (document, 1)), ==, "too-short");
}

static void
test_process_errors (void)
{
  g_autoptr(WinnowPipeline) pipeline = parse ("test-label ! test-fail", NULL);
  g_autoptr(WinnowPipeline) silent = parse ("test-fail silent=true", NULL);
  g_autoptr(WinnowDocument) document = make_document ("This one will FAIL.");
  g_autoptr(GError) error = NULL;

  g_assert_false (winnow_pipeline_process (pipeline, document, NULL, &error));
  g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_INVALID_INPUT);
  /* The filters before the failing one did their work. */
  g_assert_true (winnow_document_has_labels (document));
  g_clear_error (&error);

  g_assert_false (winnow_pipeline_process (silent, document, NULL, &error));
  g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "“test-fail”"));
}

static void
test_cancelled (void)
{
  g_autoptr(WinnowPipeline) pipeline = parse ("test-label", NULL);
  g_autoptr(WinnowDocument) document = make_document ("text");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (winnow_pipeline_process (pipeline, document, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
on_processed (GObject *source, GAsyncResult *result, gpointer user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (winnow_pipeline_process_finish (WINNOW_PIPELINE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_process_async (void)
{
  g_autoptr(WinnowPipeline) pipeline = parse ("test-label min-length=8", NULL);
  g_autoptr(WinnowDocument) document = make_document ("Short\nA long enough line.");
  gboolean done = FALSE;
  g_autofree char *content = NULL;

  winnow_pipeline_process_async (pipeline, document, NULL, on_processed, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  content = winnow_document_get_content (document);
  g_assert_cmpstr (content, ==, "A long enough line.");
}

/* Batches. */

typedef struct {
  GPtrArray *records;   /* one string per result, in delivery order */
  guint      next_index;
  guint      n_errors;
} Results;

static void
collect (guint index, WinnowInput *input, WinnowDocument *document,
         const GError *error, gpointer user_data)
{
  Results *results = user_data;

  g_assert_cmpuint (index, ==, results->next_index);
  results->next_index++;
  g_assert_true ((document == NULL) != (error == NULL));
  if (error)
    {
      results->n_errors++;
      g_ptr_array_add (results->records, g_strdup_printf ("%s: error %s", winnow_input_get_name (input),
                                                          error->message));
    }
  else
    g_ptr_array_add (results->records, winnow_document_to_json (document, FALSE));
}

static GPtrArray *
make_inputs (guint n)
{
  GPtrArray *inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) winnow_input_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("Document %u\nA paragraph that is long%s.\nshort", i,
                                               i % 7 == 3 ? " and will FAIL" : "");
      g_autofree char *name = g_strdup_printf ("doc-%03u", i);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_ptr_array_add (inputs, winnow_input_new_for_bytes (bytes, name));
    }
  return inputs;
}

static GPtrArray *
run_batch (WinnowPipeline *pipeline, GPtrArray *inputs, guint n_threads)
{
  Results results = { g_ptr_array_new_with_free_func (g_free), 0, 0 };
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(GError) error = NULL;

  winnow_reader_set_content_type (reader, "text/plain");
  g_assert_true (winnow_pipeline_process_inputs (pipeline, reader, n_threads,
                                                 (WinnowInput **) inputs->pdata, inputs->len,
                                                 collect, &results, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (results.records->len, ==, inputs->len);
  return results.records;
}

static void
test_batch_order_and_errors (void)
{
  g_autoptr(WinnowPipeline) pipeline = parse ("test-label min-length=8 ! test-fail", NULL);
  g_autoptr(GPtrArray) inputs = make_inputs (60);
  g_autoptr(GPtrArray) one = run_batch (pipeline, inputs, 1);
  g_autoptr(GPtrArray) four = run_batch (pipeline, inputs, 4);

  for (guint i = 0; i < inputs->len; i++)
    {
      const char *record = one->pdata[i];
      g_autofree char *name = g_strdup_printf ("doc-%03u", i);

      if (i % 7 == 3)
        g_assert_true (g_str_has_prefix (record, name) && strstr (record, "error"));
      else
        g_assert_nonnull (strstr (record, name));
      /* The output does not depend on the number of threads. */
      g_assert_cmpstr (record, ==, four->pdata[i]);
    }
}

static void
test_batch_files (void)
{
  g_autoptr(WinnowPipeline) pipeline = parse ("test-label", NULL);
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) winnow_input_unref);
  g_autofree char *seed = test_seed_path ();
  Results results = { g_ptr_array_new_with_free_func (g_free), 0, 0 };
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (inputs, winnow_input_new_for_path (seed));
  g_ptr_array_add (inputs, winnow_input_new_for_path ("/nonexistent/page.html"));
  g_ptr_array_add (inputs, winnow_input_new_for_path (seed));
  g_assert_true (winnow_pipeline_process_inputs (pipeline, NULL, 2, (WinnowInput **) inputs->pdata,
                                                 inputs->len, collect, &results, NULL, &error));
  g_assert_cmpuint (results.n_errors, ==, 1);
  g_assert_nonnull (strstr (results.records->pdata[1], "/nonexistent/page.html: error"));
  g_assert_nonnull (strstr (results.records->pdata[0], "Chang Kyung-soo"));
  g_ptr_array_unref (results.records);
}

typedef struct {
  WinnowPipeline *pipeline;
  GPtrArray      *inputs;
  GPtrArray      *records;
} BatchThread;

static gpointer
batch_thread (gpointer data)
{
  BatchThread *bt = data;

  bt->records = run_batch (bt->pipeline, bt->inputs, 3);
  return NULL;
}

static void
test_batch_from_threads (void)
{
  g_autoptr(WinnowPipeline) pipeline = parse ("test-label min-length=8 ! test-fail", NULL);
  g_autoptr(GPtrArray) inputs = make_inputs (40);
  g_autoptr(GPtrArray) reference = run_batch (pipeline, inputs, 1);
  BatchThread threads[3];
  GThread *handles[3];

  for (guint t = 0; t < 3; t++)
    {
      threads[t] = (BatchThread) { pipeline, inputs, NULL };
      handles[t] = g_thread_new ("batch", batch_thread, &threads[t]);
    }
  for (guint t = 0; t < 3; t++)
    {
      g_thread_join (handles[t]);
      for (guint i = 0; i < inputs->len; i++)
        g_assert_cmpstr (threads[t].records->pdata[i], ==, reference->pdata[i]);
      g_ptr_array_unref (threads[t].records);
    }
}

static WinnowInput *
endless_inputs (gpointer data)
{
  guint *count = data;
  g_autofree char *text = g_strdup_printf ("Input %u with some text", *count);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  if (*count >= 500)
    return NULL;
  (*count)++;
  return winnow_input_new_for_bytes (bytes, "gen");
}

typedef struct {
  GCancellable *cancellable;
  guint         delivered;
} CancelState;

static void
cancel_after_ten (guint index, WinnowInput *input, WinnowDocument *document,
                  const GError *error, gpointer user_data)
{
  CancelState *state = user_data;

  state->delivered++;
  if (state->delivered == 10)
    g_cancellable_cancel (state->cancellable);
}

static void
test_batch_cancel (void)
{
  g_autoptr(WinnowPipeline) pipeline = parse ("test-label", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  CancelState state = { cancellable, 0 };
  guint produced = 0;

  g_assert_false (winnow_pipeline_run_batch (pipeline, NULL, 2, endless_inputs, &produced,
                                             cancel_after_ten, &state, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* Inputs stop being pulled once cancelled: the window bounds the rest. */
  g_assert_cmpuint (produced, <, 30);
  g_assert_cmpuint (state.delivered, ==, produced);
}

static void
test_extract (void)
{
  const char *page = "<html><head><title>A title</title></head><body>"
                     "<article><p>The convenience call reads the page and runs the default "
                     "pipeline, with whatever filters of it are installed.</p></article></body></html>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (page, strlen (page));
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) document = winnow_extract (bytes, NULL, NULL, &error);
  g_autofree char *content = NULL;

  g_assert_no_error (error);
  g_assert_true (winnow_document_is_html (document));
  g_assert_nonnull (winnow_document_get_metadata_string (document, WINNOW_META_PIPELINE));
  content = winnow_document_get_content (document);
  g_assert_nonnull (strstr (content, "The convenience call reads the page"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pipeline/parse", test_parse);
  g_test_add_func ("/pipeline/round-trip", test_round_trip);
  g_test_add_func ("/pipeline/defaults-not-printed", test_defaults_not_printed);
  g_test_add_func ("/pipeline/grammar-errors", test_grammar_errors);
  g_test_add_func ("/pipeline/process", test_process);
  g_test_add_func ("/pipeline/process-errors", test_process_errors);
  g_test_add_func ("/pipeline/cancelled", test_cancelled);
  g_test_add_func ("/pipeline/process-async", test_process_async);
  g_test_add_func ("/pipeline/batch/order-and-errors", test_batch_order_and_errors);
  g_test_add_func ("/pipeline/batch/files", test_batch_files);
  g_test_add_func ("/pipeline/batch/from-threads", test_batch_from_threads);
  g_test_add_func ("/pipeline/batch/cancel", test_batch_cancel);
  g_test_add_func ("/pipeline/extract", test_extract);
  return g_test_run ();
}
