/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* How the byline filter chooses among the dates a page gives: the same
 * instant in two time zones, dates that are not the article's (a member's
 * join date, a copyright line, comments), thread pages, and the forms
 * dates are written in. */

#include <winnow/winnow.h>

#include <string.h>

#include "test-util.h"

static WinnowDocument *
run_on (const char *content_type,
        const char *data)
{
  return test_run_pipeline ("byline", content_type, data);
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

/* The page shows its time of day without a zone; the JSON-LD gives the
 * same minute with one. The zone is known, so the date carries it; a
 * witness of another minute does not lend its zone. */
static void
test_zone_from_same_minute (void)
{
  static const struct {
    const char *shown;
    const char *expected;
  } cases[] = {
    { "January 24, 2025 12:30", "2025-01-24T12:30:00+09:00" },
    { "January 24, 2025 14:05", "2025-01-24T14:05:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page =
        g_strdup_printf ("<html><head><title>Bank raises rates</title>"
                         "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                         "\"headline\":\"Bank raises rates\","
                         "\"datePublished\":\"2025-01-24T12:30:00+09:00\"}</script>"
                         "</head><body><h1>Bank raises rates</h1>"
                         "<p class=\"byline\">By Taro Yamada</p><p>%s</p>"
                         "<p>The central bank raised its policy rate on Friday, citing "
                         "inflation that has stayed above its target for three years.</p>"
                         "</body></html>", cases[i].shown);
      g_autoptr(WinnowDocument) doc = run_on ("text/html", page);

      g_assert_cmpstr (winnow_document_get_metadata_string (doc, WINNOW_META_DATE), ==,
                       cases[i].expected);
    }
}

/* A thread: the first post's date, not the day most replies fell on, and
 * never the member's join date printed beside it. */
static void
test_thread_first_post (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/plain",
            "Best server hosts?\n"
            "Forums > Hosting advice\n"
            "pelex\n"
            "Joined: Mon Jul 24, 2017 9:28 am\n"
            "May 26, 2025 10:14 am\n"
            "Which host do you use for a small game server, and why did you choose it?\n"
            "kenji\n"
            "May 27, 2025 8:00 am\n"
            "I use a cheap virtual server and it has worked fine for two years.\n"
            "marta\n"
            "May 27, 2025 9:30 am\n"
            "Same here, the support answered within the hour every time.\n"
            "ola\n"
            "May 27, 2025 11:45 am\n"
            "Mine runs at home on an old laptop, which costs nothing but power.\n"
            "The forum rules ask members to stay on topic and to be kind to each other.\n");
  g_autofree char *day = date_day (doc);

  g_assert_cmpstr (day, ==, "2025-05-26");
}

/* Dates of other things than the page: never its date. */
static void
test_foreign_labels (void)
{
  static const char *lines[] = {
    "Joined: Mon Jul 24, 2017 9:28 am",
    "Member since March 3, 2015",
    "Founded: May 15, 2019",
    "Release date: June 5, 2023",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = g_strdup_printf ("A headline of the day\n%s\n"
                                               "The first paragraph of the article tells what happened and where.\n",
                                               lines[i]);
      g_autoptr(WinnowDocument) doc = run_on ("text/plain", text);

      g_test_message ("%s", lines[i]);
      g_assert_null (winnow_document_get_metadata_string (doc, WINNOW_META_DATE));
    }
}

/* A time zone after the date is not a label ("EST" is not "Est. 1990"). */
static void
test_zone_not_label (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/plain",
            "Enterprise AI turns a corner\n"
            "UPDATED 16:47 EST / DECEMBER 19 2025\n"
            "The shift matters because inference behaves nothing like training.\n");
  g_autofree char *day = date_day (doc);

  g_assert_cmpstr (day, ==, "2025-12-19");
}

#define SHOWN_UPDATE_PAGE(HEAD) \
  "<html><head><title>Best dishwashers</title>" HEAD \
  "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Best dishwashers\"," \
  "\"datePublished\":\"2020-03-11T14:49:33\",\"dateModified\":\"2021-07-22T08:04:29\"}</script>" \
  "</head><body><h1>Best dishwashers</h1><p>Last updated: Jul 22, 2021</p>" \
  "<p>We tested twenty machines in a real kitchen over six months.</p></body></html>"

