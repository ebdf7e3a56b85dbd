/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "byline-lexicon.h"

#include <stdlib.h>
#include <string.h>
#include <winnow/winnow.h>

G_DEFINE_QUARK (byline-lexicon-error-quark, byline_lexicon_error)

struct _BylineLexicon
{
  GHashTable *lists[BYLINE_N_LISTS]; /* folded entry -> the entry as written */
  GPtrArray  *prefixes;              /* folded phrases, longest first */
  gsize       longest_prefix;        /* bytes */
  gboolean    prefix_starts[256];    /* the first bytes of the prefixes */
  GHashTable *months;                /* folded name -> GINT_TO_POINTER (month) */
  GHashTable *zones;                 /* upper-case abbreviation -> offset */
  char       *month_pattern;         /* regex alternation of month names */
  char       *zone_pattern;          /* regex alternation of zone abbreviations */
  /* The English words: 64,000 of them, so kept as the file's own bytes
   * and a sorted array into them (1 MB) rather than a hash table (10). */
  char       *english;               /* the file, its lines cut in place */
  GPtrArray  *english_words;         /* pointers into it, in strcmp order */
};

/* Each list's files (at most two). */
static const char *list_files[BYLINE_N_LISTS][2] = {
  [BYLINE_LIST_AGENCIES] = { "byline/agencies.txt" },
  [BYLINE_LIST_ROLES] = { "byline/roles.txt" },
  [BYLINE_LIST_CREDENTIALS] = { "byline/credentials.txt" },
  [BYLINE_LIST_PARTICLES] = { "byline/particles.txt" },
  [BYLINE_LIST_NAME_SUFFIXES] = { "byline/name-suffixes.txt" },
  [BYLINE_LIST_CREDIT_WORDS] = { "byline/credit-words.txt" },
  [BYLINE_LIST_NONNAMES] = { "byline/nonnames.txt" },
  [BYLINE_LIST_IGNORED] = { NULL }, /* from the filter's ignore-names property */
  /* Moby's mostly English names, and those of many cultures it lacks */
  [BYLINE_LIST_FIRST_NAMES] = { "byline/first-names.txt", "byline/first-names-conll.txt" },
  [BYLINE_LIST_ORG_WORDS] = { "byline/org-words.txt" },
  [BYLINE_LIST_COMMON_WORDS] = { "byline/common-words.txt" },
  [BYLINE_LIST_ENGLISH_WORDS] = { NULL }, /* load_sorted_words() */
  [BYLINE_LIST_EAST_ASIAN_SURNAMES] = { "byline/east-asian-surnames.txt" },
};

/* byline_fold() of ASCII text, without the Unicode tables: lower case,
 * white space collapsed and trimmed. */
static char *
fold_ascii (const char *text,
            gsize       length)
{
  GString *out = g_string_sized_new (length);
  gboolean space = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
  return g_string_free (out, FALSE);
}

