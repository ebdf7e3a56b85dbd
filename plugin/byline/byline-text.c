/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Evidence from the text alone, the only stage for flattened input: a
 * "By"-style word before the names, "Posted ... by X", Reuters' "Reporting
 * by X; Editing by Y", the Korean "홍길동 기자", agency datelines, and the
 * dates written near the headline. */
#include "byline-private.h"

#include <string.h>

#define MAX_BYLINE_BLOCK 300
#define MAX_INLINE_BLOCK 180

/* Whether one of @chars is among the @n bytes at @s. */
static gboolean
strpbrk_len (const char *s,
             gsize       n,
             const char *chars)
{
  for (gsize i = 0; i < n; i++)
    if (strchr (chars, s[i]) != NULL && s[i] != '\0')
      return TRUE;
  return FALSE;
}

static double
position_factor (BylineContext *ctx,
                 guint          index)
{
  if (ctx->headline >= 0 && (int) index >= ctx->headline - 3 &&
      (int) index <= ctx->headline + 15)
    return 1.2;
  return 1.0;
}

static BylineGroup *
add_group_from_parse (BylineContext     *ctx,
                      const BylineParse *parse,
                      guint              index,
                      gsize              byline_start,
                      gsize              names_base,
                      const char        *what,
                      double             weight,
                      gboolean           starts_block)
{
  WinnowBlock *block = ctx->blocks->pdata[index];
  gsize bstart = winnow_block_get_start (block), bend = winnow_block_get_end (block);
  BylineGroup *group = byline_group_new (BYLINE_SOURCE_TEXT, what, weight);
  gsize raw_end = names_base + parse->read_end;

  /* The raw byline closes the brackets it opened ("[kim@example.org]"). */
  while (raw_end < bend && strchr (")]}>", ctx->text[raw_end]) != NULL)
    {
      char closer = ctx->text[raw_end];
      char opener = closer == ')' ? '(' : closer == ']' ? '[' : closer == '}' ? '{' : '<';
      int depth = 0;

      for (gsize p = byline_start; p < raw_end; p++)
        depth += ctx->text[p] == opener ? 1 : ctx->text[p] == closer ? -1 : 0;
      if (depth <= 0)
        break;
      raw_end++;
    }

  byline_group_add_parse (group, parse, names_base);
  group->block = index;
  group->visible = TRUE;
  group->raw_start = byline_start;
  group->raw_end = MAX (raw_end, byline_start);
  group->raw = g_strndup (ctx->text + byline_start, group->raw_end - byline_start);
  group->fills_block = starts_block && byline_start == bstart &&
                       raw_end + 2 >= bend && parse->junk <= 3;
  g_ptr_array_add (ctx->groups, group);

  /* Not "Released: September 30, 2025 by Kensington Books". */
  if (parse->date != NULL &&
      byline_date_label (ctx->text, names_base + parse->date_start) != BYLINE_DATE_LABEL_FOREIGN)
    {
      BylineDate *d = byline_date_new (parse->date, BYLINE_SOURCE_TEXT, "byline-date",
                                       1.2 * byline_block_weight (ctx, index),
                                       parse->date_is_update);
      d->start = names_base + parse->date_start;
      d->end = names_base + parse->date_end;
      g_ptr_array_add (ctx->dates, d);
    }
  return group;
}

/* "— 7 minutes read", "· 6 min read" after a byline's date. */
static gboolean
is_reading_time_tail (const char *s,
                      gsize       n)
{
  return n <= 30 && g_strstr_len (s, n, "read") != NULL && g_strstr_len (s, n, "min") != NULL;
}

/* " 1", " #12": the number a thread gives its post after the post's
 * date ("DaleJack September 5, 2024, 11:15pm 1"). */
static gboolean
is_post_number_tail (const char *s,
                     gsize       n)
{
  gsize i = 0, digits = 0;

  while (i < n && s[i] == ' ')
    i++;
  if (i == 0)
    return FALSE;
  if (i < n && s[i] == '#')
    i++;
  while (i < n && g_ascii_isdigit (s[i]))
    i++, digits++;
  return i == n && digits > 0 && digits <= 4;
}

/* The end of a user name followed by its display name in brackets
 * ("amondale (Amondale)"), or @end. */
static gsize
without_display_name (const char *s,
                      gsize       start,
                      gsize       end)
{
  const char *open;

  if (end - start < 4 || s[end - 1] != ')')
    return end;
  open = memchr (s + start, '(', end - start);
  if (open == NULL || open == s + start || open[-1] != ' ')
    return end;
  end = open - s;
  while (end > start && s[end - 1] == ' ')
    end--;
  return end;
}

/* The end of the name before a date on the same line, without the
 * separators and the label between them: "Faith Katunga•Oct 20, 2025",
 * "Patrick Clarke Published 10:19am 19 December 2025", "By Korin
 * MillerPublished: Jan 29, 2025". */
static gsize
trim_name_end (const char *s,
               gsize       end)
{
  static const char *labels[] = { "published", "posted", "updated", "on", NULL };
  gboolean trimmed = TRUE;

  while (trimmed && end > 0)
    {
      trimmed = FALSE;
      if (strchr (" ,|-:", s[end - 1]) != NULL)
        {
          end--;
          trimmed = TRUE;
          continue;
        }
      /* "•", "·", "—", "–" */
      if (end >= 3 && (memcmp (s + end - 3, "\xe2\x80\xa2", 3) == 0 ||
                       memcmp (s + end - 3, "\xe2\x80\x94", 3) == 0 ||
                       memcmp (s + end - 3, "\xe2\x80\x93", 3) == 0))
        {
          end -= 3;
          trimmed = TRUE;
          continue;
        }
      if (end >= 2 && memcmp (s + end - 2, "\xc2\xb7", 2) == 0)
        {
          end -= 2;
          trimmed = TRUE;
          continue;
        }
      for (guint i = 0; labels[i] != NULL && !trimmed; i++)
        {
          gsize l = strlen (labels[i]);
          if (end > l && g_ascii_strncasecmp (s + end - l, labels[i], l) == 0 &&
              (s[end - l - 1] == ' ' || (g_ascii_islower (s[end - l - 1]) &&
                                         g_ascii_isupper (s[end - l]))))
            {
              end -= l;
              trimmed = TRUE;
            }
        }
    }
  return end;
}

/* A user name's shape: a digit or an underscore ("Noah_B"), lower case
 * first ("ibby"), or a capital inside the word ("CottageCare"). */
static gboolean
is_user_name (const char *s,
              gsize       n)
{
  guint letters = 0;

  for (gsize i = 0; i < n; i++)
    letters += g_ascii_isalpha (s[i]) != 0;
  /* "114" is a counter, "B45" a seat. */
  if (n < 3 || letters < 3)
    return FALSE;
  if (g_ascii_islower (s[0]))
    return TRUE;
  for (gsize i = 1; i < n; i++)
    if (g_ascii_isdigit (s[i]) || s[i] == '_' ||
        (g_ascii_isupper (s[i]) && g_ascii_islower (s[i - 1])))
      return TRUE;
  return FALSE;
}

/* A common word, a non-name, a job title or a month: no name. */
static gboolean
is_listed_non_name (BylineContext *ctx,
                    const char    *s,
                    gsize          n)
{
  return byline_lexicon_has (ctx->lex, BYLINE_LIST_COMMON_WORDS, s, n) ||
         byline_lexicon_has (ctx->lex, BYLINE_LIST_NONNAMES, s, n) ||
         byline_lexicon_has (ctx->lex, BYLINE_LIST_ROLES, s, n) ||
         byline_lexicon_month (ctx->lex, s, n) > 0;
}

/* One word of 3 to 30 bytes that a user name may be made of: letters
 * (any script), digits, "_", "-", ".", three letters at least. */
static gboolean
is_one_word (const char *s,
             gsize       n)
{
  guint letters = 0;

  if (n < 3 || n > 30)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isalnum (s[i]) && s[i] != '_' && s[i] != '-' && s[i] != '.' &&
          (guchar) s[i] < 0x80)
        return FALSE;
      letters += g_ascii_isalpha (s[i]) || (guchar) s[i] >= 0x80;
    }
  return letters >= 3;
}

/* A line that is one word, a known first name or a user name, and no
 * common, role or non-name word. */
static gboolean
is_single_name (BylineContext *ctx,
                const char    *s,
                gsize          n)
{
  if (!is_one_word (s, n) || is_listed_non_name (ctx, s, n))
    return FALSE;
  return byline_lexicon_has (ctx->lex, BYLINE_LIST_FIRST_NAMES, s, n) || is_user_name (s, n);
}

/* One word a forum would take as a user name, whatever it means:
 * "Mahaloth", "Unofficial", "Klaustrophobia". Only where the line's
 * shape says a post's author comes ("Mahaloth January 11, 2025, 12:04am
 * 1"). */
static gboolean
is_handle (BylineContext *ctx,
           const char    *s,
           gsize          n)
{
  return is_one_word (s, n) && byline_lexicon_month (ctx->lex, s, n) == 0;
}

/* One capitalised word that is no English word, job title, month or
 * other non-name: "Eliz", "Gabo", "Mazi", which no list of first names
 * holds; not "Researched", "Nutrition". Only where a label or the
 * headline above says a name comes. */
static gboolean
is_bare_name (BylineContext *ctx,
              const char    *s,
              gsize          n)
{
  if (n < 3 || n > 20 || !g_ascii_isupper (s[0]) ||
      byline_lexicon_has (ctx->lex, BYLINE_LIST_ENGLISH_WORDS, s, n) ||
      is_listed_non_name (ctx, s, n))
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if (!g_ascii_islower (s[i]))
      return FALSE;
  return TRUE;
}

/* Every name starts with a known first name or is a user name, and none
 * is a common word: "By Collection", "Par Matière", "by Category" are
 * the filters of a shop. */
static gboolean
names_are_not_words (BylineContext     *ctx,
                     const BylineParse *parse)
{
  for (guint i = 0; i < parse->names->len; i++)
    {
      const char *name = ((BylineName *) parse->names->pdata[i])->name;
      const char *space = strchr (name, ' ');
      gsize first = space != NULL ? (gsize) (space - name) : strlen (name);
      if (byline_lexicon_has (ctx->lex, BYLINE_LIST_COMMON_WORDS, name, first) ||
          byline_lexicon_has (ctx->lex, BYLINE_LIST_NONNAMES, name, first) ||
          byline_lexicon_has (ctx->lex, BYLINE_LIST_ROLES, name, first))
        return FALSE;
      if (!byline_lexicon_has (ctx->lex, BYLINE_LIST_FIRST_NAMES, name, first) &&
          !(space == NULL && is_user_name (name, first)))
        return FALSE;
    }
  return parse->names->len > 0;
}

/* "By Sarah Kim [kim.sarah@joongang.co.kr]" */
/* The longest "By" line whose rest is read as a single name or user name. */
#define MAX_SINGLE_NAME_BYLINE 60

/* A separator between the parts of a byline line: "·", "•", "|", "—",
 * "–", or " - ". Returns its length at @s, or 0. */
static gsize
separator_at (const char *s,
              gsize       n)
{
  static const char *seps[] = { "\xc2\xb7", "\xe2\x80\xa2", "|", "\xe2\x80\x94", "\xe2\x80\x93",
                                " - ", NULL };
  for (guint i = 0; seps[i] != NULL; i++)
    if (n >= strlen (seps[i]) && strncmp (s, seps[i], strlen (seps[i])) == 0)
      return strlen (seps[i]);
  return 0;
}

/* Where the first part of a byline line ends: at its first separator
 * ("ShawnHymel | December 16, 2025 | Categories: ..."), or at @n. */
static gsize
first_part_length (const char *s,
                   gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (separator_at (s + i, n - i) > 0)
      return i;
  return n;
}

/* What of a By line's rest may hold a single name: up to its date when
 * the name parser found one ("Posted by BeauHD on Friday December 19,
 * 2025 @08:00PM from the skewed-job-market dept."), else up to the
 * first separator ("ShawnHymel | December 16, 2025 | Categories: ...")
 * or the post's age before it. */
static gsize
single_name_length (const BylineParse *parse,
                    const char        *s,
                    gsize              n)
{
  static const char *date_words[] = { "on", "at", "am", "le", "el", "il", "op", NULL };
  gsize len;

  if (parse->date == NULL)
    {
      gsize age;
      len = first_part_length (s, n);
      /* or up to the post's age ("scvalex 1 year ago") */
      if (byline_find_relative_time (s, len, &age) && age > 0)
        len = age;
      return len;
    }
  len = parse->date_start > 0 && parse->date_start < n ? parse->date_start : n;
  /* the word that leads the date is not the name's ("jsmith on") */
  while (len > 0 && s[len - 1] == ' ')
    len--;
  for (guint i = 0; date_words[i] != NULL; i++)
    {
      gsize l = strlen (date_words[i]);
      if (len > l + 1 && s[len - l - 1] == ' ' && g_ascii_strncasecmp (s + len - l, date_words[i], l) == 0)
        return len - l - 1;
    }
  return len;
}

/* The date in @s[@from, @n) for a parse that read a name alone before it:
 * the line's date belongs to that byline, not to the comments below. */
static void
take_line_date (BylineContext *ctx,
                const char    *s,
                gsize          from,
                gsize          n,
                BylineParse   *parse)
{
  BylineDateMatch m;

  if (parse->date != NULL || from >= n ||
      !byline_date_parser_find (ctx->date_parser, s + from, n - from, ctx->day_first,
                                ctx->opts->min_year, ctx->max_year, &m))
    return;
  parse->date = g_steal_pointer (&m.iso);
  parse->date_start = from + m.start;
  parse->date_end = from + m.end;
  parse->date_is_update = byline_date_label (s, from + m.start) == BYLINE_DATE_LABEL_UPDATED;
  parse->read_end = MAX (parse->read_end, parse->date_end);
  byline_date_match_clear (&m);
}

