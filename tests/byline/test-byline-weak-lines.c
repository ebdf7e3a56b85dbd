/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The weak candidates read from the shape of a line (teams, the name
 * leading a line, forum posters): each offers its name to the scorer with
 * its own feature, and lines of other shapes offer nothing. Read from the
 * feature dump (WINNOW_BYLINE_FEATURES), so whatever the shipped model
 * decides. */

#include <winnow/winnow.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "test-util.h"

/* The plain text a case is embedded in: a headline and prose, so the
 * lines under test are neither. */
#define HEAD "How we repaired the old mill\n"
#define PROSE "\nThe mill on the river had stood idle for thirty years before a group of " \
              "neighbours decided to repair its wheel, its roof and its old stones.\n"

/* The value of feature @feature for the candidate named @name in the
 * dump of @text, or -1 when no such candidate exists. */
static double
candidate_feature (const char *text,
                   const char *name,
                   const char *feature)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *row;
  JsonArray *candidates, *features;
  int fd = g_file_open_tmp ("byline-weak-XXXXXX.jsonl", &path, &error);
  guint index = G_MAXUINT;
  double value = -1.0;

  g_assert_no_error (error);
  g_close (fd, NULL);
  g_setenv ("WINNOW_BYLINE_FEATURES", path, TRUE);
  {
    g_autoptr(WinnowDocument) doc = test_run_pipeline ("byline", "text/plain", text);
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
    /* the By-style candidate names it too, without "the" */
    { "By the Lavazza Team 2–3 minutes\n", "Lavazza Team", 1.0 },
    { "written by Our Editors\n", "Our Editors", 1.0 },
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
  g_test_add_func ("/byline/weak-lines/glued-prefix", test_glued_prefix);

  return g_test_run ();
}
