/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The tokenizer and sentence splitter shared by the filters.
 *
 * Tokens are byte ranges into UTF-8 text, in the spirit of the Penn Treebank
 * and CoNLL conventions: words keep internal hyphens, periods, apostrophes and
 * digit separators ("Kyung-soo", "Hwasong-14", "U.S.", "O'Neill", "3.5",
 * "1,000", "10:30"); possessive and contracted clitics are split off ("’s",
 * "n't"); abbreviations and initials keep their period ("Mr.", "F."); URLs and
 * e-mail addresses stay whole; every other punctuation mark is a token of its
 * own (runs of "." or "-" stay together). Sentence starts are marked on the
 * tokens while tokenizing. */

#include <string.h>

#include "winnow-tokenizer.h"

/**
 * winnow_token_copy:
 * @token: a #WinnowToken
 *
 * Copies a token.
 *
 * Returns: (transfer full): a newly allocated copy of @token
 */
WinnowToken *
winnow_token_copy (const WinnowToken *token)
{
  g_return_val_if_fail (token != NULL, NULL);
  return g_memdup2 (token, sizeof *token);
}

/**
 * winnow_token_free:
 * @token: a #WinnowToken allocated by winnow_token_copy()
 *
 * Frees a token.
 */
void
winnow_token_free (WinnowToken *token)
{
  g_free (token);
}

G_DEFINE_BOXED_TYPE (WinnowToken, winnow_token, winnow_token_copy, winnow_token_free)

/* Abbreviations that keep their final period; lower case, without it. */
static const char * const abbreviations[] = {
  "mr", "mrs", "ms", "messrs", "dr", "prof", "sr", "jr", "st", "mt", "ft",
  "gen", "col", "lt", "capt", "sgt", "maj", "cmdr", "adm", "gov", "sen",
  "rep", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "brig",
  "inc", "corp", "ltd", "co", "bros", "plc", "llc", "cie", "dept", "univ",
  "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
  "fri", "sat", "sun", "no", "nos", "vs", "etc", "approx", "est", "fig",
  "al", "ave", "blvd", "rd", "calif", "conn", "fla", "ill", "mass", "mich",
  "minn", "penn", "tenn", "tex", "wash", "wis", "ariz", "colo", "okla",
  "ore", "va", "md", "ga", "pa", "ky", "la", "mo", "nev", "vol", "op",
};

/* Abbreviations that come before a name: never the end of a sentence. */
static const char * const titles[] = {
  "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "mt", "ft", "gen", "col",
  "lt", "capt", "sgt", "maj", "cmdr", "adm", "gov", "sen", "rep", "rev",
  "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "brig", "no", "nos",
  "vs", "fig", "vol", "op",
};

/* Words that start sentences far more often than they follow "U.S." or
 * "Inc." inside one. */
static const char * const sentence_starters[] = {
  "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "But",
  "And", "This", "That", "These", "Those", "In", "On", "At", "However",
  "There", "His", "Her", "Its", "Their", "Our", "If", "When", "As", "After",
  "Meanwhile", "Some", "Many", "Most", "For", "So", "Yet",
};

