/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>
#include <winnow/winnow.h>
#include <glib/gstdio.h>

/* A filter defined in the test: counts its prepares and calls, records
 * the threads it runs on and how many calls overlap. */

#define COUNTING_TYPE_FILTER (counting_filter_get_type ())
G_DECLARE_FINAL_TYPE (CountingFilter, counting_filter, COUNTING, FILTER, WinnowFilter)

struct _CountingFilter
{
  WinnowFilter parent_instance;
  int          level;
  gboolean     fail_prepare;
  gboolean     silent;
  gint         n_prepared;
  gint         n_processed;
  gint         running;
  gint         max_running;
  GThread     *last_thread;
  GThread     *prepare_thread;
};

G_DEFINE_FINAL_TYPE (CountingFilter, counting_filter, WINNOW_TYPE_FILTER)

enum { PROP_0, PROP_LEVEL, PROP_FAIL_PREPARE, PROP_SILENT };

static gboolean
counting_prepare (WinnowFilter *filter, GError **error)
{
  CountingFilter *self = COUNTING_FILTER (filter);

  g_atomic_int_inc (&self->n_prepared);
  self->prepare_thread = g_thread_self ();
  if (self->fail_prepare)
    {
      if (!self->silent)
        g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE, "no model");
      return FALSE;
    }
  return TRUE;
}

static gboolean
counting_process (WinnowFilter *filter, WinnowDocument *document,
                  GCancellable *cancellable, GError **error)
{
  CountingFilter *self = COUNTING_FILTER (filter);
  gint running = g_atomic_int_add (&self->running, 1) + 1;
  gint max;

  while ((max = g_atomic_int_get (&self->max_running)) < running &&
         !g_atomic_int_compare_and_exchange (&self->max_running, max, running))
    ;
  g_usleep (2000);
  self->last_thread = g_thread_self ();
  g_atomic_int_inc (&self->n_processed);
  g_atomic_int_add (&self->running, -1);
  return TRUE;
}

static void
counting_get_property (GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
  CountingFilter *self = COUNTING_FILTER (object);
  switch (id)
    {
    case PROP_LEVEL: g_value_set_int (value, self->level); break;
    case PROP_FAIL_PREPARE: g_value_set_boolean (value, self->fail_prepare); break;
    case PROP_SILENT: g_value_set_boolean (value, self->silent); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
counting_set_property (GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
  CountingFilter *self = COUNTING_FILTER (object);
  switch (id)
    {
    case PROP_LEVEL: self->level = g_value_get_int (value); break;
    case PROP_FAIL_PREPARE: self->fail_prepare = g_value_get_boolean (value); break;
    case PROP_SILENT: self->silent = g_value_get_boolean (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);
    }
}

static void
counting_filter_class_init (CountingFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = counting_get_property;
  object_class->set_property = counting_set_property;
  WINNOW_FILTER_CLASS (klass)->prepare = counting_prepare;
  WINNOW_FILTER_CLASS (klass)->process = counting_process;
  winnow_filter_class_set_metadata (WINNOW_FILTER_CLASS (klass), "Counter", "Counts calls");
  g_object_class_install_property (object_class, PROP_LEVEL,
    g_param_spec_int ("level", NULL, NULL, 0, 10, 1, G_PARAM_READWRITE));
  g_object_class_install_property (object_class, PROP_FAIL_PREPARE,
    g_param_spec_boolean ("fail-prepare", NULL, NULL, FALSE, G_PARAM_READWRITE));
  g_object_class_install_property (object_class, PROP_SILENT,
    g_param_spec_boolean ("silent", NULL, NULL, FALSE, G_PARAM_READWRITE));
}

static void
counting_filter_init (CountingFilter *self)
{
  self->level = 1;
}

static WinnowDocument *
make_document (void)
{
  WinnowDocument *document = winnow_document_new_from_text ("One line.\nAnother line.", -1, NULL);
  g_assert_nonnull (document);
  return document;
}

static void
test_metadata (void)
{
  g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, "name", "counter", NULL);
  WinnowFilterClass *klass = WINNOW_FILTER_GET_CLASS (filter);

  g_assert_cmpstr (winnow_filter_get_name (filter), ==, "counter");
  g_assert_cmpstr (winnow_filter_class_get_long_name (klass), ==, "Counter");
  g_assert_cmpstr (winnow_filter_class_get_description (klass), ==, "Counts calls");
  g_assert_cmpint (winnow_filter_get_flags (filter), ==, WINNOW_FILTER_FLAG_NONE);
}

static void
test_prepare_once (void)
{
  g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, NULL);
  g_autoptr(WinnowDocument) document = make_document ();
  g_autoptr(GError) error = NULL;

  g_assert_false (winnow_filter_is_prepared (filter));
  g_assert_true (winnow_filter_process (filter, document, NULL, &error));
  g_assert_true (winnow_filter_process (filter, document, NULL, &error));
  g_assert_true (winnow_filter_prepare (filter, &error));
  g_assert_no_error (error);
  g_assert_true (winnow_filter_is_prepared (filter));
  g_assert_cmpint (COUNTING_FILTER (filter)->n_prepared, ==, 1);
  g_assert_cmpint (COUNTING_FILTER (filter)->n_processed, ==, 2);
}

