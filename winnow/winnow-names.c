/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "winnow-names-private.h"

/* `[a-z][a-z0-9-]*`: what pipeline descriptions can spell without quotes. */
gboolean
_winnow_is_valid_filter_name (const char *name)
{
  if (name == NULL || !g_ascii_islower (name[0]))
    return FALSE;
  for (const char *p = name + 1; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/* Levenshtein distance, in bytes: names are ASCII. */
guint
_winnow_edit_distance (const char *a,
                       const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diag = row[0];
      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint up = row[j];
          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diag + (a[i - 1] != b[j - 1]));
          diag = up;
        }
    }
  return row[lb];
}

/* Close enough to be what the user meant: two edits, or a third of the
 * name for long ones. */
gboolean
_winnow_is_likely_misspelling (const char *typed,
                               guint       distance)
{
  return distance <= MAX (2u, (guint) strlen (typed) / 3);
}