/* The page shows only its update, and only JSON-LD knows the publication:
 * the update is what readers call its date. A head meta tag that says
 * when it was published keeps the publication. */
static void
test_shown_update_over_weak_publication (void)
{
  g_autoptr(WinnowDocument) doc = run_on ("text/html", SHOWN_UPDATE_PAGE (""));
  g_autoptr(WinnowDocument) with_meta =
    run_on ("text/html",
            SHOWN_UPDATE_PAGE ("<meta property=\"article:published_time\" content=\"2020-03-11T14:49:33+00:00\">"));
  g_autofree char *day = date_day (doc);
  g_autofree char *meta_day = date_day (with_meta);
  const char *updated = winnow_document_get_metadata_string (doc, WINNOW_META_UPDATED);

  g_assert_cmpstr (day, ==, "2021-07-22");
  g_assert_nonnull (updated);
  g_assert_true (g_str_has_prefix (updated, "2021-07-22"));
  g_assert_cmpstr (meta_day, ==, "2020-03-11");
}

/* The update by the headline outweighs a date far down the page, a
 * related post's, that no label calls a publication. */
static void
test_shown_update_over_far_date (void)
{
  g_autoptr(GString) page = g_string_new ("Plant-based eating: tips and tricks\n"
                                          "Last Modified: August 08, 2023\n");
  g_autoptr(WinnowDocument) doc = NULL;
  g_autofree char *day = NULL;

  for (guint i = 0; i < 22; i++)
    g_string_append (page, "Start with one meal a week and build from there, choosing dishes "
                           "you already like and swapping the meat for beans or lentils.\n");
  g_string_append (page, "Related Blog Posts\nMarch 05, 2026\nWhich supplements support muscle growth\n"
                         "Sports & Exercise\n");
  for (guint i = 0; i < 15; i++)
    g_string_append (page, "Footer\n");
  doc = run_on ("text/plain", page->str);
  day = date_day (doc);
  g_assert_cmpstr (day, ==, "2023-08-08");
}

/* A theme's post meta glued under the post, then its neighbours' under
 * their links: the first is the post's date, however many dates the
 * sidebar above shows. */
static void
test_glued_post_meta (void)
{
  g_autoptr(GString) page = g_string_new ("Five tips for landscape composition\n");
  g_autoptr(WinnowDocument) doc = NULL;
  g_autofree char *day = NULL;

  for (guint i = 0; i < 20; i++)
    g_string_append (page, "A recurring theme in my workshops is the question of composition, and "
                           "what could make a photograph stronger than it is.\n");
  g_string_append (page, "Recent posts\nNov 21, 2019\n5 Tips From The Oregon Workshop\n"
                         "Nov 21, 2019\nNov 21, 2019\n"
                         "Photo Log, Tips & TricksScott DavenportApril 10, 20175 Tips, Composition4 Comments\n"
                         "Previous\nIn The Field: Timing Matters\n"
                         "In The FieldScott DavenportApril 11, 2017La Jolla, Seascape\n"
                         "Next\nIn Post: The Sunshine Look\nIn PostScott DavenportApril 6, 2017\n");
  doc = run_on ("text/plain", page->str);
  day = date_day (doc);
  g_assert_cmpstr (day, ==, "2017-04-10");
}

