/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>
#include <glib/gstdio.h>
#include <winnow/winnow.h>

#include "test-util.h"

/* The winnow tool, run as a user would: exit statuses, output formats,
 * inputs of every kind, inspect. Only the test plugin is on the path. */

static const char *tool_path;

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_tool (Run                *run,
          const char         *stdin_text,
          const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_setenv (launcher, "WINNOW_PLUGIN_PATH", g_getenv ("WINNOW_TEST_PLUGIN_DIR"), TRUE);
  g_subprocess_launcher_setenv (launcher, "WINNOW_PLUGIN_SYSTEM_PATH", "", TRUE);
  g_ptr_array_add (argv, (gpointer) tool_path);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, stdin_text ? stdin_text : "", NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

#define RUN(run, stdin_text, ...) \
  G_STMT_START { const char *args_[] = { __VA_ARGS__, NULL }; run_tool (run, stdin_text, args_); } G_STMT_END


static void
test_version_and_usage (void)
{
  g_auto(Run) version = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) help = { 0 };

  RUN (&version, NULL, "--version");
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "winnow " WINNOW_VERSION_S "\n");
  RUN (&none, NULL, "run");
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "no input"));
  RUN (&unknown, NULL, "frobnicate");
  g_assert_cmpint (unknown.status, ==, 2);
  RUN (&help, NULL, "run", "--help");
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--pipeline"));
  g_assert_nonnull (strstr (help.out, "Exit status"));
}

static void
test_run_json (void)
{
  g_autofree char *seed = test_seed_path ();
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *record;

  RUN (&run, NULL, "run", "-p", "test-label min-length=30", "--url", "https://example.org/korea", seed);
  g_assert_cmpint (run.status, ==, 0);
  root = json_from_string (run.out, &error);
  g_assert_no_error (error);
  record = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (record, "pipeline"), ==, "test-label min-length=30");
  g_assert_cmpstr (json_object_get_string_member (record, "source"), ==, seed);
  g_assert_cmpstr (json_object_get_string_member (record, "url"), ==, "https://example.org/korea");
  g_assert_cmpstr (json_object_get_string_member (record, "language"), ==, "en");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (record, "text"),
                                   "Korea, U.S., Japan vow to pressure North"));
}

static void
test_run_bad_pipeline (void)
{
  g_autofree char *seed = test_seed_path ();
  g_auto(Run) run = { 0 };

  RUN (&run, NULL, "run", "-p", "test-lable", seed);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "did you mean “test-label”?"));
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_run_jsonl_with_failure (void)
{
  g_autofree char *seed = test_seed_path ();
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;

  RUN (&run, NULL, "run", "-f", "jsonl", "-j", "2", "-p", "test-label", seed, "/nonexistent.html", seed);
  g_assert_cmpint (run.status, ==, 1);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_nonnull (strstr (lines[0], "\"blocks\""));
  g_assert_nonnull (strstr (lines[1], "\"error\""));
  g_assert_nonnull (strstr (lines[1], "/nonexistent.html"));
  g_assert_cmpstr (lines[0], ==, lines[2]);
  g_assert_cmpstr (lines[3], ==, "");
  g_assert_nonnull (strstr (run.err, "/nonexistent.html"));
}

static void
test_run_directory_and_text (void)
{
  g_autofree char *dir = g_dir_make_tmp ("winnow-test-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "b", NULL);
  g_autofree char *a = g_build_filename (dir, "a.html", NULL);
  g_autofree char *c = g_build_filename (sub, "c.txt", NULL);
  g_autofree char *d = g_build_filename (dir, "d.bin", NULL);
  g_autofree char *out = g_strconcat (dir, ".out.txt", NULL);
  g_auto(Run) json = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *written = NULL;
  JsonArray *array;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (a, "<html><body><p>A page with a paragraph.</p></body></html>", -1, NULL));
  g_assert_true (g_file_set_contents (c, "Plain text input line.", -1, NULL));
  g_assert_true (g_file_set_contents (d, "ignored", -1, NULL));

  RUN (&json, NULL, "run", "-p", "test-label", dir);
  g_assert_cmpint (json.status, ==, 0);
  root = json_from_string (json.out, NULL);
  array = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "source"), ==, a);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 1), "source"), ==, c);

  RUN (&text, NULL, "run", "-p", "test-label", "-f", "text", "-o", out, dir);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, "A page with a paragraph.\n\nPlain text input line.\n");

  g_remove (out);
  g_remove (a);
  g_remove (c);
  g_remove (d);
  g_rmdir (sub);
  g_rmdir (dir);
}

static void
test_run_stdin (void)
{
  g_auto(Run) run = { 0 };

  RUN (&run, "<p>From standard input, long enough.</p>", "run", "-p", "test-label", "-f", "text", "-");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "From standard input, long enough.\n");
}

static void
test_run_default_pipeline_missing_filters (void)
{
  g_autofree char *seed = test_seed_path ();
  g_auto(Run) run = { 0 };

  /* Only the test plugin is installed: every default filter is missing. */
  RUN (&run, NULL, "run", "-f", "jsonl", seed);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "filter “boilerplate” is not installed"));
  g_assert_nonnull (strstr (run.err, "filter “entities” is not installed"));
  g_assert_nonnull (strstr (run.out, "\"pipeline\":\"\""));
}

static void
test_inspect (void)
{
  g_auto(Run) list = { 0 };
  g_auto(Run) one = { 0 };
  g_auto(Run) missing = { 0 };

  RUN (&list, NULL, "inspect");
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "test-label"));
  g_assert_nonnull (strstr (list.out, "Total count: 2 filters"));

  RUN (&one, NULL, "inspect", "test-label");
  g_assert_cmpint (one.status, ==, 0);
  g_assert_nonnull (strstr (one.out, "Labels blocks by length, for the test suite"));
  g_assert_nonnull (strstr (one.out, "min-length"));
  g_assert_nonnull (strstr (one.out, "Integer. Range: 0 - 1000 Default: 10"));
  g_assert_nonnull (strstr (one.out, "Double. Range: 0 - 1 Default: 0.5"));
  g_assert_nonnull (strstr (one.out, "Blocks shorter than this are boilerplate"));
  g_assert_nonnull (strstr (one.out, "invert"));
  g_assert_nonnull (strstr (one.out, "libtest-plugin"));

  RUN (&missing, NULL, "inspect", "test-lbel");
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "did you mean “test-label”?"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  tool_path = argv[1];
  g_test_add_func ("/tool/version-and-usage", test_version_and_usage);
  g_test_add_func ("/tool/run/json", test_run_json);
  g_test_add_func ("/tool/run/bad-pipeline", test_run_bad_pipeline);
  g_test_add_func ("/tool/run/jsonl-with-failure", test_run_jsonl_with_failure);
  g_test_add_func ("/tool/run/directory-and-text", test_run_directory_and_text);
  g_test_add_func ("/tool/run/stdin", test_run_stdin);
  g_test_add_func ("/tool/run/default-pipeline-missing-filters", test_run_default_pipeline_missing_filters);
  g_test_add_func ("/tool/inspect", test_inspect);
  return g_test_run ();
}