static char *
fold_unicode (const char *text,
              gssize      length)
{
  g_autofree char *folded = g_utf8_casefold (text, length);
  g_autofree char *normal = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  if (normal == NULL)
    return g_string_free (out, FALSE);
  for (const char *p = normal; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0xA0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

char *
byline_fold (const char *text,
             gssize      length)
{
  gsize n = 0;

  /* most names and lines are ASCII: casefold and NFKC leave them alone
   * but for the case */
  while ((length < 0 || n < (gsize) length) && text[n] != '\0' && (guchar) text[n] < 0x80)
    n++;
  if ((length < 0 && text[n] == '\0') || (length >= 0 && n == (gsize) length))
    return fold_ascii (text, n);
  return fold_unicode (text, length);
}

/* Reads a data file into its lines, without comments and blank lines. */
static char **
read_lines (const char  *relative,
            GError     **error)
{
  g_autofree char *path = winnow_find_data_file (relative);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *kept;

  if (path == NULL)
    {
      g_set_error (error, BYLINE_LEXICON_ERROR, BYLINE_LEXICON_ERROR_MISSING,
                   "Data file %s not found (set WINNOW_DATA_PATH?)", relative);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  if (!g_utf8_validate (contents, -1, NULL))
    {
      g_set_error (error, BYLINE_LEXICON_ERROR, BYLINE_LEXICON_ERROR_INVALID,
                   "Data file %s is not UTF-8", path);
      return NULL;
    }

  lines = g_strsplit (contents, "\n", -1);
  kept = g_ptr_array_new ();
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      if (*line == '\0' || *line == '#')
        continue;
      g_ptr_array_add (kept, g_strdup (line));
    }
  g_ptr_array_add (kept, NULL);
  return (char **) g_ptr_array_free (kept, FALSE);
}

static GHashTable *
new_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
add_folded (GHashTable *set,
            const char *word)
{
  char *folded = byline_fold (word, -1);

  if (g_hash_table_contains (set, folded))
    g_free (folded);
  else
    g_hash_table_insert (set, folded, g_strdup (word));
}

static int
compare_longer_first (gconstpointer a,
                      gconstpointer b)
{
  const char *sa = *(const char * const *) a;
  const char *sb = *(const char * const *) b;
  gsize la = strlen (sa), lb = strlen (sb);

  if (la != lb)
    return la > lb ? -1 : 1;
  return strcmp (sa, sb);
}

/* Builds "(?:long|longer|...)" from the keys of @table, longest first, so
 * the regex engine tries "september" before "sep". */
static char *
alternation (GHashTable *table)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GString *out = g_string_new ("(?:");
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);

  g_ptr_array_sort (keys, compare_longer_first);
  for (guint i = 0; i < keys->len; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (keys->pdata[i], -1);
      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, escaped);
    }
  g_string_append_c (out, ')');
  return g_string_free (out, FALSE);
}

static gboolean
load_pairs (BylineLexicon  *lex,
            const char     *relative,
            gboolean        months,
            GError        **error)
{
  g_auto(GStrv) lines = read_lines (relative, error);

  if (lines == NULL)
    return FALSE;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');
      if (tab == NULL)
        {
          g_set_error (error, BYLINE_LEXICON_ERROR, BYLINE_LEXICON_ERROR_INVALID,
                       "%s: line \"%s\" has no tab", relative, lines[i]);
          return FALSE;
        }
      *tab = '\0';
      if (months)
        {
          int month = atoi (tab + 1);
          if (month < 1 || month > 12)
            {
              g_set_error (error, BYLINE_LEXICON_ERROR, BYLINE_LEXICON_ERROR_INVALID,
                           "%s: bad month number for \"%s\"", relative, lines[i]);
              return FALSE;
            }
          g_hash_table_insert (lex->months, byline_fold (lines[i], -1),
                               GINT_TO_POINTER (month));
        }
      else
        {
          g_hash_table_insert (lex->zones, g_ascii_strup (lines[i], -1),
                               g_strdup (g_strstrip (tab + 1)));
        }
    }
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Loads a long list of lower-case ASCII words, one a line, into
 * lex->english and lex->english_words. */
static gboolean
load_sorted_words (BylineLexicon  *lex,
                   const char     *relative,
                   GError        **error)
{
  g_autofree char *path = winnow_find_data_file (relative);
  char *line, *next;

  if (path == NULL)
    {
      g_set_error (error, BYLINE_LEXICON_ERROR, BYLINE_LEXICON_ERROR_MISSING,
                   "Data file %s not found (set WINNOW_DATA_PATH?)", relative);
      return FALSE;
    }
  if (!g_file_get_contents (path, &lex->english, NULL, error))
    return FALSE;
  lex->english_words = g_ptr_array_new ();
  for (line = lex->english; *line != '\0'; line = next)
    {
      char *end = strchr (line, '\n');
      next = end != NULL ? end + 1 : line + strlen (line);
      if (end != NULL)
        *end = '\0';
      g_strstrip (line);
      if (*line == '\0' || *line == '#')
        continue;
      for (const char *c = line; *c; c++)
        if (!g_ascii_islower (*c))
          {
            g_set_error (error, BYLINE_LEXICON_ERROR, BYLINE_LEXICON_ERROR_INVALID,
                         "%s: \"%s\" is not a lower-case ASCII word", relative, line);
            return FALSE;
          }
      g_ptr_array_add (lex->english_words, line);
    }
  g_ptr_array_sort (lex->english_words, compare_strings);
  return TRUE;
}