/* Forms the parser reads, on a line of their own under a headline. */
static void
test_forms (void)
{
  static const struct { const char *line; const char *day; } cases[] = {
    { "October 17, 20236:01 PM ET", "2023-10-17" },   /* a time glued to the year */
    { "May 2nd 202511 mins", "2025-05-02" },          /* a reading time glued to it */
    { "April 2, 20241 yr in Desktop Questions", "2024-04-02" },
    { "7 min readDec 30, 2013", "2013-12-30" },       /* a month glued to a word */
    { "Omar 5, 2020 and more", NULL },                 /* "mar" inside a name */
    { "Accepted 2023 Jan 7", "2023-01-07" },
    { "14.11.24", "2024-11-14" },
    { "Published: 07.07.2017", "2017-07-07" },
    { "Updated 3:41 PM EDT, Mon June 5, 2023", "2023-06-05" },
    { "2017년 7월 7일", "2017-07-07" },
    { "12/16/25", NULL },                             /* too often not a date */
    { "07/03/24 02:57 PM", "2024-07-03" },            /* ... but a post's, with its time */
    { "10-11-25, 9:05 AM", "2025-10-11" },
    { "Rated 4/5/24 stars", NULL },
    { "Order 20231234 shipped", NULL },
    { "Version 1.12.24", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("A headline of the day\n%s\n"
                                               "The first paragraph of the article tells what happened and where.\n",
                                               cases[i].line);
      g_autoptr(WinnowDocument) doc = run_on ("text/plain", text);
      g_autofree char *day = date_day (doc);

      g_test_message ("%s", cases[i].line);
      g_assert_cmpstr (day, ==, cases[i].day);
    }
}

/* A head tag no table knows, named for what it holds. */
static void
test_other_date_tags (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/html",
            "<html><head><title>Cost benefit analysis</title>"
            "<meta name=\"w-published-date\" content=\"2025-05-27T06:03:43.274Z\">"
            "<meta name=\"w-modified-date\" content=\"2025-06-02T10:00:00Z\">"
            "</head><body><h1>Cost benefit analysis</h1>"
            "<p>A firm weighs what a new tool costs against what it saves.</p></body></html>");
  g_autofree char *day = date_day (doc);
  const char *updated = winnow_document_get_metadata_string (doc, WINNOW_META_UPDATED);

  g_assert_cmpstr (day, ==, "2025-05-27");
  g_assert_nonnull (updated);
  g_assert_true (g_str_has_prefix (updated, "2025-06-02"));
}

/* A tag whose name is only "published" or "updated_at" says what it
 * holds too (and a time alone is no date). */
static void
test_date_tags_named_by_last_part (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/html",
            "<html><head><title>Cost benefit analysis</title>"
            "<meta name=\"published\" content=\"July 17, 2025\">"
            "<meta name=\"publish_time\" content=\"17:00\">"
            "<meta name=\"updated_at\" content=\"2025-10-23T11:11:00Z\">"
            "</head><body><h1>Cost benefit analysis</h1>"
            "<p>A firm weighs what a new tool costs against what it saves.</p></body></html>");
  g_autofree char *day = date_day (doc);
  const char *updated = winnow_document_get_metadata_string (doc, WINNOW_META_UPDATED);

  g_assert_cmpstr (day, ==, "2025-07-17");
  g_assert_nonnull (updated);
  g_assert_true (g_str_has_prefix (updated, "2025-10-23"));
}

/* No stage found a date: a labelled one anywhere on the page, even under
 * a long article, where templates put "Posted on"; never a member's. */
static void
test_last_resort (void)
{
  g_autoptr(GString) page = g_string_new ("Our trip to the coast\n");
  g_autoptr(GString) joined = NULL;
  g_autoptr(WinnowDocument) doc = NULL;
  g_autoptr(WinnowDocument) no_date = NULL;
  g_autofree char *day = NULL;

  for (guint i = 0; i < 30; i++)
    g_string_append_printf (page, "Day %u of the trip took us further along the coast road, "
                            "past small harbours and long empty beaches.\n", i + 1);
  joined = g_string_new (page->str);
  g_string_append (page, "Posted on April 13, 2023\nShare this post\n");
  g_string_append (joined, "Joined on April 13, 2023\nShare this post\n");
  doc = run_on ("text/plain", page->str);
  no_date = run_on ("text/plain", joined->str);
  day = date_day (doc);

  g_assert_cmpstr (day, ==, "2023-04-13");
  g_assert_null (winnow_document_get_metadata_string (no_date, WINNOW_META_DATE));
}

/* Other footers that date a page: a weekday first, a long "Reviewed ...
 * on" line, "Post time:". */
