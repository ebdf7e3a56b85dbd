/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading one candidate's feature from the byline filter's feature dump,
 * for the tests of the scorer's features and weak candidates. */

#include "byline-test-features.h"

#include <winnow/winnow.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "test-util.h"

double
byline_test_feature (const char *mime,
                     const char *text,
                     const char *name,
                     const char *feature)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *row;
  JsonArray *candidates, *features;
  int fd = g_file_open_tmp ("byline-features-XXXXXX.jsonl", &path, &error);
  guint index = G_MAXUINT;
  double value = -1.0;

  g_assert_no_error (error);
  g_close (fd, NULL);
  g_setenv ("WINNOW_BYLINE_FEATURES", path, TRUE);
  {
    g_autoptr(WinnowDocument) doc = test_run_pipeline ("byline", mime, text);
  }
  g_unsetenv ("WINNOW_BYLINE_FEATURES");
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_unlink (path);
  g_assert_true (json_parser_load_from_data (parser, contents, -1, &error));
  g_assert_no_error (error);
  row = json_node_get_object (json_parser_get_root (parser));
  features = json_object_get_array_member (row, "features");
  candidates = json_object_get_array_member (row, "candidates");
  for (guint i = 0; i < json_array_get_length (features); i++)
    if (strcmp (json_array_get_string_element (features, i), feature) == 0)
      index = i;
  g_assert_cmpuint (index, !=, G_MAXUINT);
  for (guint i = 0; i < json_array_get_length (candidates); i++)
    {
      JsonObject *c = json_array_get_object_element (candidates, i);
      if (g_strcmp0 (json_object_get_string_member (c, "name"), name) == 0)
        value = json_array_get_double_element (json_object_get_array_member (c, "x"), index);
    }
  return value;
}
