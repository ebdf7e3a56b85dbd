/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* One pass over a block's text: lengths, words, stop words, punctuation,
 * and the small signs of page furniture (breadcrumb separators, widget
 * words, counters). Works on any script: words are runs of letters, digits
 * and marks, and each CJK ideograph or kana is a word of its own. */

#include "bp-private.h"

#include <stdlib.h>
#include <string.h>

/* Words that name page furniture rather than say something. Lower-case,
 * sorted (bsearch). Generic web vocabulary, no site names but the social
 * networks whose buttons every page carries. */
static const char * const widget_words[] = {
  "account", "advertisement", "archive", "archives", "bookmark", "cart",
  "categories", "category", "click", "comment", "comments", "contact",
  "cookie", "cookies", "copyright", "download", "email", "facebook",
  "follow", "home", "homepage", "instagram", "linkedin", "login", "logout",
  "menu", "newsletter", "next", "password", "pinterest", "policy", "posted",
  "prev", "previous", "print", "privacy", "read", "register", "related",
  "replies", "reply", "reserved", "rights", "rss", "search", "share",
  "shares", "sign", "signin", "signup", "sitemap", "skip", "sponsored",
  "subscribe", "tags", "telegram", "terms", "tiktok", "tweet", "twitter",
  "username", "views", "whatsapp", "youtube",
};

static int
compare_word (const void *a,
              const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
is_widget_word (const char *word)
{
  return bsearch (&word, widget_words, G_N_ELEMENTS (widget_words),
                  sizeof widget_words[0], compare_word) != NULL;
}

static gboolean
is_cjk (gunichar c)
{
  GUnicodeScript script;

  if (c < 0x2E80)
    return FALSE;
  script = g_unichar_get_script (c);
  return script == G_UNICODE_SCRIPT_HAN
         || script == G_UNICODE_SCRIPT_HIRAGANA
         || script == G_UNICODE_SCRIPT_KATAKANA;
}

static gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c) || c == '_';
  switch (g_unichar_type (c))
    {
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_NON_SPACING_MARK:
      return TRUE;
    default:
      return g_unichar_isalnum (c);
    }
}