static void
test_last_resort_footers (void)
{
  static const struct { const char *line; const char *day; } cases[] = {
    { "Monday, August 11th, 2025 at 11:00 am | Categories: Thermostats, Heating |", "2025-08-11" },
    { "Reviewed by Justin Meserole, Trial Attorney at Morgan & Morgan, on December 9, 2024.",
      "2024-12-09" },
    { "Post time: 01-04-2024", "2024-01-04" },
    { "Our shop opened in March 2019 and ships every day.", NULL },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GString) page = g_string_new ("Keeping a house warm\n");
      g_autoptr(WinnowDocument) doc = NULL;
      g_autofree char *day = NULL;

      for (guint i = 0; i < 30; i++)
        g_string_append_printf (page, "Step %u: check the seals around the windows and doors "
                                "before the first cold night.\n", i + 1);
      g_string_append_printf (page, "%s\nShare this post\n", cases[k].line);
      doc = run_on ("text/plain", page->str);
      day = date_day (doc);
      g_test_message ("%s", cases[k].line);
      g_assert_cmpstr (day, ==, cases[k].day);
    }
}

/* Only an update is known from the head; a line at the foot starting with
 * the publication date gives it. */
static void
test_last_resort_publication (void)
{
  g_autoptr(GString) page =
    g_string_new ("<html><head><title>Winter roads</title>"
                  "<meta property=\"article:modified_time\" content=\"2025-12-07T13:33:15+00:00\">"
                  "</head><body><h1>Winter roads</h1>");
  g_autoptr(WinnowDocument) doc = NULL;
  g_autofree char *day = NULL;

  for (guint i = 0; i < 30; i++)
    g_string_append_printf (page, "<p>Part %u: the county salts the main roads first and the "
                            "side streets when the snow stops.</p>", i + 1);
  g_string_append (page, "<p>December 3, 2025. Updated: December 7, 2025</p></body></html>");
  doc = run_on ("text/html", page->str);
  day = date_day (doc);

  g_assert_cmpstr (day, ==, "2025-12-03");
}

/* The date alone on the line under the byline, even at the foot of a long
 * article. */
static void
test_byline_neighbour (void)
{
  g_autoptr(GString) page = g_string_new ("Low-code app development\n");
  g_autoptr(WinnowDocument) doc = NULL;
  g_autofree char *day = NULL;

  for (guint i = 0; i < 30; i++)
    g_string_append_printf (page, "Part %u explains how teams build their first apps with "
                            "visual tools and a little code.\n", i + 1);
  g_string_append (page, "Written by Moses Kim and Kate Shokurova\nApril 8, 2024\nShare\n");
  doc = run_on ("text/plain", page->str);
  day = date_day (doc);

  g_assert_cmpstr (day, ==, "2024-04-08");
}

/* A sentence that starts with a date is not the page's date line. */
static void
test_sentence_not_date_line (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/plain",
            "Open source edition ends\n"
            "On 2 Dec 2024, I received this message from the company's head of engineering:\n"
            "Posted March 1, 2025\n"
            "We will no longer maintain the open source version of the forum software.\n");
  g_autofree char *day = date_day (doc);

  g_assert_cmpstr (day, ==, "2025-03-01");
}

/* Microsoft's documentation dates its pages with ms.date. */
static void
test_ms_date (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/html",
            "<html><head><title>Functions overview</title>"
            "<meta name=\"ms.date\" content=\"2025-03-06T00:00:00Z\">"
            "<meta name=\"updated_at\" content=\"2025-10-23T11:11:00Z\">"
            "</head><body><h1>Functions overview</h1>"
            "<p>Functions run small pieces of code when events happen.</p></body></html>");
  g_autofree char *day = date_day (doc);

  g_assert_cmpstr (day, ==, "2025-03-06");
}

/* The date that goes on after the byline's names on its line. */
static void
test_byline_line_goes_on (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/plain",
            "Best Minecraft server hosts\n"
            "Discussion in 'Hosting Advice' started by pelex, May 26, 2025.\n"
            "Which host do you use for a small server, and why did you choose it?\n"
            "I have looked at a few, and the prices differ a lot for the same memory.\n");
  g_autofree char *day = date_day (doc);

  g_assert_cmpstr (day, ==, "2025-05-26");
}

