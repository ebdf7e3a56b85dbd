/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "byline-names.h"

#include <string.h>

/* A stretch of the byline between separators (",", ";", "|", "&", "and",
 * brackets, spaced dashes): a name, an e-mail, a role, a date, ... */
typedef struct {
  gsize start;
  gsize end;
} Range;

static void
byline_name_free (gpointer data)
{
  BylineName *n = data;

  g_free (n->name);
  g_free (n->surface);
  g_free (n->email);
  g_free (n->url);
  g_free (n->role);
  g_free (n->credentials);
  g_free (n);
}

void
byline_parse_init (BylineParse *parse)
{
  memset (parse, 0, sizeof *parse);
  parse->names = g_ptr_array_new_with_free_func (byline_name_free);
}

void
byline_parse_clear (BylineParse *parse)
{
  g_clear_pointer (&parse->names, g_ptr_array_unref);
  g_clear_pointer (&parse->affiliation, g_free);
  g_clear_pointer (&parse->date, g_free);
}

static gboolean
is_separator_char (gunichar c)
{
  switch (c)
    {
    case ',': case ';': case '|': case '&': case '/': case '\n': case '\t':
    case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
    case 0x00B7: /* · */
    case 0x2022: /* • */
    case 0x22C5: /* ⋅ */
    case 0x2219: /* ∙ */
    case 0x25CF: /* ● */
    case 0x2027: /* ‧ */
    case 0x30FB: /* ・ */
    case 0x2013: /* – */
    case 0x2014: /* — */
    case 0x00AB: case 0x00BB: /* « » */
    case 0xFF5C: /* ｜ */
    case 0x3001: /* 、 */
    case 0xFF0C: /* ， */
    case '"': case 0x201C: case 0x201D:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Words that join names: "X and Y", "X und Y", "X et Y", "X y Y". */
static gboolean
is_joining_word (const char *word,
                 gsize       length)
{
  static const char *any_case[] = { "and", "und", "with", NULL };
  static const char *lower_only[] = { "et", "y", "e", "en", "og", "och", "i", NULL };

  for (guint i = 0; any_case[i]; i++)
    if (length == strlen (any_case[i]) && g_ascii_strncasecmp (word, any_case[i], length) == 0)
      return TRUE;
  for (guint i = 0; lower_only[i]; i++)
    if (length == strlen (lower_only[i]) && strncmp (word, lower_only[i], length) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xA0 || c == 0x200B;
}

/* Whether the bracket at @at belongs to a name's middle word in brackets:
 * a maiden name or a nickname between two name words ("Paramita (Guha)
 * Ghosh", "Robert (Bob) Jones"), which is no list of two names. */
static gboolean
in_parenthesised_name (const BylineLexicon *lex,
                       const char          *text,
                       gsize                length,
                       gsize                at)
{
  gsize open = at, close = at;

  if (text[at] == ')')
    {
      while (open > 0 && text[open] != '(' && at - open < 40)
        open--;
    }
  else
    {
      while (close < length && text[close] != ')' && close - at < 40)
        close++;
    }
  if (text[open] != '(' || close >= length || text[close] != ')' || close - open < 3)
    return FALSE;
  /* one word inside, written like a name ("Guha", not "AP", "CNXSoft"),
   * and no agency ("Reuters") */
  if (!g_ascii_isupper (text[open + 1]))
    return FALSE;
  for (gsize k = open + 2; k < close; k++)
    if (!(g_ascii_islower (text[k]) || (guchar) text[k] >= 0x80 || text[k] == '-' ||
          text[k] == '\''))
      return FALSE;
  if (lex != NULL && byline_is_agency (lex, text + open + 1, close - open - 1))
    return FALSE;
  /* a word just before, a name's next word just after ("Ghosh", not a
   * month), both on the line */
  if (open < 2 || text[open - 1] != ' ' || !g_ascii_isalpha (text[open - 2]) ||
      close + 3 >= length || text[close + 1] != ' ' || !g_ascii_isupper (text[close + 2]) ||
      !g_ascii_islower (text[close + 3]))
    return FALSE;
  {
    gsize e = close + 2;
    while (e < length && g_ascii_isalpha (text[e]))
      e++;
    if (lex != NULL && byline_lexicon_month (lex, text + close + 2, e - close - 2) != 0)
      return FALSE;
  }
  return TRUE;
}

/* Cuts @text into segments at separators, but never inside a date
 * ("Updated November 18, 2025"): @dates holds their ranges. */
static GArray *
split_segments (const BylineLexicon *lex,
                const char          *text,
                gsize                length,
                GArray              *dates)
{
  GArray *segments = g_array_new (FALSE, FALSE, sizeof (Range));
  Range current = { 0, 0 };
  const char *p = text, *end = text + length;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      gboolean cut = FALSE;
      gsize skip_to = next - text;

      gboolean in_date = FALSE;

      for (guint d = 0; d < dates->len; d++)
        {
          Range r = g_array_index (dates, Range, d);
          if ((gsize) (p - text) > r.start && (gsize) (p - text) < r.end)
            in_date = TRUE;
        }
      if (in_date)
        ;
      else if ((c == '(' || c == ')') && in_parenthesised_name (lex, text, length, p - text))
        ;
      else if (is_separator_char (c))
        cut = TRUE;
      else if (c == '-' && p > text && next < end &&
               is_space (g_utf8_get_char (g_utf8_prev_char (p))) &&
               is_space (g_utf8_get_char (next)))
        cut = TRUE;
      else if (is_space (c) || p == text)
        {
          /* A joining word standing alone between spaces. */
          const char *w = is_space (c) ? next : p;
          const char *we = w;
          while (we < end && g_ascii_isalpha (*we))
            we++;
          if (we > w && (we == end || is_space (g_utf8_get_char (we))) &&
              is_joining_word (w, we - w) && p != text)
            {
              cut = TRUE;
              skip_to = we - text;
            }
        }

      if (cut)
        {
          current.end = p - text;
          if (current.end > current.start)
            g_array_append_val (segments, current);
          current.start = skip_to;
          p = text + skip_to;
          continue;
        }
      p = next;
    }
  current.end = length;
  if (current.end > current.start)
    g_array_append_val (segments, current);
  return segments;
}

/* Trims spaces and stray punctuation from both ends of a range. */
static void
trim_range (const char *text,
            Range      *r)
{
  while (r->start < r->end)
    {
      gunichar c = g_utf8_get_char (text + r->start);
      if (!(is_space (c) || c == ':' || c == '*' || c == '\'' || c == '.' ||
            c == '-' || c == '=' || c == 0x2018 || c == 0x2019 || c == '@' ||
            c == '#' || c == '~' || c == '>' || c == '!'))
        break;
      /* Keep the "@" of an e-mail; drop that of a handle later. */
      if (c == '@')
        break;
      r->start = g_utf8_next_char (text + r->start) - text;
    }
  while (r->end > r->start)
    {
      const char *prev = g_utf8_prev_char (text + r->end);
      gunichar c = g_utf8_get_char (prev);
      if (!(is_space (c) || c == ':' || c == '*' || c == ',' || c == '-' ||
            c == '\'' || c == 0x2019 || c == '=' || c == '!' || c == '?'))
        break;
      r->end = prev - text;
    }
}

/* Where a word glues a lower-case letter to an upper-case one that
 * starts a word no name holds ("BoucherIn", "CategoryBy": a byline and the
 * link after it with their space lost when the page was flattened), the
 * offset of that upper-case letter; else 0. "McDonald" and "DeShawn" are
 * not cut: "Donald" and "Shawn" may be names. */
static gsize
glued_word_end (const BylineLexicon *lex,
                const char          *s,
                gsize                n)
{
  gunichar prev = 0;

  if (lex == NULL)
    return 0;
  for (const char *p = s; p < s + n; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isupper (c) && prev != 0 && g_unichar_islower (prev) && p - s >= 2)
        {
          const char *e = g_utf8_next_char (p);
          while (e < s + n && g_unichar_islower (g_utf8_get_char (e)))
            e = g_utf8_next_char (e);
          if (byline_lexicon_has (lex, BYLINE_LIST_NONNAMES, p, e - p))
            return p - s;
        }
      prev = c;
    }
  return 0;
}

/* The words of @r, split at spaces, and at glued joins (glued_word_end())
 * when @lex is given. */
static GArray *
split_words (const BylineLexicon *lex,
             const char          *text,
             Range                r)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Range));
  const char *p = text + r.start, *end = text + r.end;

  while (p < end)
    {
      Range w;
      gsize cut;

      while (p < end && is_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p >= end)
        break;
      w.start = p - text;
      while (p < end && !is_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      w.end = p - text;
      while ((cut = glued_word_end (lex, text + w.start, w.end - w.start)) > 0)
        {
          Range head = { w.start, w.start + cut };
          g_array_append_val (words, head);
          w.start += cut;
        }
      g_array_append_val (words, w);
    }
  return words;
}

static gboolean
looks_like_email (const char *s,
                  gsize       n)
{
  const char *at = memchr (s, '@', n);
  const char *dot;

  if (at == NULL || at == s)
    return FALSE;
  dot = memchr (at, '.', n - (at - s));
  return dot != NULL && dot > at + 1 && dot < s + n - 1 && memchr (s, ' ', n) == NULL;
}

