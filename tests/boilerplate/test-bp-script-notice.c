/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bp_is_script_notice(): the notices pages show to browsers without
 * scripts, in several languages, against text that talks about
 * JavaScript. Compiled with the plugin's sources. */

#include "bp-private.h"
#include <string.h>

static gboolean
is_notice (const char *text)
{
  return bp_is_script_notice (text, strlen (text));
}

static void
test_notices (void)
{
  static const char * const notices[] = {
    "You need to enable JavaScript to run this app.",
    "This slideshow requires JavaScript.",
    "Please enable Javascript in your browser to view this page.",
    "JAVASCRIPT IS DISABLED. Turn it on to continue.",
    "It looks like your browser does not have JavaScript enabled.",
    "Bitte aktivieren Sie JavaScript, um diese Seite zu nutzen.",
    "Veuillez activer JavaScript pour afficher ce contenu.",
    "JavaScript est d\xc3\xa9sactiv\xc3\xa9 dans votre navigateur.",
    "Para ver este sitio, habilite JavaScript.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_test_message ("%s", notices[i]);
      g_assert_true (is_notice (notices[i]));
    }
}

static void
test_not_notices (void)
{
  static const char * const texts[] = {
    "",
    "JavaScript",
    "Please enable cookies to continue.",
    "JavaScript Algorithms and Data Structures",
    "Hooks are JavaScript functions, but they impose two additional rules:",
    /* the switch word is too far from "JavaScript" */
    "Please note that Anubis requires the use of modern JavaScript features.",
    "Basic workflows require no coding, but having JavaScript knowledge helps.",
    /* a notice inside a long paragraph is part of what the paragraph says */
    "When a reader's browser blocks scripts, the site asks them to enable JavaScript, "
    "and in our survey of forty news sites most of them showed nothing else at all: "
    "no headline, no body, not even the name of the site, which is what this study "
    "set out to measure across a year of visits.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_test_message ("%s", texts[i]);
      g_assert_false (is_notice (texts[i]));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/boilerplate/script-notice/notices", test_notices);
  g_test_add_func ("/boilerplate/script-notice/not-notices", test_not_notices);
  return g_test_run ();
}