static gboolean
is_separator (gunichar c)
{
  switch (c)
    {
    case '>': case '|': case '/': case ':': case 0x203A: /* › */
    case 0x00BB: /* » */ case 0x00B7: /* · */ case 0x2022: /* • */
    case 0x2192: /* → */ case 0x2044: /* ⁄ */ case 0x25B8: /* ▸ */
    case 0x276F: /* ❯ */ case 0x3009: /* 〉 */ case 0xFF1E: /* ＞ */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_sentence_end (gunichar c)
{
  switch (c)
    {
    case '.': case '!': case '?': case 0x3002: /* 。 */ case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */ case 0x061F: /* ؟ */ case 0x0964: /* । */
    case 0x06D4: /* ۔ */ case 0x2026: /* … */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D
         || c == 0x2019 || c == 0x00BB || c == 0x300D || c == 0x300F;
}

static void
finish_word (BpTextStats       *stats,
             char              *word,
             gsize              word_len,
             gboolean           too_long,
             const BpStopwords *stopwords,
             int                lang,
             guint             *lang_hits)
{
  guint64 mask;

  stats->words++;
  if (too_long || word_len == 0)
    return;
  word[word_len] = '\0';
  if (word_len == 10 && memcmp (word, "javascript", 10) == 0)
    stats->names_javascript = TRUE;
  if (is_widget_word (word))
    stats->widget_words++;
  if (stopwords == NULL)
    return;
  mask = bp_stopwords_lookup (stopwords, word);
  if (mask == 0)
    return;
  if (lang < 0 || (mask & (G_GUINT64_CONSTANT (1) << lang)) != 0)
    stats->stop_words++;
  if (lang_hits != NULL)
    {
      guint n = bp_stopwords_n_languages (stopwords);

      for (guint i = 0; i < n; i++)
        if (mask & (G_GUINT64_CONSTANT (1) << i))
          lang_hits[i]++;
    }
}

void
bp_text_stats_measure (BpTextStats       *stats,
                       const char        *text,
                       gsize              length,
                       const BpStopwords *stopwords,
                       int                lang,
                       guint             *lang_hits)
{
  const char *p = text, *end = text + length;
  char word[64];
  gsize word_len = 0;
  gboolean in_word = FALSE, too_long = FALSE, word_upper = FALSE;
  gunichar prev = ' ', last_visible = 0;
  guint32 hash = 2166136261u;

  memset (stats, 0, sizeof *stats);
  stats->bytes = length;

  while (p < end)
    {
      gunichar c;
      const char *next;
      gboolean space;

      /* ASCII, most of most pages, without the Unicode tables */
      if ((guchar) *p < 0x80)
        {
          c = (guchar) *p;
          next = p + 1;
          space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        }
      else
        {
          c = g_utf8_get_char_validated (p, end - p);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              p++;
              continue;
            }
          next = g_utf8_next_char (p);
          space = g_unichar_isspace (c) || c == 0xA0;
        }

      if (!space)
        {
          stats->chars++;
          last_visible = c;
        }

      if (is_cjk (c))
        {
          if (in_word)
            finish_word (stats, word, word_len, too_long, stopwords, lang, lang_hits);
          in_word = FALSE;
          stats->cjk++;
          /* a single ideograph or kana is a word of its own */
          word_len = next - p;
          memcpy (word, p, word_len);
          finish_word (stats, word, word_len, FALSE, stopwords, lang, lang_hits);
          word_len = 0;
          hash = (hash ^ c) * 16777619u;
        }
      else if (is_word_char (c))
        {
          gboolean ascii = c < 0x80;
          gunichar lower = !ascii ? g_unichar_tolower (c) : c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;

          if (!in_word)
            {
              in_word = TRUE;
              word_len = 0;
              too_long = FALSE;
              word_upper = ascii ? c >= 'A' && c <= 'Z' : g_unichar_isupper (c);
            }
          if (ascii ? c >= '0' && c <= '9' : g_unichar_isdigit (c))
            stats->digits++;
          if (!too_long)
            {
              char buf[6];
              int n = lower < 0x80 ? (buf[0] = (char) lower, 1) : g_unichar_to_utf8 (lower, buf);

              if (word_len + n < sizeof word)
                {
                  memcpy (word + word_len, buf, n);
                  word_len += n;
                }
              else
                too_long = TRUE;
            }
          hash = (hash ^ lower) * 16777619u;
        }
      else
        {
          if (in_word)
            {
              if (word_upper)
                stats->capitalized++;
              finish_word (stats, word, word_len, too_long, stopwords, lang, lang_hits);
              in_word = FALSE;
            }
          if (c == ',' || c == 0xFF0C || c == 0x3001 || c == 0x060C)
            stats->commas++;
          else if (is_sentence_end (c))
            {
              gunichar after = next < end ? g_utf8_get_char_validated (next, end - next) : ' ';

              if (after == ' ' || after == '\n' || is_closing (after) || next >= end || c >= 0x3000)
                stats->sentence_ends++;
            }
          else if (c == 0x00A9)
            stats->has_copyright = TRUE;
          else if (c == '(' && next < end && g_ascii_isdigit (*next))
            {
              const char *q = next;

              while (q < end && g_ascii_isdigit (*q))
                q++;
              if (q < end && *q == '/' && q + 1 < end && g_ascii_isdigit (q[1]))
                stats->has_counter = TRUE;
            }
          if (is_separator (c) && (prev == ' ' || p == text))
            {
              gunichar after = next < end ? g_utf8_get_char_validated (next, end - next) : ' ';

              if (after == ' ' || next >= end)
                stats->separators++;
            }
        }
      prev = space ? ' ' : c;
      p = next;
    }
  if (in_word)
    {
      if (word_upper)
        stats->capitalized++;
      finish_word (stats, word, word_len, too_long, stopwords, lang, lang_hits);
    }

  stats->ends_with_punct = last_visible != 0
                           && (is_sentence_end (last_visible) || is_closing (last_visible));
  stats->hash = hash;
}
