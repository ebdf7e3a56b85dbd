/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Name heads: common nouns that end the names of organisations and events
 * ("Council", "Ministry", "Cup", "Dialogue"), with the class of those
 * names, as derived by data/entities/make-name-heads.py.
 *
 * The tagger learns names from CoNLL-2003, where many such heads never
 * occur capitalised; it then stops a name before its head ("Northeast
 * Asia" of "Northeast Asia Cooperation Dialogue") or reads a name ending in
 * one as a person's ("Laura Ingraham Show"). A run of capitalised words
 * that ends in a head and holds what the tagger found is one name of the
 * head's class. */

#include <string.h>

#include "entities-private.h"

struct _EntNameHeads
{
  GHashTable *classes;    /* folded word key (boxed guint64) -> class + 1,
                           * and the names seen ending in it << 4 */
};

EntNameHeads *
ent_name_heads_new (void)
{
  EntNameHeads *heads = g_new0 (EntNameHeads, 1);

  heads->classes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  return heads;
}

void
ent_name_heads_free (EntNameHeads *heads)
{
  if (heads == NULL)
    return;
  g_hash_table_unref (heads->classes);
  g_free (heads);
}

/* Adds @word, the head of names of class @cls, seen ending @n_names
 * annotated names (0 when it was only seen ending capitalised runs in
 * unlabeled text). */
void
ent_name_heads_add (EntNameHeads *heads,
                    const char   *word,
                    EntClass      cls,
                    guint         n_names)
{
  guint64 key = ent_word_key (word, strlen (word));

  g_return_if_fail (cls < ENT_N_CLASSES);
  n_names = MIN (n_names, G_MAXINT >> 4);
  g_hash_table_insert (heads->classes, g_memdup2 (&key, sizeof key),
                       GUINT_TO_POINTER ((cls + 1) | (n_names << 4)));
}

guint
ent_name_heads_size (const EntNameHeads *heads)
{
  return g_hash_table_size (heads->classes);
}

/* Reads a list of "word<TAB>CLASS[<TAB>NAMES]" lines ('#' starts a
 * comment line). */
gboolean
ent_name_heads_load (EntNameHeads *heads,
                     const char   *path,
                     GError      **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  if (!g_utf8_validate (contents, length, NULL))
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_INPUT,
                   "%s: not UTF-8 text", path);
      return FALSE;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint n = 0; lines[n] != NULL; n++)
    {
      char *line = g_strstrip (lines[n]);
      g_auto(GStrv) fields = NULL;
      guint64 n_names = 0;
      int cls;

      if (*line == '\0' || *line == '#')
        continue;
      fields = g_strsplit (line, "\t", 3);
      cls = fields[1] ? ent_class_from_name (fields[1]) : -1;
      if (cls < 0 || *fields[0] == '\0' ||
          (fields[2] && !g_ascii_string_to_unsigned (fields[2], 10, 0, G_MAXUINT, &n_names, NULL)))
        {
          g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_INPUT,
                       "%s:%u: expected a word, a tab, PER, ORG, LOC or MISC, "
                       "and optionally a tab and a count", path, n + 1);
          return FALSE;
        }
      ent_name_heads_add (heads, fields[0], cls, (guint) n_names);
    }
  return TRUE;
}

/* The class of the names @word heads, or -1; @n_names (nullable) gets how
 * many annotated names were seen ending in it. */
int
ent_name_heads_lookup (const EntNameHeads *heads,
                       const char         *word,
                       gsize               len,
                       guint              *n_names)
{
  guint64 key = ent_word_key (word, len);
  guint value = GPOINTER_TO_UINT (g_hash_table_lookup (heads->classes, &key));

  if (n_names)
    *n_names = value >> 4;
  return (int) (value & 15) - 1;
}

#define BOUNDARY (WINNOW_TOKEN_FLAG_SENTENCE_START | WINNOW_TOKEN_FLAG_LINE_START)

static gboolean
starts_upper (const EntWord *w)
{
  return w->len > 0 && g_unichar_isupper (g_utf8_get_char (w->text));
}

