/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Gazetteers: lists of country, city, capital, nationality and first
 * names. They are read when a model is trained and compiled into it, so a
 * model always sees the lists it was trained with. A phrase is keyed by the
 * folded forms of its tokens, as the tagger tokenizes it. */

#include <string.h>

#include "entities-private.h"

struct _EntGazetteer
{
  GHashTable *phrases;    /* guint64 key (boxed) -> list bits */
};

static const char * const list_names[ENT_N_GAZ] = {
  "country", "city", "capital", "demonym", "first-name", "region",
  "surname",
};

EntGazetteer *
ent_gazetteer_new (void)
{
  EntGazetteer *gaz = g_new0 (EntGazetteer, 1);

  gaz->phrases = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  return gaz;
}

void
ent_gazetteer_free (EntGazetteer *gaz)
{
  if (gaz == NULL)
    return;
  g_hash_table_unref (gaz->phrases);
  g_free (gaz);
}

guint
ent_gazetteer_size (const EntGazetteer *gaz)
{
  return g_hash_table_size (gaz->phrases);
}

/* Adds a phrase to @list; phrases of more than ENT_GAZ_MAX_WORDS tokens
 * are ignored. */
void
ent_gazetteer_add (EntGazetteer *gaz,
                   EntGazList    list,
                   const char   *phrase,
                   gssize        len)
{
  g_autoptr(GArray) tokens = NULL;
  guint64 keys[ENT_GAZ_MAX_WORDS], key;
  gpointer old;
  guint32 bits;

  g_return_if_fail (list < ENT_N_GAZ);
  if (len < 0)
    len = strlen (phrase);
  if (!g_utf8_validate (phrase, len, NULL))
    return;
  tokens = winnow_tokenize (phrase, len);
  if (tokens->len == 0 || tokens->len > ENT_GAZ_MAX_WORDS)
    return;
  for (guint i = 0; i < tokens->len; i++)
    {
      const WinnowToken *t = &g_array_index (tokens, WinnowToken, i);
      keys[i] = ent_word_key (phrase + t->start, t->end - t->start);
    }
  key = ent_gaz_phrase_key (keys, tokens->len);
  if (key == 0)
    return;
  old = g_hash_table_lookup (gaz->phrases, &key);
  bits = GPOINTER_TO_UINT (old) | (1u << list);
  g_hash_table_insert (gaz->phrases, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (bits));
}

/* Reads a list file: one phrase per line; '#' starts a comment line. */
gboolean
ent_gazetteer_load_list (EntGazetteer *gaz,
                         EntGazList    list,
                         const char   *path,
                         GError      **error)
{
  g_autofree char *contents = NULL;
  gsize length;
  char *line, *next;

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  for (line = contents; line < contents + length; line = next)
    {
      char *eol = memchr (line, '\n', contents + length - line);

      next = eol ? eol + 1 : contents + length;
      if (eol == NULL)
        eol = contents + length;
      *eol = '\0';
      g_strstrip (line);
      if (*line == '\0' || *line == '#')
        continue;
      ent_gazetteer_add (gaz, list, line, -1);
    }
  return TRUE;
}

/* Reads the lists found in @dir as LIST-NAME.txt ("country.txt"). */
gboolean
ent_gazetteer_load_dir (EntGazetteer *gaz,
                        const char   *dir,
                        GError      **error)
{
  for (guint i = 0; i < ENT_N_GAZ; i++)
    {
      g_autofree char *name = g_strconcat (list_names[i], ".txt", NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        continue;
      if (!ent_gazetteer_load_list (gaz, i, path, error))
        return FALSE;
    }
  return TRUE;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* Lays the phrases out as an open-addressing table at most half full:
 * @keys (guint64) and @bits (guint32), a power of two in length. */
void
ent_gazetteer_compile (const EntGazetteer *gaz,
                       GArray             *keys,
                       GArray             *bits)
{
  guint n = g_hash_table_size (gaz->phrases);
  guint32 n_slots = 16, mask;
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (guint64), n);
  GHashTableIter iter;
  gpointer k, v;

  while (n_slots < 2 * n)
    n_slots *= 2;
  mask = n_slots - 1;
  g_array_set_size (keys, n_slots);
  g_array_set_size (bits, n_slots);
  memset (keys->data, 0, n_slots * sizeof (guint64));
  memset (bits->data, 0, n_slots * sizeof (guint32));

  /* Insert in key order, so that the same lists give the same bytes. */
  g_hash_table_iter_init (&iter, gaz->phrases);
  while (g_hash_table_iter_next (&iter, &k, &v))
    g_array_append_val (sorted, *(guint64 *) k);
  g_array_sort (sorted, compare_keys);

  for (guint j = 0; j < sorted->len; j++)
    {
      guint64 key = g_array_index (sorted, guint64, j);
      guint32 i = (guint32) key & mask;

      while (g_array_index (keys, guint64, i) != 0)
        i = (i + 1) & mask;
      g_array_index (keys, guint64, i) = key;
      g_array_index (bits, guint32, i) =
        GPOINTER_TO_UINT (g_hash_table_lookup (gaz->phrases, &key));
    }
}
