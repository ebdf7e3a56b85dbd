/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A word table's entries grouped by their word's first byte, so that a
 * word (or a position in a heading) is compared only with the few
 * entries that could match there: the class-word and section-word
 * lookups run for every class word and heading of a page. */
#include "bp-private.h"

#include <string.h>

void
bp_word_index_build (BpWordIndex        *index,
                     const char * const *first_word,
                     gsize               n_entries,
                     gsize               stride)
{
  guint k = 0;

  g_return_if_fail (n_entries <= G_MAXUINT16);
  for (guint c = 0; c < 256; c++)
    {
      index->starts[c] = (guint16) k;
      for (gsize i = 0; i < n_entries; i++)
        if ((guchar) bp_word_index_word (first_word, stride, i)[0] == c)
          index->order[k++] = (guint16) i;
    }
  index->starts[256] = (guint16) k;
  for (gsize i = 0; i < n_entries; i++)
    index->lengths[i] = (guint8) strlen (bp_word_index_word (first_word, stride, i));
}