static gboolean
looks_like_url (const char *s,
                gsize       n)
{
  return (n > 7 && (g_ascii_strncasecmp (s, "http://", 7) == 0 ||
                    g_ascii_strncasecmp (s, "https://", 8) == 0)) ||
         (n > 4 && g_ascii_strncasecmp (s, "www.", 4) == 0);
}

static gboolean
has_lower (const char *s,
           gsize       n)
{
  for (const char *p = s; p < s + n; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/**
 * byline_has_digit:
 *
 * Whether the first @length bytes of @text hold an ASCII digit.
 */
gboolean
byline_has_digit (const char *text,
                  gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (g_ascii_isdigit (text[i]))
      return TRUE;
  return FALSE;
}

/**
 * byline_strip_trailing_marks:
 *
 * The length of the first @length bytes of @text without the separators
 * and spaces that end them ("Jane Doe |", "Jane Doe ·", and with
 * @and_commas "Jane Doe,").
 */
gsize
byline_strip_trailing_marks (const char *text,
                             gsize       length,
                             gboolean    and_commas)
{
  static const char *marks[] = { " ", "\t", "|", "-", ":", "·", "•", "–", "—", ",", NULL };
  /* the comma is last, so that leaving it out is one step shorter */
  guint n_marks = G_N_ELEMENTS (marks) - (and_commas ? 1 : 2);
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint k = 0; k < n_marks; k++)
        {
          gsize t = strlen (marks[k]);
          if (length >= t && memcmp (text + length - t, marks[k], t) == 0)
            {
              length -= t;
              again = TRUE;
            }
        }
    }
  return length;
}

static gboolean
is_word_in (const BylineLexicon *lex,
            BylineList           list,
            const char          *s,
            gsize                n)
{
  /* Ignore a trailing full stop or comma ("Jr.", "PhD,"). */
  if (byline_lexicon_has (lex, list, s, n))
    return TRUE;
  while (n > 1 && (s[n - 1] == '.' || s[n - 1] == ','))
    {
      n--;
      if (byline_lexicon_has (lex, list, s, n))
        return TRUE;
    }
  return FALSE;
}

/* Whether @s (@n bytes) is one of @words, ASCII case aside. */
static gboolean
word_in (const char * const *words,
         const char         *s,
         gsize               n)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (n == strlen (words[i]) && g_ascii_strncasecmp (s, words[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* Where the last word of @s (@n bytes) starts. */
static gsize
last_word_start (const char *s,
                 gsize       n)
{
  while (n > 0 && s[n - 1] != ' ')
    n--;
  return n;
}

/* Words of a job title that are not role words themselves. */
static gboolean
is_function_word (const char *s,
                  gsize       n)
{
  static const char *words[] = { "of", "the", "for", "and", "at", "de", "du",
                                 "des", "la", "le", "in", "on", "&", "-", "to",
                                 "a", "an", "del", "der", "die", NULL };
  return word_in (words, s, n);
}

/* Words that end a name and give the affiliation after them. */
static gboolean
is_affiliation_word (const char *s,
                     gsize       n)
{
  static const char *words[] = { "for", "für", "pour", "para", "per", "voor", "of", "at", NULL };
  return word_in (words, s, n);
}

static gboolean
is_date_word (const char *s,
              gsize       n,
              gboolean   *is_update)
{
  static const char *updates[] = { "updated", "update", "modified", "aktualisiert",
                                   "actualizado", "atualizado", "aggiornato",
                                   "bijgewerkt", "edited", "last", NULL };
  static const char *publishes[] = { "published", "posted", "on", "veröffentlicht",
                                     "publié", "publié le", "publicado", "pubblicato",
                                     "gepubliceerd", "date", "dated", "am", "le", "el",
                                     "il", "op", NULL };
  while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ','))
    n--;
  for (guint i = 0; updates[i]; i++)
    if (n == strlen (updates[i]) && g_ascii_strncasecmp (s, updates[i], n) == 0)
      {
        *is_update = TRUE;
        return TRUE;
      }
  for (guint i = 0; publishes[i]; i++)
    if (n == strlen (publishes[i]) && g_ascii_strncasecmp (s, publishes[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* A credential after a name, as written: "MA", "M.A.", "PhD"; but "Ma"
 * and "Do", written like names, are surnames ("Rui Ma"), not degrees. */
static gboolean
is_credential (const BylineLexicon *lex,
               const char          *s,
               gsize                n)
{
  if (n == 2 && g_ascii_isupper (s[0]) && g_ascii_islower (s[1]))
    return FALSE;
  return is_word_in (lex, BYLINE_LIST_CREDENTIALS, s, n);
}

/* Whether words [@from, @to) of @text are all credentials ("MS RD"). */
static gboolean
all_credentials (const BylineLexicon *lex,
                 const char          *text,
                 GArray              *words,
                 guint                from,
                 guint                to)
{
  for (guint k = from; k < to; k++)
    {
      Range w = g_array_index (words, Range, k);
      if (!is_credential (lex, text + w.start, w.end - w.start))
        return FALSE;
    }
  return to > from;
}

/* Adds the credentials @text[@start, @end) to @name's, comma-separated:
 * stripped from the name, kept as a field. */
static void
add_credentials (BylineName *name,
                 const char *text,
                 gsize       start,
                 gsize       end)
{
  g_autofree char *more = NULL;

  while (end > start && (text[end - 1] == ' ' || text[end - 1] == ','))
    end--;
  if (end <= start)
    return;
  more = g_strndup (text + start, end - start);
  if (name->credentials == NULL)
    name->credentials = g_steal_pointer (&more);
  else
    {
      /* once each: "MD" is not "DMD" */
      g_auto(GStrv) held = g_strsplit (name->credentials, ", ", -1);
      char *both;

      if (g_strv_contains ((const char * const *) held, more))
        return;
      both = g_strconcat (name->credentials, ", ", more, NULL);
      g_free (name->credentials);
      name->credentials = both;
    }
}

/* An initial: "F." or "F" */
static gboolean
is_initial (const char *s,
            gsize       n)
{
  gunichar c = g_utf8_get_char (s);
  const char *after = g_utf8_next_char (s);

  if (!g_unichar_isupper (c))
    return FALSE;
  return (gsize) (after - s) == n || ((gsize) (after - s) + 1 == n && *after == '.');
}

/* A word that may be part of a name, as written. */
static gboolean
is_name_word (const BylineLexicon *lex,
              const char          *s,
              gsize                n,
              gboolean             first)
{
  gunichar c = g_utf8_get_char (s);

  if (byline_has_digit (s, n) || memchr (s, '@', n) != NULL || n > 40)
    return FALSE;
  /* "(Guha)" in "Paramita (Guha) Ghosh" (see in_parenthesised_name()) */
  if (!first && n > 3 && s[0] == '(' && s[n - 1] == ')')
    return is_name_word (lex, s + 1, n - 2, FALSE) && g_ascii_isupper (s[1]);
  for (const char *p = s; p < s + n; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      if (!(g_unichar_isalpha (ch) || g_unichar_ismark (ch) || ch == '\'' ||
            ch == 0x2019 || ch == '-' || ch == '.' || ch == ','))
        return FALSE;
    }
  if (is_word_in (lex, BYLINE_LIST_NONNAMES, s, n))
    return FALSE;
  if (g_unichar_isupper (c) || g_unichar_istitle (c))
    return TRUE;
  /* Scripts without case (Hangul, CJK, Arabic, ...) */
  if (g_unichar_isalpha (c) && !g_unichar_islower (c))
    return TRUE;
  /* "von", "de" inside a name */
  return !first && is_word_in (lex, BYLINE_LIST_PARTICLES, s, n);
}

static gboolean
is_uncased_word (const char *s)
{
  gunichar c = g_utf8_get_char (s);

  return g_unichar_isalpha (c) && !g_unichar_isupper (c) && !g_unichar_islower (c) &&
         !g_unichar_istitle (c);
}

/* A user name as blogs and forums show them: "luizjr4", "the_grange". */
static gboolean
is_user_name (const char *s,
              gsize       n)
{
  gboolean alpha = FALSE;

  if (n < 2 || n > 32)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isalpha (s[i]))
        alpha = TRUE;
      else if (!(g_ascii_isdigit (s[i]) || s[i] == '_' || s[i] == '-' || s[i] == '.'))
        return FALSE;
    }
  return alpha;
}

/* A common lower-case word, or its plural ("caches"). */
static gboolean
is_common_word (const BylineLexicon *lex,
                const char          *s,
                gsize                n)
{
  if (is_word_in (lex, BYLINE_LIST_COMMON_WORDS, s, n))
    return TRUE;
  return n > 3 && s[n - 1] == 's' && is_word_in (lex, BYLINE_LIST_COMMON_WORDS, s, n - 1);
}

/* The prefixes that may stand in the middle of a line ("Posted ... by"). */
static gboolean
is_inline_prefix_word (const char *prefix,
                       gsize       length)
{
  static const char *words[] = { "by", "von", "par", "por", "door", NULL };
  const char *last = prefix + length;
  const char *word;

  while (last > prefix && !g_ascii_isalpha (last[-1]))
    last--;
  word = last;
  while (word > prefix && g_ascii_isalpha (word[-1]))
    word--;
  return word_in (words, word, last - word);
}

/* Two to four capitals and no vowel: an acronym ("CDC", "NPR") when it
 * is all the name ("Andrew NG" is a person's). */
static gboolean
is_acronym (const char *word)
{
  gsize n = strlen (word);

  if (n < 2 || n > 4)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isupper (word[i]) || strchr ("AEIOUY", word[i]) != NULL)
      return FALSE;
  return TRUE;
}

/* Whether @s (lower case) is one syllable of a romanised Korean or
 * Chinese name: an onset, a glide, a vowel run and a final consonant
 * ("soo", "kyung", "hsien", "shek"), which "jean", "luc" and "lena" are
 * not. */
static gboolean
is_east_asian_syllable (const char *s,
                        gsize       n)
{
  static const char * const onsets[] = {
    "", "hs", "ts", "tz", "ch", "sh", "zh", "kk", "tt", "pp", "ss", "jj", "b", "c", "d", "f", "g",
    "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "w", "x", "y", "z",
  };
  static const char * const glides[] = { "", "y", "w" };
  static const char * const vowels[] = {
    "iao", "uai", "eui", "ae", "ai", "ao", "ee", "ei", "eo", "eu", "ia", "ie", "io", "iu", "oe",
    "oo", "ou", "ua", "ue", "ui", "uo", "a", "e", "i", "o", "u",
  };
  static const char * const codas[] = { "", "ng", "n", "m", "l", "k", "p", "t", "r" };

  for (guint o = 0; o < G_N_ELEMENTS (onsets); o++)
    {
      gsize no = strlen (onsets[o]);
      if (no > n || strncmp (s, onsets[o], no) != 0)
        continue;
      for (guint g = 0; g < G_N_ELEMENTS (glides); g++)
        {
          gsize ng = no + strlen (glides[g]);
          if (ng > n || strncmp (s + no, glides[g], ng - no) != 0)
            continue;
          for (guint v = 0; v < G_N_ELEMENTS (vowels); v++)
            {
              gsize nv = ng + strlen (vowels[v]);
              if (nv > n || strncmp (s + ng, vowels[v], nv - ng) != 0)
                continue;
              for (guint c = 0; c < G_N_ELEMENTS (codas); c++)
                if (n - nv == strlen (codas[c]) && strncmp (s + nv, codas[c], n - nv) == 0)
                  return TRUE;
            }
        }
    }
  return FALSE;
}

/* A given name of two syllables joined by a hyphen ("kyung-soo",
 * "ing-wen"), lower case. */
static gboolean
is_east_asian_given_name (const char *word)
{
  const char *hyphen = strchr (word, '-');

  if (hyphen == NULL || strchr (hyphen + 1, '-') != NULL)
    return FALSE;
  for (const char *p = word; *p; p++)
    if (*p != '-' && !g_ascii_islower (*p))
      return FALSE;
  return is_east_asian_syllable (word, hyphen - word) &&
         is_east_asian_syllable (hyphen + 1, strlen (hyphen + 1));
}

/* Whether @words from @i start with a Korean or Chinese family name and
 * a hyphenated given name ("Seo Ji-eun", whose "SEO" is also a job). */
static gboolean
starts_east_asian_name (const BylineLexicon *lex,
                        const char          *text,
                        GArray              *words,
                        guint                i)
{
  Range family, given;
  g_autofree char *folded = NULL;

  if (i + 1 >= words->len)
    return FALSE;
  family = g_array_index (words, Range, i);
  given = g_array_index (words, Range, i + 1);
  if (!byline_lexicon_has (lex, BYLINE_LIST_EAST_ASIAN_SURNAMES, text + family.start,
                           family.end - family.start))
    return FALSE;
  folded = g_ascii_strdown (text + given.start, given.end - given.start);
  return is_east_asian_given_name (folded);
}

/* Whether a word of @words is a Korean or Chinese family name. */
static gboolean
has_east_asian_surname (const BylineLexicon *lex,
                        char               **words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (byline_lexicon_has (lex, BYLINE_LIST_EAST_ASIAN_SURNAMES, words[i], -1))
      return TRUE;
  return FALSE;
}

char *
byline_proper_case (const BylineLexicon *lex,
                    const char          *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  gboolean east_asian;
  GString *out;

  if (is_acronym (name))
    return g_strdup (name);
  east_asian = words[0] != NULL && words[1] != NULL && has_east_asian_surname (lex, words);
  out = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);
      gboolean upper_next = TRUE;
      /* "Kyung-soo", not "Kyung-Soo", beside "Chang" */
      gboolean hyphen_joins = east_asian && is_east_asian_given_name (lower);
      glong k = 0;

      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      if (i > 0 && words[i + 1] != NULL &&
          byline_lexicon_has (lex, BYLINE_LIST_PARTICLES, lower, -1))
        {
          g_string_append (out, lower);
          continue;
        }
      if (is_word_in (lex, BYLINE_LIST_NAME_SUFFIXES, lower, strlen (lower)) &&
          i > 0 && lower[0] == 'i')
        {
          g_string_append (out, words[i]); /* "III" stays */
          continue;
        }
      for (const char *p = lower; *p; p = g_utf8_next_char (p), k++)
        {
          gunichar c = g_utf8_get_char (p);
          if (upper_next && g_unichar_isalpha (c))
            {
              g_string_append_unichar (out, g_unichar_totitle (c));
              upper_next = FALSE;
            }
          else
            g_string_append_unichar (out, c);
          if ((c == '-' && !hyphen_joins) || c == '\'' || c == 0x2019 || c == '.')
            upper_next = TRUE;
          /* McDonald, McCain */
          if (k == 1 && c == 'c' && lower[0] == 'm' && strlen (lower) > 3)
            upper_next = TRUE;
        }
      /* "D'" of one letter stays as "D'Angelo"; but "'s" never occurs in names. */
    }
  return g_string_free (out, FALSE);
}