/* The line ends in "writes:" or "wrote:", as the header of a comment or
 * a quoted post does. */
static gboolean
is_quote_header (const char *s,
                 gsize       n)
{
  static const char *ends[] = { " writes:", " wrote:", NULL };

  while (n > 0 && s[n - 1] == ' ')
    n--;
  for (guint i = 0; ends[i] != NULL; i++)
    {
      gsize l = strlen (ends[i]);
      if (n > l && g_ascii_strncasecmp (s + n - l, ends[i], l) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean is_date_line (BylineContext *ctx,
                              guint          index);

/* What follows a user name is the post's date after "on" or its age
 * ("on 07/03/24", "1 year ago"). */
static gboolean
dated_after_word (const char *s,
                  gsize       n)
{
  gsize start;

  if (n > 3 && strncmp (s, "on ", 3) == 0 && g_ascii_isalnum (s[3]))
    return TRUE;
  return byline_find_relative_time (s, MIN (n, 24), &start) && start == 0;
}

/* After "By" on a line of its own, a single name or a user name ("Written
 * by Melissa", "by ibby", "By Rabbids") as a marked element would hold
 * one: the line is the mark. @parse is the free-text reading of @rest,
 * which found no name; when the markup reading finds one, it replaces
 * @parse. The name ends at the line's date, or else at its first
 * separator, and the date after it is the name's ("By: ShawnHymel |
 * December 16, 2025 | Categories: Uncategorized"). Over a date line
 * (@dated_below), any one word that reads as a name will do ("By
 * Rabbids" / "March 19, 2024 in Build Hardware"). Returns whether @parse
 * now holds the name. */
static gboolean
read_single_name (BylineContext *ctx,
                  const char    *rest,
                  gsize          rest_len,
                  gboolean       dated_below,
                  BylineParse   *parse)
{
  gsize len = single_name_length (parse, rest, rest_len);
  const BylineName *only;
  BylineParse single;
  gboolean read;

  if (parse->affiliation != NULL || len > MAX_SINGLE_NAME_BYLINE)
    return FALSE;
  byline_parse_init (&single);
  read = byline_parse_names (ctx->lex, ctx->date_parser, rest, len, BYLINE_PARSE_MARKUP,
                             ctx->max_year, &single) && single.junk <= 3;
  only = read && single.names->len == 1 ? single.names->pdata[0] : NULL;
  if (!read ||
      !(names_are_not_words (ctx, &single) ||
        (dated_below && only != NULL && is_bare_name (ctx, only->name, strlen (only->name)))))
    {
      byline_parse_clear (&single);
      return FALSE;
    }
  take_line_date (ctx, rest, len, rest_len, &single);
  byline_parse_clear (parse);
  *parse = single;
  return TRUE;
}

/* The end of the capitalised word at @i when the page glued it to the
 * lower-case letter before ("ZeldmanNovember", "TricksScott"), else 0. */
static gsize
glued_capital_word_end (const char *s,
                        gsize       n,
                        gsize       i)
{
  gsize w = i;

  if (i == 0 || !g_ascii_islower (s[i - 1]) || !g_ascii_isupper (s[i]))
    return 0;
  while (w < n && g_ascii_isalpha (s[w]))
    w++;
  return w;
}

static gboolean
scan_leading_prefix (BylineContext *ctx,
                     guint          index,
                     const char    *s,
                     gsize          n,
                     gsize          base,
                     double         bw)
{
  gsize skip = 0, prefix;
  BylineParse parse;
  gboolean found;

  if (n > MAX_BYLINE_BLOCK)
    return FALSE;
  /* Bullets and dashes before the prefix. */
  while (skip < n && (s[skip] == ' ' || s[skip] == '-' || s[skip] == '*'))
    skip++;
  prefix = byline_lexicon_match_prefix (ctx->lex, s + skip, n - skip);
  /* "ByDaryl Austin": the page set the prefix and the link side by side. */
  if (prefix == 0 && n - skip > 3 && s[skip] == 'B' && s[skip + 1] == 'y' &&
      g_ascii_isupper (s[skip + 2]) && g_ascii_islower (s[skip + 3]))
    prefix = 2;
  if (prefix == 0 || skip + prefix >= n)
    return FALSE;
  /* "by Zuck Enabler ( 10503068 ) writes:": a comment's header, which
   * quotes the comment below it, not the article's byline. */
  if (is_quote_header (s, n))
    return TRUE;
  /* "Door & Window Sensors": the Dutch "door" is a noun before "&". */
  {
    gsize w = skip + prefix;
    while (w < n && s[w] == ' ')
      w++;
    if (w < n && (s[w] == '&' || s[w] == '|' || s[w] == ',' || s[w] == '+'))
      return FALSE;
  }
  /* "By using VS Code", "by clicking Accept": a preposition before a
   * verb or a noun, not a byline (particles and articles may lead a
   * name: "by the Lavazza Team", "by von Trier"). */
  {
    gsize w = skip + prefix, e;
    while (w < n && s[w] == ' ')
      w++;
    e = w;
    while (e < n && g_ascii_isalpha (s[e]))
      e++;
    gsize after = e;
    while (after < n && s[after] == ' ')
      after++;
    /* ... but a word alone before a separator is a user name ("by whova
     * | Apr 21, 2025"), and so is a word no dictionary holds before the
     * post's date or its age ("Posted by johnanddoc on 07/03/24 02:57
     * PM", "by scvalex 1 year ago"). */
    if (e > w && g_ascii_islower (s[w]) && e < n && s[e] == ' ' &&
        after < n && g_ascii_isalnum (s[after]) &&
        g_ascii_strncasecmp (s + w, "the", MAX (e - w, 3)) != 0 &&
        !byline_lexicon_has (ctx->lex, BYLINE_LIST_PARTICLES, s + w, e - w) &&
        !(dated_after_word (s + after, n - after) &&
          !byline_lexicon_has (ctx->lex, BYLINE_LIST_ENGLISH_WORDS, s + w, e - w)))
      return FALSE;
  }

  /* "By Korin MillerPublished: Jan 29, 2025", "by Jeffrey
   * ZeldmanNovember 20, 2007": a month or a date label glued to the name
   * ends it. */
  for (gsize i = skip + prefix + 2; i < n; i++)
    {
      gsize w = glued_capital_word_end (s, n, i);
      if (w == 0)
        continue;
      if (byline_lexicon_month (ctx->lex, s + i, w - i) > 0 ||
          (w - i == 9 && g_ascii_strncasecmp (s + i, "published", 9) == 0) ||
          (w - i == 7 && g_ascii_strncasecmp (s + i, "updated", 7) == 0) ||
          (w - i == 6 && g_ascii_strncasecmp (s + i, "posted", 6) == 0))
        {
          byline_add_date (ctx, s + i, n - i, base + i, BYLINE_SOURCE_TEXT, "byline-date",
                           1.2 * bw, g_ascii_toupper (s[i]) == 'U' && w - i == 7);
          n = i;
          break;
        }
    }
  byline_parse_init (&parse);
  found = byline_parse_names (ctx->lex, ctx->date_parser, s + skip + prefix, n - skip - prefix,
                              BYLINE_PARSE_TEXT, ctx->max_year, &parse);
  if (found)
    add_group_from_parse (ctx, &parse, index, base + skip, base + skip + prefix, "by-line",
                          2.5 * bw * position_factor (ctx, index), TRUE);
  else if (read_single_name (ctx, s + skip + prefix, n - skip - prefix,
                             is_date_line (ctx, index + 1), &parse))
    {
      found = TRUE;
      add_group_from_parse (ctx, &parse, index, base + skip, base + skip + prefix,
                            "by-line-single", 2.0 * bw * position_factor (ctx, index), TRUE);
    }
  else if (parse.affiliation != NULL && parse.junk <= 3)
    {
      /* "By Associated Press" */
      BylineGroup *group = byline_group_new (BYLINE_SOURCE_TEXT, "by-agency", 1.0 * bw);
      group->affiliation = g_strdup (parse.affiliation);
      group->block = index;
      g_ptr_array_add (ctx->groups, group);
    }
  byline_parse_clear (&parse);
  return found;
}

/* A thread's start date, which is the page's: after the starter's name
 * on its line ("started by pelex, May 26, 2025.") or on the next line
 * ("Thread starter Kevin" then "Start date Jan 10, 2024"). The dates of
 * the thread's replies must not outvote it (byline_decide_dates() takes
 * it over the vote). */
static void
add_thread_start_date (BylineContext *ctx,
                       guint          index,
                       const char    *rest,
                       gsize          rest_len,
                       gsize          rest_base,
                       double         bw)
{
  guint before = ctx->dates->len;

  byline_add_date (ctx, rest, rest_len, rest_base, BYLINE_SOURCE_TEXT, "thread-start", 1.2 * bw, FALSE);
  /* the label may sit a line further down, under the starter's badge
   * ("Thread starter felixen", "WikiPost", "Start date Jul 9, 2022") */
  for (guint k = index + 1; ctx->dates->len == before && k < ctx->blocks->len && k <= index + 2; k++)
    {
      WinnowBlock *next = ctx->blocks->pdata[k];
      gsize start = winnow_block_get_start (next), end = winnow_block_get_end (next);

      if (end - start > 11 && end - start < 80 &&
          g_ascii_strncasecmp (ctx->text + start, "start date ", 11) == 0)
        byline_add_date (ctx, ctx->text + start, end - start, start, BYLINE_SOURCE_TEXT,
                         "thread-start", 1.2 * bw, FALSE);
    }
}

/* The author of a forum thread: "Thread starter beijingwalker",
 * "Discussion in 'Hosting Advice' started by pelex, May 26, 2025.",
 * "JosephF Discussion starter". The
 * name is a user name, so single words count. */
static void
scan_thread_starter (BylineContext *ctx,
                     guint          index,
                     const char    *s,
                     gsize          n,
                     gsize          base,
                     double         bw)
{
  static const char *leading[] = { "thread starter ", "topic starter ", "original poster ", NULL };
  static const char *trailing[] = { "discussion starter", "thread starter", "topic starter", NULL };
  gsize from = 0, to;
  BylineParse parse;

  if (n > 200)
    return;
  for (guint i = 0; leading[i] != NULL && from == 0; i++)
    if (n > strlen (leading[i]) && g_ascii_strncasecmp (s, leading[i], strlen (leading[i])) == 0)
      from = strlen (leading[i]);
  if (from == 0)
    {
      for (gsize i = 0; i + 11 < n && from == 0; i++)
        if ((i == 0 || s[i - 1] == ' ') && g_ascii_strncasecmp (s + i, "started by ", 11) == 0)
          from = i + 11;
    }
  /* The label after the name: "JosephF Discussion starter". */
  for (guint i = 0; trailing[i] != NULL && from == 0; i++)
    {
      gsize len = strlen (trailing[i]);
      if (n > len + 1 && n <= len + 40 &&
          g_ascii_strncasecmp (s + n - len, trailing[i], len) == 0 && s[n - len - 1] == ' ' &&
          memchr (s, ' ', n - len - 1) == NULL)
        {
          byline_parse_init (&parse);
          if (byline_parse_names (ctx->lex, ctx->date_parser, s, n - len - 1,
                                  BYLINE_PARSE_MARKUP, ctx->max_year, &parse) &&
              parse.names->len == 1)
            add_group_from_parse (ctx, &parse, index, base, base, "thread-starter",
                                  2.5 * bw * position_factor (ctx, index), FALSE);
          byline_parse_clear (&parse);
          return;
        }
    }
  if (from == 0)
    return;
  to = from;
  while (to < n && s[to] != ',' && to - from < 60)
    to++;
  while (to > from && (s[to - 1] == ' ' || s[to - 1] == '.'))
    to--;
  if (to == from)
    return;
  byline_parse_init (&parse);
  if (byline_parse_names (ctx->lex, ctx->date_parser, s + from, to - from,
                          BYLINE_PARSE_MARKUP, ctx->max_year, &parse) &&
      parse.names->len == 1)
    {
      add_group_from_parse (ctx, &parse, index, base, base + from, "thread-starter",
                            2.5 * bw * position_factor (ctx, index), FALSE);
      if (parse.date == NULL)
        add_thread_start_date (ctx, index, s + to, n - to, base + to, bw);
    }
  byline_parse_clear (&parse);
}

/* Reads the line @s (@n bytes) as plain text into @parse when the names
 * parser understands all of it and finds a name there, every name plain
 * (byline_is_plain_name(), any first name); else leaves @parse clear. */
gboolean
byline_parse_names_line (BylineContext *ctx,
                         const char    *s,
                         gsize          n,
                         BylineParse   *parse)
{
  gboolean ok;

  byline_parse_init (parse);
  ok = byline_parse_names (ctx->lex, ctx->date_parser, s, n, BYLINE_PARSE_TEXT, ctx->max_year,
                           parse) &&
       parse->names->len > 0 && parse->junk == 0 && parse->read_end + 2 >= n;
  for (guint i = 0; ok && i < parse->names->len; i++)
    {
      const BylineName *name = parse->names->pdata[i];
      ok = byline_is_plain_name (ctx->lex, s + name->start, name->end - name->start, FALSE);
    }
  if (!ok)
    byline_parse_clear (parse);
  return ok;
}

/* A name the first-name list does not know still reads as one when no
 * word is a common word (but a particle inside the name) or an acronym:
 * "Trond Teigen", "Marna van der Merwe", not "Backup
 * Strategy", "UX Analytics", "Foundational Fitness Protocol" (the titles
 * of a list of posts, each over its date). */
gboolean
byline_reads_as_name (BylineContext *ctx,
                      const char    *s,
                      gsize          n)
{
  const char *space = memchr (s, ' ', n);

  /* "Mark Denney": a first name, even a common word, before a word that
   * is none */
  if (space != NULL && byline_lexicon_has (ctx->lex, BYLINE_LIST_FIRST_NAMES, s, space - s))
    {
      const char *second = space + 1, *end = memchr (second, ' ', s + n - second);
      gsize len = (end != NULL ? end : s + n) - second;
      if (!byline_lexicon_has (ctx->lex, BYLINE_LIST_COMMON_WORDS, s, space - s) ||
          !byline_lexicon_has (ctx->lex, BYLINE_LIST_COMMON_WORDS, second, len))
        return TRUE;
    }
  for (gsize i = 0; i < n;)
    {
      gsize j = i;
      gboolean lower = FALSE;
      while (j < n && s[j] != ' ')
        {
          lower |= g_ascii_islower (s[j]);
          j++;
        }
      if (j > i + 1 && !lower)
        return FALSE;
      /* "van" and "der" of "Marna van der Merwe" are common words too */
      if (byline_lexicon_has (ctx->lex, BYLINE_LIST_COMMON_WORDS, s + i, j - i) &&
          !(i > 0 && g_ascii_islower (s[i]) &&
            byline_lexicon_has (ctx->lex, BYLINE_LIST_PARTICLES, s + i, j - i)))
        return FALSE;
      i = j + 1;
    }
  return TRUE;
}

/* The names on the line under an "Author" label: single words only when
 * they are first names or user names ("Author" / "Recent Posts" is a
 * sidebar). */
static gboolean
label_names_read_as_names (BylineContext     *ctx,
                           const BylineParse *parse,
                           gboolean           labelled)
{
  for (guint i = 0; i < parse->names->len; i++)
    {
      const char *name = ((BylineName *) parse->names->pdata[i])->name;
      if (strchr (name, ' ') == NULL && !is_single_name (ctx, name, strlen (name)) &&
          !(labelled && is_bare_name (ctx, name, strlen (name))))
        return FALSE;
    }
  return parse->names->len > 0;
}

static gboolean is_role_line (BylineContext *ctx,
                              guint          index);

/* Block @index is an avatar's initials over the name on the next line
 * ("CP" / "Chengcheng Pei"): one to three capitals, each the first
 * letter of the next line's words in turn. */
static gboolean
is_initials_line (BylineContext *ctx,
                  guint          index)
{
  WinnowBlock *block, *next;
  const char *s, *name;
  gsize n, name_n, at = 0;

  if (index + 1 >= ctx->blocks->len)
    return FALSE;
  block = ctx->blocks->pdata[index];
  next = ctx->blocks->pdata[index + 1];
  s = ctx->text + winnow_block_get_start (block);
  n = winnow_block_get_end (block) - winnow_block_get_start (block);
  name = ctx->text + winnow_block_get_start (next);
  name_n = winnow_block_get_end (next) - winnow_block_get_start (next);
  if (n == 0 || n > 3)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isupper (s[i]) || at >= name_n || name[at] != s[i])
        return FALSE;
      /* on to the next word's first letter */
      while (at < name_n && name[at] != ' ')
        at++;
      while (at < name_n && name[at] == ' ')
        at++;
    }
  return TRUE;
}

/* A paper's authors one to a line under their label ("Author(s)" / "John
 * A. Alic" / "David C. Mowery" / "Edward S. Rubin"): the lines from
 * @index on that hold only names join @group, up to the first that does
 * not. */
#define MAX_NAME_LINES 12
/* the longest such line when it also tells about the person */
#define MAX_DESCRIBED_NAME_LINE 160
static void
add_name_lines (BylineContext *ctx,
                BylineGroup   *group,
                guint          index)
{
  for (guint i = index; i < ctx->blocks->len && i < index + MAX_NAME_LINES; i++)
    {
      WinnowBlock *block = ctx->blocks->pdata[i];
      gsize start = winnow_block_get_start (block), end = winnow_block_get_end (block);
      BylineParse parse;
      gboolean names;

      /* author cards: an avatar's initials over the name, and the job
       * under the name before them ("CP" / "Chengcheng Pei" / "Staff
       * Software Engineer, MongoDB" / "YL" / "Yuan Lin") */
      if (is_initials_line (ctx, i) || (is_role_line (ctx, i) && is_initials_line (ctx, i + 1)))
        continue;

      if (end - start > MAX_DESCRIBED_NAME_LINE)
        return;
      byline_parse_init (&parse);
      names = byline_parse_names (ctx->lex, ctx->date_parser, ctx->text + start, end - start,
                                  BYLINE_PARSE_MARKUP, ctx->max_year, &parse) &&
              parse.junk == 0 && parse.date == NULL &&
              label_names_read_as_names (ctx, &parse, FALSE);
      /* a longer line is one name and a few words about the person:
       * "Joanna Nelius, senior editor and E Ink enthusiast with 5+ years
       * experience testing PC hardware and laptops." */
      if (names && end - start > 80)
        {
          const BylineName *only = parse.names->pdata[0];
          const char *after = ctx->text + start + only->end;
          names = parse.names->len == 1 && start + only->end + 3 < end &&
                  after[0] == ',' && after[1] == ' ' && g_ascii_islower (after[2]);
        }
      /* nothing before the first name: "Edited by: X" credits another */
      names = names && ((BylineName *) parse.names->pdata[0])->start == 0;
      for (guint k = 0; k < parse.names->len && names; k++)
        {
          const BylineName *name = parse.names->pdata[k];
          names = byline_is_plain_name (ctx->lex, ctx->text + start + name->start,
                                        name->end - name->start, FALSE);
        }
      /* a name printed again (a card's link, then its caption) is no co-author */
      for (guint k = 0; k < parse.names->len && names; k++)
        for (guint a = 0; a < group->authors->len; a++)
          if (g_ascii_strcasecmp (((BylineName *) parse.names->pdata[k])->name,
                                  ((BylineAuthor *) group->authors->pdata[a])->name) == 0)
            {
              byline_parse_clear (&parse);
              return;
            }
      if (names)
        {
          byline_group_add_parse (group, &parse, start);
          group->raw_end = end;
          g_free (group->raw);
          group->raw = g_strndup (ctx->text + group->raw_start, end - group->raw_start);
        }
      byline_parse_clear (&parse);
      if (!names)
        return;
    }
}

/* A label on its own line and the name on the next: "Author" / "Isaiah
 * Shelton". */
static gboolean
scan_label_line (BylineContext *ctx,
                 guint          index,
                 const char    *s,
                 gsize          n,
                 double         bw)
{
  gsize prefix = byline_lexicon_match_prefix (ctx->lex, s, n);
  WinnowBlock *next;
  gsize start, end;
  BylineParse parse;
  gboolean found;

  while (prefix < n && (s[prefix] == ':' || s[prefix] == ' '))
    prefix++;
  if (prefix == 0 || prefix < n || index + 1 >= ctx->blocks->len)
    return FALSE;
  /* (an avatar's initials may stand over the name) */
  if (is_initials_line (ctx, index + 1))
    index++;
  next = ctx->blocks->pdata[index + 1];
  start = winnow_block_get_start (next);
  end = winnow_block_get_end (next);
  if (end - start > 80)
    return FALSE;
  byline_parse_init (&parse);
  found = byline_parse_names (ctx->lex, ctx->date_parser, ctx->text + start, end - start,
                              BYLINE_PARSE_MARKUP, ctx->max_year, &parse) &&
          label_names_read_as_names (ctx, &parse, TRUE);
  if (found)
    {
      BylineGroup *group = add_group_from_parse (ctx, &parse, index + 1, start, start,
                                                 "label-line",
                                                 2.2 * bw * position_factor (ctx, index), TRUE);
      add_name_lines (ctx, group, index + 2);
    }
  byline_parse_clear (&parse);
  return found;
}

/* "- 3/24/2026", "— 10.04.26", "to June 9": the rest of a date range
 * (a course's, an event's), which dates no article. */
static gboolean
starts_range (const char *s,
              gsize       n)
{
  while (n > 0 && *s == ' ')
    s++, n--;
  return (n >= 1 && *s == '-') || (n >= 3 && (strncmp (s, "\xe2\x80\x93", 3) == 0 ||
                                               strncmp (s, "\xe2\x80\x94", 3) == 0)) ||
         (n >= 3 && strncmp (s, "to ", 3) == 0);
}

/* Nothing before a date but perhaps its weekday ("Fri 5 Dec 2025",
 * "Monday, August 11th, 2025"), by name: byline-date-choice.c's
 * last-resort line takes any short word there. */
static gboolean
led_by_date (const char *s,
             gsize       date_start)
{
  static const char *weekdays[] = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "jueves", "viernes", "domingo",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", NULL,
  };
  gsize word = byline_date_lead_word (s, date_start);

  if (word == G_MAXSIZE)
    return FALSE;
  if (word == 0)
    return TRUE;
  for (guint k = 0; weekdays[k] != NULL; k++)
    if (strlen (weekdays[k]) == word && g_ascii_strncasecmp (s, weekdays[k], word) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the @n bytes before a line's date are a person's or a
 * poster's name and nothing else, a display name in brackets aside
 * ("amondale (Amondale)"), not a weekday or a label. */
static gboolean
leads_with_name (BylineContext *ctx,
                 const char    *s,
                 gsize          n)
{
  if (led_by_date (s, n) || byline_date_label (s, n) != BYLINE_DATE_LABEL_NONE)
    return FALSE;
  n = without_display_name (s, 0, byline_strip_trailing_marks (s, n, TRUE));
  if (n == 0)
    return FALSE;
  return is_single_name (ctx, s, n) ||
         (byline_is_plain_name (ctx->lex, s, n, FALSE) && byline_reads_as_name (ctx, s, n));
}

/* A line led by a date is a date line up to this length. */
#define MAX_LEADING_DATE_LINE 80

/* A short block that is mostly a date, or a line led by one. Its date
 * goes to @date (relative to the block) when it is one and @date is not
 * %NULL; the caller clears it. */
static gboolean
date_line_match (BylineContext   *ctx,
                 guint            index,
                 BylineDateMatch *date)
{
  WinnowBlock *block;
  gsize start, end;
  BylineDateMatch m;
  gboolean mostly;

  if (index >= ctx->blocks->len)
    return FALSE;
  /* (the scanners ask of each line's neighbours again and again; a page
   * of thousands of dated bylines spent a tenth of its time here) */
  if (ctx->date_lines == NULL)
    ctx->date_lines = g_new0 (guint8, ctx->blocks->len);
  if (ctx->date_lines[index] == 1 || (ctx->date_lines[index] == 2 && date == NULL))
    return ctx->date_lines[index] == 2;
  block = ctx->blocks->pdata[index];
  start = winnow_block_get_start (block);
  end = winnow_block_get_end (block);
  ctx->date_lines[index] = 1;
  if (end - start > MAX_LEADING_DATE_LINE ||
      !byline_date_parser_find (ctx->date_parser, ctx->text + start, end - start, ctx->day_first,
                                ctx->opts->min_year, ctx->max_year, &m))
    return FALSE;
  /* mostly a date, or led by one ("Fri 5 Dec 2025 12.00 CETLast
   * modified on Mon 8 Dec 2025 16.40 CET") */
  mostly = !starts_range (ctx->text + start + m.end, end - start - m.end) &&
           ((end - start <= 40 && (m.end - m.start) * 2 >= end - start) ||
            led_by_date (ctx->text + start, m.start));
  /* "answered Mar 27, 2019", "Joined: Jan 2020": another thing's date
   * (an answer's, a member's), which makes the name by it no byline */
  if (byline_date_label (ctx->text + start, m.start) == BYLINE_DATE_LABEL_FOREIGN ||
      (m.start >= 6 && g_ascii_strncasecmp (ctx->text + start, "edited", 6) == 0))
    mostly = FALSE;
  /* "DaleJack September 5, 2024, 11:15pm 1": a poster's name and the
   * post's date, a byline of its own; the line above it (the thread's
   * category) is no name over a date */
  if (mostly && m.start > 0 && leads_with_name (ctx, ctx->text + start, m.start))
    mostly = FALSE;
  /* "Last updated on June 19, 2025", "Published: ..." */
  if (!mostly && m.start <= 25 && m.end + 2 >= end - start)
    {
      static const char *words[] = { "published", "updated", "posted", "last", "on",
                                     "date", "modified", "created", NULL };
      const char *s = ctx->text + start;
      gsize w = 0;
      while (w < m.start && g_ascii_isalpha (s[w]))
        w++;
      for (guint i = 0; words[i] && !mostly; i++)
        mostly = w == strlen (words[i]) && g_ascii_strncasecmp (s, words[i], w) == 0;
    }
  if (mostly && date != NULL)
    *date = m;
  else
    byline_date_match_clear (&m);
  ctx->date_lines[index] = mostly ? 2 : 1;
  return mostly;
}

static gboolean
is_date_line (BylineContext *ctx,
              guint          index)
{
  return date_line_match (ctx, index, NULL);
}

/* Block @index starts with @word, ASCII case aside. */
static gboolean
block_starts_with (BylineContext *ctx,
                   guint          index,
                   const char    *word)
{
  WinnowBlock *block;
  gsize n = strlen (word);

  if (index >= ctx->blocks->len)
    return FALSE;
  block = ctx->blocks->pdata[index];
  return winnow_block_get_end (block) - winnow_block_get_start (block) >= n &&
         g_ascii_strncasecmp (ctx->text + winnow_block_get_start (block), word, n) == 0;
}

/* Block @index is @word, ASCII case aside. */
static gboolean
block_is (BylineContext *ctx,
          guint          index,
          const char    *word)
{
  WinnowBlock *block;

  if (index >= ctx->blocks->len)
    return FALSE;
  block = ctx->blocks->pdata[index];
  return winnow_block_get_end (block) - winnow_block_get_start (block) == strlen (word) &&
         block_starts_with (ctx, index, word);
}

/* A short line that reads as a job title: "Co-founder of Intelivita". */
static gboolean
is_role_line (BylineContext *ctx,
              guint          index)
{
  WinnowBlock *block;
  const char *s;
  gsize n, w = 0;

  if (index >= ctx->blocks->len)
    return FALSE;
  block = ctx->blocks->pdata[index];
  s = ctx->text + winnow_block_get_start (block);
  n = winnow_block_get_end (block) - winnow_block_get_start (block);
  if (n > 60)
    return FALSE;
  while (w < n && (g_ascii_isalpha (s[w]) || s[w] == '-'))
    w++;
  if (w > 0 && byline_lexicon_has (ctx->lex, BYLINE_LIST_ROLES, s, w))
    return TRUE;
  /* "Former McKinsey Consultant", "Journalist & Sommelier": a role word
   * anywhere in a few words without digits or sentence punctuation. */
  {
    guint words = 0;
    gboolean role = FALSE;
    for (gsize i = 0; i < n;)
      {
        gsize j = i;
        if (g_ascii_isdigit (s[i]) || s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == ':')
          return FALSE;
        while (j < n && (g_ascii_isalpha (s[j]) || s[j] == '-'))
          j++;
        if (j > i)
          {
            words++;
            role |= byline_lexicon_has (ctx->lex, BYLINE_LIST_ROLES, s + i, j - i);
            i = j;
          }
        else
          i++;
      }
    return role && words <= 6;
  }
}

/* Words about a person, not a product or a company: a personal pronoun
 * ("He has contributed ..."). */
static gboolean
speaks_of_person (const char    *s,
                  gsize          n)
{
  static const char *pronouns[] = { "he", "she", "his", "her", "him", NULL };

  for (gsize i = 0; i < n;)
    {
      gsize j = i;
      while (j < n && (g_ascii_isalpha (s[j]) || s[j] == '-'))
        j++;
      if (j > i)
        {
          for (guint k = 0; pronouns[k] != NULL; k++)
            if (j - i == strlen (pronouns[k]) &&
                g_ascii_strncasecmp (s + i, pronouns[k], j - i) == 0)
              return TRUE;
          i = j;
        }
      else
        i++;
    }
  return FALSE;
}

/* A job word ("founder", "editor") within the first four words of @s. */
static gboolean
job_word_within (BylineContext *ctx,
                 const char    *s,
                 gsize          n)
{
  gsize i = 0;
  guint words = 0;

  while (i < n && words < 4)
    {
      gsize j = i;
      while (j < n && (g_ascii_isalpha (s[j]) || s[j] == '-'))
        j++;
      if (j == i)
        return FALSE;
      /* (a common word such as "manager" only capitalised, as in a
       * title: "is Digital Archive Manager") */
      if (byline_lexicon_has (ctx->lex, BYLINE_LIST_ROLES, s + i, j - i) &&
          (g_ascii_isupper (s[i]) ||
           !byline_lexicon_has (ctx->lex, BYLINE_LIST_COMMON_WORDS, s + i, j - i)))
        return TRUE;
      words++;
      i = j;
      while (i < n && s[i] == ' ')
        i++;
    }
  return FALSE;
}

/* "is Trending Editor", "is a freelance writer", "was Digital Archive
 * Manager": is or was, then a job word within four words. */
static gboolean
states_job (BylineContext *ctx,
            const char    *s,
            gsize          n)
{
  if (n > 3 && strncmp (s, "is ", 3) == 0)
    return job_word_within (ctx, s + 3, n - 3);
  if (n > 4 && strncmp (s, "was ", 4) == 0)
    return job_word_within (ctx, s + 4, n - 4);
  return FALSE;
}

/* "Tim Green UK-based Systems Theorist & Independent Technology
 * Writer": the length of the name (two or three words, the longest that
 * reads as one) before a job title of at most ten words that ends in a
 * job word, else 0. */
static gsize
name_before_title (BylineContext *ctx,
                   const char    *s,
                   gsize          n)
{
  gsize ends[3], end = 0;
  guint words = 0;

  if (n > 120)
    return 0;
  while (n > 0 && strchr (" .,", s[n - 1]) != NULL)
    n--;
  /* (the title's last word is a job's) */
  if (!byline_ends_in_role (ctx->lex, s, n))
    return 0;
  while (words < 3)
    {
      while (end < n && s[end] != ' ')
        end++;
      if (end >= n)
        break;
      ends[words++] = end;
      end++;
    }
  for (guint k = words; k >= 2; k--)
    {
      gsize rest_words = 1;
      for (gsize i = ends[k - 1] + 1; i < n; i++)
        rest_words += s[i] == ' ';
      /* (a third word with a hyphen starts the title: "UK-based") */
      if (k == 3 && memchr (s + ends[1], '-', ends[2] - ends[1]) != NULL)
        continue;
      if (rest_words <= 10 && byline_is_plain_name (ctx->lex, s, ends[k - 1], FALSE) &&
          byline_reads_as_name (ctx, s, ends[k - 1]))
        return ends[k - 1];
    }
  return 0;
}

/* An author box: the name on its own line, then a few words about the
 * person that start with the name ("Bence Kovács" / "Bence is a software
 * developer ...", "Lauren Vetter" / "Lauren Vetter is a growth-focused
 * marketing professional ..."). Only a person is called by a first name
 * alone ("Tuition is based on ..." is not one); the full name must start
 * with a known first name, as
 * products describe themselves too ("Proton VPN is a ..."). */
static gboolean
is_bio_line (BylineContext *ctx,
             guint          index,
             const char    *name,
             gsize          name_len,
             gboolean       full_name)
{
  /* "is" and "was" first: they need "a", "an", "the" ... after them */
  static const char *verbs[] = { "is ", "was ", "has ", "writes ", "covers ", "holds ",
                                 "joined ", "works ", "specializes ", "specialises ",
                                 "serves ", "brings ", "loves ", "lives ", "leads ",
                                 "began ", "started ", "received ", "earned ", "explores ",
                                 "helps ", "teaches ", NULL };
  WinnowBlock *block;
  const char *s, *space, *bio;
  gsize n, first;

  if (index >= ctx->blocks->len)
    return FALSE;
  block = ctx->blocks->pdata[index];
  s = bio = ctx->text + winnow_block_get_start (block);
  n = winnow_block_get_end (block) - winnow_block_get_start (block);
  if (n < 60)
    return FALSE;
  /* in the first person under a known full name: "I'm the founder of
   * HR.University. I'm a certified HR professional ..." */
  if (full_name && (strncmp (s, "I'm ", 4) == 0 || strncmp (s, "I am ", 5) == 0 ||
                    strncmp (s, "I\xe2\x80\x99m ", 6) == 0))
    {
      const char *rest = strchr (s, ' ') + 1;
      if (strncmp (rest, "am ", 3) == 0)
        rest += 3;
      return job_word_within (ctx, rest, n - (rest - bio));
    }
  space = memchr (name, ' ', name_len);
  first = space != NULL ? (gsize) (space - name) : name_len;
  if (n > name_len + 1 && strncmp (s, name, name_len) == 0 && s[name_len] == ' ')
    {
      s += name_len + 1;
      /* "Nicoletta Richardson is Trending Editor for TODAY.com": a job
       * is a person's, whatever the first name. */
      if (states_job (ctx, s, n - (s - bio)))
        return TRUE;
      if (!full_name)
        return FALSE;
    }
  else if (first < name_len && strncmp (s, name, first) == 0 && s[first] == ' ' &&
           !byline_lexicon_has (ctx->lex, BYLINE_LIST_COMMON_WORDS, name, first))
    s += first + 1;
  else
    return FALSE;
  if (!speaks_of_person (s, MIN (n - (s - bio), 400)))
    return FALSE;
  for (guint i = 0; verbs[i] != NULL; i++)
    if (strncmp (s, verbs[i], strlen (verbs[i])) == 0)
      {
        /* "is a writer", not "is based on" */
        static const char *what[] = { "a ", "an ", "the ", "one ", "also ", "currently ",
                                      "passionate ", NULL };
        const char *rest = s + strlen (verbs[i]);
        if (i > 1)
          return TRUE;
        for (guint k = 0; what[k] != NULL; k++)
          if (strncmp (rest, what[k], strlen (what[k])) == 0)
            return TRUE;
        return FALSE;
      }
  return FALSE;
}

/* A line that stands between a byline's name and its date without
 * saying anything of its own: a reading time ("9 min read", "7 minutes
 * read"), or a separator ("•", "|"). */
static gboolean
is_filler_line (BylineContext *ctx,
                guint          index)
{
  WinnowBlock *block;
  const char *s;
  gsize n, i = 0;
  gboolean letters = FALSE;

  if (index >= ctx->blocks->len)
    return FALSE;
  block = ctx->blocks->pdata[index];
  s = ctx->text + winnow_block_get_start (block);
  n = winnow_block_get_end (block) - winnow_block_get_start (block);
  if (n > 30)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    letters |= g_ascii_isalnum (s[k]);
  if (!letters)
    return n > 0;
  while (i < n && g_ascii_isdigit (s[i]))
    i++;
  if (i == 0)
    return FALSE;
  while (i < n && s[i] == ' ')
    i++;
  return (g_ascii_strncasecmp (s + i, "min", 3) == 0 ||
          g_ascii_strncasecmp (s + i, "minute", 6) == 0) &&
         g_strstr_len (s + i, n - i, "read") != NULL;
}

/* A line that credits someone else's work on the article, not its
 * writing: "reviewed by Jo-ann Caballes", "Fact checked by Frank Bass",
 * "Edited by Jane Doe". */
static gboolean
is_credit_line (BylineContext *ctx,
                guint          index)
{
  const char *s, *by;
  gsize n, w;

  if (index >= ctx->blocks->len)
    return FALSE;
  byline_block_text (ctx, index, &s, &n);
  if (n > 60)
    return FALSE;
  by = g_strstr_len (s, n, " by ");
  if (by == NULL)
    by = g_strstr_len (s, n, " By ");
  if (by == NULL)
    return FALSE;
  w = by - s;
  while (w > 0 && s[w - 1] != ' ')
    w--;
  return byline_lexicon_has (ctx->lex, BYLINE_LIST_CREDIT_WORDS, s + w, by - s - w) &&
         byline_is_plain_name (ctx->lex, by + 4, s + n - by - 4, FALSE);
}

/* A post's categories after "in" or "on", on a short line of their own
 * with no sentence: "in Politics", "onElementorInspirationWeb Design"
 * (the space lost before the first link). */
static gboolean
is_category_line (BylineContext *ctx,
                  guint          index)
{
  const char *s;
  gsize n;

  if (index >= ctx->blocks->len)
    return FALSE;
  byline_block_text (ctx, index, &s, &n);
  if (n < 4 || n > 60 || g_strstr_len (s, n, ". ") != NULL ||
      !(strncmp (s, "in", 2) == 0 || strncmp (s, "on", 2) == 0))
    return FALSE;
  return (s[2] == ' ' && g_ascii_isupper (s[3])) || g_ascii_isupper (s[2]);
}

/* "5 min read", "7 minutes read" on a line of its own. */
static gboolean
is_reading_time_line (BylineContext *ctx,
                      guint          index)
{
  WinnowBlock *block;
  gsize start;

  if (index >= ctx->blocks->len || !is_filler_line (ctx, index))
    return FALSE;
  block = ctx->blocks->pdata[index];
  start = winnow_block_get_start (block);
  return g_strstr_len (ctx->text + start, winnow_block_get_end (block) - start, "read") != NULL;
}

/* "Audrey Huang, Print Managing Editor": the length of the name before
 * the comma when what follows is a short job title, else 0. */
static gsize
name_before_role (BylineContext *ctx,
                  const char    *s,
                  gsize          n)
{
  const char *comma = memchr (s, ',', n);
  const char *p, *end = s + n;
  gboolean role = FALSE;
  guint words = 0;

  if (comma == NULL || n > 80 || !byline_is_plain_name (ctx->lex, s, comma - s, FALSE))
    return 0;
  p = comma + 1;
  while (p < end && *p == ' ')
    p++;
  /* (an agency's beat is no job: "Amy Maxmen, KFF Health News") */
  if (byline_is_agency (ctx->lex, p, end - p))
    return 0;
  while (p < end)
    {
      const char *w;
      while (p < end && (*p == ' ' || *p == '&' || *p == '-'))
        p++;
      w = p;
      while (p < end && *p != ' ')
        p++;
      if (p == w)
        break;
      if (memchr (w, ',', p - w) != NULL)
        return 0;
      words++;
      role |= byline_lexicon_has (ctx->lex, BYLINE_LIST_ROLES, w, p - w);
    }
  return role && words <= 5 ? (gsize) (comma - s) : 0;
}

/* Where the text after @from starts past the separators between a
 * byline's date and its name (" | ", ", ", " - "). */
static gsize
skip_separators (const char *s,
                 gsize       n,
                 gsize       from)
{
  while (from < n && (s[from] == ' ' || s[from] == ',' || s[from] == '|' || s[from] == '-'))
    from++;
  return from;
}

/* "Levi Parsons For Daily Mail Australia", "Brian Truitt, The Tennessean":
 * one name (known as a first name's unless @any_first), then whom it
 * wrote for; or several names with known first names ("Jane Doe and John
 * Roe"), with or without it; and nothing else. Reads the line into
 * @parse, which is left clear when it is none. */
static gboolean
read_names_line (BylineContext *ctx,
                 const char    *s,
                 gsize          n,
                 gboolean       any_first,
                 BylineParse   *parse)
{
  gboolean ok;

  if (n > 80 || !byline_parse_names_line (ctx, s, n, parse))
    return FALSE;
  ok = (parse->names->len >= 2 || parse->affiliation != NULL) && parse->date == NULL &&
       ((const BylineName *) parse->names->pdata[0])->start == 0;
  for (guint i = 0; ok && i < parse->names->len; i++)
    {
      const BylineName *name = parse->names->pdata[i];
      ok = name->role == NULL &&
           byline_is_plain_name (ctx->lex, s + name->start, name->end - name->start,
                                 !any_first || parse->names->len >= 2) &&
           byline_reads_as_name (ctx, s + name->start, name->end - name->start);
    }
  if (!ok)
    byline_parse_clear (parse);
  return ok;
}

/* "Manoj Jain and Jagpreet Chhatwal | Guest Columnists", "Jane Doe —
 * Staff Writer": names (any first names) and the job of writing the
 * news, and nothing else. That job says byline as a By does, as "기자"
 * does after a Korean name; other jobs ("Nicole Minard | CEO") are as
 * often a staff list's. Reads the line into @parse, which is left clear
 * when it is none. */
static gboolean
read_role_line (BylineContext *ctx,
                const char    *s,
                gsize          n,
                BylineParse   *parse)
{
  gboolean ok;

  /* (the job ends the line: a cheap test before the parse) */
  if (n > 100 || !byline_role_writes (s, n) || !byline_parse_names_line (ctx, s, n, parse))
    return FALSE;
  ok = parse->date == NULL && ((const BylineName *) parse->names->pdata[0])->start == 0;
  /* (the job follows the last name, and is all the names' when only that
   * one has it: "Jane Doe and John Roe, Staff Writers") */
  for (guint i = 0; ok && i < parse->names->len; i++)
    {
      const BylineName *name = parse->names->pdata[i];
      ok = (name->role != NULL ? byline_role_writes (name->role, -1) : i + 1 < parse->names->len) &&
           byline_reads_as_name (ctx, s + name->start, name->end - name->start);
    }
  if (!ok)
    byline_parse_clear (parse);
  return ok;
}

/* A name that fills its line, as one author. */
static BylineGroup *
add_name_group (BylineContext *ctx,
                guint          index,
                const char    *s,
                gsize          n,
                gsize          base,
                const char    *what,
                double         weight)
{
  g_autofree char *name = g_strndup (s, n);
  BylineGroup *group = byline_group_new (BYLINE_SOURCE_TEXT, what, weight);
  BylineAuthor *a = byline_author_new (name, name);

  a->start = base;
  a->end = base + n;
  g_ptr_array_add (group->authors, a);
  byline_group_set_line (ctx, group, index, base, base + n);
  g_ptr_array_add (ctx->groups, group);
  return group;
}

/* Most names on one line of authors, and the longest such line. */
#define MAX_LISTED_NAMES 12
#define MAX_NAME_LIST_LINE 300

/* The length of the affiliation or note mark that ends at @end, 0 if
 * none: a digit, "*", "†", "‡", or the space or comma between them
 * ("2,3", "1,*"). */
static gsize
mark_before (const char *s,
             gsize       end)
{
  if (end >= 1 && (g_ascii_isdigit (s[end - 1]) || strchr ("*, ", s[end - 1]) != NULL))
    return 1;
  if (end >= 3 && (memcmp (s + end - 3, "\xe2\x80\xa0", 3) == 0 ||
                   memcmp (s + end - 3, "\xe2\x80\xa1", 3) == 0))
    return 3;
  return 0;
}

/* The length of @s without the affiliation marks that end it ("Jennifer
 * Huberty1", "Jongnam Kim 1,*"): 0 if it is nothing but marks. */
static gsize
strip_affiliation_marks (const char *s,
                         gsize       n)
{
  gsize mark;

  while ((mark = mark_before (s, n)) > 0)
    n -= mark;
  return n;
}

/* The authors of a paper or a report under its headline, on one line:
 * "Naftali Tishby, Fernando C. Pereira, William Bialek", "Md Najmul
 * Hossain 1, Jaeeun Lee 1, ... Jongnam Kim 1,*", "Jennifer Huberty1 ;
 * Jeni Green1 ; Christine Glissmann2". Every part between the commas,
 * semicolons and "and"s is a person's name (affiliation marks aside),
 * and there are two or more. */
static void
scan_name_list_line (BylineContext *ctx,
                     guint          index,
                     const char    *s,
                     gsize          n,
                     gsize          base,
                     double         bw)
{
  gsize from = 0;
  guint names = 0, marked = 0;
  gsize starts[MAX_LISTED_NAMES], ends[MAX_LISTED_NAMES];
  /* (with no headline known, the first lines stand for it; a headline
   * guessed in plain text may be this very line) */
  gboolean near = ctx->headline >= 0 ? index >= (guint) ctx->headline &&
                                       index <= (guint) ctx->headline + 3
                                     : index <= 3;
  BylineGroup *group;

  if (n > MAX_NAME_LIST_LINE || index * 3 > ctx->blocks->len * 2 ||
      (memchr (s, ',', n) == NULL && memchr (s, ';', n) == NULL))
    return;
  while (from < n)
    {
      gsize to = from, next, a, b;

      while (to < n && s[to] != ',' && s[to] != ';' && s[to] != '&' &&
             !(to + 5 <= n && memcmp (s + to, " and ", 5) == 0))
        to++;
      next = to < n ? to + (s[to] == ' ' ? 5 : 1) : n;
      a = from;
      b = to;
      while (a < b && s[a] == ' ')
        a++;
      /* ", and Jeni Green" */
      if (b - a > 4 && strncmp (s + a, "and ", 4) == 0)
        a += 4;
      while (b > a && s[b - 1] == ' ')
        b--;
      {
        gsize named = strip_affiliation_marks (s + a, b - a);
        /* "Huberty1", "Kim 1,*", not a lone "*" */
        marked += named > 0 && named < b - a;
        b = a + named;
      }
      from = next;
      if (b == a)
        continue;
      if (names == MAX_LISTED_NAMES ||
          !byline_is_plain_name (ctx->lex, s + a, b - a, FALSE) ||
          !byline_reads_as_name (ctx, s + a, b - a))
        return;
      starts[names] = a;
      ends[names] = b;
      names++;
    }
  /* away from the headline (which a page of papers may miss), only
   * with the marks of a paper's authors */
  if (names < 2 || (!near && marked < 2))
    return;
  group = byline_group_new (BYLINE_SOURCE_TEXT, "name-list", 2.0 * bw);
  for (guint i = 0; i < names; i++)
    {
      g_autofree char *name = g_strndup (s + starts[i], ends[i] - starts[i]);
      BylineAuthor *a = byline_author_new (name, name);
      a->start = base + starts[i];
      a->end = base + ends[i];
      g_ptr_array_add (group->authors, a);
    }
  byline_group_set_line (ctx, group, index, base, base + n);
  g_ptr_array_add (ctx->groups, group);
}

/* The date of the line by a name line that made it a byline ("Adam
 * Roberts" / "Fri 5 Dec 2025 12.00 CET"): under it, over it, or under
 * its job title. It dates the page, which says the names on it are an
 * article's authors, not a shop's staff. */
static void
add_date_line (BylineContext *ctx,
               guint          index,
               double         bw)
{
  static const int offsets[] = { 1, -1, 2 };

  for (guint k = 0; k < G_N_ELEMENTS (offsets); k++)
    {
      int at = (int) index + offsets[k];
      gsize start;
      BylineDateMatch m;

      if (at < 0 || !date_line_match (ctx, at, &m))
        continue;
      start = winnow_block_get_start (ctx->blocks->pdata[at]);
      byline_add_date_match (ctx, &m, start, BYLINE_SOURCE_TEXT, "byline-date", 1.2 * bw,
                             byline_date_label (ctx->text + start, m.start) ==
                               BYLINE_DATE_LABEL_UPDATED);
      byline_date_match_clear (&m);
      return;
    }
}

/* Block @index is a sentence or more of prose: 60 bytes or more that
 * end as a sentence does. */
static gboolean
ends_prose (BylineContext *ctx,
            guint          index)
{
  WinnowBlock *block = ctx->blocks->pdata[index];
  gsize start = winnow_block_get_start (block), end = winnow_block_get_end (block);
  char last;

  while (end > start && (ctx->text[end - 1] == ' ' || ctx->text[end - 1] == '"' ||
                         ctx->text[end - 1] == ')'))
    end--;
  if (end - start < 60)
    return FALSE;
  last = ctx->text[end - 1];
  return last == '.' || last == '!' || last == '?';
}

/* Whether the local part of the e-mail address @email (of @n bytes)
 * holds a word of @name of three letters or more ("brentb" of "Brent
 * Butterworth", "kim.sarah" of "Sarah Kim"). */
static gboolean
email_of (const char *email,
          gsize       n,
          const char *name,
          gsize       name_len)
{
  const char *at = memchr (email, '@', n);
  g_autofree char *local = NULL;

  if (at == NULL || at == email)
    return FALSE;
  local = g_ascii_strdown (email, at - email);
  for (gsize i = 0; i < name_len;)
    {
      gsize j = i;
      while (j < name_len && name[j] != ' ')
        j++;
      if (j - i >= 3)
        {
          g_autofree char *word = g_ascii_strdown (name + i, j - i);
          if (strstr (local, word) != NULL)
            return TRUE;
        }
      i = j + 1;
    }
  return FALSE;
}

/* A signature at an article's end: the name, after perhaps the marks
 * that close a story (". . . ", "-- "), then the person's e-mail address
 * alone on the next line ("Brent Butterworth" /
 * "brentb@soundstagenetwork.com"). */
static gboolean
scan_signature (BylineContext *ctx,
                guint          index,
                const char    *s,
                gsize          n,
                gsize          base,
                double         bw)
{
  WinnowBlock *next;
  const char *e, *at;
  gsize skip = 0, en;
  BylineAuthor *a;

  while (skip < n && (s[skip] == '.' || s[skip] == ' ' || s[skip] == '-'))
    skip++;
  /* (after the article's prose: under "Media inquiries:" it is a press
   * contact's) */
  if (index == 0 || index + 1 >= ctx->blocks->len || n - skip > 50 ||
      !ends_prose (ctx, index - 1) || !byline_is_plain_name (ctx->lex, s + skip, n - skip, FALSE))
    return FALSE;
  next = ctx->blocks->pdata[index + 1];
  e = ctx->text + winnow_block_get_start (next);
  en = winnow_block_get_end (next) - winnow_block_get_start (next);
  at = en >= 6 && en <= 80 && memchr (e, ' ', en) == NULL ? memchr (e, '@', en) : NULL;
  /* one address: "name@host.tld" */
  if (at == NULL || memchr (at, '.', en - (at - e)) == NULL || !email_of (e, en, s + skip, n - skip))
    return FALSE;
  a = add_name_group (ctx, index, s + skip, n - skip, base + skip, "author-box",
                      (winnow_document_is_html (ctx->doc) ? 1.8 : 2.2) * bw)->authors->pdata[0];
  a->email = g_strndup (e, en);
  a->email_start = winnow_block_get_start (next);
  a->email_end = winnow_block_get_end (next);
  return TRUE;
}

/* A line that is only a person's name, right by the headline, or in
 * plain text right above the article's first paragraphs (@body, or -1). */
static void
scan_name_line (BylineContext *ctx,
                guint          index,
                const char    *s,
                gsize          n,
                gsize          base,
                double         bw,
                int            body)
{
  WinnowBlockKind kind = winnow_block_get_kind (ctx->blocks->pdata[index]);
  gboolean near = (ctx->headline >= 0 && (int) index >= ctx->headline - 3 &&
                   (int) index <= ctx->headline + 10 && (int) index != ctx->headline) ||
                  (body >= 0 && (int) index < body && (int) index + 8 >= body);
  gboolean dated = is_date_line (ctx, index + 1) || (index > 0 && is_date_line (ctx, index - 1));
  double weight;

  /* A name with the date on the next line is a byline wherever it is, in
   * the first two thirds of the page; a name alone, only by the headline
   * and only with a known first name. */
  gsize name_start = 0, name_end = n;
  BylineDateMatch m;
  BylineParse parse;
  gboolean affiliated = FALSE;
  const char *what = NULL;
  gboolean first_post = FALSE;

  /* "About Amar Hussain" / "Amar is an avid traveler ... He has ...":
   * the heading of an author box. */
  if (n > 6 && n <= 56 && strncmp (s, "About ", 6) == 0 &&
      byline_is_plain_name (ctx->lex, s + 6, n - 6, FALSE) &&
      is_bio_line (ctx, index + 1, s + 6, n - 6,
                   byline_is_plain_name (ctx->lex, s + 6, n - 6, TRUE)))
    {
      add_name_group (ctx, index, s + 6, n - 6, base + 6, "author-box",
                      (winnow_document_is_html (ctx->doc) ? 1.8 : 2.2) * bw);
      return;
    }
  /* An author box whose heading holds the job too: "Tim Green UK-based
   * Systems Theorist & Independent Technology Writer" / "Tim explores
   * ... His work ..." */
  if (kind != WINNOW_BLOCK_KIND_LIST_ITEM)
    {
      gsize name_n = name_before_title (ctx, s, n);
      if (name_n > 0 &&
          is_bio_line (ctx, index + 1, s, name_n, byline_is_plain_name (ctx->lex, s, name_n, TRUE)))
        {
          BylineGroup *group = add_name_group (ctx, index, s, name_n, base, "author-box",
                                               (winnow_document_is_html (ctx->doc) ? 1.8 : 2.2) * bw);
          BylineAuthor *a = group->authors->pdata[0];
          gsize role_end = n;
          while (role_end > name_n && strchr (" .,", s[role_end - 1]) != NULL)
            role_end--;
          a->role = g_strndup (s + name_n + 1, role_end - name_n - 1);
          return;
        }
    }
  /* An author box: the name, maybe a job title, then about the person;
   * or the name and a job title by the headline, with a known first name
   * (headings such as "Tuition Rates" have job words under them too). */
  if (n <= 50 && byline_is_plain_name (ctx->lex, s, n, FALSE) &&
      kind != WINNOW_BLOCK_KIND_LIST_ITEM)
    {
      gboolean known = byline_is_plain_name (ctx->lex, s, n, TRUE);
      gboolean roled = is_role_line (ctx, index + 1);
      /* (a job title, the byline's date or the box's label may stand
       * between: "Craig McCarthy" / "Last updated on 17 December 2025" /
       * "Craig McCarthy is Digital Archive Manager at ...", "Joshua
       * Waller" / "About" / "Joshua Waller has been reviewing ...") */
      gboolean bio = is_bio_line (ctx, index + 1, s, n, known) ||
                     ((roled || is_date_line (ctx, index + 1) || block_is (ctx, index + 1, "about")) &&
                      is_bio_line (ctx, index + 2, s, n, known));
      roled = roled && known;
      if (bio || (roled && near))
        {
          add_name_group (ctx, index, s, n, base, bio ? "author-box" : "name-role-lines",
                          (winnow_document_is_html (ctx->doc) ? 1.8 : 2.2) * bw);
          return;
        }
    }
  /* Headings and menu items are titles and links, not bylines. */
  if (kind == WINNOW_BLOCK_KIND_HEADING || kind == WINNOW_BLOCK_KIND_LIST_ITEM)
    return;
  /* Past the first two thirds of the page, only by the headline. */
  if (index * 3 > ctx->blocks->len * 2 && !near)
    dated = FALSE;
  /* A role line between the name and the date: "Tuhin Bhatt" /
   * "Co-founder of Intelivita" / "Last updated on June 19, 2025"; or a
   * reviewer's credit ("reviewed by Jo-ann Caballes"), or the post's
   * categories ("onElementorInspirationWeb Design"). */
  if (!dated && index * 3 <= ctx->blocks->len * 2 && is_date_line (ctx, index + 2) &&
      (is_role_line (ctx, index + 1) || is_filler_line (ctx, index + 1) ||
       is_credit_line (ctx, index + 1) || is_category_line (ctx, index + 1)))
    dated = TRUE;
  /* "Kalyn Keen" / "Jun 9" / "5 min read": a reading time says byline
   * where the date has no year. */
  if (!dated && index * 3 <= ctx->blocks->len * 2 &&
      (is_reading_time_line (ctx, index + 1) || is_reading_time_line (ctx, index + 2)))
    dated = TRUE;

  if (dated && byline_is_plain_name (ctx->lex, s, n, FALSE) && byline_reads_as_name (ctx, s, n))
    weight = winnow_document_is_html (ctx->doc) ? 1.4 : 2.2; /* HTML has markup to say more */
  else if (dated &&
           (is_single_name (ctx, s, n) ||
            (ctx->headline >= 0 && (int) index > ctx->headline &&
             (int) index <= ctx->headline + 2 && is_bare_name (ctx, s, n))) &&
           (is_date_line (ctx, index + 1) || is_reading_time_line (ctx, index + 1) ||
            is_reading_time_line (ctx, index + 2)))
    /* "inikosoftseo" / "September 8, 2025", "Ben" / "2 days ago" / "6 min
     * read"; under the headline, "Mazi" / "December 19, 2025", "Gabo" /
     * "Jan 23" / "11 min read", not a category over a separator and the
     * date ("Ethereum" / "‧" / "December 16, 2025") */
    weight = winnow_document_is_html (ctx->doc) ? 1.2 : 1.8;
  else if ((near || index * 3 <= ctx->blocks->len * 2) && read_role_line (ctx, s, n, &parse))
    {
      weight = winnow_document_is_html (ctx->doc) ? 1.4 : 2.2;
      affiliated = TRUE;
      what = "role-line";
    }
  else if (dated && name_before_role (ctx, s, n) > 0)
    {
      name_end = name_before_role (ctx, s, n);
      weight = winnow_document_is_html (ctx->doc) ? 1.3 : 2.0;
    }
  else if ((dated || near) && read_names_line (ctx, s, n, dated, &parse))
    {
      /* dated, weighed as a name and a job title; by the headline alone,
       * as a name alone; a news agency after the names says byline as a
       * By word does ("Brian Truitt USA TODAY") */
      weight = !dated ? 1.3 : winnow_document_is_html (ctx->doc) ? 1.3 : 2.0;
      affiliated = TRUE;
      if (parse.affiliation != NULL && byline_is_agency (ctx->lex, parse.affiliation, -1))
        what = "agency-line";
    }
  else if (near && byline_is_plain_name (ctx->lex, s, n, TRUE))
    weight = 1.3;
  else if (n <= 70 && index * 3 <= ctx->blocks->len * 2 &&
           byline_date_parser_find (ctx->date_parser, s, n, ctx->day_first, ctx->opts->min_year,
                                    ctx->max_year, &m))
    {
      /* "Tom Talbot October 14, 2025", "January 16, 2026 Computer Overhauls" */
      gboolean found = FALSE;
      gsize date_end = m.end;
      gboolean post;
      /* (the match may take the space before the post's number) */
      while (date_end > m.start && s[date_end - 1] == ' ')
        date_end--;
      post = is_post_number_tail (s + date_end, n - date_end);
      /* the thread's first post names its starter */
      first_post = post && s[n - 1] == '1' && !g_ascii_isdigit (s[n - 2]);
      if (m.start > 0 && (m.end == n || (m.end < n && n - m.end <= 1) ||
                          is_reading_time_tail (s + m.end, n - m.end) || post))
        {
          name_end = trim_name_end (s, m.start);
          /* "by Jeffrey ZeldmanNovember 20, 2007" */
          name_start = byline_lexicon_match_prefix (ctx->lex, s, name_end);
          while (name_start < name_end && s[name_start] == ' ')
            name_start++;
          /* "amondale (Amondale) November 8, 2024": the user name */
          name_end = without_display_name (s, name_start, name_end);
          /* a user name, but not the label of an answer's or an
           * edit's date ("answered Mar 26, 2019 at 16:59"); right under
           * the headline, a bare name ("Yucy3/4/2025") */
          found = name_end > name_start &&
                  (byline_is_plain_name (ctx->lex, s + name_start, name_end - name_start, FALSE) ||
                   ((is_single_name (ctx, s + name_start, name_end - name_start) ||
                     (post && is_handle (ctx, s + name_start, name_end - name_start)) ||
                     (ctx->headline >= 0 && (int) index > ctx->headline &&
                      (int) index <= ctx->headline + 2 &&
                      is_bare_name (ctx, s + name_start, name_end - name_start))) &&
                    byline_date_label (s, m.start) == BYLINE_DATE_LABEL_NONE));
        }
      else if (m.start == 0)
        {
          BylineDateMatch next;
          name_start = skip_separators (s, n, m.end);
          /* a theme's published and updated dates, glued: "September 1,
           * 2016September 8, 2016Autumn Adams" */
          if (name_start < n &&
              byline_date_parser_find (ctx->date_parser, s + name_start, n - name_start,
                                       ctx->day_first, ctx->opts->min_year, ctx->max_year, &next))
            {
              if (next.start == 0)
                name_start = skip_separators (s, n, name_start + next.end);
              byline_date_match_clear (&next);
            }
          found = name_start < n &&
                  byline_is_plain_name (ctx->lex, s + name_start, n - name_start, FALSE);
        }
      if (found)
        byline_add_date_match (ctx, &m, base, BYLINE_SOURCE_TEXT, "byline-date", 1.2 * bw,
                               byline_date_label (s, m.start) == BYLINE_DATE_LABEL_UPDATED);
      byline_date_match_clear (&m);
      if (!found)
        return;
      weight = winnow_document_is_html (ctx->doc) ? 1.3 : 2.0;
      dated = TRUE;
    }
  else
    return;
  if (affiliated)
    {
      add_group_from_parse (ctx, &parse, index, base, base,
                            what != NULL ? what : dated ? "name-date-lines" : "name-line",
                            weight * bw, TRUE);
      byline_parse_clear (&parse);
    }
  else
    {
      BylineGroup *group = add_name_group (ctx, index, s + name_start, name_end - name_start,
                                           base + name_start,
                                           dated ? "name-date-lines" : "name-line", weight * bw);
      group->first_post = first_post;
    }
  /* (Further down, names over dates are as often comments'.) */
  if (dated && (near || (ctx->headline < 0 && index * 3 <= ctx->blocks->len * 2)))
    add_date_line (ctx, index, bw);
}

/* An author box's label over a bio that opens with the name ("About the
 * author" / "Eric Ries is an entrepreneur and author of ..."): the name,
 * two or three words, as the box's, when the bio reads as one
 * (is_bio_line(), as for a name on a line of its own). */
static void
scan_about_author (BylineContext *ctx,
                   guint          index,
                   const char    *s,
                   gsize          n,
                   double         bw)
{
  WinnowBlock *next;
  const char *bio;
  gsize len = n, limit;

  while (len > 0 && (s[len - 1] == ':' || s[len - 1] == ' '))
    len--;
  if (len != strlen ("about the author") || g_ascii_strncasecmp (s, "about the author", len) != 0 ||
      index + 1 >= ctx->blocks->len)
    return;
  next = ctx->blocks->pdata[index + 1];
  bio = ctx->text + winnow_block_get_start (next);
  limit = MIN (60, winnow_block_get_end (next) - winnow_block_get_start (next));
  for (guint words = 3; words >= 2; words--)
    {
      gsize end = 0;
      /* the end of the name's last word, past the spaces of the others */
      for (guint w = 0; w < words; w++)
        {
          const char *space = end < limit ? memchr (bio + end, ' ', limit - end) : NULL;
          if (space == NULL)
            return;
          end = space - bio + (w + 1 < words);
        }
      if (byline_is_plain_name (ctx->lex, bio, end, FALSE) &&
          is_bio_line (ctx, index + 1, bio, end, byline_is_plain_name (ctx->lex, bio, end, TRUE)))
        {
          add_name_group (ctx, index + 1, bio, end, winnow_block_get_start (next), "author-box",
                          (winnow_document_is_html (ctx->doc) ? 1.8 : 2.2) * bw);
          return;
        }
    }
}

static gboolean
has_several_words (const char *s,
                  gsize       n)
{
  /* A prefix of several words ("posted by") rather than a bare "by". */
  for (gsize i = 0; i + 1 < n; i++)
    if (s[i] == ' ')
      return TRUE;
  return FALSE;
}

/* Whether only a separator or the word that leads a date stands between
 * the last name of @parse and its date ("Alphabyte1: 3:21pm On", "John
 * Smith on"): the name is the date's. */
static gboolean
names_end_at_date (const char        *s,
                   const BylineParse *parse)
{
  const BylineName *last;
  gsize i;

  if (parse->names->len == 0 || parse->date == NULL)
    return FALSE;
  last = parse->names->pdata[parse->names->len - 1];
  i = last->end;
  while (i < parse->date_start && strchr (" :,|-", s[i]) != NULL)
    i++;
  if (i + 3 <= parse->date_start && g_ascii_strncasecmp (s + i, "on ", 3) == 0)
    i += 3;
  return i == parse->date_start;
}

/* How many lines above a line its repeated headline may stand. */
#define MAX_HEADLINE_ABOVE 3

/* Whether @s[0, @n), spaces aside, is the text of one of the few lines
 * above block @index: a headline said again before its byline. */
static gboolean
repeats_line_above (BylineContext *ctx,
                    guint          index,
                    const char    *s,
                    gsize          n)
{
  while (n > 0 && s[n - 1] == ' ')
    n--;
  if (n < 8)
    return FALSE;
  for (guint k = 1; k <= MAX_HEADLINE_ABOVE && k <= index; k++)
    {
      const char *t;
      gsize tn;

      byline_block_text (ctx, index - k, &t, &tn);
      while (tn > 0 && t[tn - 1] == ' ')
        tn--;
      if (tn == n && memcmp (s, t, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "Posted on March 3, 2020 by John Smith". Returns whether it read one. */
static gboolean
scan_inline_prefix (BylineContext *ctx,
                    guint          index,
                    const char    *s,
                    gsize          n,
                    gsize          base,
                    double         bw)
{
  gsize after, at = 0;
  BylineParse parse;
  BylineDateMatch m;
  gboolean long_lead, repeated, dated, bare, found;

  if (n > MAX_INLINE_BLOCK)
    return FALSE;
  after = byline_find_inline_prefix (ctx->lex, s, n, 10, &at);
  /* (a long headline said again before its byline, below) */
  long_lead = after == 0;
  if (long_lead)
    after = byline_find_inline_prefix (ctx->lex, s, n, MAX_INLINE_BLOCK / 2, &at);
  if (after == 0)
    return FALSE;
  repeated = repeats_line_above (ctx, index, s, at);
  if (long_lead && !repeated)
    return FALSE;
  /* "by" inside a line is a byline only after a date or as "Posted by",
   * "Written by": "a book by", "powered by" are not. */
  dated = at > 0 && byline_date_parser_find (ctx->date_parser, s, at, ctx->day_first,
                                             ctx->opts->min_year, ctx->max_year, &m);
  if (dated)
    byline_date_match_clear (&m);
  bare = !dated && !has_several_words (s + at, after - at);
  byline_parse_init (&parse);
  found = byline_parse_names (ctx->lex, ctx->date_parser, s + after, n - after,
                              BYLINE_PARSE_TEXT, ctx->max_year, &parse);
  /* ... or after the headline, repeated ("Lean Startup Week Call for
   * Proposals is Open Until July 31" / "July 22, 2017" / "Lean Startup
   * Week Call for Proposals is Open Until July 31 by Eric Ries"), when
   * names alone follow; or before the name and then its date, as a
   * thread's header says who posted it and when ("Hybrid Quantum And
   * Classical Computing by Alphabyte1: 3:21pm On Mar 09, 2023"); low on
   * the page, such lines are related stories' */
  if (bare && repeated)
    found = found && parse.junk == 0 && after + parse.read_end >= n;
  else if (bare)
    {
      if (index * 3 > ctx->blocks->len * 2)
        found = FALSE;
      else if (!found)
        found = read_single_name (ctx, s + after, n - after, FALSE, &parse);
      found = found && parse.date != NULL && names_end_at_date (s + after, &parse);
    }
  if (found)
    {
      add_group_from_parse (ctx, &parse, index, base, base + after, "inline-by",
                            1.6 * bw * position_factor (ctx, index), TRUE);
      /* The date before "by" is the byline's date. */
      byline_add_date (ctx, s, after, base, BYLINE_SOURCE_TEXT, "byline-date",
                       1.2 * bw, FALSE);
    }
  byline_parse_clear (&parse);
  return found;
}

/* A standfirst that ends with its byline: "... beyond the U.S. and
 * Canada. By Lisa Jennings on Dec. 19, 2025". "By" after a sentence's
 * end, then only names (and their date) to the end of the line. */
static void
scan_closing_by (BylineContext *ctx,
                 guint          index,
                 const char    *s,
                 gsize          n,
                 gsize          base,
                 double         bw)
{
  const char *at = NULL;
  BylineParse parse;
  gsize after;
  gboolean standfirst = ctx->headline >= 0 ? (int) index >= ctx->headline &&
                                               (int) index <= ctx->headline + 3
                                             : index * 3 <= ctx->blocks->len;

  if (n > MAX_INLINE_BLOCK || n < 8 || index * 3 > ctx->blocks->len * 2)
    return;
  for (gsize i = 2; i + 4 < n; i++)
    if ((s[i - 2] == '.' || s[i - 2] == '!' || s[i - 2] == '?') && s[i - 1] == ' ' &&
        strncmp (s + i, "By ", 3) == 0)
      at = s + i;
  if (at == NULL)
    return;
  after = at - s + 3;
  byline_parse_init (&parse);
  if (byline_parse_names (ctx->lex, ctx->date_parser, s + after, n - after, BYLINE_PARSE_TEXT,
                          ctx->max_year, &parse) &&
      parse.junk == 0 && after + parse.read_end + 2 >= n &&
      label_names_read_as_names (ctx, &parse, FALSE) &&
      /* under the headline, or dated: not a sidebar's credit ("...
       * Worldwide. By Dan Shrigley.") */
      (standfirst || parse.date != NULL))
    add_group_from_parse (ctx, &parse, index, base + (at - s), base + after, "inline-by",
                          1.6 * bw * position_factor (ctx, index), FALSE);
  byline_parse_clear (&parse);
}

/* Reuters: "Reporting by X and Y in Z; Editing by W" */
static void
scan_reporting (BylineContext *ctx,
                guint          index,
                const char    *s,
                gsize          n,
                gsize          base,
                double         bw)
{
  static const char *markers[] = { "Reporting by ", "Writing by ", "Reported by ", NULL };
  BylineGroup *group = NULL;

  for (guint m = 0; markers[m]; m++)
    {
      gsize ml = strlen (markers[m]);
      for (gsize i = 0; i + ml < n; i++)
        {
          gsize end;
          BylineParse parse;

          if (g_ascii_strncasecmp (s + i, markers[m], ml) != 0 ||
              (i > 0 && g_ascii_isalpha (s[i - 1])))
            continue;
          /* "Additional reporting by" names contributors, not authors. */
          if (i >= 11 && g_ascii_strncasecmp (s + i - 11, "additional ", 11) == 0)
            continue;
          end = i + ml;
          while (end < n && s[end] != ';' && s[end] != '\n' && s[end] != ')' &&
                 !(s[end] == '.' && (end + 1 == n || s[end + 1] == ' ') &&
                   end >= 2 && s[end - 2] != ' '))
            end++;
          byline_parse_init (&parse);
          if (byline_parse_names (ctx->lex, ctx->date_parser, s + i + ml, end - i - ml,
                                  BYLINE_PARSE_TEXT, ctx->max_year, &parse))
            {
              if (group == NULL)
                {
                  group = byline_group_new (BYLINE_SOURCE_TEXT, "reporting-by", 2.0 * bw);
                  group->block = index;
                  group->visible = TRUE;
                  group->raw_start = base + i;
                  group->affiliation = g_strdup ("Reuters");
                }
              byline_group_add_parse (group, &parse, base + i + ml);
              group->raw_end = base + end;
            }
          byline_parse_clear (&parse);
        }
    }
  if (group != NULL)
    {
      group->raw = g_strndup (ctx->text + group->raw_start, group->raw_end - group->raw_start);
      /* Only Reuters writes it so; other agencies' credits keep their own
       * affiliation from elsewhere. */
      if (strstr (s, "Reuters") == NULL && strstr (s, "REUTERS") == NULL)
        g_clear_pointer (&group->affiliation, g_free);
      g_ptr_array_add (ctx->groups, group);
    }
}

static gboolean
is_hangul_syllable (gunichar c)
{
  return c >= 0xAC00 && c <= 0xD7A3;
}

/* Korean and Japanese reporter suffixes: "홍길동 기자", "山田太郎記者". */
static void
scan_reporter_suffix (BylineContext *ctx,
                      guint          index,
                      const char    *s,
                      gsize          n,
                      gsize          base,
                      double         bw)
{
  static const char *suffixes[] = { "기자", "특파원", "記者", NULL };

  for (guint k = 0; suffixes[k]; k++)
    {
      const char *hit = g_strstr_len (s, n, suffixes[k]);
      const char *name_end, *name_start;
      guint n_chars = 0;
      BylineGroup *group;
      BylineAuthor *a;
      g_autofree char *name = NULL;

      if (hit == NULL)
        continue;
      name_end = hit;
      while (name_end > s && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (name_end))))
        name_end = g_utf8_prev_char (name_end);
      name_start = name_end;
      while (name_start > s && n_chars < 5)
        {
          const char *p = g_utf8_prev_char (name_start);
          gunichar c = g_utf8_get_char (p);
          if (!(is_hangul_syllable (c) || (c >= 0x4E00 && c <= 0x9FFF)))
            break;
          name_start = p;
          n_chars++;
        }
      if (n_chars < 2 || n_chars > 4)
        continue;
      /* The name stands alone: start of text, after a space or bracket. */
      if (name_start > s)
        {
          gunichar before = g_utf8_get_char (g_utf8_prev_char (name_start));
          if (!(g_unichar_isspace (before) || g_unichar_ispunct (before) ||
                before == '=' || before == '/'))
            continue;
        }
      name = g_strndup (name_start, name_end - name_start);
      group = byline_group_new (BYLINE_SOURCE_TEXT, "reporter-suffix", 2.3 * bw);
      a = byline_author_new (name, name);
      a->start = base + (name_start - s);
      a->end = base + (name_end - s);
      a->role = g_strdup (suffixes[k]);
      g_ptr_array_add (group->authors, a);
      group->block = index;
      group->visible = TRUE;
      group->raw_start = a->start;
      group->raw_end = base + (hit - s) + strlen (suffixes[k]);
      group->raw = g_strndup (ctx->text + group->raw_start, group->raw_end - group->raw_start);
      group->fills_block = n <= (gsize) (group->raw_end - group->raw_start) + 2;
      g_ptr_array_add (ctx->groups, group);
      return;
    }
}

/* "WASHINGTON (AP) —", "SEOUL, July 7 (Yonhap) --" and a closing "— Reuters". */
static void
scan_agency (BylineContext *ctx,
             guint          index,
             const char    *s,
             gsize          n,
             double         bw)
{
  const char *open = memchr (s, '(', MIN (n, 80));

  if (open != NULL)
    {
      const char *close = memchr (open, ')', n - (open - s));
      if (close != NULL && close - open < 40 &&
          byline_is_agency (ctx->lex, open + 1, close - open - 1))
        {
          const char *after = close + 1;
          while (after < s + n && *after == ' ')
            after++;
          if (after < s + n && (*after == '-' || g_str_has_prefix (after, "—") ||
                                g_str_has_prefix (after, "–") || *after == ':'))
            {
              BylineGroup *g = byline_group_new (BYLINE_SOURCE_TEXT, "dateline", 1.0 * bw);
              g->affiliation = g_strndup (open + 1, close - open - 1);
              g->block = index;
              g_ptr_array_add (ctx->groups, g);
              return;
            }
        }
    }
  if (n <= 40)
    {
      gsize skip = 0;
      while (skip < n && (s[skip] == '-' || s[skip] == ' ' || s[skip] == '(' ||
                          (guchar) s[skip] == 0xE2))
        skip += (guchar) s[skip] == 0xE2 ? 3 : 1;
      if (skip < n && skip > 0 && byline_is_agency (ctx->lex, s + skip, n - skip - (s[n - 1] == ')')))
        {
          BylineGroup *g = byline_group_new (BYLINE_SOURCE_TEXT, "agency-line", 0.8 * bw);
          g->affiliation = g_strndup (s + skip, n - skip - (s[n - 1] == ')'));
          g->block = index;
          g_ptr_array_add (ctx->groups, g);
        }
    }
}

/* A short line near the headline that is mostly a date, or says
 * "Published ..." / "Updated ...". */
static void
scan_date_line (BylineContext *ctx,
                guint          index,
                const char    *s,
                gsize          n,
                gsize          base,
                double         bw)
{
  gboolean near = ctx->headline >= 0
                  ? ((int) index >= ctx->headline - 3 && (int) index <= ctx->headline + 12)
                  : index < 20;
  gboolean update, publish, starts_on;
  BylineDateLabel label;
  BylineDateMatch m;
  gsize i = 0;
  double factor = near ? 1.0 : 0.45;

  /* Far from the headline, only in the first two thirds of the page:
   * comments and related lists come last. */
  if (n > 100 || (!near && index * 3 > ctx->blocks->len * 2))
    return;
  if (!byline_date_parser_find (ctx->date_parser, s, n, ctx->day_first, ctx->opts->min_year,
                                ctx->max_year, &m))
    return;
  /* The line's label says which date it is ("Last modified:", "Mis à
   * jour le", "Posted on"), as byline_date_label() reads labels
   * everywhere; "Joined: Mon Jul 24, 2017" is another thing's. */
  label = byline_date_label (s, m.start);
  update = label == BYLINE_DATE_LABEL_UPDATED;
  publish = label == BYLINE_DATE_LABEL_PUBLISHED;
  while (i < n && !g_ascii_isalnum (s[i]) && !(s[i] & 0x80))
    i++;
  starts_on = g_ascii_strncasecmp (s + i, "on ", 3) == 0;
  if (!update && starts_on)
    publish = TRUE;
  /* "On 2 Dec 2024, I received this message ...": a sentence that
   * starts with a date, not a date line ("On Mar 09, 2023" alone is one,
   * and so is "On Behalf of X | Apr 21, 2017 | Products"). */
  if (publish && starts_on && m.start <= i + 4 && n - m.end > 25)
    publish = FALSE;
  if (label != BYLINE_DATE_LABEL_FOREIGN &&
      (update || publish || n <= (near ? 50 : 32) || m.start == 0))
    byline_add_date_match (ctx, &m, base, BYLINE_SOURCE_TEXT,
                           update ? "updated-line" : near ? "date-line" : "far-date-line",
                           (publish || update ? 2.6 : 2.4) * bw * factor, update);
  byline_date_match_clear (&m);
}

/* @s is an English word, or a part of it between hyphens is one of four
 * letters or more: "Member", "Pre-Medical" (a rank, not a handle). */
static gboolean
has_english_part (BylineContext *ctx,
                  const char    *s,
                  gsize          n)
{
  gsize start = 0;

  if (byline_lexicon_has (ctx->lex, BYLINE_LIST_ENGLISH_WORDS, s, n))
    return TRUE;
  for (gsize i = 0; i <= n; i++)
    if (i == n || s[i] == '-')
      {
        if (i - start >= 4 && i - start < n &&
            byline_lexicon_has (ctx->lex, BYLINE_LIST_ENGLISH_WORDS, s + start, i - start))
          return TRUE;
        start = i + 1;
      }
  return FALSE;
}

/* After a user name and a separator, the rest of a forum post's header:
 * "Posted ..." or parts that end in the post's number ("Feb 24, 2006
 * 02:35am | #1"). */
static gboolean
is_post_header_tail (const char *s,
                     gsize       n)
{
  gsize i;

  while (n > 0 && s[0] == ' ')
    s++, n--;
  if (n >= 7 && g_ascii_strncasecmp (s, "posted ", 7) == 0)
    return TRUE;
  i = n;
  while (i > 0 && g_ascii_isdigit (s[i - 1]))
    i--;
  return i < n && i >= 3 && s[i - 1] == '#' && s[i - 2] == ' ';
}

/* A dated line of parts between separators, one of them a person's
 * name: "Dec. 19, 2025 · Niko Matsakis on behalf of the Vision Doc
 * group", "December 15, 2025 · 30 min · 6279 words · Ash Vardanian",
 * "Aaron Ricadela | Senior Writer | July 2, 2025". */
static void
scan_separated_line (BylineContext *ctx,
                     guint          index,
                     const char    *s,
                     gsize          n,
                     gsize          base,
                     double         bw)
{
  static const char *cuts[] = { " on behalf of ", " in ", " for ", " at ", NULL };
  BylineDateMatch m;
  gsize from = 0;
  guint parts = 0;

  /* In HTML, only the line under the headline: lists of stories set
   * their bylines so, and the markup says which is the article's
   * (measured on WCXB dev, anywhere on the page: two listings more for
   * two articles). */
  if (winnow_document_is_html (ctx->doc) &&
      (ctx->headline < 0 || index != (guint) ctx->headline + 1))
    return;
  if (n > 120 || index * 3 > ctx->blocks->len * 2 ||
      !byline_date_parser_find (ctx->date_parser, s, n, ctx->day_first, ctx->opts->min_year,
                                ctx->max_year, &m))
    return;
  byline_date_match_clear (&m);
  for (gsize i = 0; i <= n; i++)
    {
      gsize sep = i < n ? separator_at (s + i, n - i) : 1;
      gsize a = from, b = i;
      if (sep == 0)
        continue;
      parts++;
      from = i + sep;
      while (a < b && s[a] == ' ')
        a++;
      while (b > a && s[b - 1] == ' ')
        b--;
      /* "by Ash Vardanian" */
      if (b - a > 3 && g_ascii_strncasecmp (s + a, "by ", 3) == 0)
        a += 3;
      for (guint k = 0; cuts[k] != NULL; k++)
        {
          const char *at = g_strstr_len (s + a, b - a, cuts[k]);
          if (at != NULL)
            b = at - s;
        }
      /* in HTML, where the line is a story's, a name, not its category
       * ("On Behalf of Tunstall PLLC | Apr 21, 2017 | Products Liability");
       * first, a user name, where the line is a post's header ("Fitzg |
       * Posted in General Discussion on February 24, 2006 02:01am",
       * "BMilton | Feb 24, 2006 02:35am | #1") */
      if (b > a && ((byline_is_plain_name (ctx->lex, s + a, b - a, FALSE) &&
                     (!winnow_document_is_html (ctx->doc) || byline_reads_as_name (ctx, s + a, b - a))) ||
                    (parts == 1 && from <= n && is_post_header_tail (s + from, n - from) &&
                     is_handle (ctx, s + a, b - a) && !has_english_part (ctx, s + a, b - a))))
        {
          if (parts == 1 && from > n)
            return; /* no separator at all */
          add_name_group (ctx, index, s + a, b - a, base + a, "separated-line",
                          1.8 * bw * position_factor (ctx, index));
          return;
        }
      i = from - 1;
    }
}

/* A paragraph of prose: long, mostly lower-case words, sentences. A
 * line of tags or of capitalised links is not one. */
static gboolean
is_prose (BylineContext *ctx,
          guint          index)
{
  WinnowBlock *b = ctx->blocks->pdata[index];
  gsize n = winnow_block_get_end (b) - winnow_block_get_start (b);
  const char *s = ctx->text + winnow_block_get_start (b);
  guint words = 0, lower = 0;

  if (n < 200)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
      {
        words++;
        lower += g_ascii_islower (s[i]) != 0;
      }
  return words >= 30 && lower * 2 >= words && g_strstr_len (s, n, ". ") != NULL;
}

/* Plain text: where the article's body starts, the first paragraph of
 * prose that more prose follows (a lone cookie notice or disclosure is
 * not the body), or -1. Bylines stand right above it. */
static int
find_body (BylineContext *ctx)
{
  for (guint i = 0; i < ctx->blocks->len; i++)
    {
      if (!is_prose (ctx, i))
        continue;
      for (guint k = i + 1; k < ctx->blocks->len && k <= i + 4; k++)
        if (is_prose (ctx, k))
          return i;
    }
  return -1;
}

/* The first post of a forum thread, as a flattened page shows it: the
 * poster's name on a line of its own, over "Posts: 2" / "Joined: ..." or
 * a rank and "Registered: ..." (phpBB, FluxBB), or beside an "Original
 * Poster" or "Topic Author" label. The first such name started the
 * thread. */
static void
scan_first_post (BylineContext *ctx)
{
  static const char *labels[] = { "original poster", "thread starter", "topic starter",
                                  "topic author", "op", NULL };

  for (guint i = 0; i < ctx->blocks->len; i++)
    {
      WinnowBlock *block = ctx->blocks->pdata[i];
      gsize start = winnow_block_get_start (block);
      gsize n = winnow_block_get_end (block) - start;
      const char *s = ctx->text + start;
      double bw = byline_block_weight (ctx, i);
      gboolean poster = FALSE, asker = FALSE;

      if (bw <= 0.0 || n > 40)
        continue;
      /* "Topic Author" / "changingtimes": the label over the name */
      if (i > 0 && (block_is (ctx, i - 1, "topic author") || block_is (ctx, i - 1, "author")) &&
          (block_starts_with (ctx, i + 1, "posts:") || block_starts_with (ctx, i + 1, "joined")))
        poster = TRUE;
      for (guint k = 0; labels[k] != NULL && !poster; k++)
        poster = block_is (ctx, i + 1, labels[k]) || block_is (ctx, i + 2, labels[k]);
      if (!poster)
        poster = block_starts_with (ctx, i + 1, "posts:") ||
                 ((block_starts_with (ctx, i + 2, "registered:") ||
                   block_starts_with (ctx, i + 2, "joined:")) && is_role_line (ctx, i + 1));
      /* A question's asker (Stack Exchange): "asked Mar 28, 2014 at
       * 11:38" / "drat" / "1,655 11 gold badges ..."; any handle, as
       * "Vader" or "Pup". Those who answer are "answered". */
      if (i > 0 && i + 1 < ctx->blocks->len && block_starts_with (ctx, i - 1, "asked ") &&
          is_date_line (ctx, i - 1))
        {
          const char *r;
          gsize rn;
          byline_block_text (ctx, i + 1, &r, &rn);
          asker = byline_is_reputation_line (r, rn);
        }
      if ((poster && is_single_name (ctx, s, n)) || (asker && is_handle (ctx, s, n)) ||
          ((poster || asker) && byline_is_plain_name (ctx->lex, s, n, FALSE)))
        {
          add_name_group (ctx, i, s, n, start, "first-post", 2.2 * bw);
          return;
        }
    }
}

/* How far above its date a post's poster may stand. */
#define MAX_POSTER_BLOCK 8

/* A post's number on its own line under the post's date ("#1"), as
 * XenForo prints it; the poster's name heads the block above the date,
 * over their rank and counters ("latawiec" / "Member" / "Joined" /
 * "Oct 28, 2023" / "Posts" / "267" / "Oct 28, 2023" / "#1"). The
 * nearest line above the date that is one word, no English or listed
 * word, is the poster. */
static void
scan_post_number (BylineContext *ctx,
                  guint          index,
                  const char    *s,
                  gsize          n,
                  double         bw)
{
  if (n < 2 || s[0] != '#' || index < 2 ||
      !is_date_line (ctx, index - 1))
    return;
  for (gsize i = 1; i < n; i++)
    if (!g_ascii_isdigit (s[i]) || i > 4)
      return;
  for (guint k = index - 1; k > 0 && k + MAX_POSTER_BLOCK >= index; k--)
    {
      const char *line;
      gsize m, start = byline_block_text (ctx, k - 1, &line, &m);

      if (m > 40)
        return;
      if (is_handle (ctx, line, m) && !is_listed_non_name (ctx, line, m) &&
          !has_english_part (ctx, line, m))
        {
          add_name_group (ctx, k - 1, line, m, start, "name-date-lines",
                          (winnow_document_is_html (ctx->doc) ? 1.3 : 2.0) * bw);
          return;
        }
    }
}

/* The job title on the line under a byline of one name ("By Jane Doe" /
 * "Staff Writer"), or under its date ("By Elaine Chen" / "Dec. 18, 2025"
 * / "National Biotech Reporter"): at most six words, no digits nor
 * sentence punctuation, the last a job word. */
static void
take_roles_below (BylineContext *ctx)
{
  for (guint i = 0; i < ctx->groups->len; i++)
    {
      BylineGroup *g = ctx->groups->pdata[i];
      BylineAuthor *a;
      guint below;
      WinnowBlock *block;
      const char *s;
      gsize n;
      guint words = 1;

      if (g->source != BYLINE_SOURCE_TEXT || g->authors->len != 1 || !g->fills_block ||
          g->block < 0)
        continue;
      a = g->authors->pdata[0];
      if (a->role != NULL)
        continue;
      below = g->block + 1;
      if (is_date_line (ctx, below))
        below++;
      if (below >= ctx->blocks->len)
        continue;
      block = ctx->blocks->pdata[below];
      s = ctx->text + winnow_block_get_start (block);
      n = winnow_block_get_end (block) - winnow_block_get_start (block);
      if (n == 0 || n > 60 || strpbrk_len (s, n, "0123456789.!?:;,|") ||
          !g_ascii_isupper (s[0]))
        continue;
      for (gsize k = 0; k < n; k++)
        words += s[k] == ' ';
      if (words <= 6 && byline_ends_in_role (ctx->lex, s, n))
        a->role = g_strndup (s, n);
    }
}

/* How far into a line a glued post meta's date may start. */
#define MAX_GLUED_META_DATE 120

/* Where a name glued to the end of the word before it starts, walking
 * back from @end: at a lower-case letter followed by an upper-case one
 * ("TricksScott") or after a run of capitals ("MAINTENANCEannette"); -1
 * if something else comes first. (A name that starts the line is a
 * comment's or a related post's: "AmySeptember 11, 2008 at 2:06 PM".) */
static gssize
glued_name_start (const char *s,
                  gsize       end)
{
  for (gsize j = end; j > 0; j--)
    {
      char c = s[j - 1];

      if (j < end && g_ascii_isupper (s[j]) && g_ascii_islower (c))
        return j;
      if (j >= 2 && j < end && g_ascii_islower (s[j]) && g_ascii_isupper (c) &&
          g_ascii_isupper (s[j - 2]))
        return j;
      if (!g_ascii_isalpha (c) && c != ' ' && c != '.' && c != '-' && c != '\'')
        return -1;
    }
  return -1;
}

/* A glued post meta's author: a person's name with a known first name,
 * in lower case too as themes may print it ("annette thurmon"), or such
 * a first name alone. */
static gboolean
looks_like_glued_name (BylineContext *ctx,
                       const char    *s,
                       gsize          n)
{
  g_autofree char *cased = NULL;
  gboolean lower = TRUE;

  if (n == 0 || n > 40)
    return FALSE;
  if (is_one_word (s, n))
    return byline_lexicon_has (ctx->lex, BYLINE_LIST_FIRST_NAMES, s, n) &&
           !is_listed_non_name (ctx, s, n);
  if (byline_is_plain_name (ctx->lex, s, n, TRUE))
    return TRUE;
  for (gsize i = 0; i < n && lower; i++)
    lower = !g_ascii_isupper (s[i]);
  if (!lower)
    return FALSE;
  cased = g_strndup (s, n);
  for (gsize i = 0; i < n; i++)
    if (i == 0 || cased[i - 1] == ' ')
      cased[i] = g_ascii_toupper (cased[i]);
  return byline_is_plain_name (ctx->lex, cased, n, TRUE);
}

/* A blog theme's post meta flattened with its spaces lost: categories,
 * author, date and tags side by side ("Photo Log, Tips & TricksScott
 * DavenportApril 10, 20175 Tips, Composition4 Comments", "GARDEN
 * MAINTENANCEannette thurmonJune 17, 2021garden, pest control"). A
 * month glued to a name that is itself glued to the word before it: the
 * post's author and date. Such a line stands under the post, and its
 * neighbours' under their links. */
static void
scan_glued_meta (BylineContext *ctx,
                 guint          index,
                 const char    *s,
                 gsize          n,
                 gsize          base,
                 double         bw)
{
  for (gsize i = 1; i < MIN (n, MAX_GLUED_META_DATE); i++)
    {
      BylineDateMatch m;
      gsize w = glued_capital_word_end (s, n, i), year = 0;
      gssize start;

      if (w == 0 || byline_lexicon_month (ctx->lex, s + i, w - i) <= 0)
        continue;
      /* the year's four digits end the date, whatever is glued after */
      for (gsize k = w; k + 4 <= n && k < w + 8 && year == 0; k++)
        if (!g_ascii_isdigit (s[k - 1]) && g_ascii_isdigit (s[k]) && g_ascii_isdigit (s[k + 1]) &&
            g_ascii_isdigit (s[k + 2]) && g_ascii_isdigit (s[k + 3]))
          year = k + 4;
      start = glued_name_start (s, i);
      if (year == 0 || start < 0 ||
          !byline_date_parser_find (ctx->date_parser, s + i, year - i, ctx->day_first,
                                    ctx->opts->min_year, ctx->max_year, &m))
        continue;
      if (m.start == 0 && looks_like_glued_name (ctx, s + start, i - start))
        {
          add_name_group (ctx, index, s + start, i - start, base + start, "name-date-lines", 2.0 * bw);
          /* in flattened text, the first is the post's own, as a date
           * line would be, the next its neighbours' under their links (in
           * HTML the post's own may stand apart, unglued) */
          byline_add_date_match (ctx, &m, base + i, BYLINE_SOURCE_TEXT, "byline-date",
                                 (winnow_document_is_html (ctx->doc) ? 1.2 :
                                  ctx->glued_metas++ == 0 ? 2.4 : 0.4) * bw, FALSE);
          byline_date_match_clear (&m);
          return;
        }
      byline_date_match_clear (&m);
    }
}

void
byline_stage_text (BylineContext *ctx)
{
  int body = winnow_document_is_html (ctx->doc) ? -1 : find_body (ctx);

  ctx->body = body;
  g_debug ("%s: headline block %d, body block %d of %u",
           winnow_document_get_source_name (ctx->doc), ctx->headline, body, ctx->blocks->len);
  scan_first_post (ctx);
  for (guint i = 0; i < ctx->blocks->len; i++)
    {
      WinnowBlock *block = ctx->blocks->pdata[i];
      gsize start = winnow_block_get_start (block);
      gsize end = winnow_block_get_end (block);
      const char *s = ctx->text + start;
      gsize n = end - start;
      double bw = byline_block_weight (ctx, i);

      if (bw <= 0.0 || n == 0)
        continue;
      if (!scan_leading_prefix (ctx, i, s, n, start, bw) &&
          !scan_label_line (ctx, i, s, n, bw))
        {
          if (!scan_inline_prefix (ctx, i, s, n, start, bw))
            scan_closing_by (ctx, i, s, n, start, bw);
        }
      if (!scan_signature (ctx, i, s, n, start, bw))
        scan_name_line (ctx, i, s, n, start, bw, body);
      scan_separated_line (ctx, i, s, n, start, bw);
      scan_about_author (ctx, i, s, n, bw);
      scan_name_list_line (ctx, i, s, n, start, bw);
      scan_thread_starter (ctx, i, s, n, start, bw);
      scan_reporting (ctx, i, s, n, start, bw);
      scan_reporter_suffix (ctx, i, s, MIN (n, 400), start, bw);
      scan_agency (ctx, i, s, n, bw);
      scan_date_line (ctx, i, s, n, start, bw);
      scan_post_number (ctx, i, s, n, bw);
      scan_glued_meta (ctx, i, s, n, start, bw);
    }
  take_roles_below (ctx);
}