/* A template printing the update and the publication side by side. */
static void
test_glued_pair (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("text/plain",
            "Morning rituals that last\n"
            "May 21, 2025April 24, 2025\n"
            "A slow morning starts the night before, with the phone in another room.\n");
  g_autofree char *day = date_day (doc);
  const char *updated = winnow_document_get_metadata_string (doc, WINNOW_META_UPDATED);

  g_assert_cmpstr (day, ==, "2025-04-24");
  g_assert_cmpstr (updated, ==, "2025-05-21");
}

/* Plain text: the date on the byline under the headline is the
 * article's, however many later stories the lists below it date. */
static void
test_chosen_byline_date (void)
{
  g_autoptr(GString) page = g_string_new ("Education Week\nWhy Has Tutoring Not Been More Effective?\n"
                                          "By Sarah Schwartz \xe2\x80\x94 November 18, 2025 6 min read\n");
  g_autoptr(WinnowDocument) doc = NULL;
  g_autofree char *day = NULL;

  g_string_append (page, "Schools were told to give struggling students intensive tutoring, several "
                   "times a week, in small groups, and districts spent billions on it.\n"
                   "Now several evaluations of those programs show smaller effects than the early "
                   "studies did, and researchers are trying to understand why.\n"
                   "Many students did not get as much tutoring as planned, because schedules kept "
                   "getting in the way, the researchers found when they looked closely.\n");
  for (guint i = 0; i < 2; i++)
    g_string_append (page, i == 0 ? "Most Popular Stories\n" : "Related\n");
  for (guint i = 0; i < 2; i++)
    g_string_append (page, "Oklahoma Must Rework Its Standards\nSarah Schwartz, December 17, 2025\n"
                     "4 min read\nAre Students Quiet Quitting?\nElizabeth Heubeck, December 17, 2025\n"
                     "4 min read\n");
  doc = run_on ("text/plain", page->str);
  day = date_day (doc);

  g_assert_cmpstr (day, ==, "2025-11-18");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/byline/dates/local-day/utc-rendering", test_local_day_over_utc_rendering);
  g_test_add_func ("/byline/dates/local-day/utc-metadata", test_local_day_over_utc_metadata);
  g_test_add_func ("/byline/dates/local-day/same-day", test_same_day_untouched);
  g_test_add_func ("/byline/dates/zone-from-same-minute", test_zone_from_same_minute);
  g_test_add_func ("/byline/dates/forms", test_forms);
  g_test_add_func ("/byline/dates/glued-post-meta", test_glued_post_meta);
  g_test_add_func ("/byline/dates/glued-pair", test_glued_pair);
  g_test_add_func ("/byline/dates/last-resort", test_last_resort);
  g_test_add_func ("/byline/dates/last-resort/publication", test_last_resort_publication);
  g_test_add_func ("/byline/dates/last-resort/footers", test_last_resort_footers);
  g_test_add_func ("/byline/dates/byline-neighbour", test_byline_neighbour);
  g_test_add_func ("/byline/dates/byline-line-goes-on", test_byline_line_goes_on);
  g_test_add_func ("/byline/dates/other-date-tags", test_other_date_tags);
  g_test_add_func ("/byline/dates/other-date-tags/last-part", test_date_tags_named_by_last_part);
  g_test_add_func ("/byline/dates/ms-date", test_ms_date);
  g_test_add_func ("/byline/dates/sentence-not-date-line", test_sentence_not_date_line);
  g_test_add_func ("/byline/dates/thread-first-post", test_thread_first_post);
  g_test_add_func ("/byline/dates/foreign-labels", test_foreign_labels);
  g_test_add_func ("/byline/dates/zone-not-label", test_zone_not_label);
  g_test_add_func ("/byline/dates/shown-update-over-weak-publication",
                   test_shown_update_over_weak_publication);
  g_test_add_func ("/byline/dates/chosen-byline-date", test_chosen_byline_date);
  g_test_add_func ("/byline/dates/shown-update-over-far-date", test_shown_update_over_far_date);

  return g_test_run ();
}