gboolean
byline_is_agency (const BylineLexicon *lex,
                  const char          *text,
                  gssize               length)
{
  return byline_lexicon_has (lex, BYLINE_LIST_AGENCIES, text, length);
}

/* An agency's name as the byline gives it, but from the list when the
 * byline is in capitals ("BY SEO JI-EUN, YONHAP": "Yonhap", and "AP"
 * stays "AP"). */
static char *
agency_as_written (const BylineLexicon *lex,
                   const char          *text,
                   gsize                n)
{
  const char *spelling = NULL;

  for (gsize i = 0; i < n; i++)
    if (g_ascii_islower (text[i]))
      return g_strndup (text, n);
  spelling = byline_lexicon_spelling (lex, BYLINE_LIST_AGENCIES, text, n);
  return spelling != NULL ? g_strdup (spelling) : g_strndup (text, n);
}

/* Whether @text begins with an agency's name, more words after it
 * ("CNN Business", "Reuters Health"). */
static gboolean
starts_with_agency (const BylineLexicon *lex,
                    const char          *text,
                    gsize                n)
{
  for (gsize i = 1; i < n; i++)
    if (text[i] == ' ' && text[i - 1] != ' ' && byline_is_agency (lex, text, i))
      return TRUE;
  return FALSE;
}

/* Whether the last word of @text is a beat an agency names a desk for
 * ("CNN Business", "Reuters Health"), which the roles list holds for
 * jobs ("Business Reporter"). */
static gboolean
ends_in_beat (const char *text,
              gsize       n)
{
  static const char *beats[] = {
    "business", "sports", "science", "technology", "tech", "health", "politics", "markets",
    "money", "world", "travel", "entertainment", "wire", "news", NULL
  };
  gsize start = last_word_start (text, n);

  return word_in (beats, text + start, n - start);
}

/* The output form of a name: collapsed spaces, trailing commas gone, and
 * all-capital names in proper case. */
