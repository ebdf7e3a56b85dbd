/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The weak candidates read from the shape of a line (teams, the name
 * leading a line, forum posters): each offers its name to the scorer with
 * its own feature, and lines of other shapes offer nothing. Read from the
 * feature dump (WINNOW_BYLINE_FEATURES), so whatever the shipped model
 * decides. */

#include <winnow/winnow.h>

#include "byline-test-features.h"
#include "test-util.h"

/* The plain text a case is embedded in: a headline and prose, so the
 * lines under test are neither. */
#define HEAD "How we repaired the old mill\n"
#define PROSE "\nThe mill on the river had stood idle for thirty years before a group of " \
              "neighbours decided to repair its wheel, its roof and its old stones.\n"

static double
candidate_feature (const char *text,
                   const char *name,
                   const char *feature)
{
  return byline_test_feature ("text/plain", text, name, feature);
}

typedef struct {
  const char *lines;   /* between the headline and the prose */
  const char *name;
  double      value;   /* of the feature: 1 offered by the generator, 0 by
                        * another, -1 no candidate */
} Case;

static void
check_cases (const char *feature,
             const Case *cases,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strconcat (HEAD, cases[i].lines, PROSE, NULL);

      g_test_message ("%s: %s", feature, cases[i].lines);
      g_assert_cmpfloat (candidate_feature (text, cases[i].name, feature), ==, cases[i].value);
    }
}

/* Teams and desks, which the truth of many pages calls the author; an
 * organisation to the scorer. */
static void
test_team (void)
{
  static const Case cases[] = {
    { "Podium Staff\n", "Podium Staff", 1.0 },
    { "by News Desk\n", "News Desk", 1.0 },
    /* the By-style candidate names it too, "the" and all, before a
     * reading time */
    { "By the Lavazza Team 2–3 minutes\n", "the Lavazza Team", 1.0 },
    { "written by Our Editors\n", "Our Editors", 1.0 },
    /* the first part of a dated line of parts */
    { "TOI Lifestyle Desk / etimes.in / Updated: Dec 17, 2025, 21:47 IST\n", "TOI Lifestyle Desk", 1.0 },
    { "TOI Lifestyle Desk / etimes.in / Health\n", "TOI Lifestyle Desk", -1.0 },
    { "The Upwork Team\n", "The Upwork Team", 1.0 },
    { "Team SimplyThrilled\n", "Team SimplyThrilled", 1.0 },
    /* a menu's single word, a team named inside a longer line */
    { "Staff\n", "Staff", -1.0 },
    { "Meet the Podium Staff today\n", "Podium Staff", -1.0 },
    { "Podium Staff Picks\n", "Podium Staff", -1.0 },
  };

  check_cases ("weak-team", cases, G_N_ELEMENTS (cases));
  /* marked as an organisation */
  g_assert_cmpfloat (candidate_feature (HEAD "Podium Staff\n" PROSE, "Podium Staff", "organisation"),
                     ==, 1.0);
}

/* The name leading a line before a separator or a date. */
static void
test_leading_name (void)
{
  static const Case cases[] = {
    { "Shelia R. Cotten, Clemson University\n", "Shelia R. Cotten", 1.0 },
    { "Manoj Jain and Jagpreet Chhatwal | Guest Columnists\n", "Jagpreet Chhatwal", 1.0 },
    { "Susan December 9, 2024 0 Comments\n", "Susan", 1.0 },
    { "longshot · 03/03/2026 19:44\n", "longshot", 1.0 },
    /* no separator: a job, an outlet in capitals, an e-mail address or
     * an affiliation in brackets after the name */
    { "Rasmus Barslund Founder & Lead Reviewer\n", "Rasmus Barslund", 1.0 },
    { "Brian Truitt USA TODAY\n", "Brian Truitt", 1.0 },
    { "Aditya Mahindru aditya.mahindru@gmail.com\n", "Aditya Mahindru", 1.0 },
    { "Mark SubbaRao (NASA/GSFC)\n", "Mark SubbaRao", 1.0 },
    /* ... and nothing else: the name's words go on, or a sentence does */
    { "Rasmus Barslund Photography Studio Tours\n", "Rasmus Barslund", -1.0 },
    { "Rasmus Barslund writes about the best coffee grinders\n", "Rasmus Barslund", -1.0 },
    /* the name must lead: another credit's name is no author's */
    { "Reviewed By: Mike Rebold, PhD, CSCS\n", "Mike Rebold", -1.0 },
    /* a single word needs a date after it; a title is no name */
    { "Susan - Product marketer\n", "Susan", -1.0 },
    { "Backup Strategy | Cloud Storage\n", "Backup Strategy", -1.0 },
  };

  check_cases ("weak-leading-name", cases, G_N_ELEMENTS (cases));
}

