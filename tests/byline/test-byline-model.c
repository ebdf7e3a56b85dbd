/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The learned author scorer: the shipped models load, a model decides who
 * the authors are, a missing or broken model file stops the filter at
 * prepare time with a clear error, and the feature dump train.py reads
 * holds every candidate. */

#include <winnow/winnow.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "test-util.h"

#define PAGE "<html><head><title>Widgets</title></head><body><h1>Ten tips for widgets</h1>" \
             "<p>By Jane Smith</p><p>Widgets are small and useful, and these ten tips will " \
             "help you choose, use and repair the ones you have at home.</p></body></html>"

/* The text of a data file, or of a file at @path. */
static char *
read_model (const char *relative)
{
  g_autofree char *path = winnow_find_data_file (relative);
  char *contents = NULL;

  g_assert_nonnull (path);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Writes @contents to a new temporary file and returns its path. */
static char *
write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("byline-model-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  g_close (fd, NULL);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  return path;
}

/* The shipped HTML model with its threshold and output line replaced:
 * @bias, and @weight on the feature @feature (0 on the others). */
static char *
html_model_with (double      threshold,
                 double      bias,
                 const char *feature,
                 double      weight)
{
  g_autofree char *shipped = read_model ("byline/model-html.txt");
  g_auto(GStrv) lines = g_strsplit (shipped, "\n", -1);
  GString *out = g_string_new (NULL);
  GString *weights = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "threshold "))
        g_string_append_printf (out, "threshold %g\n", threshold);
      else if (g_str_has_prefix (lines[i], "f "))
        {
          g_auto(GStrv) f = g_strsplit (lines[i], " ", -1);
          /* standardisation off: the raw feature value counts */
          g_string_append_printf (out, "f %s 0 1\n", f[1]);
          g_string_append_printf (weights, " %g", strcmp (f[1], feature) == 0 ? weight : 0.0);
        }
      else if (!g_str_has_prefix (lines[i], "o ") && *lines[i] != '\0')
        g_string_append_printf (out, "%s\n", lines[i]);
    }
  g_string_append_printf (out, "o %g%s\n", bias, weights->str);
  g_string_free (weights, TRUE);
  return g_string_free (out, FALSE);
}

/* Prepares "byline PROPERTY=PATH" and returns its error, or NULL. */
static GError *
prepare_error (const char *property,
               const char *path)
{
  g_autofree char *description = g_strdup_printf ("byline %s='%s'", property, path);
  g_autoptr(WinnowPipeline) pipeline = NULL;
  GError *error = NULL;

  pipeline = winnow_pipeline_new_from_string (description, &error);
  g_assert_no_error (error);
  if (winnow_pipeline_prepare (pipeline, &error))
    return NULL;
  g_assert_nonnull (error);
  return error;
}

static void
test_shipped_models_load (void)
{
  g_autofree char *html = winnow_find_data_file ("byline/model-html.txt");
  g_autofree char *text = winnow_find_data_file ("byline/model-text.txt");
  g_autoptr(GError) html_error = NULL;
  g_autoptr(GError) text_error = NULL;
  g_autoptr(WinnowDocument) doc = test_run_pipeline ("byline", "text/html", PAGE);
  g_autofree char *names = test_author_names (doc);

  g_assert_nonnull (html);
  g_assert_nonnull (text);
  html_error = prepare_error ("html-model", html);
  text_error = prepare_error ("text-model", text);
  g_assert_no_error (html_error);
  g_assert_no_error (text_error);
  g_assert_cmpstr (names, ==, "Jane Smith");
}

/* The model decides: one that believes nobody reports nobody, one that
 * believes what the vote chose reports the byline's author. */
static void
test_model_decides (void)
{
  g_autofree char *nobody = html_model_with (0.5, -20.0, "vote-chosen", 0.0);
  g_autofree char *vote = html_model_with (0.5, -5.0, "vote-chosen", 10.0);
  g_autofree char *nobody_path = write_temp (nobody);
  g_autofree char *vote_path = write_temp (vote);
  g_autofree char *p1 = g_strdup_printf ("byline html-model='%s'", nobody_path);
  g_autofree char *p2 = g_strdup_printf ("byline html-model='%s'", vote_path);
  g_autoptr(WinnowDocument) none = test_run_pipeline (p1, "text/html", PAGE);
  g_autoptr(WinnowDocument) one = test_run_pipeline (p2, "text/html", PAGE);
  g_autofree char *none_names = test_author_names (none);
  g_autofree char *one_names = test_author_names (one);

  g_assert_cmpstr (none_names, ==, "");
  g_assert_cmpstr (one_names, ==, "Jane Smith");
  g_unlink (nobody_path);
  g_unlink (vote_path);
}

/* min-confidence overrides the model's threshold. With the weight 1 on
 * the vote's choice, a standardized and clipped feature, no candidate
 * reaches 0.99 (sigmoid (4) < 0.982): the model's own threshold of 0.99
 * reports nobody, and so does min-confidence=0.99; 0.01 reports the
 * likeliest, the vote's choice. */