static gboolean
word_in_list (const char         *word,
              gsize               len,
              const char * const *list,
              gsize               n_list,
              gboolean            fold)
{
  char buf[16];

  if (len == 0 || len >= sizeof buf)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    buf[i] = fold ? g_ascii_tolower (word[i]) : word[i];
  buf[len] = '\0';
  for (gsize i = 0; i < n_list; i++)
    if (strcmp (buf, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * winnow_is_abbreviation:
 * @word: a word, without its final period
 * @length: the length of @word in bytes, or -1 if it is nul-terminated
 *
 * Tells whether @word is a known English abbreviation that keeps its final
 * period ("Mr", "Inc", "Sept"), compared without regard to case.
 *
 * Returns: %TRUE if @word is a known abbreviation
 */
gboolean
winnow_is_abbreviation (const char *word,
                        gssize      length)
{
  g_return_val_if_fail (word != NULL, FALSE);
  if (length < 0)
    length = strlen (word);
  return word_in_list (word, length, abbreviations, G_N_ELEMENTS (abbreviations), TRUE);
}

/* Decodes the character at @p; an invalid byte counts as a one-byte
 * symbol so that no input stops the tokenizer. */
static inline gunichar
char_at (const char *text,
         gsize       pos,
         gsize       len,
         guint      *n)
{
  guchar c = (guchar) text[pos];
  gunichar u;

  if (c < 0x80)
    {
      *n = 1;
      return c;
    }
  u = g_utf8_get_char_validated (text + pos, len - pos);
  if (u == (gunichar) -1 || u == (gunichar) -2)
    {
      *n = 1;
      return 0xFFFD;
    }
  *n = g_utf8_skip[c];
  return u;
}

static inline gboolean
is_word_char (gunichar u)
{
  if (u < 0x80)
    return g_ascii_isalnum (u);
  if (u == 0xFFFD)
    return FALSE;
  return g_unichar_isalnum (u) || g_unichar_ismark (u);
}

static inline gboolean
is_space_char (gunichar u)
{
  if (u < 0x80)
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v';
  return g_unichar_isspace (u) || u == 0x00A0 || u == 0x200B || u == 0xFEFF;
}

static inline gboolean
word_at (const char *text,
         gsize       pos,
         gsize       len)
{
  guint n;

  return pos < len && is_word_char (char_at (text, pos, len, &n));
}

static inline gboolean
digit_at (const char *text,
          gsize       pos,
          gsize       len)
{
  return pos < len && g_ascii_isdigit (text[pos]);
}

static inline gboolean
is_apostrophe (gunichar u)
{
  return u == '\'' || u == 0x2019 || u == 0x02BC;
}

/* Invisible characters that may sit inside a word: soft hyphen, zero-width
 * joiner, word joiner. */
static inline gboolean
is_invisible_joiner (gunichar u)
{
  return u == 0x00AD || u == 0x200D || u == 0x2060;
}

static inline gboolean
is_hyphen (gunichar u)
{
  return u == '-' || u == 0x2010 || u == 0x2011;
}

/* Length of a clitic ("s", "re", "ve", "ll", "d", "m") starting at @pos
 * and followed by a non-word character, or 0. */
static gsize
clitic_length (const char *text,
               gsize       pos,
               gsize       len)
{
  gsize n = 0;

  while (pos + n < len && n < 3 && g_ascii_isalpha (text[pos + n]))
    n++;
  if (n == 0 || n > 2 || word_at (text, pos + n, len))
    return 0;
  if (n == 1)
    {
      char c = g_ascii_tolower (text[pos]);
      return (c == 's' || c == 'd' || c == 'm') ? 1 : 0;
    }
  if (g_ascii_strncasecmp (text + pos, "re", 2) == 0 ||
      g_ascii_strncasecmp (text + pos, "ve", 2) == 0 ||
      g_ascii_strncasecmp (text + pos, "ll", 2) == 0)
    return 2;
  return 0;
}

/* Length of "n't" / "n’t" at @pos when it ends a word, or 0. */
static gsize
negation_length (const char *text,
                 gsize       pos,
                 gsize       len)
{
  guint n;
  gunichar u;

  if (pos + 2 >= len || (text[pos] != 'n' && text[pos] != 'N'))
    return 0;
  u = char_at (text, pos + 1, len, &n);
  if (!is_apostrophe (u))
    return 0;
  if (pos + 1 + n >= len || g_ascii_tolower (text[pos + 1 + n]) != 't')
    return 0;
  if (word_at (text, pos + 2 + n, len))
    return 0;
  return 2 + n;
}

/* Scans a word starting at @pos (a word character); returns its end. */
static gsize
scan_word (const char *text,
           gsize       pos,
           gsize       len)
{
  gsize p = pos;

  for (;;)
    {
      gsize run_start = p;
      gunichar u;
      guint n;

      while (p < len)
        {
          u = char_at (text, p, len, &n);
          if (!is_word_char (u))
            break;
          p += n;
        }
      if (p >= len)
        return p;

      u = char_at (text, p, len, &n);
      if ((is_hyphen (u) || u == '_' || u == '.' || is_invisible_joiner (u)) &&
          word_at (text, p + n, len))
        {
          p += n;
          continue;
        }
      /* "1996–97" with an en dash, as with a hyphen. */
      if (u == 0x2013 && p > run_start && g_ascii_isdigit (text[p - 1]) && digit_at (text, p + n, len))
        {
          p += n;
          continue;
        }
      if ((u == ',' || u == ':' || u == '/') && p > run_start &&
          g_ascii_isdigit (text[p - 1]) && digit_at (text, p + 1, len))
        {
          /* "1,000" but not "1,2,3": a thousands group has three digits. */
          if (u == ',' && (!digit_at (text, p + 2, len) || !digit_at (text, p + 3, len) ||
                           digit_at (text, p + 4, len)))
            return p;
          p += n;
          continue;
        }
      if (is_apostrophe (u) && word_at (text, p + n, len))
        {
          if (clitic_length (text, p + n, len) > 0)
            return p;
          if (p - 1 > pos && negation_length (text, p - 1, len) > 0)
            return p - 1;
          p += n;
          continue;
        }
      if (u == '&' && p > run_start && g_ascii_isupper (text[p - 1]) &&
          p + 1 < len && g_ascii_isupper (text[p + 1]))
        {
          p += n;
          continue;
        }
      return p;
    }
}

/* Whether the word [start, end) followed by "." keeps the period: an
 * initial ("F."), dotted letters ("U.S", "e.g", "Ph.D") or a known
 * abbreviation. Sets @title when it is an initial or a title, which never
 * ends a sentence. */
static gboolean
keeps_period (const char *text,
              gsize       start,
              gsize       end,
              gboolean   *title)
{
  gsize seg = 0;
  gboolean dotted = FALSE;
  gsize len = end - start;

  *title = FALSE;
  if (len == 1 && g_ascii_isalpha (text[start]))
    {
      *title = g_ascii_isupper (text[start]);
      return TRUE;
    }
  for (gsize i = start; i < end; i++)
    {
      if (text[i] == '.')
        {
          dotted = TRUE;
          seg = 0;
        }
      else if (g_ascii_isalpha (text[i]) && ++seg <= 2)
        ;
      else
        {
          dotted = FALSE;
          break;
        }
    }
  if (dotted)
    return TRUE;
  if (winnow_is_abbreviation (text + start, len))
    {
      *title = word_in_list (text + start, len, titles, G_N_ELEMENTS (titles), TRUE);
      return TRUE;
    }
  return FALSE;
}

static gboolean
has_prefix_ci (const char *text,
               gsize       pos,
               gsize       len,
               const char *prefix)
{
  gsize n = strlen (prefix);

  return pos + n <= len && g_ascii_strncasecmp (text + pos, prefix, n) == 0;
}

/* A URL at @pos: returns its end, or 0. */
static gsize
scan_url (const char *text,
          gsize       pos,
          gsize       len)
{
  static const char * const schemes[] = { "http://", "https://", "ftp://", "www." };
  gsize p, scheme = 0;
  int parens = 0;

  for (guint i = 0; i < G_N_ELEMENTS (schemes) && scheme == 0; i++)
    if (has_prefix_ci (text, pos, len, schemes[i]))
      scheme = strlen (schemes[i]);
  if (scheme == 0)
    return 0;
  p = pos;
  while (p < len)
    {
      guint n;
      gunichar u = char_at (text, p, len, &n);

      if (is_space_char (u) || u == '<' || u == '>' || u == '"' ||
          u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019 || u == 0xFFFD)
        break;
      if (u == '(')
        parens++;
      else if (u == ')')
        parens--;
      p += n;
    }
  /* Trailing punctuation belongs to the sentence. */
  while (p > pos)
    {
      char c = text[p - 1];

      if (c == ')' && parens < 0)
        parens++;
      else if (!strchr (".,;:!?'\"]}", c) || c == '\0')
        break;
      p--;
    }
  /* "www." alone, or "http://" with nothing after it, is no URL. */
  return p > pos + scheme ? p : 0;
}

static inline gboolean
is_email_char (char c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* An e-mail address at @pos: returns its end, or 0. */
static gsize
scan_email (const char *text,
            gsize       pos,
            gsize       len)
{
  gsize p = pos, at, dot = 0;

  while (p < len && is_email_char (text[p]))
    p++;
  if (p == pos || p >= len || text[p] != '@')
    return 0;
  at = p++;
  while (p < len && (g_ascii_isalnum (text[p]) || text[p] == '.' || text[p] == '-'))
    {
      if (text[p] == '.')
        dot = p;
      p++;
    }
  while (p > at + 1 && (text[p - 1] == '.' || text[p - 1] == '-'))
    p--;
  if (dot == 0 || dot + 1 >= p || dot <= at + 1)
    return 0;
  return p;
}

typedef enum {
  KIND_WORD,
  KIND_TERMINAL,        /* . ! ? … ... */
  KIND_ABBREVIATION,    /* "Inc." "U.S.": may end a sentence */
  KIND_TITLE,           /* "Mr." "F.": never ends one */
  KIND_CLOSING,         /* ” ’ ) ] } » and attached straight quotes */
  KIND_OTHER,
} TokenKind;

static inline gboolean
is_closing (gunichar u,
            gboolean attached)
{
  switch (u)
    {
    case 0x201D: case 0x2019: case 0x00BB: case 0x203A:
    case ')': case ']': case '}':
      return TRUE;
    case '"': case '\'':
      return attached;
    default:
      return FALSE;
    }
}

static gboolean
starts_lowercase (const char *text,
                  gsize       pos,
                  gsize       len)
{
  guint n;
  gunichar u = char_at (text, pos, len, &n);

  return g_unichar_islower (u) || u == ',' || u == ';' || u == ':' || u == ')' ||
         u == '%';
}

/**
 * winnow_tokenize:
 * @text: UTF-8 text
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 *
 * Splits @text into tokens: words keep internal hyphens, periods and
 * apostrophes ("Kyung-soo", "Hwasong-14", "U.S.", "O'Neill"), possessive
 * and contracted clitics are split off ("’s", "n't"), initials and known
 * abbreviations keep their period ("F.", "Mr."), URLs and e-mail
 * addresses stay whole and other punctuation marks are tokens of their own.
 * Each token's flags say whether it starts a sentence, a line or a
 * paragraph. A single line break does not end a sentence by itself, so a
 * name broken across two lines stays one name; a blank line does.
 * Invalid UTF-8 bytes become one-byte tokens.
 *
 * Returns: (transfer container) (element-type WinnowToken): the tokens,
 *   in order; free with g_array_unref()
 */
GArray *
winnow_tokenize (const char *text,
                 gssize      length)
{
  GArray *tokens;
  gsize len, pos = 0;
  guint newlines = 0;
  TokenKind prev = KIND_OTHER;
  gboolean pending_break = FALSE;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  len = length < 0 ? strlen (text) : (gsize) length;
  g_return_val_if_fail (len <= G_MAXUINT32, NULL);

  tokens = g_array_sized_new (FALSE, FALSE, sizeof (WinnowToken), len / 5 + 1);

  while (pos < len)
    {
      WinnowToken tok;
      TokenKind kind = KIND_OTHER;
      gsize end, n_special;
      guint n;
      gunichar u = char_at (text, pos, len, &n);
      gboolean attached;

      if (is_space_char (u))
        {
          if (u == '\n')
            newlines++;
          pos += n;
          continue;
        }

      attached = tokens->len > 0 && newlines == 0 &&
                 g_array_index (tokens, WinnowToken, tokens->len - 1).end == pos;

      if ((end = scan_url (text, pos, len)) > 0)
        kind = KIND_WORD;
      else if (g_ascii_isalnum (text[pos]) && (end = scan_email (text, pos, len)) > 0)
        kind = KIND_WORD;
      else if ((n_special = negation_length (text, pos, len)) > 0)
        end = pos + n_special;
      else if (is_apostrophe (u) && (n_special = clitic_length (text, pos + n, len)) > 0)
        end = pos + n + n_special;
      else if (is_word_char (u))
        {
          gboolean title;

          end = scan_word (text, pos, len);
          kind = KIND_WORD;
          if (end < len && text[end] == '.' && keeps_period (text, pos, end, &title))
            {
              end++;
              kind = title ? KIND_TITLE : KIND_ABBREVIATION;
            }
        }
      else if (u == '.' || u == '-')
        {
          end = pos + 1;
          while (end < len && text[end] == text[pos])
            end++;
          if (u == '.')
            kind = KIND_TERMINAL;
        }
      else
        {
          end = pos + n;
          if (u == '!' || u == '?' || u == 0x2026)
            {
              while (end < len && (text[end] == '!' || text[end] == '?'))
                end++;
              kind = KIND_TERMINAL;
            }
          else if (is_closing (u, attached))
            kind = KIND_CLOSING;
        }

      tok.start = pos;
      tok.end = end;
      tok.flags = 0;
      if (tokens->len == 0 || newlines >= 2)
        tok.flags = WINNOW_TOKEN_FLAG_SENTENCE_START | WINNOW_TOKEN_FLAG_LINE_START |
                    WINNOW_TOKEN_FLAG_PARAGRAPH_START;
      else
        {
          gboolean breaks = FALSE;

          if (newlines == 1)
            tok.flags |= WINNOW_TOKEN_FLAG_LINE_START;
          if (kind == KIND_CLOSING && newlines == 0 && pending_break)
            ; /* the quote or bracket closes the sentence that just ended */
          else if (pending_break)
            breaks = newlines > 0 || !starts_lowercase (text, pos, len);
          else if (prev == KIND_ABBREVIATION)
            breaks = newlines > 0 ||
                     word_in_list (text + pos, end - pos, sentence_starters,
                                   G_N_ELEMENTS (sentence_starters), FALSE);
          if (breaks)
            tok.flags |= WINNOW_TOKEN_FLAG_SENTENCE_START;
        }

      if (tok.flags & WINNOW_TOKEN_FLAG_SENTENCE_START)
        pending_break = FALSE;
      if (kind == KIND_TERMINAL)
        pending_break = TRUE;
      else if (kind != KIND_CLOSING)
        pending_break = FALSE;

      g_array_append_val (tokens, tok);
      prev = kind;
      newlines = 0;
      pos = end;
    }

  return tokens;
}

/**
 * winnow_split_sentences:
 * @text: UTF-8 text
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 *
 * Splits @text into sentences, by the rules of winnow_tokenize(): each
 * element covers a sentence from the first byte of its first token to the
 * last byte of its last token, and carries the flags of its first token.
 *
 * Returns: (transfer container) (element-type WinnowToken): the
 *   sentences, in order; free with g_array_unref()
 */
GArray *
winnow_split_sentences (const char *text,
                        gssize      length)
{
  g_autoptr(GArray) tokens = winnow_tokenize (text, length);
  GArray *sentences;

  g_return_val_if_fail (tokens != NULL, NULL);

  sentences = g_array_new (FALSE, FALSE, sizeof (WinnowToken));
  for (guint i = 0; i < tokens->len; i++)
    {
      const WinnowToken *tok = &g_array_index (tokens, WinnowToken, i);

      if (tok->flags & WINNOW_TOKEN_FLAG_SENTENCE_START)
        g_array_append_val (sentences, *tok);
      else
        g_array_index (sentences, WinnowToken, sentences->len - 1).end = tok->end;
    }
  return sentences;
}