/**
 * byline_lexicon_load:
 * @ignored_names: (nullable): names never to report, from the filter's
 *   properties
 * @error: return location for a #GError
 *
 * Loads the word lists of data/byline/.
 *
 * Returns: (transfer full): the lexicon, or %NULL if a list is missing
 */
BylineLexicon *
byline_lexicon_load (const char * const  *ignored_names,
                     GError             **error)
{
  g_autoptr(BylineLexicon) lex = g_new0 (BylineLexicon, 1);
  g_auto(GStrv) prefixes = NULL;

  for (guint l = 0; l < BYLINE_N_LISTS; l++)
    {
      lex->lists[l] = new_set ();
      for (guint f = 0; f < G_N_ELEMENTS (list_files[l]) && list_files[l][f] != NULL; f++)
        {
          g_auto(GStrv) lines = read_lines (list_files[l][f], error);
          if (lines == NULL)
            return NULL;
          for (guint i = 0; lines[i] != NULL; i++)
            add_folded (lex->lists[l], lines[i]);
        }
    }
  for (guint i = 0; ignored_names != NULL && ignored_names[i] != NULL; i++)
    add_folded (lex->lists[BYLINE_LIST_IGNORED], ignored_names[i]);

  prefixes = read_lines ("byline/prefixes.txt", error);
  if (prefixes == NULL)
    return NULL;
  lex->prefixes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; prefixes[i] != NULL; i++)
    g_ptr_array_add (lex->prefixes, byline_fold (prefixes[i], -1));
  g_ptr_array_sort (lex->prefixes, compare_longer_first);
  for (guint i = 0; i < lex->prefixes->len; i++)
    {
      const char *prefix = lex->prefixes->pdata[i];

      lex->longest_prefix = MAX (lex->longest_prefix, strlen (prefix));
      lex->prefix_starts[(guchar) prefix[0]] = TRUE;
    }

  lex->months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!load_pairs (lex, "byline/months.txt", TRUE, error) ||
      !load_pairs (lex, "byline/time-zones.txt", FALSE, error))
    return NULL;
  lex->month_pattern = alternation (lex->months);
  lex->zone_pattern = alternation (lex->zones);
  if (!load_sorted_words (lex, "byline/english-words.txt", error))
    return NULL;

  return g_steal_pointer (&lex);
}

void
byline_lexicon_free (BylineLexicon *lex)
{
  if (lex == NULL)
    return;
  for (guint l = 0; l < BYLINE_N_LISTS; l++)
    g_clear_pointer (&lex->lists[l], g_hash_table_unref);
  g_clear_pointer (&lex->prefixes, g_ptr_array_unref);
  g_clear_pointer (&lex->months, g_hash_table_unref);
  g_clear_pointer (&lex->zones, g_hash_table_unref);
  g_free (lex->month_pattern);
  g_free (lex->zone_pattern);
  g_clear_pointer (&lex->english_words, g_ptr_array_unref);
  g_free (lex->english);
  g_free (lex);
}

static const char *lookup (const BylineLexicon *lex,
                           BylineList           list,
                           const char          *word,
                           gssize               length);

gboolean
byline_lexicon_has (const BylineLexicon *lex,
                    BylineList           list,
                    const char          *word,
                    gssize               length)
{
  return lookup (lex, list, word, length) != NULL;
}

/* @word's entry in @list as the list writes it ("Yonhap" for "YONHAP"),
 * or NULL. */
const char *
byline_lexicon_spelling (const BylineLexicon *lex,
                         BylineList           list,
                         const char          *word,
                         gssize               length)
{
  return list == BYLINE_LIST_ENGLISH_WORDS ? NULL : lookup (lex, list, word, length);
}

/* The entry of @list that @word is (the English words: @word itself),
 * or NULL. */
