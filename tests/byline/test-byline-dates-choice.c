/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* How the byline filter chooses among the dates a page gives: the same
 * instant in two time zones, dates that are not the article's (a member's
 * join date, a copyright line, comments), thread pages, and the forms
 * dates are written in. */

#include <winnow/winnow.h>

#include <string.h>

static WinnowDocument *
run_on (const char *content_type,
        const char *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowPipeline) pipeline = winnow_pipeline_new_from_string ("byline", &error);
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

/* The day of the publication date the filter reports, or NULL. */
static char *
date_day (WinnowDocument *doc)
{
  const char *date = winnow_document_get_metadata_string (doc, WINNOW_META_DATE);

  return date != NULL ? g_strndup (date, 10) : NULL;
}

/* A forum printed the day of the first post in UTC ("Jan 15, 2024"), its
 * head gives the instant in the site's zone: the local day is the date. */
static void
test_local_day_over_utc_rendering (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/html",
            "<html><head><title>What will the trend be?</title>"
            "<meta itemprop=\"datePublished\" content=\"2024-01-14T21:50:50-05:00\">"
            "</head><body><h1>What will the trend be?</h1>"
            "<div class=\"post\"><p>#1 · Jan 15, 2024</p>"
            "<p>I wonder which watches people will buy this year, and why.</p></div>"
            "<div class=\"post\"><p>#2 · Jan 15, 2024</p>"
            "<p>Smaller cases, I think, and more colour on the dials.</p></div>"
            "</body></html>");
  g_autofree char *day = date_day (doc);

  g_assert_cmpstr (day, ==, "2024-01-14");
}

/* JSON-LD gives the instant in UTC, the page's <time> in its own zone. */
static void
test_local_day_over_utc_metadata (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/html",
            "<html><head><title>Chip news</title>"
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            "\"headline\":\"Chip news\",\"datePublished\":\"2025-12-18T23:25:38+00:00\"}</script>"
            "</head><body><h1>Chip news</h1>"
            "<p><time datetime=\"2025-12-19T04:25:38+0500\">Dec 19, 2025</time></p>"
            "<p>The new machines will be ready next year, the company said.</p>"
            "</body></html>");
  const char *date = winnow_document_get_metadata_string (doc, WINNOW_META_DATE);

  g_assert_nonnull (date);
  g_assert_true (g_str_has_prefix (date, "2025-12-19"));
}

/* A date alone that is not the UTC day of a zoned instant (here March 11)
 * is another day, and stays one. */
static void
test_same_day_untouched (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/html",
            "<html><head><title>Bridge news</title>"
            "<meta property=\"article:published_time\" content=\"2024-03-10T22:00:00-04:00\">"
            "</head><body><h1>Bridge news</h1>"
            "<p>March 12, 2024</p>"
            "<p>The bridge reopened on Wednesday after two years of repairs.</p>"
            "</body></html>");
  g_autofree char *day = date_day (doc);

  g_assert_cmpstr (day, ==, "2024-03-12");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/byline/dates/local-day/utc-rendering", test_local_day_over_utc_rendering);
  g_test_add_func ("/byline/dates/local-day/utc-metadata", test_local_day_over_utc_metadata);
  g_test_add_func ("/byline/dates/local-day/same-day", test_same_day_untouched);

  return g_test_run ();
}
