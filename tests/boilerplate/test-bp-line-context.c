/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The context of a line of flattened text (bp-line-context.c) and the
 * headline features read from it (bp-title.c): whether the line's words
 * come back in the text below, how often the line is printed, and whether
 * a byline and a date stand under it. Compiled with the plugin's sources,
 * as bench/boilerplate/bp-bench is, to read the rows the line scorer
 * learns from. */

#include <winnow/winnow.h>

#include "bp-title-private.h"
#include <math.h>
#include <string.h>

static const char page_text[] =
  "Home\n"
  "Rivers\n"
  "Glaciers melt in northern valleys, surveyors fear\n"
  "By Dana Ortiz\n"
  "March 12, 2025\n"
  "Oops! Something went wrong while submitting the form.\n"
  "The glaciers of the northern valleys are melting weeks earlier than they did a decade ago, "
  "and the rivers fed by them now rise in March instead of May, say the hydrologists who measure them.\n"
  "In the valleys, farmers who plan their planting by the melt have had to change their calendars, "
  "and the towns downstream have raised their river walls twice since the last survey.\n"
  "Rivers\n";

typedef struct {
  WinnowDocument *doc;
  BpStopwords    *stopwords;
  BpPage         *page;
  BpLineContext  *lines;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (page_text, sizeof page_text - 1);
  g_autofree char *sw_path = winnow_find_data_file ("boilerplate/stopwords.txt");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (sw_path);
  f->stopwords = bp_stopwords_load (sw_path, &error);
  g_assert_no_error (error);
  winnow_reader_set_content_type (reader, "text/plain");
  f->doc = winnow_reader_read_bytes (reader, bytes, "test.txt", NULL, &error);
  g_assert_no_error (error);
  f->page = bp_page_analyze (f->doc, f->stopwords, NULL);
  f->lines = bp_line_context_new (f->doc, f->page, f->stopwords);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  bp_line_context_free (f->lines);
  bp_page_free (f->page);
  bp_stopwords_free (f->stopwords);
  g_object_unref (f->doc);
}

static guint
find_block (WinnowDocument *doc,
            const char     *needle)
{
  for (guint i = 0; i < winnow_document_get_n_blocks (doc); i++)
    {
      g_autofree char *text = winnow_document_get_block_text (doc, winnow_document_get_block (doc, i));

      if (g_str_has_prefix (text, needle))
        return i;
    }
  g_error ("no block starting with '%s'", needle);
}

/* Of the headline's content words ("glaciers", "melt", "northern",
 * "valleys", "surveyors", "fear"; "in" is too short) the first four come
 * back below; the form's message shares none of its words with the
 * article. */