static const char *
lookup (const BylineLexicon *lex,
        BylineList           list,
        const char          *word,
        gssize               length)
{
  gsize n = length < 0 ? strlen (word) : (gsize) length;
  char ascii[64];
  gboolean plain = n < sizeof ascii;
  g_autofree char *folded = NULL;

  if (list == BYLINE_LIST_ENGLISH_WORDS)
    {
      const char *key = ascii;
      if (!plain || lex->english_words == NULL)
        return FALSE;
      for (gsize i = 0; i < n; i++)
        ascii[i] = g_ascii_tolower (word[i]);
      ascii[n] = '\0';
      return bsearch (&key, lex->english_words->pdata, lex->english_words->len,
                      sizeof (gpointer), compare_strings) != NULL ? word : NULL;
    }
  if (g_hash_table_size (lex->lists[list]) == 0)
    return NULL;
  /* Plain ASCII words, the common case, need no Unicode folding. */
  for (gsize i = 0; plain && i < n; i++)
    {
      if ((guchar) word[i] >= 0x80 || g_ascii_isspace (word[i]))
        plain = FALSE;
      else
        ascii[i] = g_ascii_tolower (word[i]);
    }
  if (plain)
    {
      ascii[n] = '\0';
      return g_hash_table_lookup (lex->lists[list], ascii);
    }
  folded = byline_fold (word, n);
  return g_hash_table_lookup (lex->lists[list], folded);
}

int
byline_lexicon_month (const BylineLexicon *lex,
                      const char          *word,
                      gssize               length)
{
  g_autofree char *folded = byline_fold (word, length);
  gsize n = strlen (folded);

  /* "Sept." and "Jan." name the same months as "sept" and "jan". */
  if (n > 1 && folded[n - 1] == '.')
    folded[n - 1] = '\0';
  return GPOINTER_TO_INT (g_hash_table_lookup (lex->months, folded));
}

const char *
byline_lexicon_zone (const BylineLexicon *lex,
                     const char          *abbreviation)
{
  g_autofree char *upper = g_ascii_strup (abbreviation, -1);

  return g_hash_table_lookup (lex->zones, upper);
}

const char *
byline_lexicon_month_pattern (const BylineLexicon *lex)
{
  return lex->month_pattern;
}

const char *
byline_lexicon_zone_pattern (const BylineLexicon *lex)
{
  return lex->zone_pattern;
}

/**
 * byline_lexicon_match_prefix:
 * @lex: the lexicon
 * @text: text that may start with a byline prefix ("By", "Written by")
 * @length: its length in bytes
 *
 * Finds the longest byline prefix at the start of @text that ends at a
 * word boundary (never the "by" of "Abby").
 *
 * Returns: the byte length of the prefix in @text, or 0
 */
gsize
byline_lexicon_match_prefix (const BylineLexicon *lex,
                             const char          *text,
                             gsize                length)
{
  /* Lower-case the start of @text once, remembering where each folded
   * character ends in the original, then compare every prefix to it. */
  char folded[160];
  gsize ends[160];
  gsize n = 0;
  const char *p = text;

  ends[0] = 0;
  while ((gsize) (p - text) < length && *p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      char utf8[6];
      int k;

      if (g_unichar_isspace (c) || c == 0xA0)
        c = ' ';
      else if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0; /* full-width forms, as the prefixes' NFKC folding has them: "作者：" */
      else
        c = g_unichar_tolower (c);
      k = g_unichar_to_utf8 (c, utf8);
      /* most lines start with no prefix's first letter: done at once */
      if (n == 0 && !lex->prefix_starts[(guchar) utf8[0]])
        return 0;
      if (n + k >= sizeof folded - 1)
        break;
      for (int b = 0; b < k; b++)
        {
          folded[n + b] = utf8[b];
          ends[n + b + 1] = G_MAXSIZE;
        }
      n += k;
      p = g_utf8_next_char (p);
      ends[n] = p - text;
      if (n > 60 || n >= lex->longest_prefix)
        break;
    }
  folded[n] = '\0';
  if (n == 0)
    return 0;

  for (guint i = 0; i < lex->prefixes->len; i++)
    {
      const char *prefix = lex->prefixes->pdata[i];
      gsize plen = strlen (prefix);
      const char *end;
      gunichar last;

      if (plen > n || ends[plen] == G_MAXSIZE || prefix[0] != folded[0] ||
          memcmp (folded, prefix, plen) != 0)
        continue;
      end = text + ends[plen];

      /* A word prefix must end the word; "Text:" or "글=" end by themselves. */
      last = g_utf8_get_char (g_utf8_prev_char (end));
      if (g_unichar_isalnum (last) && (gsize) (end - text) < length)
        {
          gunichar next = g_utf8_get_char (end);
          if (g_unichar_isalnum (next) || next == '\'' || next == 0x2019 ||
              next == '-' || next == '.')
            continue;
        }
      return end - text;
    }
  return 0;
}