static void
test_prepare_failure (void)
{
  g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, "fail-prepare", TRUE, NULL);
  g_autoptr(WinnowDocument) document = make_document ();
  g_autoptr(GError) error = NULL;

  g_assert_false (winnow_filter_process (filter, document, NULL, &error));
  g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE);
  g_clear_error (&error);
  /* The first result stands; prepare does not run again. */
  g_assert_false (winnow_filter_prepare (filter, &error));
  g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE);
  g_assert_cmpint (COUNTING_FILTER (filter)->n_prepared, ==, 1);
}

static void
test_silent_failure (void)
{
  g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, "name", "quiet",
                                                 "fail-prepare", TRUE, "silent", TRUE, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (winnow_filter_prepare (filter, &error));
  g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "“quiet”"));
}

static void
test_property_from_string (void)
{
  g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (winnow_filter_set_property_from_string (filter, "level", "7", &error));
  g_assert_no_error (error);
  g_assert_cmpint (COUNTING_FILTER (filter)->level, ==, 7);
  g_assert_false (winnow_filter_set_property_from_string (filter, "level", "11", &error));
  g_assert_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_BAD_VALUE);
  g_clear_error (&error);
  g_assert_false (winnow_filter_set_property_from_string (filter, "levle", "1", &error));
  g_assert_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_NO_SUCH_PROPERTY);
  g_clear_error (&error);

  g_assert_true (winnow_filter_prepare (filter, NULL));
  g_assert_false (winnow_filter_set_property_from_string (filter, "level", "3", &error));
  g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARED);
  g_assert_cmpint (COUNTING_FILTER (filter)->level, ==, 7);
}

static void
test_property_locked (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, "name", "c", NULL);
      g_assert_true (winnow_filter_prepare (filter, NULL));
      g_object_set (filter, "level", 5, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*Filter*c*property*level*cannot change after the filter is prepared*");
}

static void
test_property_locked_keeps_value (void)
{
  g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, NULL);

  g_assert_true (winnow_filter_prepare (filter, NULL));
  g_test_expect_message ("Winnow", G_LOG_LEVEL_CRITICAL, "*cannot change after the filter is prepared*");
  g_object_set (filter, "level", 5, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpint (COUNTING_FILTER (filter)->level, ==, 1);
}

typedef struct {
  WinnowFilter   *filter;
  WinnowDocument *document;
} ThreadData;

static gpointer
process_in_thread (gpointer data)
{
  ThreadData *td = data;
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 5; i++)
    g_assert_true (winnow_filter_process (td->filter, td->document, NULL, &error));
  return NULL;
}

static void
run_threads (WinnowFilter *filter)
{
  g_autoptr(WinnowDocument) document = make_document ();
  ThreadData td = { filter, document };
  GThread *threads[4];

  for (int i = 0; i < 4; i++)
    threads[i] = g_thread_new ("worker", process_in_thread, &td);
  for (int i = 0; i < 4; i++)
    g_thread_join (threads[i]);
}

