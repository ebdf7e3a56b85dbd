/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>
#include <winnow/winnow.h>

#include "test-util.h"

/* The test plugin's types exist once its module is loaded, by a registry
 * of its own, so the fixtures' registries start empty. */
static GType
plugin_type (const char *type_name)
{
  test_plugin_registry ();
  return g_type_from_name (type_name);
}

#define TEST_TYPE_LABEL_FILTER (plugin_type ("TestLabelFilter"))
#define TEST_TYPE_FAIL_FILTER (plugin_type ("TestFailFilter"))

typedef struct {
  WinnowRegistry *registry;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->registry = winnow_registry_new ();
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_object_unref (f->registry);
}


static void
test_load_plugin (Fixture *f, gconstpointer data)
{
  g_autofree char *path = test_plugin_path ("WINNOW_TEST_PLUGIN_DIR", "test-plugin");
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowFilterInfo) info = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_true (winnow_registry_load_plugin (f->registry, path, &error));
  g_assert_no_error (error);
  /* Loading the same file again is a no-op. */
  g_assert_true (winnow_registry_load_plugin (f->registry, path, &error));

  info = winnow_registry_lookup (f->registry, "test-label");
  g_assert_nonnull (info);
  g_assert_cmpstr (winnow_filter_info_get_name (info), ==, "test-label");
  g_assert_cmpstr (winnow_filter_info_get_long_name (info), ==, "Test labeller");
  g_assert_cmpstr (winnow_filter_info_get_description (info), ==, "Labels blocks by length, for the test suite");
  g_assert_cmpstr (winnow_filter_info_get_plugin_name (info), ==, "test");
  g_assert_cmpstr (winnow_filter_info_get_plugin_version (info), ==, "0.1.0");
  g_assert_cmpstr (winnow_filter_info_get_plugin_license (info), ==, "LGPL-2.1-or-later");
  g_assert_cmpstr (winnow_filter_info_get_filename (info), ==, path);
  g_assert_true (g_type_is_a (winnow_filter_info_get_filter_type (info), WINNOW_TYPE_FILTER));

  list = winnow_registry_list_filters (f->registry);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (winnow_filter_info_get_name (list->pdata[0]), ==, "test-fail");
  g_assert_cmpstr (winnow_filter_info_get_name (list->pdata[1]), ==, "test-label");
}

static void
test_no_descriptor (Fixture *f, gconstpointer data)
{
  g_autofree char *path = test_plugin_path ("WINNOW_TEST_BAD_PLUGIN_DIR", "no-descriptor");
  g_autoptr(GError) error = NULL;

  g_assert_false (winnow_registry_load_plugin (f->registry, path, &error));
  g_assert_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_PLUGIN_NO_DESCRIPTOR);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_wrong_abi (Fixture *f, gconstpointer data)
{
  g_autofree char *path = test_plugin_path ("WINNOW_TEST_BAD_PLUGIN_DIR", "wrong-abi");
  g_autoptr(GError) error = NULL;

  g_assert_false (winnow_registry_load_plugin (f->registry, path, &error));
  g_assert_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_PLUGIN_ABI);
  g_assert_nonnull (strstr (error->message, "ABI 2"));
}

static void
test_failing_init (Fixture *f, gconstpointer data)
{
  g_autofree char *path = test_plugin_path ("WINNOW_TEST_BAD_PLUGIN_DIR", "failing-init");
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowFilterInfo) info = NULL;

  g_assert_false (winnow_registry_load_plugin (f->registry, path, &error));
  g_assert_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_PLUGIN_INIT);
  g_assert_nonnull (strstr (error->message, "always fails"));
  /* What it registered before failing is withdrawn. */
  info = winnow_registry_lookup (f->registry, "half-registered");
  g_assert_null (info);
}

static void
test_missing_module (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (winnow_registry_load_plugin (f->registry, "/nonexistent/libx.so", &error));
  g_assert_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_PLUGIN_OPEN);
}

static void
test_scan_directory (Fixture *f, gconstpointer data)
{
  g_autofree char *parent = g_path_get_dirname (g_getenv ("WINNOW_TEST_PLUGIN_DIR"));
  g_autoptr(GPtrArray) list = NULL;

  /* The bad modules are skipped with a warning naming file and reason;
   * the good one loads. */
  g_test_expect_message ("Winnow", G_LOG_LEVEL_WARNING, "Skipping plugin *failing-init*always fails*");
  g_test_expect_message ("Winnow", G_LOG_LEVEL_WARNING, "Skipping plugin *no-descriptor*no “winnow_plugin_desc” descriptor*");
  g_test_expect_message ("Winnow", G_LOG_LEVEL_WARNING, "Skipping plugin *wrong-abi*ABI*");
  g_assert_cmpuint (winnow_registry_scan_directory (f->registry, parent), ==, 1);
  g_test_assert_expected_messages ();
  list = winnow_registry_list_filters (f->registry);
  g_assert_cmpuint (list->len, ==, 2);
}

