/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include "test-util.h"

/* The module file of @module in the directory named by the environment
 * variable @dir_variable (set by the test suite). */
char *
test_plugin_path (const char *dir_variable,
                  const char *module)
{
  g_autofree char *file = g_strdup_printf ("lib%s.%s", module, G_MODULE_SUFFIX);

  return g_build_filename (g_getenv (dir_variable), file, NULL);
}

/* A registry of its own holding the test plugin's filters, loaded once. */
WinnowRegistry *
test_plugin_registry (void)
{
  static WinnowRegistry *registry;

  if (registry == NULL)
    {
      g_autofree char *path = test_plugin_path ("WINNOW_TEST_PLUGIN_DIR", "test-plugin");
      g_autoptr(GError) error = NULL;

      registry = winnow_registry_new ();
      g_assert_true (winnow_registry_load_plugin (registry, path, &error));
      g_assert_no_error (error);
    }
  return registry;
}

char *
test_seed_path (void)
{
  return g_build_filename (g_getenv ("WINNOW_TEST_SEEDS"), "000_e6ebd894ec813c3a.txt", NULL);
}

/* The first block of @document whose text contains @needle; the test
 * fails when there is none. */
WinnowBlock *
test_find_block (WinnowDocument *document,
                 const char     *needle)
{
  for (guint i = 0; i < winnow_document_get_n_blocks (document); i++)
    {
      WinnowBlock *block = winnow_document_get_block (document, i);
      g_autofree char *text = winnow_document_get_block_text (document, block);

      if (strstr (text, needle) != NULL)
        return block;
    }
  g_test_message ("no block contains '%s'", needle);
  g_assert_not_reached ();
  return NULL;
}

/* Reads @data (NUL-terminated) as @content_type and runs the pipeline
 * @description on it; any error fails the test. */
WinnowDocument *
test_run_pipeline (const char *description,
                   const char *content_type,
                   const char *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowPipeline) pipeline = winnow_pipeline_new_from_string (description, &error);
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, strlen (data));
  WinnowDocument *doc;

  g_assert_no_error (error);
  winnow_reader_set_content_type (reader, content_type);
  doc = winnow_reader_read_bytes (reader, bytes, "test", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (winnow_pipeline_process (pipeline, doc, NULL, &error));
  g_assert_no_error (error);
  return doc;
}

/* The names of @doc's authors joined with "; ", or "" when there are
 * none; the authors metadata must have its documented type. */
char *
test_author_names (WinnowDocument *doc)
{
  GVariant *authors = winnow_document_get_authors (doc);
  GString *out = g_string_new (NULL);

  if (authors == NULL)
    return g_string_free (out, FALSE);
  g_assert_true (g_variant_is_of_type (authors, G_VARIANT_TYPE ("aa{sv}")));
  for (gsize i = 0; i < g_variant_n_children (authors); i++)
    {
      g_autoptr(GVariant) one = g_variant_get_child_value (authors, i);
      const char *name = NULL;
      g_assert_true (g_variant_lookup (one, "name", "&s", &name));
      g_string_append_printf (out, "%s%s", i ? "; " : "", name);
    }
  return g_string_free (out, FALSE);
}
