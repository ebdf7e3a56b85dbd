/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The features of a block's template (template_context() of
 * bp-features.c), computed on a hand-made page with a hand-made lexicon:
 * a story's paragraphs, one template, and the comments under it,
 * another. The test is compiled with the plugin's sources, as
 * bench/boilerplate/bp-bench is, to read the feature rows the models
 * learn from. */

#include <winnow/winnow.h>

#include "bp-private.h"
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

static const char page_html[] =
  "<html><head><title>The river town</title></head><body>"
  "<div class=\"story\"><div class=\"body\">"
  "<p>The river town rebuilt its bridge after the flood, and the story of the bridge "
  "is the story of the town that kept it standing, with no comment from the council.</p>"
  "<p>Engineers came from the capital, and the town paid for the stone with its own "
  "harvest money, which the story tells in the words of the mayor.</p>"
  "<p>Today the story is told to children on the bridge itself.</p>"
  "</div></div>"
  "<div class=\"discussion\"><h2>Comments</h2>"
  "<div class=\"comment\"><p>Great comment thread, reply below please.</p></div>"
  "<div class=\"comment\"><p>Reply: I loved this, comment again soon.</p></div>"
  "<div class=\"comment\"><p>Another reply to the comment above.</p></div>"
  "</div></body></html>";

/* "story" says content, "comment" and "reply" the contrary */
static const char lexicon_text[] =
  "winnow-boilerplate-lexicon 1\n"
  "w story 2\n"
  "w comment -3\n"
  "w reply -2\n";

static guint
column (const char *name)
{
  for (guint f = 0; f < bp_features_count (TRUE); f++)
    if (strcmp (bp_feature_name (TRUE, f), name) == 0)
      return f;
  g_error ("no feature %s", name);
}

static double
feature (const BpPage *page,
         guint         block,
         const char   *name)
{
  return page->features[(gsize) block * page->n_features + column (name)];
}

static BpPage *
analyze_page (WinnowDocument **doc_out)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (page_html, sizeof page_html - 1);
  g_autofree char *sw_path = winnow_find_data_file ("boilerplate/stopwords.txt");
  g_autofree char *lex_path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BpStopwords) stopwords = NULL;
  g_autoptr(BpLexicon) lexicon = NULL;
  int fd;

  g_assert_nonnull (sw_path);
  stopwords = bp_stopwords_load (sw_path, &error);
  g_assert_no_error (error);
  fd = g_file_open_tmp ("bp-lexicon-XXXXXX", &lex_path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (lex_path, lexicon_text, -1, &error);
  g_assert_no_error (error);
  lexicon = bp_lexicon_load (lex_path, &error);
  g_assert_no_error (error);
  g_unlink (lex_path);

  winnow_reader_set_content_type (reader, "text/html");
  *doc_out = winnow_reader_read_bytes (reader, bytes, "test.html", NULL, &error);
  g_assert_no_error (error);
  return bp_page_analyze (*doc_out, stopwords, lexicon);
}

static guint
find_block (WinnowDocument *doc,
            const char     *needle)
{
  for (guint i = 0; i < winnow_document_get_n_blocks (doc); i++)
    {
      g_autofree char *text = winnow_document_get_block_text (doc, winnow_document_get_block (doc, i));

      if (strstr (text, needle) != NULL)
        return i;
    }
  g_error ("no block with '%s'", needle);
}

/* The blocks of one template share its word-weighted means, and each
 * knows its distance from them and where the template lies. */
static void
test_template_means (void)
{
  g_autoptr(WinnowDocument) doc = NULL;
  g_autoptr(BpPage) page = analyze_page (&doc);
  const char *story[] = { "rebuilt its bridge", "Engineers came", "Today the story" };
  const char *comments[] = { "Great comment thread", "I loved this", "Another reply" };
  const char **templates[] = { story, comments };
  double means[2];

  for (guint t = 0; t < 2; t++)
    {
      guint b[3];
      double wsum = 0, lsum = 0, ssum = 0;

      for (guint i = 0; i < 3; i++)
        {
          b[i] = find_block (doc, templates[t][i]);
          g_assert_cmpuint (page->info[b[i]].template, ==, page->info[b[0]].template);
          wsum += page->info[b[i]].text.words + 1.0;
          lsum += (page->info[b[i]].text.words + 1.0) * feature (page, b[i], "lex-word-mean");
          ssum += (page->info[b[i]].text.words + 1.0) * feature (page, b[i], "stop-density");
        }
      means[t] = lsum / wsum;
      for (guint i = 0; i < 3; i++)
        {
          g_assert_cmpfloat_with_epsilon (feature (page, b[i], "tpl-mean-lex-word-mean"), means[t], 1e-5);
          g_assert_cmpfloat_with_epsilon (feature (page, b[i], "tpl-mean-stop-density"), ssum / wsum, 1e-5);
          g_assert_cmpfloat_with_epsilon (feature (page, b[i], "tpl-dev-lex-word-mean"),
                                          feature (page, b[i], "lex-word-mean") - means[t], 1e-5);
          g_assert_cmpfloat_with_epsilon (feature (page, b[i], "tpl-first-position"),
                                          (double) b[0] / page->n_blocks, 1e-6);
          g_assert_cmpfloat_with_epsilon (feature (page, b[i], "tpl-last-position"),
                                          (double) b[2] / page->n_blocks, 1e-6);
        }
      g_assert_cmpfloat_with_epsilon (feature (page, b[0], "tpl-relative-position"), 0.0, 1e-6);
      g_assert_cmpfloat_with_epsilon (feature (page, b[2], "tpl-relative-position"), 1.0, 1e-6);
      /* the comments stand under a "Comments" heading, the story does not */
      g_assert_cmpfloat (feature (page, b[1], "tpl-mean-end-section"), ==, t == 1 ? 1.0 : 0.0);
    }
  /* the lexicon tells the story's template from the comments' */
  g_assert_cmpfloat (means[0], >, 0.5);
  g_assert_cmpfloat (means[1], <, -1.0);
  /* the first paragraph says "comment" once: below its template's mean,
   * the last one above */
  g_assert_cmpfloat (feature (page, find_block (doc, "rebuilt its bridge"), "tpl-dev-lex-word-mean"), <, 0);
  g_assert_cmpfloat (feature (page, find_block (doc, "Today the story"), "tpl-dev-lex-word-mean"), >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/boilerplate/features/template-means", test_template_means);
  return g_test_run ();
}
