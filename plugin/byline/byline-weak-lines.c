/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* More weak candidates for the learned scorer, read from the shape of a
 * short line, each feeding its own feature so the model learns how often
 * such a line names the author:
 * - a team or desk ("Podium Staff", "by News Desk", "The Upwork Team"),
 *   which the ground truth of many pages calls the author; marked as an
 *   organisation;
 * - the name that leads a line before a separator or a date ("Eliz -
 *   Product marketer", "Susan December 9, 2024 0 Comments", "longshot ·
 *   03/03/2026 19:44", "Shelia R. Cotten, Clemson University");
 * - a forum poster: a single word or user name on a line of its own
 *   between the marks a thread prints around its posters ("asked DATE"
 *   above, "1,234 gold badges" or "wrote" or a date below, "r/sub •"
 *   above). */
#include "byline-private.h"

#include <string.h>

/* Lines longer than this hold more than a byline. */
#define MAX_SEGMENT_LINE 100
#define MAX_TEAM_WORDS 5
/* "Rasmus Barslund Founder & Lead Reviewer": longer is a sentence. */
#define MAX_NAME_AND_SEQUEL 60

static BylineGroup *
add_weak_group (BylineContext *ctx,
                const char    *what,
                guint          index,
                const char    *s,
                gsize          n,
                gsize          line_start,
                gsize          line_length)
{
  g_autofree char *surface = g_strndup (s, n);
  gboolean lower = FALSE;
  BylineGroup *group = byline_group_new (BYLINE_SOURCE_TEXT, what, 0.0);
  BylineAuthor *a;

  for (gsize i = 0; i < n && !lower; i++)
    lower = g_ascii_islower (s[i]);
  {
    g_autofree char *name = lower ? g_strdup (surface) : byline_proper_case (ctx->lex, surface);
    a = byline_author_new (name, surface);
  }
  a->start = s - ctx->text;
  a->end = a->start + n;
  g_ptr_array_add (group->authors, a);
  group->weak = TRUE;
  byline_group_set_line (ctx, group, index, line_start, line_start + line_length);
  g_ptr_array_add (ctx->groups, group);
  return group;
}

/* A desk word, or a word for a group of writers that ends a team line
 * ("Editorial", "Contributors"). */
static gboolean
is_team_word (const char *s,
              gsize       n)
{
  static const char *words[] = { "Editorial", "Contributor", "Contributors", "Writers", NULL };

  if (byline_is_desk_word (s, n))
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    if (n == strlen (words[i]) && g_ascii_strncasecmp (s, words[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* The length of the word at @s: up to a space or the end. */
static gsize
word_length (const char *s,
             gsize       n)
{
  gsize i = 0;

  while (i < n && s[i] != ' ' && s[i] != '\t')
    i++;
  return i;
}

/* How much of @s is left after the spaces and separators that start it. */
static gsize
trim_start_length (const char *s,
                   gsize       n)
{
  static const char *heads[] = { " ", "\t", "|", "-", ":", ",", "·", "•", "–", "—", NULL };
  gsize i = 0;
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint k = 0; heads[k] != NULL; k++)
        {
          gsize t = strlen (heads[k]);
          if (n - i >= t && memcmp (s + i, heads[k], t) == 0)
            {
              i += t;
              again = TRUE;
            }
        }
    }
  return n - i;
}

/* A team's name at the start of @s: capitalised words ("the" or "our"
 * may lead) ending in a team word, or "Team" and one capitalised word.
 * Returns its length, 0 if none; @rest is set to what follows. */
static gsize
match_team (const char *s,
            gsize       n,
            gsize      *rest)
{
  gsize i = 0, end = 0;
  guint words = 0;
  gboolean team_first = FALSE;

  while (i < n && words < MAX_TEAM_WORDS)
    {
      gsize w = word_length (s + i, n - i), core = w;
      gboolean stop = FALSE;

      while (core > 0 && strchr (",.;:", s[i + core - 1]) != NULL)
        {
          core--;
          stop = TRUE;
        }
      if (core == 0)
        break;
      if (is_team_word (s + i, core))
        {
          if (words == 0 && g_ascii_isupper (s[i]))
            team_first = TRUE;
          else
            end = i + core;
        }
      else if (team_first && words == 1 && g_ascii_isupper (s[i]))
        end = i + core;
      else if (!(g_ascii_isupper (s[i]) ||
                 (words == 0 && ((core == 3 && g_ascii_strncasecmp (s, "the", 3) == 0) ||
                                 (core == 3 && g_ascii_strncasecmp (s, "our", 3) == 0)))))
        break;
      words++;
      i += w;
      if (stop)
        break;
      while (i < n && s[i] == ' ')
        i++;
    }
  *rest = end + (n - end - trim_start_length (s + end, n - end));
  return end;
}

/* The first separator between the parts of a line, or @n. */
static gsize
first_separator (const char *s,
                 gsize       n)
{
  static const char *seps[] = { " | ", " · ", " • ", " - ", " – ", " — ", ", ", " / ", NULL };
  gsize best = n;

  for (guint k = 0; seps[k] != NULL; k++)
    {
      const char *at = g_strstr_len (s, MIN (best, n), seps[k]);
      if (at != NULL && (gsize) (at - s) < best)
        best = at - s;
    }
  return best;
}

/* Whether the team's name of @len bytes is the first part of a dated
 * line of parts: a separator follows it, and a date the line. */
static gboolean
team_heads_dated_line (BylineContext *ctx,
                       const char    *s,
                       gsize          n,
                       gsize          len)
{
  BylineDateMatch m;

  if (len >= n || first_separator (s, n) != len ||
      !byline_date_parser_find (ctx->date_parser, s + len, n - len, ctx->day_first,
                                ctx->opts->min_year, ctx->max_year, &m))
    return FALSE;
  byline_date_match_clear (&m);
  return TRUE;
}

static void
add_team (BylineContext *ctx,
          guint          index,
          const char    *s,
          gsize          n,
          gsize          base,
          gsize          prefix)
{
  gsize rest, len;
  BylineGroup *group;

  /* the prefix ends before the spaces or colon after it */
  while (prefix > 0 && prefix < n && (s[prefix] == ' ' || s[prefix] == ':'))
    prefix++;
  len = match_team (s + prefix, n - prefix, &rest);
  /* a bare line must be the team's name and nothing else, and more than
   * "Staff" (a menu's word), or its first part before the date ("TOI
   * Lifestyle Desk / etimes.in / Updated: Dec 17, 2025") */
  if (len == 0 || (prefix == 0 && memchr (s, ' ', len) == NULL) ||
      (prefix == 0 && rest < n && !team_heads_dated_line (ctx, s, n, len)))
    return;
  group = add_weak_group (ctx, "team", index, s + prefix, len, base, n);
  ((BylineAuthor *) group->authors->pdata[0])->is_org = TRUE;
}

/* "ggailey777", "longshot", "JonB": one word, letters and digits, a
 * digit, a small first letter or a capital inside. */
static gboolean
user_name_shaped (const char *s,
                  gsize       n)
{
  gboolean shaped = g_ascii_islower (s[0]), letter = FALSE;

  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isalnum (s[i]) && s[i] != '_' && s[i] != '-' && s[i] != '.')
        return FALSE;
      letter |= g_ascii_isalpha (s[i]);
      if (g_ascii_isdigit (s[i]) || s[i] == '_' ||
          (i > 0 && g_ascii_isupper (s[i]) && g_ascii_islower (s[i - 1])))
        shaped = TRUE;
    }
  return letter && shaped;
}

/* A single word that may be a person's or a poster's name: a known first
 * name or a user name, never a common word. */
static gboolean
single_name (BylineContext *ctx,
             const char    *s,
             gsize          n)
{
  if (n < 2 || n > 30 || memchr (s, ' ', n) != NULL ||
      byline_lexicon_has (ctx->lex, BYLINE_LIST_COMMON_WORDS, s, n) ||
      byline_lexicon_has (ctx->lex, BYLINE_LIST_NONNAMES, s, n))
    return FALSE;
  return user_name_shaped (s, n) || byline_lexicon_has (ctx->lex, BYLINE_LIST_FIRST_NAMES, s, n);
}

/* Gives each of @group's authors the job title that starts @s after a
 * name and maybe a separator ("| Guest Columnists", "Founder & Lead
 * Reviewer"), if one does; it is theirs if they are reported. */
static void
set_leading_role (BylineContext *ctx,
                  BylineGroup   *group,
                  const char    *s,
                  gsize          n)
{
  gsize w, len;

  while (n > 0 && (*s == ' ' || *s == '|' || *s == ',' || *s == '-' || *s == '/'))
    s++, n--;
  w = word_length (s, n);
  if (w == 0 || !g_ascii_isupper (s[0]) || !byline_lexicon_has (ctx->lex, BYLINE_LIST_ROLES, s, w))
    return;
  /* "Staff Writer | June 5, 2024": the job ends at the next separator */
  len = byline_strip_trailing_marks (s, first_separator (s, n), TRUE);
  for (guint i = 0; i < group->authors->len; i++)
    {
      BylineAuthor *a = group->authors->pdata[i];
      g_free (a->role);
      a->role = g_strndup (s, len);
    }
}

/* Several names ("Manoj Jain and Jagpreet Chhatwal"), each one that
 * reads as a person's. */
static void
add_leading_names (BylineContext *ctx,
                   guint          index,
                   const char    *s,
                   gsize          cut,
                   gsize          base,
                   gsize          n)
{
  const char *space = memchr (s, ' ', cut);
  BylineParse parse;

  /* a name's second word is capitalised too: most lines stop here */
  if (space == NULL || (gsize) (space - s) + 1 >= cut || !g_ascii_isupper (space[1]))
    return;
  byline_parse_init (&parse);
  if (byline_parse_names (ctx->lex, ctx->date_parser, s, cut, BYLINE_PARSE_TEXT, ctx->max_year,
                          &parse) &&
      parse.junk == 0 && parse.date == NULL)
    {
      /* the name leads the line: not "Reviewed By: Mike Rebold, PhD" */
      gboolean names = parse.names->len > 0 &&
                       ((BylineName *) parse.names->pdata[0])->start == 0;
      for (guint i = 0; i < parse.names->len && names; i++)
        {
          BylineName *name = parse.names->pdata[i];
          gsize len = name->end - name->start;
          names = byline_is_plain_name (ctx->lex, s + name->start, len, FALSE) &&
                  byline_reads_as_name (ctx, s + name->start, len);
        }
      if (names)
        {
          BylineGroup *group = byline_group_new (BYLINE_SOURCE_TEXT, "leading-name", 0.0);
          group->weak = TRUE;
          byline_group_add_parse (group, &parse, base);
          byline_group_set_line (ctx, group, index, base, base + n);
          set_leading_role (ctx, group, s + cut, n - cut);
          g_ptr_array_add (ctx->groups, group);
        }
    }
  byline_parse_clear (&parse);
}

/* What may follow a name on its line with no separator between: a job
 * ("Founder & Lead Reviewer"), an agency or an outlet written in
 * capitals ("USA TODAY"), an e-mail address, an affiliation in
 * brackets ("(NASA/GSFC)"). */
static gboolean
is_name_sequel (BylineContext *ctx,
                const char    *s,
                gsize          n)
{
  gsize w = word_length (s, n);
  guint words = 0;
  gboolean capitals = TRUE;

  if (n == 0)
    return FALSE;
  if (s[0] == '(' && s[n - 1] == ')')
    return TRUE;
  if (memchr (s, '@', w) != NULL)
    return TRUE;
  if (byline_lexicon_has (ctx->lex, BYLINE_LIST_ROLES, s, w) ||
      byline_lexicon_has (ctx->lex, BYLINE_LIST_AGENCIES, s, n))
    return TRUE;
  for (gsize i = 0; i < n && capitals; i++)
    {
      if (s[i] == ' ')
        words++;
      capitals = !g_ascii_islower (s[i]);
    }
  return capitals && words < 3 && n >= 2;
}

/* "Rasmus Barslund Founder & Lead Reviewer", "Brian Truitt USA TODAY",
 * "Aditya Mahindru aditya.mahindru@gmail.com": a person's name of two
 * or three words, then what says who the person is. */
static void
add_name_then_sequel (BylineContext *ctx,
                      guint          index,
                      const char    *s,
                      gsize          n,
                      gsize          base)
{
  gsize i = 0;
  guint words = 0;

  while (i < n && words < 3)
    {
      i += word_length (s + i, n - i);
      words++;
      if (words >= 2 && i < n && byline_is_plain_name (ctx->lex, s, i, FALSE) &&
          byline_reads_as_name (ctx, s, i))
        {
          gsize rest = i;
          while (rest < n && s[rest] == ' ')
            rest++;
          if (is_name_sequel (ctx, s + rest, n - rest))
            {
              BylineGroup *group = add_weak_group (ctx, "leading-name", index, s, i, base, n);
              set_leading_role (ctx, group, s + rest, n - rest);
              return;
            }
        }
      while (i < n && s[i] == ' ')
        i++;
    }
}

static void
add_leading_name (BylineContext *ctx,
                  guint          index,
                  const char    *s,
                  gsize          n,
                  gsize          base,
                  gsize          prefix)
{
  gsize cut = first_separator (s, n);
  gboolean dated = FALSE;
  BylineDateMatch m = { 0 };

  /* "By ..." lines are the By-style weak candidates'; a line with no
   * separator and no digit (so no date) has no name leading it */
  if (prefix > 0)
    return;
  if (cut == n && !byline_has_digit (s, n) && byline_strip_trailing_marks (s, n, TRUE) == n)
    {
      if (n <= MAX_NAME_AND_SEQUEL && g_ascii_isupper (s[0]))
        add_name_then_sequel (ctx, index, s, n, base);
      return;
    }
  /* the date parser is the costly part: only where a date may end the
   * name (a digit before the separator) or a single word needs one */
  if (!byline_has_digit (s, cut))
    {
      gsize seg = byline_strip_trailing_marks (s, cut, TRUE);
      if (seg >= 2 && memchr (s, ' ', seg) != NULL && !g_ascii_islower (s[0]))
        {
          if (seg < n && seg <= 50)
            add_leading_names (ctx, index, s, seg, base, n);
          return;
        }
      if (!single_name (ctx, s, seg))
        return;
    }
  if (byline_date_parser_find (ctx->date_parser, s, n, ctx->day_first, ctx->opts->min_year,
                               ctx->max_year, &m))
    {
      dated = TRUE;
      if (m.start < cut)
        cut = m.start;
      byline_date_match_clear (&m);
    }
  else
    {
      /* "Need2KnowLion 2 years ago#1": a post's time, relative */
      gsize rel_start;
      if (byline_find_relative_time (s, n, &rel_start))
        {
          dated = TRUE;
          if (rel_start < cut)
            cut = rel_start;
        }
    }
  cut = byline_strip_trailing_marks (s, cut, TRUE);
  if (cut < 2 || cut >= n || cut > 50)
    return;
  if (memchr (s, ' ', cut) == NULL || g_ascii_islower (s[0]))
    {
      /* a single word leads a line of its own only before a date */
      if (dated && single_name (ctx, s, cut))
        add_weak_group (ctx, "leading-name", index, s, cut, base, n);
      return;
    }
  add_leading_names (ctx, index, s, cut, base, n);
}

static gboolean
starts_with_word (const char *s,
                  gsize       n,
                  const char *word)
{
  gsize w = strlen (word);
  return n >= w && g_ascii_strncasecmp (s, word, w) == 0 && (n == w || !g_ascii_isalpha (s[w]));
}

/* The marks a thread prints around a poster's name: "asked DATE" or
 * "r/sub •" above, "wrote", reputation badges or a date below. */
static gboolean
poster_marks (BylineContext *ctx,
              guint          index)
{
  const char *s;
  gsize n;

  if (index > 0)
    {
      byline_block_text (ctx, index - 1, &s, &n);
      if (starts_with_word (s, n, "asked") ||
          (n >= strlen ("•") && memcmp (s + n - strlen ("•"), "•", strlen ("•")) == 0))
        return TRUE;
    }
  if (index + 1 < ctx->blocks->len)
    {
      BylineDateMatch m = { 0 };
      gboolean dated;
      gsize rel_start;

      byline_block_text (ctx, index + 1, &s, &n);
      if (starts_with_word (s, n, "wrote") || starts_with_word (s, n, "posted") ||
          byline_is_reputation_line (s, n))
        return TRUE;
      /* "2 days ago", "Posted: 2 years ago" */
      if (n < 60 && byline_find_relative_time (s, n, &rel_start) && rel_start < 10)
        return TRUE;
      dated = n < 60 && byline_date_parser_find (ctx->date_parser, s, n, ctx->day_first,
                                                 ctx->opts->min_year, ctx->max_year, &m) &&
              m.start < 4;
      byline_date_match_clear (&m);
      return dated;
    }
  return FALSE;
}

static void
add_poster (BylineContext *ctx,
            guint          index,
            const char    *s,
            gsize          n,
            gsize          base)
{
  n = byline_strip_trailing_marks (s, n, TRUE);
  if (!single_name (ctx, s, n) || !poster_marks (ctx, index))
    return;
  add_weak_group (ctx, "poster", index, s, n, base, n);
}

void
byline_weak_line_candidates (BylineContext *ctx,
                             guint          index,
                             const char    *s,
                             gsize          n,
                             gsize          base,
                             gsize          prefix)
{
  if (n > MAX_SEGMENT_LINE || memchr (s, '\n', n) != NULL)
    return;
  add_team (ctx, index, s, n, base, prefix);
  /* a name starts with no digit, a small letter only a user name's */
  if (g_ascii_isalpha (s[0]))
    add_leading_name (ctx, index, s, n, base, prefix);
  if (n <= 30 && memchr (s, ' ', n) == NULL)
    add_poster (ctx, index, s, n, base);
}
