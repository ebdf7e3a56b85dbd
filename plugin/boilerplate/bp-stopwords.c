/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Stop-word lists of many languages in one table: word → language bit set.
 * File format (data/boilerplate/stopwords.txt): '#' comments, then one
 * language a line, its ISO 639-1 code followed by its words, all separated
 * by single spaces. */

#include "bp-private.h"

#include <string.h>

#define BP_MAX_LANGUAGES 64

struct _BpStopwords
{
  GHashTable *words;      /* char* → GUINT_TO_POINTER(index into masks) */
  GArray     *masks;      /* guint64 */
  GPtrArray  *languages;  /* char* codes */
};

void
bp_stopwords_free (BpStopwords *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->words, g_hash_table_unref);
  g_clear_pointer (&self->masks, g_array_unref);
  g_clear_pointer (&self->languages, g_ptr_array_unref);
  g_free (self);
}

BpStopwords *
bp_stopwords_load (const char  *path,
                   GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(BpStopwords) self = NULL;
  char *line, *next;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;

  self = g_new0 (BpStopwords, 1);
  self->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->masks = g_array_new (FALSE, TRUE, sizeof (guint64));
  self->languages = g_ptr_array_new_with_free_func (g_free);
  /* index 0 is never used, so a lookup miss (NULL) is distinguishable */
  g_array_set_size (self->masks, 1);

  for (line = contents; line != NULL && *line != '\0'; line = next)
    {
      char **fields;
      guint lang;

      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if (*line == '#' || *line == '\0')
        continue;

      fields = g_strsplit (line, " ", -1);
      if (fields[0] == NULL || fields[0][0] == '\0')
        {
          g_strfreev (fields);
          continue;
        }
      if (self->languages->len >= BP_MAX_LANGUAGES)
        {
          g_strfreev (fields);
          g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                       "%s: more than %d languages", path, BP_MAX_LANGUAGES);
          return NULL;
        }
      lang = self->languages->len;
      g_ptr_array_add (self->languages, g_strdup (fields[0]));

      for (guint i = 1; fields[i] != NULL; i++)
        {
          gpointer idx;

          if (fields[i][0] == '\0')
            continue;
          idx = g_hash_table_lookup (self->words, fields[i]);
          if (idx == NULL)
            {
              guint64 mask = 0;

              g_array_append_val (self->masks, mask);
              idx = GUINT_TO_POINTER (self->masks->len - 1);
              g_hash_table_insert (self->words, g_strdup (fields[i]), idx);
            }
          g_array_index (self->masks, guint64, GPOINTER_TO_UINT (idx)) |=
            G_GUINT64_CONSTANT (1) << lang;
        }
      g_strfreev (fields);
    }

  if (self->languages->len == 0)
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                   "%s: no stop-word list", path);
      return NULL;
    }

  return g_steal_pointer (&self);
}

int
bp_stopwords_language (const BpStopwords *self,
                       const char        *code)
{
  char primary[8];
  gsize n = 0;

  if (code == NULL)
    return -1;
  while (code[n] != '\0' && code[n] != '-' && code[n] != '_' && n < sizeof primary - 1)
    {
      primary[n] = g_ascii_tolower (code[n]);
      n++;
    }
  primary[n] = '\0';

  for (guint i = 0; i < self->languages->len; i++)
    if (strcmp (g_ptr_array_index (self->languages, i), primary) == 0)
      return (int) i;
  return -1;
}

guint64
bp_stopwords_lookup (const BpStopwords *self,
                     const char        *word)
{
  guint idx = GPOINTER_TO_UINT (g_hash_table_lookup (self->words, word));

  return idx == 0 ? 0 : g_array_index (self->masks, guint64, idx);
}

guint
bp_stopwords_n_languages (const BpStopwords *self)
{
  return self->languages->len;
}
