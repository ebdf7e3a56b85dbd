/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "winnow-data.h"

/* A cheap language guess: the share of a text's words that are among the
 * most frequent function words of each language, and the script of its
 * letters for languages that do not separate words by spaces. Good enough
 * to tell a filter trained on English whether to run. */

typedef struct {
  const char *code;
  const char *words;  /* space-separated, lower case */
} StopWords;

static const StopWords stop_words[] = {
  { "en", " the of and to in is that for it with as was on be by at this are from or have an they which not but his her has were their been will would there what who all can more one about said " },
  { "de", " der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch " },
  { "fr", " de la le et les des en un une du est que pour dans qui par pas au sur plus il ne se sont ce avec mais ou son sa ses elle nous vous ont été aux cette " },
  { "es", " de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya o este fue ha sí porque esta son entre cuando muy sin sobre también " },
  { "it", " di e il la che in un per non una del sono le si della con al da come ma anche ha più lo gli dei nel alla questo delle sul essere " },
  { "pt", " de que e o da do em um para com não uma os no se na por mais as dos como mas ao ele das à seu sua ou quando muito nos já está também " },
  { "nl", " de en van het een in is dat op te zijn met voor niet aan er die ook als bij door maar om dan wordt nog uit naar heeft deze " },
  { "sv", " och i att det som en på är av för med till den har de inte om ett men var jag sig från vi så kan " },
  { "pl", " i w na z do się nie że to jest o jak po co ale od za przez dla jego tak są jej " },
  { "tr", " ve bir bu da de için ile olarak çok daha gibi en ne ama olan kadar sonra her " },
  { "id", " yang dan di ini dengan untuk dari dalam tidak akan pada juga ke itu ada oleh karena " },
};

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '\'';
}

static const char *
guess_from_script (const char *text,
                   gsize       length)
{
  guint counts[8] = { 0 };
  guint letters = 0;
  enum { HANGUL, KANA, HAN, CYRILLIC, ARABIC, HEBREW, THAI, GREEK };
  static const char *codes[] = { "ko", "ja", "zh", "ru", "ar", "he", "th", "el" };

  /* The script of the first 16 KiB decides. */
  length = MIN (length, 16384);
  for (const char *p = text; p < text + length && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isalpha (c))
        continue;
      letters++;
      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_HANGUL: counts[HANGUL]++; break;
        case G_UNICODE_SCRIPT_HIRAGANA:
        case G_UNICODE_SCRIPT_KATAKANA: counts[KANA]++; break;
        case G_UNICODE_SCRIPT_HAN: counts[HAN]++; break;
        case G_UNICODE_SCRIPT_CYRILLIC: counts[CYRILLIC]++; break;
        case G_UNICODE_SCRIPT_ARABIC: counts[ARABIC]++; break;
        case G_UNICODE_SCRIPT_HEBREW: counts[HEBREW]++; break;
        case G_UNICODE_SCRIPT_THAI: counts[THAI]++; break;
        case G_UNICODE_SCRIPT_GREEK: counts[GREEK]++; break;
        default: break;
        }
    }
  if (letters < 20)
    return NULL;
  /* Japanese mixes kana into Han; any real share of kana decides it. */
  if (counts[KANA] * 10 >= letters)
    return "ja";
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (i != KANA && counts[i] * 2 >= letters)
      return codes[i];
  return NULL;
}

/* word → bit set of the languages it is a function word of; built once. */
static GHashTable *
stop_word_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint l = 0; l < G_N_ELEMENTS (stop_words); l++)
        {
          g_auto(GStrv) words = g_strsplit (stop_words[l].words, " ", -1);
          for (guint w = 0; words[w]; w++)
            {
              const char *word;
              guint bits;

              if (*words[w] == '\0')
                continue;
              word = g_intern_string (words[w]);
              bits = GPOINTER_TO_UINT (g_hash_table_lookup (t, word));
              g_hash_table_insert (t, (gpointer) word, GUINT_TO_POINTER (bits | (1u << l)));
            }
        }
      g_once_init_leave (&table, t);
    }
  return table;
}

/**
 * winnow_guess_language:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 if nul-terminated
 *
 * Guesses the language of a text from its most frequent words and its
 * script. Only the first 64 KiB are looked at.
 *
 * Returns: (nullable): a language code such as "en", or %NULL when the
 *   text is too short or unlike any language known
 */
const char *
winnow_guess_language (const char *text,
                       gssize      length)
{
  GHashTable *table = stop_word_table ();
  guint hits[G_N_ELEMENTS (stop_words)] = { 0 };
  guint words = 0, best = 0;
  const char *script;
  const char *p, *end;
  char word[64];

  g_return_val_if_fail (text != NULL, NULL);
  if (length < 0)
    length = strlen (text);
  length = MIN (length, 65536);
  end = text + length;

  script = guess_from_script (text, length);
  if (script)
    return script;

  for (p = text; p < end && *p;)
    {
      gsize n = 0;
      gunichar c = g_utf8_get_char_validated (p, end - p);
      guint bits;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      if (!is_word_char (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      while (p < end && *p)
        {
          c = g_utf8_get_char_validated (p, end - p);
          if (c == (gunichar) -1 || c == (gunichar) -2 || !is_word_char (c))
            break;
          if (n + 8 < sizeof word)
            n += g_unichar_to_utf8 (g_unichar_tolower (c), word + n);
          p = g_utf8_next_char (p);
        }
      word[n] = '\0';
      words++;
      bits = GPOINTER_TO_UINT (g_hash_table_lookup (table, word));
      for (guint l = 0; bits; l++, bits >>= 1)
        if (bits & 1)
          hits[l]++;
    }

  if (words < 8)
    return NULL;
  for (guint l = 1; l < G_N_ELEMENTS (stop_words); l++)
    if (hits[l] > hits[best])
      best = l;
  /* Running text in a language has a good share of function words. */
  if (hits[best] * 100 < words * 12)
    return NULL;
  return stop_words[best].code;
}