/* "Council", not "COUNCIL" (a headline) nor "council". */
static gboolean
is_title_case (const EntWord *w)
{
  if (!starts_upper (w))
    return FALSE;
  for (const char *p = g_utf8_next_char (w->text); p < w->text + w->len; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Whether more than 70% of the words of the sentence [@start, @end) are
 * capitalised, as in a title-case headline, where capitals say nothing of
 * where names begin and end. (A short sentence of running text full of
 * names can have half its words capitalised.) */
static gboolean
is_title_case_sentence (const EntWord *words,
                        guint          start,
                        guint          end)
{
  guint n_words = 0, n_upper = 0;

  for (guint i = start; i < end; i++)
    if (words[i].len > 0 && g_unichar_isalpha (g_utf8_get_char (words[i].text)))
      {
        n_words++;
        n_upper += starts_upper (&words[i]);
      }
  return n_upper * 10 > n_words * 7;
}

/* Heads that ended at least this many annotated names are trusted to
 * turn a two-word person or a place into an organisation. */
#define STRONG_HEAD 2

/* Mends @mentions (EntMention, in word order, not overlapping) of @words.
 * In a sentence not written in title case, a run of capitalised words
 * that ends in a name head (title-cased) and whose last mention lies
 * inside it becomes, from that mention to the head, one mention of the
 * head's class:
 * - when the tagger left the head out ("[Northeast Asia]LOC Cooperation
 *   Dialogue");
 * - when the head ends a person of three words or more ("[Laura Ingraham
 *   Show]PER": two words are a first name and a surname, "Dan Waters"), or
 *   a person or place of two words or more and the head ended names in the
 *   annotated data ("[Frontier Airlines]PER");
 * and a place right before it joins it ("[Northeast Asia]LOC [Energy
 *   Dialogue]ORG", "[U.S.]LOC [Amateur Championship]MISC").
 * The mention is scored as the lowest of those it joins. Returns how many
 * mentions were mended. */
guint
ent_name_heads_mend (const EntNameHeads *heads,
                     const EntWord      *words,
                     guint               n_words,
                     GArray             *mentions)
{
  guint m = 0, n_mended = 0, n_dropped = 0, n_before = mentions->len;
  guint sentence_end = 0;
  gboolean title_case = FALSE;

  if (heads == NULL || ent_name_heads_size (heads) == 0)
    return 0;

  for (guint i = 0; i < n_words && m < n_before;)
    {
      guint start = i, j = i, first, last, n_names, length;
      EntMention *b, *place;
      int cls;

      if (i >= sentence_end)
        {
          sentence_end = i + 1;
          while (sentence_end < n_words && !(words[sentence_end].flags & BOUNDARY))
            sentence_end++;
          title_case = is_title_case_sentence (words, i, sentence_end);
        }
      if (title_case)
        {
          i = sentence_end;
          continue;
        }
      if (!starts_upper (&words[i]))
        {
          i++;
          continue;
        }
      /* Sentences and lines end runs: a list of names, one a line, is not
       * one name. */
      while (j + 1 < sentence_end && starts_upper (&words[j + 1]))
        j++;
      /* The run is [i, j]; the mentions before it are behind us. */
      while (m < n_before && g_array_index (mentions, EntMention, m).end <= i)
        m++;
      first = m;
      while (m < n_before && g_array_index (mentions, EntMention, m).start <= j)
        m++;
      last = m;   /* mentions [first, last) overlap the run */
      i = j + 1;

      if (first == last || j == start || !is_title_case (&words[j]))
        continue;
      /* Only the mention nearest the head joins it: in "Boston-based
       * Reagan Communications" the place adjective stays apart. */
      b = &g_array_index (mentions, EntMention, last - 1);
      if (b->start < start || b->end > j + 1)
        continue;
      cls = ent_name_heads_lookup (heads, words[j].text, words[j].len, &n_names);
      if (cls < 0)
        continue;
      length = b->end - b->start;
      /* "[Northeast Asia]LOC [Energy Dialogue]ORG": a place right before
       * the name is part of it. */
      place = last - first >= 2 ? &g_array_index (mentions, EntMention, last - 2) : NULL;
      if (place && !(place->cls == ENT_CLASS_LOC && place->end == b->start && place->start >= start))
        place = NULL;
      if (b->end == j + 1 &&
          !(b->cls == ENT_CLASS_PER && length >= 3) &&
          !((b->cls == ENT_CLASS_PER || b->cls == ENT_CLASS_LOC) && length >= 2 && n_names >= STRONG_HEAD) &&
          !((b->cls == ENT_CLASS_ORG || b->cls == ENT_CLASS_MISC) && place != NULL))
        continue;

      b->end = j + 1;
      b->cls = cls;
      if (place != NULL)
        {
          b->start = place->start;
          b->score = MIN (b->score, place->score);
          place->end = place->start;   /* dropped below */
          n_dropped++;
        }
      n_mended++;
    }

  if (n_dropped > 0)
    {
      guint kept = 0;

      for (guint k = 0; k < mentions->len; k++)
        if (g_array_index (mentions, EntMention, k).end > g_array_index (mentions, EntMention, k).start)
          g_array_index (mentions, EntMention, kept++) = g_array_index (mentions, EntMention, k);
      g_array_set_size (mentions, kept);
    }
  return n_mended;
}