static void
test_min_confidence (void)
{
  g_autofree char *model = html_model_with (0.99, 0.0, "vote-chosen", 1.0);
  g_autofree char *path = write_temp (model);
  g_autofree char *p_default = g_strdup_printf ("byline html-model='%s'", path);
  g_autofree char *p_low = g_strdup_printf ("byline html-model='%s' min-confidence=0.01", path);
  g_autofree char *p_high = g_strdup_printf ("byline html-model='%s' min-confidence=0.99", path);
  g_autoptr(WinnowDocument) by_default = test_run_pipeline (p_default, "text/html", PAGE);
  g_autoptr(WinnowDocument) low = test_run_pipeline (p_low, "text/html", PAGE);
  g_autoptr(WinnowDocument) high = test_run_pipeline (p_high, "text/html", PAGE);
  g_autofree char *default_names = test_author_names (by_default);
  g_autofree char *low_names = test_author_names (low);
  g_autofree char *high_names = test_author_names (high);
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowPipeline) bad = winnow_pipeline_new_from_string ("byline min-confidence=1.5", &error);

  g_assert_cmpstr (default_names, ==, "");
  g_assert_cmpstr (low_names, ==, "Jane Smith");
  g_assert_cmpstr (high_names, ==, "");
  g_assert_null (bad);
  g_assert_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_BAD_VALUE);
  g_unlink (path);
}

static void
test_missing_model (void)
{
  g_autoptr(GError) error = prepare_error ("html-model", "/nonexistent/byline-model.txt");

  g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE);
  g_assert_nonnull (strstr (error->message, "/nonexistent/byline-model.txt"));
}

/* Broken files are refused with the reason, never half read. */
static void
test_bad_models (void)
{
  g_autofree char *shipped = read_model ("byline/model-html.txt");
  g_autofree char *text_model = read_model ("byline/model-text.txt");
  g_autofree char *renamed = NULL;
  g_autofree char *truncated = NULL;
  const char *at;
  struct {
    const char *contents;
    const char *property;
    const char *says;
  } cases[] = {
    { "not a model at all\n", "html-model", "not a byline author model" },
    { text_model, "html-model", "wanted html" },
    { shipped, "text-model", "wanted text" },
    { "winnow-byline-model 1 html\nfeatures 3\n", "html-model", "features, the code computes" },
    { NULL, "html-model", "the code computes vote-chosen" },
    { NULL, "html-model", "incomplete" },
    { "winnow-byline-model 1 html\nthreshold high\n", "html-model", "bad threshold" },
  };

  /* a feature the code does not compute */
  at = strstr (shipped, "f vote-chosen ");
  g_assert_nonnull (at);
  renamed = g_strdup (shipped);
  memcpy (renamed + (at - shipped), "f vote-chosex ", strlen ("f vote-chosex "));
  cases[4].contents = renamed;
  /* no output line */
  truncated = g_strndup (shipped, strstr (shipped, "\no ") - shipped + 1);
  cases[5].contents = truncated;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_temp (cases[i].contents);
      g_autoptr(GError) error = prepare_error (cases[i].property, path);

      g_test_message ("case %u: %s", i, error != NULL ? error->message : "(no error)");
      g_assert_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE);
      g_assert_nonnull (strstr (error->message, cases[i].says));
      g_unlink (path);
    }
}

/* WINNOW_BYLINE_FEATURES: a JSON line per document, with every
 * candidate's name, groups and features. */
static void
test_feature_dump (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_temp ("");
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *row;
  JsonArray *candidates, *features;
  gboolean found = FALSE;

  g_setenv ("WINNOW_BYLINE_FEATURES", path, TRUE);
  {
    g_autoptr(WinnowDocument) doc = test_run_pipeline ("byline", "text/html", PAGE);
  }
  g_unsetenv ("WINNOW_BYLINE_FEATURES");

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strchr (contents, '\n'));
  g_assert_true (json_parser_load_from_data (parser, contents, -1, &error));
  g_assert_no_error (error);
  row = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_get_boolean_member (row, "html"));
  features = json_object_get_array_member (row, "features");
  candidates = json_object_get_array_member (row, "candidates");
  g_assert_cmpstr (json_array_get_string_element (features, 0), ==, "vote-chosen");
  for (guint i = 0; i < json_array_get_length (candidates); i++)
    {
      JsonObject *c = json_array_get_object_element (candidates, i);
      JsonArray *x = json_object_get_array_member (c, "x");
      g_assert_cmpuint (json_array_get_length (x), ==, json_array_get_length (features));
      if (g_strcmp0 (json_object_get_string_member (c, "name"), "Jane Smith") == 0)
        {
          found = TRUE;
          g_assert_cmpfloat (json_array_get_double_element (x, 0), ==, 1.0);
          /* reported by the shipped model (test_shipped_models_load) */
          g_assert_cmpfloat (json_object_get_double_member (c, "p"), >, 0.0);
          g_assert_cmpfloat (json_object_get_double_member (c, "p"), <=, 1.0);
        }
    }
  g_assert_true (found);
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/byline/model/shipped", test_shipped_models_load);
  g_test_add_func ("/byline/model/decides", test_model_decides);
  g_test_add_func ("/byline/model/min-confidence", test_min_confidence);
  g_test_add_func ("/byline/model/missing", test_missing_model);
  g_test_add_func ("/byline/model/bad", test_bad_models);
  g_test_add_func ("/byline/model/feature-dump", test_feature_dump);
  return g_test_run ();
}