/* A forum poster between the marks a thread prints around the name. */
static void
test_poster (void)
{
  static const Case cases[] = {
    { "asked Mar 26, 2019 at 16:18\nuser3080392\n193 silver badges\n", "user3080392", 1.0 },
    { "r/technology •\nControlCAD\n", "ControlCAD", 1.0 },
    { "JonB\nwrote on 12 May 2024\n", "JonB", 1.0 },
    { "AquaCare\nAug 08, 2006\n", "AquaCare", 1.0 },
    /* no marks around it, a common word */
    { "JonB\nThanks for reading\n", "JonB", -1.0 },
    { "asked Mar 26, 2019 at 16:18\nfollow\n", "follow", -1.0 },
  };

  check_cases ("weak-poster", cases, G_N_ELEMENTS (cases));
}

/* The person whose site it is: a person's name as the site's name or in
 * the footer's copyright line; a company's or a sentence's is none. */
static double
html_feature (const char *head,
              const char *footer,
              const char *name,
              const char *feature)
{
  g_autofree char *page =
    g_strconcat ("<html><head>", head, "</head><body><h1>Starting an eco-friendly lifestyle</h1>"
                 "<p>The mill on the river had stood idle for thirty years before a group of "
                 "neighbours decided to repair it.</p><footer>", footer, "</footer></body></html>",
                 NULL);

  return byline_test_feature ("text/html", page, name, feature);
}

static void
test_site_owner (void)
{
  static const Case cases[] = {
    { "© 2025 Toby Hede. All rights reserved.", "Toby Hede", 1.0 },
    { "Copyright © 2012-2025 Guillaume Gomez", "Guillaume Gomez", 1.0 },
    { "COPYRIGHT © 2016-2026 · ELIZABETH MCCRAVY, LLC. | TERMS", "Elizabeth McCravy", 1.0 },
    { "Copyright 2025 by Christopher S. Penn | Privacy", "Christopher S. Penn", 1.0 },
    { "© 2025 Yankee Publishing Inc", "Yankee Publishing Inc", -1.0 },
    { "Cathy Horvath Buchanan retains the copyright to all artwork.", "Cathy Horvath Buchanan", -1.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *line = g_strconcat (HEAD, cases[i].lines, "\n", PROSE, NULL);

      g_test_message ("%s", cases[i].lines);
      g_assert_cmpfloat (html_feature ("", cases[i].lines, cases[i].name, "weak-site-owner"), ==,
                         cases[i].value);
      /* flattened text shows no host to weigh the name against */
      g_assert_cmpfloat (candidate_feature (line, cases[i].name, "weak-site-owner"), !=, 1.0);
    }
  g_assert_cmpfloat (html_feature ("<meta property='og:site_name' content='Polly Barks'>", "",
                                   "Polly Barks", "weak-site-owner"), ==, 1.0);
  g_assert_cmpfloat (html_feature ("<meta property='og:site_name' content='Tiger Data'>", "",
                                   "Tiger Data", "weak-site-owner"), !=, 1.0);
}

/* The names after a "by" on a short line, user names too; a common
 * lower-case word after "by" in a sentence is none. */
static void
test_weak_by (void)
{
  static const Case cases[] = {
    { "Posted by whova\n", "whova", 1.0 },
    { "by BeauHD on Friday\n", "BeauHD", 1.0 },
    { "Filter reviews by the user's playtime when the review was written:\n", "the", -1.0 },
    /* one capitalised English word is no name; a first name that is a
     * word too may be */
    { "GROUP BY Clause\n", "Clause", -1.0 },
    { "ORDER BY expression [ ASC | DESC | USING operator ]\n", "Asc", -1.0 },
    /* the name follows the By word */
    { "QS Rankings by Subject 2025: Computer Science and Information Systems\n",
      "Information Systems", -1.0 },
    { "by Amber on Friday\n", "Amber", 1.0 },
  };

  check_cases ("weak-by", cases, G_N_ELEMENTS (cases));
  /* a By line's user name ends where its date starts: the line is a
   * byline of the text stage, not only a weak candidate */
  g_assert_cmpfloat (candidate_feature (HEAD "Posted by BeauHD on Friday December 19, 2025 @08:00PM "
                                        "from the skewed-job-market dept.\n" PROSE,
                                        "BeauHD", "text-by"), >, 0.0);
}

/* A By-word glued to the first name ("Authors:Aniruddha Roy") is read,
 * not looped on forever. */
static void
test_glued_prefix (void)
{
  g_autoptr(WinnowDocument) doc =
    test_run_pipeline ("byline", "text/plain",
                       HEAD "Authors:Aniruddha Roy, Jyoti Patel, Aman Chadha\n" PROSE);

  g_assert_nonnull (doc);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/byline/weak-lines/team", test_team);
  g_test_add_func ("/byline/weak-lines/leading-name", test_leading_name);
  g_test_add_func ("/byline/weak-lines/poster", test_poster);
  g_test_add_func ("/byline/weak-lines/site-owner", test_site_owner);
  g_test_add_func ("/byline/weak-lines/weak-by", test_weak_by);
  g_test_add_func ("/byline/weak-lines/glued-prefix", test_glued_prefix);

  return g_test_run ();
}