static void
test_register (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowFilterInfo) info = NULL;
  g_autoptr(WinnowFilter) filter = NULL;

  g_assert_true (winnow_registry_register (f->registry, "my-label2", TEST_TYPE_LABEL_FILTER,
                                           WINNOW_FILTER_FLAG_SERIAL, &error));
  g_assert_no_error (error);
  info = winnow_registry_lookup (f->registry, "my-label2");
  g_assert_null (winnow_filter_info_get_plugin_name (info));
  g_assert_cmpint (winnow_filter_info_get_flags (info), ==, WINNOW_FILTER_FLAG_SERIAL);

  filter = winnow_registry_create_filter (f->registry, "my-label2", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (winnow_filter_get_name (filter), ==, "my-label2");
  g_assert_cmpint (winnow_filter_get_flags (filter), ==, WINNOW_FILTER_FLAG_SERIAL);

  g_assert_false (winnow_registry_register (f->registry, "my-label2", TEST_TYPE_FAIL_FILTER, 0, &error));
  g_assert_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (winnow_registry_register (f->registry, "Bad_Name", TEST_TYPE_FAIL_FILTER, 0, &error));
  g_assert_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_INVALID_NAME);
  g_clear_error (&error);
  g_assert_false (winnow_registry_register (f->registry, "9lives", TEST_TYPE_FAIL_FILTER, 0, &error));
  g_assert_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_INVALID_NAME);
  g_clear_error (&error);
  g_assert_false (winnow_registry_register (f->registry, "object", G_TYPE_OBJECT, 0, &error));
  g_assert_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_NOT_A_FILTER);
  g_clear_error (&error);
  g_assert_false (winnow_registry_register (f->registry, "abstract", WINNOW_TYPE_FILTER, 0, &error));
  g_assert_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_NOT_A_FILTER);
}

static void
test_create_unknown (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowFilter) filter = NULL;

  g_assert_true (winnow_registry_register (f->registry, "boilerplate", TEST_TYPE_LABEL_FILTER, 0, NULL));
  filter = winnow_registry_create_filter (f->registry, "boilerplat", &error);
  g_assert_null (filter);
  g_assert_error (error, WINNOW_REGISTRY_ERROR, WINNOW_REGISTRY_ERROR_NO_SUCH_FILTER);
  g_assert_nonnull (strstr (error->message, "did you mean “boilerplate”?"));
}

static void
test_suggest (Fixture *f, gconstpointer data)
{
  g_autofree char *s1 = NULL, *s2 = NULL;

  g_assert_true (winnow_registry_register (f->registry, "entities", TEST_TYPE_LABEL_FILTER, 0, NULL));
  g_assert_true (winnow_registry_register (f->registry, "byline", TEST_TYPE_FAIL_FILTER, 0, NULL));
  s1 = winnow_registry_suggest_name (f->registry, "entitys");
  g_assert_cmpstr (s1, ==, "entities");
  s2 = winnow_registry_suggest_name (f->registry, "zzzzzzzzzz");
  g_assert_null (s2);
}

static void
test_default_registry (void)
{
  /* The suite points WINNOW_PLUGIN_PATH at the build tree only. */
  WinnowRegistry *registry = winnow_registry_get_default ();
  g_auto(GStrv) dirs = winnow_get_plugin_dirs ();

  g_assert_true (registry == winnow_registry_get_default ());
  g_assert_nonnull (dirs[0]);
  for (guint i = 0; dirs[i]; i++)
    g_assert_null (strstr (dirs[i], "/usr/"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/registry/load-plugin", Fixture, NULL, fixture_setup, test_load_plugin, fixture_teardown);
  g_test_add ("/registry/no-descriptor", Fixture, NULL, fixture_setup, test_no_descriptor, fixture_teardown);
  g_test_add ("/registry/wrong-abi", Fixture, NULL, fixture_setup, test_wrong_abi, fixture_teardown);
  g_test_add ("/registry/failing-init", Fixture, NULL, fixture_setup, test_failing_init, fixture_teardown);
  g_test_add ("/registry/missing-module", Fixture, NULL, fixture_setup, test_missing_module, fixture_teardown);
  g_test_add ("/registry/scan-directory", Fixture, NULL, fixture_setup, test_scan_directory, fixture_teardown);
  g_test_add ("/registry/register", Fixture, NULL, fixture_setup, test_register, fixture_teardown);
  g_test_add ("/registry/create-unknown", Fixture, NULL, fixture_setup, test_create_unknown, fixture_teardown);
  g_test_add ("/registry/suggest", Fixture, NULL, fixture_setup, test_suggest, fixture_teardown);
  g_test_add_func ("/registry/default", test_default_registry);
  return g_test_run ();
}