static void
test_concurrent (void)
{
  g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, NULL);

  run_threads (filter);
  g_assert_cmpint (COUNTING_FILTER (filter)->n_processed, ==, 20);
  g_assert_cmpint (COUNTING_FILTER (filter)->n_prepared, ==, 1);
  g_assert_cmpint (COUNTING_FILTER (filter)->max_running, >, 1);
}

static void
test_serial (void)
{
  g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, NULL);

  winnow_filter_set_flags (filter, WINNOW_FILTER_FLAG_SERIAL);
  g_assert_cmpint (winnow_filter_get_flags (filter), ==, WINNOW_FILTER_FLAG_SERIAL);
  run_threads (filter);
  g_assert_cmpint (COUNTING_FILTER (filter)->n_processed, ==, 20);
  g_assert_cmpint (COUNTING_FILTER (filter)->max_running, ==, 1);
}

static gpointer
process_once_in_thread (gpointer data)
{
  ThreadData *td = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = winnow_filter_process (td->filter, td->document, NULL, &error);

  g_assert_no_error (error);
  return GINT_TO_POINTER (ok);
}

static void
test_owner_thread (void)
{
  g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, NULL);
  g_autoptr(WinnowDocument) document = make_document ();
  ThreadData td = { filter, document };
  GThread *thread;

  winnow_filter_set_flags (filter, WINNOW_FILTER_FLAG_OWNER_THREAD);
  thread = g_thread_new ("caller", process_once_in_thread, &td);
  /* The call arrives here, through this thread's main context. */
  while (g_atomic_int_get (&COUNTING_FILTER (filter)->n_processed) == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_thread_join (thread));
  g_assert_true (COUNTING_FILTER (filter)->last_thread == g_thread_self ());
  /* It was prepared on its owner thread too. */
  g_assert_true (COUNTING_FILTER (filter)->prepare_thread == g_thread_self ());
}

/* A filter's data file: the user's path as given, else the shipped file
 * from the data directories, else an error naming the filter, the file
 * and where it looked. */
static void
test_find_data_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("winnow-data-XXXXXX", &error);
  g_autofree char *sub = NULL;
  g_autofree char *file = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *shipped = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *old_path = g_strdup (g_getenv ("WINNOW_DATA_PATH"));
  g_autoptr(WinnowFilter) filter = g_object_new (COUNTING_TYPE_FILTER, "name", "counter", NULL);

  g_assert_no_error (error);
  sub = g_build_filename (dir, "counting", NULL);
  file = g_build_filename (sub, "model.txt", NULL);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, "weights\n", -1, NULL));
  g_setenv ("WINNOW_DATA_PATH", dir, TRUE);

  chosen = winnow_filter_find_data_file (filter, "/elsewhere/mine.txt", "counting/model.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (chosen, ==, "/elsewhere/mine.txt");

  shipped = winnow_filter_find_data_file (filter, NULL, "counting/model.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (shipped, ==, file);

  missing = winnow_filter_find_data_file (filter, NULL, "counting/absent.txt", &error);
  g_assert_null (missing);
  g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE);
  g_assert_nonnull (strstr (error->message, "counter"));
  g_assert_nonnull (strstr (error->message, "counting/absent.txt"));
  g_assert_nonnull (strstr (error->message, dir));

  if (old_path != NULL)
    g_setenv ("WINNOW_DATA_PATH", old_path, TRUE);
  else
    g_unsetenv ("WINNOW_DATA_PATH");
  g_unlink (file);
  g_rmdir (sub);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/filter/metadata", test_metadata);
  g_test_add_func ("/filter/prepare-once", test_prepare_once);
  g_test_add_func ("/filter/prepare-failure", test_prepare_failure);
  g_test_add_func ("/filter/silent-failure", test_silent_failure);
  g_test_add_func ("/filter/find-data-file", test_find_data_file);
  g_test_add_func ("/filter/property-from-string", test_property_from_string);
  g_test_add_func ("/filter/property-locked", test_property_locked);
  g_test_add_func ("/filter/property-locked-keeps-value", test_property_locked_keeps_value);
  g_test_add_func ("/filter/concurrent", test_concurrent);
  g_test_add_func ("/filter/serial", test_serial);
  g_test_add_func ("/filter/owner-thread", test_owner_thread);
  return g_test_run ();
}