static void
test_overlap (Fixture       *f,
              gconstpointer  data)
{
  guint headline = find_block (f->doc, "Glaciers melt");
  guint oops = find_block (f->doc, "Oops!");
  guint n = winnow_document_get_n_blocks (f->doc);

  g_assert_cmpfloat_with_epsilon (bp_line_context_overlap (f->lines, headline, headline + 1, n - 1, 0),
                                  4.0 / 6.0, 1e-9);
  g_assert_cmpfloat (bp_line_context_overlap (f->lines, oops, oops + 1, n - 1, 0), ==, 0.0);
  /* only lines of at least 15 words count: the paragraphs do */
  g_assert_cmpfloat_with_epsilon (bp_line_context_overlap (f->lines, headline, headline + 1, n - 1, 15),
                                  4.0 / 6.0, 1e-9);
  /* nothing above the headline speaks of glaciers */
  g_assert_cmpfloat (bp_line_context_overlap (f->lines, headline, 0, headline - 1, 0), ==, 0.0);
  /* a range past the page's ends is clipped, an empty one gives 0 */
  g_assert_cmpfloat (bp_line_context_overlap (f->lines, headline, headline + 1, headline, 0), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (bp_line_context_overlap (f->lines, headline, headline + 1, 1000, 0),
                                  4.0 / 6.0, 1e-9);
  g_assert_cmpfloat (bp_line_context_overlap (f->lines, headline, -10, headline - 1, 0), ==, 0.0);
  /* a range holding the line itself finds all its words */
  g_assert_cmpfloat (bp_line_context_overlap (f->lines, headline, -10, 1000, 0), ==, 1.0);
  /* "Home" has no content word ("home" is an English stop word) */
  g_assert_cmpfloat (bp_line_context_overlap (f->lines, 0, 1, n - 1, 0), ==, 0.0);
}

static void
test_copies (Fixture       *f,
             gconstpointer  data)
{
  guint first = find_block (f->doc, "Rivers");
  guint last = winnow_document_get_n_blocks (f->doc) - 1;
  guint headline = find_block (f->doc, "Glaciers melt");
  guint before, after;

  bp_line_context_copies (f->lines, first, &before, &after);
  g_assert_cmpuint (before, ==, 0);
  g_assert_cmpuint (after, ==, 1);
  bp_line_context_copies (f->lines, last, &before, &after);
  g_assert_cmpuint (before, ==, 1);
  g_assert_cmpuint (after, ==, 0);
  bp_line_context_copies (f->lines, headline, &before, &after);
  g_assert_cmpuint (before + after, ==, 0);
}

/* The headline features of one candidate line, by name. */
static double
title_feature (Fixture    *f,
               const char *line,
               const char *name)
{
  guint n = f->page->n_blocks, nf = bp_title_feature_count ();
  g_autofree guint *index = g_new (guint, n);
  g_autofree float *rows = g_new (float, (gsize) n * nf);
  g_autofree double *p = g_new0 (double, n);
  guint block = find_block (f->doc, line);
  guint n_rows = bp_title_rows (f->doc, f->page, f->stopwords, p, index, rows);

  for (guint r = 0; r < n_rows; r++)
    if (index[r] == block)
      for (guint k = 0; k < nf; k++)
        if (strcmp (bp_title_feature_name (k), name) == 0)
          return rows[(gsize) r * nf + k];
  g_error ("no row for '%s' or no feature %s", line, name);
}

static void
test_title_features (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_cmpfloat (title_feature (f, "Glaciers melt", "byline-below"), ==, 1.0);
  g_assert_cmpfloat (title_feature (f, "Glaciers melt", "date-below"), ==, 1.0);
  g_assert_cmpfloat (title_feature (f, "Glaciers melt", "date-above"), ==, 0.0);
  g_assert_cmpfloat (title_feature (f, "Glaciers melt", "ends-period"), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (title_feature (f, "Glaciers melt", "body-overlap"), 4.0 / 6.0, 1e-6);
  /* the first paragraph is three lines down */
  g_assert_cmpfloat_with_epsilon (title_feature (f, "Glaciers melt", "next-long"), exp (-3 / 4.0), 1e-6);

  g_assert_cmpfloat (title_feature (f, "Oops!", "byline-below"), ==, 0.0);
  g_assert_cmpfloat (title_feature (f, "Oops!", "date-above"), ==, 1.0);
  g_assert_cmpfloat (title_feature (f, "Oops!", "ends-period"), ==, 1.0);
  g_assert_cmpfloat (title_feature (f, "Oops!", "body-overlap"), ==, 0.0);
  g_assert_cmpfloat (title_feature (f, "Oops!", "next-long"), ==, 1.0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/boilerplate/line-context/overlap", Fixture, NULL,
              fixture_set_up, test_overlap, fixture_tear_down);
  g_test_add ("/boilerplate/line-context/copies", Fixture, NULL,
              fixture_set_up, test_copies, fixture_tear_down);
  g_test_add ("/boilerplate/line-context/title-features", Fixture, NULL,
              fixture_set_up, test_title_features, fixture_tear_down);
  return g_test_run ();
}