static char *
clean_name (const BylineLexicon *lex,
            const char          *s,
            gsize                n)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = s; p < s + n; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (is_space (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  while (out->len > 0 && (out->str[out->len - 1] == ',' ||
                          out->str[out->len - 1] == ' '))
    g_string_truncate (out, out->len - 1);
  /* "Colin Gray Colin Gray": an avatar's text and the name, flattened
   * into one line */
  if (out->len % 2 == 1 && out->len >= 7 && out->str[out->len / 2] == ' ' &&
      strchr (out->str + out->len / 2 + 1, ' ') != NULL &&
      memcmp (out->str, out->str + out->len / 2 + 1, out->len / 2) == 0)
    g_string_truncate (out, out->len / 2);
  /* "Kristian LarsenKristian Larsen": the same, with the space lost */
  else if (out->len % 2 == 0 && out->len >= 8 &&
           g_ascii_isupper (out->str[out->len / 2]) &&
           memchr (out->str, ' ', out->len / 2) != NULL &&
           memcmp (out->str, out->str + out->len / 2, out->len / 2) == 0)
    g_string_truncate (out, out->len / 2);

  if (!has_lower (out->str, out->len))
    {
      /* Only when the letters are cased: Hangul has no lower case. */
      gboolean cased = FALSE;
      for (const char *p = out->str; *p; p = g_utf8_next_char (p))
        if (g_unichar_isupper (g_utf8_get_char (p)))
          cased = TRUE;
      if (cased && g_utf8_strlen (out->str, -1) > 1)
        {
          char *proper = byline_proper_case (lex, out->str);
          g_string_free (out, TRUE);
          return proper;
        }
    }
  return g_string_free (out, FALSE);
}

static BylineName *
last_name (BylineParse *parse)
{
  return parse->names->len > 0 ? parse->names->pdata[parse->names->len - 1] : NULL;
}

static char *
range_dup (const char *text,
           gsize       start,
           gsize       end)
{
  Range r = { start, end };

  trim_range (text, &r);
  return g_strndup (text + r.start, r.end - r.start);
}

/**
 * byline_ends_in_role:
 * @lex: the word lists
 * @s: a job title or a line
 * @n: its length in bytes
 *
 * Whether the last word of @s is a job word ("Staff Writer", "Staff
 * Writers", "National Biotech Reporter").
 *
 * Returns: whether it is
 */
gboolean
byline_ends_in_role (const BylineLexicon *lex,
                     const char          *s,
                     gsize                n)
{
  gsize w = last_word_start (s, n);

  return is_word_in (lex, BYLINE_LIST_ROLES, s + w, n - w);
}

/* A segment after a name that names an organisation, the byline's
 * affiliation: a title led by "The" ("The Washington Post") or a name
 * ending in an organisation's word ("Bloomberg News"); capitalised words
 * only, and not a desk ("The Texas Newsroom"), a job or a credential. A
 * lone acronym is no such sign: after a name it is far more often a
 * credential the lists lack ("FOMA", "DACVB") than a broadcaster. */
static gboolean
is_organisation_segment (const BylineLexicon *lex,
                         const char          *text,
                         Range                seg)
{
  g_autoptr(GArray) words = split_words (NULL, text, seg);
  Range first, last;
  gsize before = seg.start;

  /* set off by a comma, a bar or a dash: "and Weissman Electric" is a
   * co-author's credit */
  while (before > 0 && text[before - 1] == ' ')
    before--;
  if (before == 0 || !(strchr (",|/-", text[before - 1]) != NULL || (text[before - 1] & 0x80)))
    return FALSE;
  if (words->len == 0 || words->len > 5)
    return FALSE;
  for (guint i = 0; i < words->len; i++)
    {
      Range w = g_array_index (words, Range, i);
      gunichar c = g_utf8_get_char (text + w.start);
      gboolean joining = i > 0 && (is_joining_word (text + w.start, w.end - w.start) ||
                                   is_word_in (lex, BYLINE_LIST_PARTICLES, text + w.start,
                                               w.end - w.start));
      if (!g_unichar_isupper (c) && !joining)
        return FALSE;
      if (is_word_in (lex, BYLINE_LIST_ROLES, text + w.start, w.end - w.start) ||
          is_credential (lex, text + w.start, w.end - w.start))
        return FALSE;
    }
  first = g_array_index (words, Range, 0);
  last = g_array_index (words, Range, words->len - 1);
  if (words->len == 1 || byline_is_desk_word (text + last.start, last.end - last.start))
    return FALSE;
  return (first.end - first.start == 3 && strncmp (text + first.start, "The", 3) == 0) ||
         is_word_in (lex, BYLINE_LIST_ORG_WORDS, text + last.start, last.end - last.start);
}

/* Gives @prev the job title @text[@start, @end). A title that itself
 * holds "and" or "&" was cut there as two segments ("Privacy and
 * Digital Security Expert", "Health and Science Reporter"): when only a
 * few words and that joining word stand between the name's comma and
 * @start, they are the title's beginning. */
static void
set_role (const char *text,
          BylineName *prev,
          gsize       start,
          gsize       end)
{
  gsize from = prev->end, k = start, head;
  guint words = 0;

  while (from < start && (text[from] == ' ' || text[from] == ','))
    from++;
  head = from;
  /* back over the joining word before @start */
  while (k > from && text[k - 1] == ' ')
    k--;
  if (k >= from + 1 && text[k - 1] == '&')
    k--;
  else if (k >= from + 3 && g_ascii_strncasecmp (text + k - 3, "and", 3) == 0 &&
           (k - 3 == from || text[k - 4] == ' '))
    k -= 3;
  else
    k = start;
  if (k < start && k > head && head > prev->end && memchr (text + prev->end, ',', head - prev->end))
    {
      gboolean plain = TRUE;
      for (gsize i = head; i < k && plain; i++)
        {
          plain = g_ascii_isalpha (text[i]) || text[i] == ' ' || text[i] == '-';
          if (text[i] == ' ' && i + 1 < k && text[i + 1] != ' ')
            words++;
        }
      if (plain && words < 3)
        {
          g_autofree char *middle = range_dup (text, head, k);
          if (prev->role == NULL || strcmp (prev->role, middle) == 0)
            {
              g_free (prev->role);
              prev->role = range_dup (text, head, end);
              return;
            }
        }
    }
  if (prev->role == NULL)
    prev->role = range_dup (text, start, end);
}

/* Tries to read @seg as a date ("Updated 3:41 PM EDT, Mon June 5, 2023"). */
static gboolean
take_date (const BylineLexicon    *lex,
           const BylineDateParser *dates,
           const char             *text,
           Range                   seg,
           int                     max_year,
           BylineParse            *parse,
           gboolean                whole)
{
  BylineDateMatch m;
  gboolean update = FALSE;
  GArray *words;
  gsize covered = 0, total = 0;
  guint names = 0;

  if (!byline_date_parser_find (dates, text + seg.start, seg.end - seg.start,
                                FALSE, 1990, max_year, &m))
    return FALSE;

  words = split_words (lex, text, seg);
  for (guint i = 0; i < words->len; i++)
    {
      Range w = g_array_index (words, Range, i);
      gsize n = w.end - w.start;
      total += n;
      if (w.start - seg.start >= m.start && w.end - seg.start <= m.end)
        covered += n;
      else if (w.end - seg.start <= m.start && is_date_word (text + w.start, n, &update))
        covered += n;
      else if (is_name_word (lex, text + w.start, n, TRUE))
        names++;
    }
  g_array_unref (words);

  /* "Matt Eland on Dec. 13, 2025" is a name with a date, not a date. */
  if (whole && (covered * 2 < total || names > 0))
    {
      byline_date_match_clear (&m);
      return FALSE;
    }
  if (parse->date == NULL || (parse->date_is_update && !update))
    {
      g_free (parse->date);
      parse->date = g_steal_pointer (&m.iso);
      parse->date_start = seg.start + m.start;
      parse->date_end = seg.start + m.end;
      parse->date_is_update = update;
    }
  byline_date_match_clear (&m);
  return TRUE;
}

/* How much of the e-mail address @email (up to its '@') spells @name:
 * the letters of the name's words of two letters or more found in it
 * ("kim.hongkyun" spells "Kim Hong-kyun", not "Park Ji-hye"). */
static gsize
email_spells_name (const char *email,
                   gsize       length,
                   const char *name)
{
  const char *at = memchr (email, '@', length);
  g_autofree char *local = NULL;
  g_autofree char *folded = g_utf8_strdown (name, -1);
  GString *letters = g_string_new (NULL);
  gsize score = 0;

  for (const char *p = email; p < (at != NULL ? at : email + length); p++)
    if (g_ascii_isalpha (*p))
      g_string_append_c (letters, g_ascii_tolower (*p));
  local = g_string_free (letters, FALSE);
  for (const char *p = folded; *p;)
    {
      const char *end = p;
      while (*end && g_ascii_isalpha (*end))
        end++;
      if (end - p >= 2)
        {
          g_autofree char *word = g_strndup (p, end - p);
          if (strstr (local, word) != NULL)
            score += end - p;
        }
      p = *end ? end + 1 : end;
    }
  return score;
}

/**
 * byline_email_address:
 * @value: an address as a link or a tag gives it ("mailto:jane@example.com?subject=Hi",
 *   "jane@example.com")
 *
 * The e-mail address @value holds, without "mailto:" and a query.
 *
 * Returns: (transfer full) (nullable): the address, or %NULL if @value holds none
 */
char *
byline_email_address (const char *value)
{
  gsize n;

  if (g_ascii_strncasecmp (value, "mailto:", 7) == 0)
    value += 7;
  n = strcspn (value, "?");
  if (memchr (value, '@', n) == NULL || memchr (value, ' ', n) != NULL)
    return NULL;
  return g_strndup (value, n);
}

static void
attach_email (BylineParse *parse,
              const char  *text,
              Range        r,
              char       **pending,
              Range       *pending_range)
{
  BylineName *last = last_name (parse);

  /* Strip "mailto:" and the brackets' leftovers. */
  if (r.end - r.start > 7 && g_ascii_strncasecmp (text + r.start, "mailto:", 7) == 0)
    r.start += 7;
  /* One address after several names belongs to the one it spells
   * ("BY KIM HONG-KYUN, PARK JI-HYE [kim.hongkyun@...]"), else to the
   * last. */
  if (parse->names->len > 1)
    {
      gsize best = last->email == NULL ? email_spells_name (text + r.start, r.end - r.start,
                                                            last->name) : 0;
      for (guint i = 0; i + 1 < parse->names->len; i++)
        {
          BylineName *bn = parse->names->pdata[i];
          gsize score = bn->email == NULL ?
                        email_spells_name (text + r.start, r.end - r.start, bn->name) : 0;
          if (score > best)
            {
              best = score;
              last = bn;
            }
        }
    }
  if (last != NULL && last->email == NULL)
    {
      last->email = g_strndup (text + r.start, r.end - r.start);
      last->email_start = r.start;
      last->email_end = r.end;
    }
  else if (*pending == NULL)
    {
      *pending = g_strndup (text + r.start, r.end - r.start);
      *pending_range = r;
    }
}

/* Words that are all common lower-case words, not led by a first name:
 * "Use Case", "Career Development", not "Mark Brown". */
static gboolean
is_phrase (const BylineLexicon *lex,
           const char          *text,
           GArray              *words,
           guint                first,
           guint                last)
{
  Range w0 = g_array_index (words, Range, first);

  if (is_word_in (lex, BYLINE_LIST_FIRST_NAMES, text + w0.start, w0.end - w0.start))
    return FALSE;
  for (guint k = first; k < last; k++)
    {
      Range w = g_array_index (words, Range, k);
      if (!is_word_in (lex, BYLINE_LIST_COMMON_WORDS, text + w.start, w.end - w.start))
        return FALSE;
    }
  return TRUE;
}

/* The last name's job title is @text[@from, @to) of segment @seg; the
 * byline's date may follow it there ("Home Security Expert Last Updated
 * on Mar 11, 2026"). */
static void
take_role_and_date (const BylineLexicon    *lex,
                    const BylineDateParser *dates,
                    const char             *text,
                    Range                   seg,
                    gsize                   from,
                    gsize                   to,
                    int                     max_year,
                    BylineParse            *parse)
{
  Range rest = { to, seg.end };

  set_role (text, last_name (parse), from, to);
  trim_range (text, &rest);
  if (rest.end > rest.start)
    take_date (lex, dates, text, rest, max_year, parse, FALSE);
}

/**
 * byline_is_desk_word:
 * @word: a word
 * @n: its length in bytes
 *
 * Whether @word, in any case, names a newsroom's group of people and
 * ends a team's name: "Team", "Staff", "Desk", "Newsdesk", "Newsroom",
 * "Editors".
 *
 * Returns: whether it does
 */
gboolean
byline_is_desk_word (const char *word,
                     gsize       n)
{
  static const char *words[] = { "Team", "Staff", "Desk", "Newsdesk", "Newsroom", "Editors", NULL };

  return word_in (words, word, n);
}

/**
 * byline_is_by_word:
 * @word: a word
 * @n: its length in bytes
 *
 * Whether @word is "by" in any case, a colon after it allowed ("By:"):
 * the word after a credit's ("Reviewed by").
 *
 * Returns: whether it is
 */
gboolean
byline_is_by_word (const char *word,
                   gsize       n)
{
  if (n == 3 && word[2] == ':')
    n--;
  return n == 2 && g_ascii_strncasecmp (word, "by", 2) == 0;
}

/* The last of @words, or the last before a number, is a desk word
 * ("Team", "Staff"; "By the Lavazza Team 2–3 minutes"). */
static gboolean
ends_with_desk_word (const char *text,
                     GArray     *words)
{
  guint end = 0;

  while (end < words->len && !g_ascii_isdigit (text[g_array_index (words, Range, end).start]))
    end++;
  if (end == 0)
    return FALSE;
  {
    Range w = g_array_index (words, Range, end - 1);
    return byline_is_desk_word (text + w.start, w.end - w.start);
  }
}

/* A credit to someone else, which names no author: "Updated by Jon
 * Linkov", "Medically reviewed by ...", "photos by John Roe". */
static gboolean
is_credit_segment (const BylineLexicon *lex,
                   const char          *text,
                   Range                seg)
{
  g_autoptr(GArray) words = split_words (lex, text, seg);

  for (guint k = 0; k + 1 < words->len; k++)
    {
      Range w = g_array_index (words, Range, k);
      Range next = g_array_index (words, Range, k + 1);

      if (!is_word_in (lex, BYLINE_LIST_CREDIT_WORDS, text + w.start, w.end - w.start))
        break;
      if (byline_is_by_word (text + next.start, next.end - next.start))
        return TRUE;
    }
  return FALSE;
}

/* Reads the name words of one segment. Returns TRUE if the segment was
 * understood (a name, or a role after a name). */
static gboolean
take_names (const BylineLexicon    *lex,
            const BylineDateParser *dates,
            const char             *text,
            Range                   seg,
            BylineParseMode         mode,
            int                     max_year,
            BylineParse            *parse,
            gboolean               *stop,
            gboolean               *at_place)
{
  g_autoptr(GArray) words = split_words (lex, text, seg);
  guint i = 0, first, last;
  gboolean after_junk = FALSE;
  gboolean understood = FALSE;
  guint n_words = words->len;
  gboolean the_may_lead;
  BylineName *added = NULL;

  if (n_words == 0)
    return FALSE;
  /* "Jane Doe, MS RD, and John Roe": the name before holds them (the
   * segment is then read on as before) */
  if (last_name (parse) != NULL && all_credentials (lex, text, words, 0, n_words))
    add_credentials (last_name (parse), text, g_array_index (words, Range, 0).start, seg.end);
  /* "The" is part of a name that markup gives ("The Commercial Appeal")
   * or of a team's in text ("By The Diggs Team"); in other text it
   * starts a phrase ("by the way"). */
  the_may_lead = mode != BYLINE_PARSE_TEXT || ends_with_desk_word (text, words);

  /* Leading junk: "Minutes Ago", "5 min read", a repeated "By". */
  while (i < n_words)
    {
      Range w = g_array_index (words, Range, i);
      gsize n = w.end - w.start;
      gsize prefix = byline_lexicon_match_prefix (lex, text + w.start, seg.end - w.start);
      if (prefix > 0 && w.start + prefix < seg.end)
        {
          guint before = i;
          /* Skip the words the prefix covers. */
          while (i < n_words && g_array_index (words, Range, i).end <= w.start + prefix)
            i++;
          /* a prefix glued to the name ("Authors:Aniruddha") covers no
           * whole word: the word is read as it stands */
          if (i > before)
            continue;
        }
      if (the_may_lead && n == 3 && g_ascii_strncasecmp (text + w.start, "the", 3) == 0 &&
          i + 1 < n_words)
        break;
      if (is_word_in (lex, BYLINE_LIST_NONNAMES, text + w.start, n) ||
          (byline_has_digit (text + w.start, n) && mode == BYLINE_PARSE_TEXT))
        {
          after_junk = TRUE;
          i++;
          continue;
        }
      break;
    }
  if (i >= n_words)
    return FALSE;

  /* An affiliation segment: "For Daily Mail Australia". */
  {
    Range w = g_array_index (words, Range, i);
    if (is_affiliation_word (text + w.start, w.end - w.start) && i + 1 < n_words &&
        g_ascii_strncasecmp (text + w.start, "of", 2) != 0 &&
        !g_ascii_isdigit (text[g_array_index (words, Range, i + 1).start]))
      {
        if (parse->affiliation == NULL)
          parse->affiliation = range_dup (text, g_array_index (words, Range, i + 1).start, seg.end);
        *stop = TRUE;
        return TRUE;
      }
  }

  /* A job title after a name: "Staff Writer", "Senior Reporter", or a
   * segment that starts like one: "CEO of CaseBasix", "Sr. Director of
   * Operations". */
  {
    gboolean all_roles = TRUE, any_role = FALSE;
    Range w0 = g_array_index (words, Range, i);
    gboolean starts_role = is_word_in (lex, BYLINE_LIST_ROLES, text + w0.start, w0.end - w0.start) &&
                           !starts_east_asian_name (lex, text, words, i);

    if (!starts_role && i + 1 < n_words &&
        is_word_in (lex, BYLINE_LIST_NAME_SUFFIXES, text + w0.start, w0.end - w0.start))
      {
        Range w1 = g_array_index (words, Range, i + 1);
        starts_role = is_word_in (lex, BYLINE_LIST_ROLES, text + w1.start, w1.end - w1.start);
      }
    /* "Review Editor", "Senior Staff Writer" after a name. */
    if (!starts_role && last_name (parse) != NULL && n_words - i <= 4)
      {
        Range wl = g_array_index (words, Range, n_words - 1);
        starts_role = is_word_in (lex, BYLINE_LIST_ROLES, text + wl.start, wl.end - wl.start);
      }
    if (starts_role)
      {
        BylineName *prev = last_name (parse);
        /* (from the segment's start: "Home Security Expert" is a title,
         * though "Home" would be a menu's junk before a name) */
        if (prev != NULL)
          {
            gsize from = i > 0 ? g_array_index (words, Range, 0).start : w0.start;
            gsize to = seg.end;
            BylineDateMatch m;
            /* "Senior Writer June 5, 2024": the date is the byline's */
            if (byline_date_parser_find (dates, text + from, seg.end - from, FALSE, 1990, max_year,
                                         &m))
              {
                if (m.start > 0)
                  to = from + m.start;
                byline_date_match_clear (&m);
              }
            take_role_and_date (lex, dates, text, seg, from, to, max_year, parse);
          }
        return prev != NULL;
      }
    /* "Home Security Expert Last Updated on Mar 11, 2026": a title of
     * capitalised words, then the line goes on with its date */
    if (last_name (parse) != NULL)
      {
        for (guint k = i; k < n_words && k < i + 4; k++)
          {
            Range w = g_array_index (words, Range, k);
            if (!g_unichar_isupper (g_utf8_get_char (text + w.start)))
              break;
            if (k > i && is_word_in (lex, BYLINE_LIST_ROLES, text + w.start, w.end - w.start))
              {
                take_role_and_date (lex, dates, text, seg,
                                    i > 0 ? g_array_index (words, Range, 0).start : w0.start,
                                    w.end, max_year, parse);
                return TRUE;
              }
          }
      }
    for (guint j = i; j < n_words; j++)
      {
        Range w = g_array_index (words, Range, j);
        gsize n = w.end - w.start;
        if (is_word_in (lex, BYLINE_LIST_ROLES, text + w.start, n))
          any_role = TRUE;
        else if (!is_function_word (text + w.start, n))
          all_roles = FALSE;
      }
    if (all_roles && any_role)
      {
        BylineName *prev = last_name (parse);
        if (prev != NULL)
          set_role (text, prev, g_array_index (words, Range, i).start, seg.end);
        return TRUE;
      }
  }

  /* A date right after the name ("Jill Barshay August 5, 2024") ends it. */
  {
    BylineDateMatch m;
    if (byline_date_parser_find (dates, text + seg.start, seg.end - seg.start, FALSE,
                                 1990, max_year, &m))
      {
        guint k = i;
        while (k < n_words && g_array_index (words, Range, k).end <= seg.start + m.start)
          k++;
        if (k < n_words && k > i)
          {
            Range rest = { g_array_index (words, Range, k).start, seg.end };
            g_array_set_size (words, k);
            n_words = k;
            take_date (lex, dates, text, rest, max_year, parse, FALSE);
          }
        byline_date_match_clear (&m);
      }
  }

  /* The run of name words. */
  first = i;
  last = i;
  while (last < n_words)
    {
      Range w = g_array_index (words, Range, last);
      const char *s = text + w.start;
      gsize n = w.end - w.start;

      if (is_affiliation_word (s, n) && last > first)
        break;
      /* "By JOSH BOAK and FATIMA HUSSEIN Associated Press": the agency
       * that ends the segment is no part of the name (a desk such as
       * "Editorial Staff" is left to the job words) */
      if (last >= first + 2 && byline_is_agency (lex, s, seg.end - w.start) &&
          !byline_ends_in_role (lex, s, seg.end - w.start))
        break;
      if (is_credential (lex, s, n) && last > first &&
          !is_initial (s, n))
        break;
      if (is_word_in (lex, BYLINE_LIST_ROLES, s, n) && last - first >= 2)
        break;
      if (!is_name_word (lex, s, n, last == first) &&
          !(last == first && the_may_lead && n == 3 &&
            g_ascii_strncasecmp (s, "the", 3) == 0 && last + 1 < n_words))
        break;
      last++;
      /* A comma inside the segment cannot happen; a trailing "." of an
       * abbreviation does not end the name. */
    }
  /* A metadata value is one name as the site spells it, job words and
   * all ("Great Day Editorial Team"): only credentials come off. */
  if (mode == BYLINE_PARSE_META && n_words - first <= 6 && !after_junk)
    {
      gboolean plain = TRUE, any_name = FALSE;
      guint end = n_words;
      for (guint k = first; k < n_words && plain; k++)
        {
          Range w = g_array_index (words, Range, k);
          const char *s = text + w.start;
          gsize n = w.end - w.start;
          if (memchr (s, '@', n) != NULL || n > 40)
            plain = FALSE;
          /* a section ("finance"), not someone's user name */
          else if (n_words - first == 1 && g_unichar_islower (g_utf8_get_char (s)) &&
                   is_common_word (lex, s, n))
            plain = FALSE;
          else if (!is_word_in (lex, BYLINE_LIST_NONNAMES, s, n))
            any_name = TRUE;
        }
      while (end > first + 1)
        {
          Range w = g_array_index (words, Range, end - 1);
          if (!is_credential (lex, text + w.start, w.end - w.start))
            break;
          end--;
        }
      if (plain && any_name && end > last)
        last = end;
    }

  /* A team's name goes on through the job words to its team word ("By
   * SolutionsHub Editorial Team"), but a person's is no team's. */
  if (last > first && last < n_words && n_words - first <= 5 &&
      ends_with_desk_word (text, words) &&
      !byline_is_plain_name (lex, text + g_array_index (words, Range, first).start,
                             g_array_index (words, Range, last - 1).end -
                               g_array_index (words, Range, first).start, TRUE))
    {
      gboolean capitalised = TRUE;
      for (guint k = last; k < n_words && capitalised; k++)
        capitalised = g_unichar_isupper (g_utf8_get_char (text + g_array_index (words, Range, k).start));
      if (capitalised)
        last = n_words;
    }

  /* A month after three or more words is the start of a date ("Jonathan
   * Sayers Jan."). */
  while (last - first >= 3)
    {
      Range w = g_array_index (words, Range, last - 1);
      if (byline_lexicon_month (lex, text + w.start, w.end - w.start) == 0)
        break;
      last--;
    }

  /* Particles cannot end a name. */
  while (last > first)
    {
      Range w = g_array_index (words, Range, last - 1);
      if (!is_word_in (lex, BYLINE_LIST_PARTICLES, text + w.start, w.end - w.start) ||
          g_unichar_isupper (g_utf8_get_char (text + w.start)))
        break;
      last--;
    }

  /* (not what junk leaves: "CS6" of "Adobe InDesign CS6") */
  if (last == first && mode != BYLINE_PARSE_TEXT && n_words - first == 1 && !after_junk)
    {
      /* A lone user name in markup: "beijingwalker". */
      Range w = g_array_index (words, Range, first);
      if (is_user_name (text + w.start, w.end - w.start) &&
          !is_word_in (lex, BYLINE_LIST_NONNAMES, text + w.start, w.end - w.start) &&
          !is_common_word (lex, text + w.start, w.end - w.start) &&
          !is_word_in (lex, BYLINE_LIST_ROLES, text + w.start, w.end - w.start))
        last = first + 1;
    }

  if (last > first)
    {
      Range name = { g_array_index (words, Range, first).start,
                     g_array_index (words, Range, last - 1).end };
      guint n_name = last - first;
      gboolean uncased = is_uncased_word (text + name.start);
      gboolean ok = n_name <= 6 && name.end - name.start <= 80;

      trim_range (text, &name);
      /* a sentence's full stop ("... Worldwide. By Dan Shrigley."), not
       * an initial's ("David F.") nor a suffix's ("John Smith Jr.") */
      if (name.end - name.start > 3 && text[name.end - 1] == '.')
        {
          static const char *abbreviations[] = { "inc", "corp", "ltd", "co", "bros", NULL };
          Range w = g_array_index (words, Range, last - 1);
          gsize letters = name.end - 1 - w.start;
          gboolean keep = letters < 2 || !g_ascii_islower (text[name.end - 2]) ||
                          is_word_in (lex, BYLINE_LIST_NAME_SUFFIXES, text + w.start, letters) ||
                          is_credential (lex, text + w.start, letters + 1);
          for (guint k = 0; abbreviations[k] != NULL && !keep; k++)
            keep = letters == strlen (abbreviations[k]) &&
                   g_ascii_strncasecmp (text + w.start, abbreviations[k], letters) == 0;
          if (!keep)
            name.end--;
        }
      if (mode == BYLINE_PARSE_TEXT && n_name < 2 && !uncased)
        ok = FALSE;
      if (mode == BYLINE_PARSE_TEXT && ok && is_phrase (lex, text, words, first, last))
        ok = FALSE;
      if (n_name == 1 && byline_lexicon_month (lex, text + name.start, name.end - name.start) > 0)
        ok = FALSE;
      /* One word, an article, a capital: a title ("Ask the Doctors",
       * "Meet the Team"), not a name */
      if (ok && n_name == 1 && last + 1 < n_words)
        {
          static const char * const articles[] = { "the", "a", "an", "our", "your", "my" };
          Range w1 = g_array_index (words, Range, last);
          Range w2 = g_array_index (words, Range, last + 1);
          gsize n1 = w1.end - w1.start;

          for (guint k = 0; k < G_N_ELEMENTS (articles); k++)
            if (n1 == strlen (articles[k]) && strncmp (text + w1.start, articles[k], n1) == 0 &&
                g_unichar_isupper (g_utf8_get_char (text + w2.start)))
              ok = FALSE;
        }
      if (ok && byline_is_agency (lex, text + name.start, name.end - name.start))
        {
          if (parse->affiliation == NULL)
            parse->affiliation = agency_as_written (lex, text + name.start, name.end - name.start);
          ok = FALSE;
          understood = TRUE;
        }
      if (ok && byline_lexicon_has (lex, BYLINE_LIST_IGNORED, text + name.start,
                                    name.end - name.start))
        {
          ok = FALSE;
          understood = TRUE;
        }
      if (ok)
        {
          BylineName *bn = g_new0 (BylineName, 1);
          bn->surface = g_strndup (text + name.start, name.end - name.start);
          bn->name = clean_name (lex, text + name.start, name.end - name.start);
          bn->start = name.start;
          bn->end = name.end;
          g_ptr_array_add (parse->names, bn);
          added = bn;
          understood = TRUE;
        }
    }

  /* What follows the name in the same segment. */
  if (last < n_words && (understood || last > first))
    {
      Range rest = { g_array_index (words, Range, last).start, seg.end };
      Range w = g_array_index (words, Range, last);
      const char *s = text + w.start;
      gsize n = w.end - w.start;
      BylineName *prev = last_name (parse);

      if (looks_like_email (s, n))
        {
          char *pending = NULL;
          Range pr;
          attach_email (parse, text, w, &pending, &pr);
          g_free (pending);
        }
      /* "Jane Doe PhD", "Dylan Bailey MS RD" */
      else if (added != NULL && all_credentials (lex, text, words, last, n_words))
        add_credentials (added, text, w.start, seg.end);
      else if (is_affiliation_word (s, n) && last + 1 < n_words &&
               !g_ascii_isdigit (text[g_array_index (words, Range, last + 1).start]))
        {
          /* (not the time of "Posted by Jane Doe at 3:41 PM") */
          if (parse->affiliation == NULL)
            parse->affiliation = range_dup (text, g_array_index (words, Range, last + 1).start,
                                            seg.end);
          *stop = TRUE;
        }
      else if (byline_is_agency (lex, text + rest.start, rest.end - rest.start) &&
               !byline_ends_in_role (lex, text + rest.start, rest.end - rest.start))
        {
          if (parse->affiliation == NULL)
            parse->affiliation = agency_as_written (lex, text + rest.start, rest.end - rest.start);
        }
      else if (n == 2 && g_ascii_strncasecmp (s, "in", 2) == 0 && last + 1 < n_words &&
               prev != NULL)
        {
          /* "By Gabby Boucher In Budget Travel, Travel Tips": the post's
           * categories (or a place) follow, not more authors; but "and"
           * may bring one ("Reporting by Jane Doe in London and Sam Roe
           * in Singapore") */
          *stop = TRUE;
          *at_place = TRUE;
        }
      else if (take_date (lex, dates, text, rest, max_year, parse, FALSE))
        ;
      else if (prev != NULL && prev->role == NULL &&
               is_word_in (lex, BYLINE_LIST_ROLES, s, n))
        prev->role = range_dup (text, rest.start, rest.end);
    }
  return understood;
}

/* Metadata values sometimes keep their HTML escapes ("Maria &amp;
 * Katerina"). */
static char *
unescape_entities (const char *text,
                   gsize       length)
{
  static const struct { const char *entity; const char *text; } entities[] = {
    { "&amp;", "&" }, { "&#38;", "&" }, { "&quot;", "\"" }, { "&#34;", "\"" },
    { "&#39;", "'" }, { "&#039;", "'" }, { "&#x27;", "'" }, { "&apos;", "'" },
    { "&rsquo;", "\u2019" }, { "&#8217;", "\u2019" }, { "&nbsp;", " " }, { "&#160;", " " },
    { "&lt;", "<" }, { "&gt;", ">" },
  };
  GString *out = g_string_sized_new (length);

  for (gsize i = 0; i < length;)
    {
      gboolean done = FALSE;
      if (text[i] == '&')
        for (guint k = 0; k < G_N_ELEMENTS (entities) && !done; k++)
          {
            gsize n = strlen (entities[k].entity);
            if (i + n <= length && g_ascii_strncasecmp (text + i, entities[k].entity, n) == 0)
              {
                g_string_append (out, entities[k].text);
                i += n;
                done = TRUE;
              }
          }
      if (!done)
        g_string_append_c (out, text[i++]);
    }
  return g_string_free (out, FALSE);
}

/* A segment that describes the person named before it rather than
 * naming another: two or more words led by a lower-case word, or four
 * led by a number ("4+ years covering hardware, software, and science", "technology.
 * Based in Colombo, Sri Lanka"). Sets @n_words to the segment's words. */
static gboolean
is_description (const BylineLexicon *lex,
                const char          *text,
                Range                seg,
                guint               *n_words)
{
  g_autoptr(GArray) words = split_words (NULL, text, seg);
  Range w;
  gunichar c;

  *n_words = words->len;
  if (words->len < 2)
    return FALSE;
  w = g_array_index (words, Range, 0);
  c = g_utf8_get_char (text + w.start);
  /* "4+ years covering hardware", not "1 day ago" or "5 min read" */
  if (g_unichar_isdigit (c))
    return words->len >= 4;
  return g_unichar_islower (c) &&
         !is_word_in (lex, BYLINE_LIST_PARTICLES, text + w.start, w.end - w.start) &&
         !is_affiliation_word (text + w.start, w.end - w.start) &&
         !is_joining_word (text + w.start, w.end - w.start) &&
         !is_word_in (lex, BYLINE_LIST_NONNAMES, text + w.start, w.end - w.start);
}

/* Whether the text between two segments holds a line break or a bar: the
 * end of what a description after a name can hold. */
static gboolean
is_strong_break (const char *text,
                 gsize       from,
                 gsize       to)
{
  for (gsize k = from; k < to; k++)
    if (text[k] == '\n' || text[k] == '|')
      return TRUE;
  return FALSE;
}

/* Whether a joining word ("and", "&", "und") stands between @from and
 * @to. */
static gboolean
is_joined (const char *text,
           gsize       from,
           gsize       to)
{
  gsize k = from;

  while (k < to)
    {
      gsize start;
      while (k < to && (text[k] == ' ' || text[k] == ','))
        k++;
      start = k;
      while (k < to && text[k] != ' ' && text[k] != ',')
        k++;
      if (k > start && ((k - start == 1 && text[start] == '&') ||
                        is_joining_word (text + start, k - start)))
        return TRUE;
    }
  return FALSE;
}

/**
 * byline_parse_names:
 * @lex: the word lists
 * @dates: the date parser
 * @text: the byline, without its leading "By"
 * @length: its length in bytes
 * @mode: how much @text is trusted to hold names
 * @max_year: the latest plausible year of a date
 * @parse: (out caller-allocates): initialised with byline_parse_init()
 *
 * Reads the names, e-mails, roles, affiliation and date of a byline.
 *
 * Returns: %TRUE if at least one name was read
 */
gboolean
byline_parse_names (const BylineLexicon    *lex,
                    const BylineDateParser *dates,
                    const char             *text,
                    gsize                   length,
                    BylineParseMode         mode,
                    int                     max_year,
                    BylineParse            *parse)
{
  g_autoptr(GArray) date_ranges = g_array_new (FALSE, FALSE, sizeof (Range));
  g_autoptr(GArray) segments = NULL;
  g_autofree char *unescaped = NULL;
  g_autofree char *pending_email = NULL;
  Range pending_range = { 0, 0 };
  gboolean stop = FALSE;
  gboolean at_place = FALSE;  /* the names stopped at "in London" */
  gboolean joined;
  gboolean describing = FALSE;
  gsize last_end = 0;
  guint n_words;

  /* Offsets of a metadata value point nowhere in the document, so it may
   * be rewritten. */
  if (mode == BYLINE_PARSE_META && memchr (text, '&', length) != NULL)
    {
      unescaped = unescape_entities (text, length);
      text = unescaped;
      length = strlen (unescaped);
    }

  /* Where the dates are, so that their commas do not cut them. */
  for (gsize from = 0; from < length && date_ranges->len < 4;)
    {
      BylineDateMatch m;
      Range r;
      if (!byline_date_parser_find (dates, text + from, length - from, FALSE, 1990, max_year, &m))
        break;
      r.start = from + m.start;
      r.end = from + m.end;
      g_array_append_val (date_ranges, r);
      from = r.end;
      byline_date_match_clear (&m);
    }
  segments = split_segments (lex, text, length, date_ranges);

  for (guint i = 0; i < segments->len; i++)
    {
      Range seg = g_array_index (segments, Range, i);
      gsize n;
      gboolean understood = FALSE;

      trim_range (text, &seg);
      n = seg.end - seg.start;
      if (n == 0)
        continue;
      if (describing && is_strong_break (text, last_end, seg.start))
        describing = FALSE;
      joined = is_joined (text, last_end, seg.start);
      last_end = seg.end;

      if (looks_like_email (text + seg.start, n))
        {
          attach_email (parse, text, seg, &pending_email, &pending_range);
          understood = TRUE;
        }
      else if (looks_like_url (text + seg.start, n))
        {
          BylineName *prev = last_name (parse);
          if (prev != NULL && prev->url == NULL)
            prev->url = g_strndup (text + seg.start, n);
          understood = TRUE;
        }
      else if (text[seg.start] == '@' && memchr (text + seg.start, ' ', n) == NULL)
        understood = TRUE; /* a social-media handle */
      else if (is_word_in (lex, BYLINE_LIST_CREDENTIALS, text + seg.start, n))
        {
          if (last_name (parse) != NULL)
            add_credentials (last_name (parse), text, seg.start, seg.end);
          understood = TRUE;
        }
      else if (is_word_in (lex, BYLINE_LIST_NAME_SUFFIXES, text + seg.start, n) &&
               last_name (parse) != NULL)
        {
          BylineName *prev = last_name (parse);
          char *longer = g_strdup_printf ("%s %.*s", prev->name, (int) n, text + seg.start);
          g_free (prev->name);
          prev->name = longer;
          understood = TRUE;
        }
      else if (byline_is_agency (lex, text + seg.start, n) && last_name (parse) != NULL &&
               byline_ends_in_role (lex, text + seg.start, n))
        {
          /* "Gene Petrino, Staff Writer": the person's job, though
           * "By Staff Writer" alone names a desk */
          set_role (text, last_name (parse), seg.start, seg.end);
          understood = TRUE;
        }
      else if (byline_is_agency (lex, text + seg.start, n))
        {
          if (parse->affiliation == NULL)
            parse->affiliation = agency_as_written (lex, text + seg.start, n);
          understood = TRUE;
        }
      else if (last_name (parse) != NULL && starts_with_agency (lex, text + seg.start, n) &&
               (!byline_ends_in_role (lex, text + seg.start, n) || ends_in_beat (text + seg.start, n)))
        {
          /* "By Jane Doe, CNN Business": the agency's desk, but "AP
           * Science Writer" is her job */
          if (parse->affiliation == NULL)
            parse->affiliation = g_strndup (text + seg.start, n);
          understood = TRUE;
        }
      else if (!stop && last_name (parse) != NULL && is_organisation_segment (lex, text, seg))
        {
          /* "By Jake Tapper and Dana Bash, CNN": the names' employer;
           * what follows it is no author */
          if (parse->affiliation == NULL)
            parse->affiliation = g_strndup (text + seg.start, n);
          understood = TRUE;
          stop = TRUE;
        }
      else if (take_date (lex, dates, text, seg, max_year, parse, TRUE))
        {
          understood = TRUE;
          /* "by Daniel Gibson | Mar 11, 2023 | Brake Repair, Learn
           * About Brakes": after the names and their date come the
           * post's categories, not more authors */
          stop = stop || parse->names->len > 0;
        }
      else if (is_credit_segment (lex, text, seg))
        understood = TRUE;
      else if (describing)
        understood = TRUE;
      else if (!stop && last_name (parse) != NULL && is_description (lex, text, seg, &n_words))
        {
          /* the rest of the line tells about that person */
          BylineName *prev = last_name (parse);
          /* a job ("senior editor"), not a sentence about one */
          if (prev->role == NULL && n_words <= 5)
            prev->role = g_strndup (text + seg.start, n);
          describing = TRUE;
          understood = TRUE;
        }
      else if (!stop)
        understood = take_names (lex, dates, text, seg, mode, max_year, parse, &stop, &at_place);
      else if (at_place && joined)
        {
          stop = at_place = FALSE;
          understood = take_names (lex, dates, text, seg, mode, max_year, parse, &stop, &at_place);
        }

      if (understood)
        parse->read_end = seg.end;
      else
        {
          parse->junk += n;
          /* Free text must start with the name: "By clicking ..." is no
           * byline, whatever follows. */
          if (mode == BYLINE_PARSE_TEXT && parse->names->len == 0)
            break;
        }
    }

  /* An update's label of several words, or in another language, read
   * before the date ("Par Jean Dupont | Mis à jour le 6 mars 2024") */
  if (parse->date != NULL && !parse->date_is_update &&
      byline_date_label (text, parse->date_start) == BYLINE_DATE_LABEL_UPDATED)
    parse->date_is_update = TRUE;

  /* Beside full names, a lone word is a label or a category that slipped
   * through ("Jul", "Insights"), not an author. */
  if (mode != BYLINE_PARSE_TEXT)
    {
      gboolean full = FALSE;
      for (guint i = 0; i < parse->names->len; i++)
        if (strchr (((BylineName *) parse->names->pdata[i])->name, ' ') != NULL)
          full = TRUE;
      for (guint i = 0; full && i < parse->names->len;)
        {
          BylineName *bn = parse->names->pdata[i];
          if (strchr (bn->name, ' ') == NULL && !is_uncased_word (bn->name))
            g_ptr_array_remove_index (parse->names, i);
          else
            i++;
        }
    }

  /* An e-mail before any name belongs to the first name. */
  if (pending_email != NULL && parse->names->len > 0)
    {
      BylineName *first = parse->names->pdata[0];
      if (first->email == NULL)
        {
          first->email = g_steal_pointer (&pending_email);
          first->email_start = pending_range.start;
          first->email_end = pending_range.end;
        }
    }
  return parse->names->len > 0;
}

/**
 * byline_find_inline_prefix:
 * @lex: the word lists
 * @text: a short text ("Originally Posted by HOSTLAR")
 * @length: its length
 * @max_words: how many words may stand before the prefix
 *
 * Finds a "by"-style word inside @text that is not a credit ("Photo by")
 * nor part of "step by step".
 *
 * Returns: the offset just after the prefix, or 0 if there is none
 */
gsize
byline_find_inline_prefix (const BylineLexicon *lex,
                           const char          *text,
                           gsize                length,
                           guint                max_words,
                           gsize               *prefix_start)
{
  guint words = 0;

  for (gsize i = 1; i < length; i++)
    {
      gsize prefix;
      const char *prev_end, *prev_start;

      if (!is_space (g_utf8_get_char (text + i - 1)) || is_space (g_utf8_get_char (text + i)))
        {
          continue;
        }
      if (++words > max_words)
        return 0;
      if (!g_ascii_isalpha (text[i]))
        continue;
      prefix = byline_lexicon_match_prefix (lex, text + i, length - i);
      if (prefix == 0 || i + prefix >= length || !is_inline_prefix_word (text + i, prefix))
        continue;

      prev_end = text + i;
      while (prev_end > text && !g_ascii_isalnum (prev_end[-1]))
        prev_end--;
      prev_start = prev_end;
      while (prev_start > text && (g_ascii_isalnum (prev_start[-1]) || prev_start[-1] == '-'))
        prev_start--;
      if (prev_end > prev_start &&
          byline_lexicon_has (lex, BYLINE_LIST_CREDIT_WORDS, prev_start, prev_end - prev_start))
        continue;
      /* "step by step", "day by day" */
      if (prev_end > prev_start &&
          g_ascii_strncasecmp (prev_start, text + i + prefix + (text[i + prefix] == ' '),
                               prev_end - prev_start) == 0)
        continue;
      if (prefix_start != NULL)
        *prefix_start = i;
      return i + prefix;
    }
  return 0;
}

/**
 * byline_is_plain_name:
 * @lex: the word lists
 * @text: a line
 * @length: its length
 *
 * Whether a line is nothing but a person's name: two or three capitalised
 * words (particles such as "von der" may stand between them), the first a
 * known first name, none a role or a non-name word.
 */
gboolean
byline_is_plain_name (const BylineLexicon *lex,
                      const char          *text,
                      gsize                length,
                      gboolean             known_first_name)
{
  Range all = { 0, length };
  g_autoptr(GArray) words = NULL;
  guint capitalised = 0;

  if (length < 5 || length > 50)
    return FALSE;
  words = split_words (lex, text, all);
  if (words->len < 2 || words->len > 5)
    return FALSE;
  for (guint i = 0; i < words->len; i++)
    {
      Range w = g_array_index (words, Range, i);
      const char *s = text + w.start;
      gsize n = w.end - w.start;
      /* "Ursula von der Leyen", "Nick van Mead": particles inside */
      if (i > 0 && i + 1 < words->len && g_unichar_islower (g_utf8_get_char (s)) &&
          is_word_in (lex, BYLINE_LIST_PARTICLES, s, n))
        continue;
      capitalised++;
      if (!is_name_word (lex, s, n, i == 0) ||
          !g_unichar_isupper (g_utf8_get_char (s)) ||
          is_word_in (lex, BYLINE_LIST_ROLES, s, n) ||
          memchr (s, ',', n) != NULL)
        return FALSE;
    }
  if (capitalised > 3)
    return FALSE;
  {
    Range w = g_array_index (words, Range, 0);
    if (known_first_name &&
        (!is_word_in (lex, BYLINE_LIST_FIRST_NAMES, text + w.start, w.end - w.start) ||
         is_word_in (lex, BYLINE_LIST_COMMON_WORDS, text + w.start, w.end - w.start)))
      return FALSE;
  }
  if (is_phrase (lex, text, words, 0, words->len))
    return FALSE;
  return !byline_is_agency (lex, text, length);
}

/**
 * byline_role_writes:
 * @role: a job title ("Guest Columnists", "Staff Writer")
 * @length: its length in bytes, or -1 if it is nul-terminated
 *
 * Whether @role says that its holder writes the news: it ends in
 * writer, reporter, correspondent, columnist, contributor or journalist,
 * in English or in the languages of the By words ("Contributor Guide"
 * is a page's title). Editors, hosts, analysts and officers are left
 * out: team and staff pages list them.
 *
 * Returns: whether it does
 */
gboolean
byline_role_writes (const char *role,
                    gssize      length)
{
  static const char *words[] = { "writer", "writers", "reporter", "reporters", "correspondent",
                                 "correspondents", "columnist", "columnists", "contributor",
                                 "contributors", "journalist", "journalists", "redakteur",
                                 "redakteurin", "korrespondent", "korrespondentin", "journaliste",
                                 "rédacteur", "rédactrice", "corresponsal", "periodista",
                                 "giornalista", "redacteur", "correspondente", NULL };
  gsize n = length < 0 ? strlen (role) : (gsize) length;

  while (n > 0 && (role[n - 1] == ' ' || role[n - 1] == '.'))
    n--;
  return n > 0 && word_in (words, role + last_word_start (role, n),
                           n - last_word_start (role, n));
}
