/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <winnow/winnow.h>

#include "winnow-tool.h"

static void
print_usage (FILE *out)
{
  fprintf (out,
           "Usage:\n"
           "  winnow run [OPTION…] INPUT…   Turn pages into clean, annotated documents\n"
           "  winnow inspect [FILTER]       List the filters, or describe one\n"
           "  winnow --version              Print the version\n"
           "\n"
           "Run “winnow run --help” or “winnow inspect --help” for the options.\n"
           "\n"
           "Example:\n"
           "  winnow run -p 'boilerplate ! byline ! entities' page.html\n");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  /* Standard output is for records; every log message goes to stderr. */
  g_log_writer_default_set_use_stderr (TRUE);

  if (argc < 2)
    {
      print_usage (stderr);
      return WINNOW_EXIT_USAGE;
    }
  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "-V") == 0)
    {
      printf ("winnow %s\n", winnow_get_version ());
      return WINNOW_EXIT_OK;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return WINNOW_EXIT_OK;
    }
  if (strcmp (argv[1], "run") == 0)
    return winnow_run_command (argc - 1, argv + 1);
  if (strcmp (argv[1], "inspect") == 0)
    return winnow_inspect_command (argc - 1, argv + 1);

  fprintf (stderr, "winnow: unknown command “%s”\n\n", argv[1]);
  print_usage (stderr);
  return WINNOW_EXIT_USAGE;
}
