/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Weak candidates for the learned scorer, which carry no weight in the
 * vote. First, every short line that is nothing but a person's name (two or three capitalised words, no role,
 * organisation or common phrase, no common word or acronym unless a known
 * first name leads: "Trond Teigen", "Mark Denney", not "Backup Strategy"). Most such lines are not bylines (a
 * quoted speaker, a team page, a list of related stories); the text
 * stage takes them only next to a date or the headline. Here they are
 * candidates whatever stands around them, and the scorer learns from
 * where they stand (near the headline, a date, the first prose) whether
 * they name the author. Second, the names after every "By"-style word on
 * a short line, single names, user names and organisations included
 * ("By BeauHD", "by whova", "Posted by Kiersten"), which the text stage
 * takes only where it is sure; the scorer weighs the rest. */
#include "byline-private.h"

#include <string.h>

/* Lines longer than this hold more than a name. */
#define MAX_NAME_LINE 50

static gboolean
has_lower (const char *s,
           gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_islower (s[i]))
      return TRUE;
  return FALSE;
}

/* Lines longer than this are prose, not a byline. */
#define MAX_BY_LINE 120
/* Bytes of a line that may hold its prefix and the boundary after it. */
#define MAX_PREFIX_SPAN 48

/* " by " inside the line: the only inline prefix worth the lexicon's
 * look (other languages' prefixes start their lines). */
static gboolean
has_inline_by (const char *s,
               gsize       n)
{
  for (gsize i = 1; i + 2 < n; i++)
    if (s[i - 1] == ' ' && (s[i] == 'b' || s[i] == 'B') && (s[i + 1] == 'y' || s[i + 1] == 'Y') &&
        (s[i + 2] == ' ' || s[i + 2] == ':'))
      return TRUE;
  return FALSE;
}

/* "by the user's playtime", "sort by stats", "ORDER BY expression [ ASC
 * | DESC ]": a lower-case English word after "by" is no user name; nor,
 * alone, a capitalised
 * English word that is no first name ("(See WITH Clause below.)", "by
 * Design": on WCXB dev none of 426 such names in text, 319 in HTML, is
 * an author). */
static gboolean
names_a_common_word (BylineContext     *ctx,
                     const BylineParse *parse)
{
  if (parse->names->len == 1)
    {
      const char *name = ((BylineName *) parse->names->pdata[0])->name;
      if (strchr (name, ' ') == NULL &&
          byline_lexicon_has (ctx->lex, BYLINE_LIST_ENGLISH_WORDS, name, -1) &&
          !byline_lexicon_has (ctx->lex, BYLINE_LIST_FIRST_NAMES, name, -1))
        return TRUE;
    }
  for (guint i = 0; i < parse->names->len; i++)
    {
      const char *name = ((BylineName *) parse->names->pdata[i])->name;
      gboolean lower = TRUE;

      for (const char *p = name; *p && lower; p++)
        lower = !g_ascii_isupper (*p) && *p != ' ';
      if (lower && (byline_lexicon_has (ctx->lex, BYLINE_LIST_COMMON_WORDS, name, -1) ||
                    byline_lexicon_has (ctx->lex, BYLINE_LIST_ENGLISH_WORDS, name, -1) ||
                    byline_lexicon_has (ctx->lex, BYLINE_LIST_NONNAMES, name, -1)))
        return TRUE;
    }
  return FALSE;
}

/* The first name follows a By word in the middle of a line, only spaces
 * or a colon between: "Rankings by Subject 2025: Computer Science and
 * Information Systems" names nobody. */
static gboolean
names_right_after (const char        *s,
                   gsize              n,
                   const BylineParse *parse)
{
  gsize skip = 0;

  while (skip < n && (s[skip] == ' ' || s[skip] == ':'))
    skip++;
  return parse->names->len > 0 &&
         ((const BylineName *) parse->names->pdata[0])->start <= skip;
}

static void
add_by_names (BylineContext *ctx,
              guint          index,
              const char    *s,
              gsize          n,
              gsize          base,
              gsize          prefix)
{
  BylineParse parse;
  gboolean inline_by = FALSE;

  if (prefix == 0 && has_inline_by (s, n))
    {
      prefix = byline_find_inline_prefix (ctx->lex, s, n, 6, NULL);
      inline_by = TRUE;
    }
  if (prefix == 0 || prefix >= n)
    return;
  byline_parse_init (&parse);
  /* (a label that starts the line may stand over another: "Author Posted
   * by Soliant on ...") */
  if (byline_parse_names (ctx->lex, ctx->date_parser, s + prefix, n - prefix,
                          BYLINE_PARSE_MARKUP, ctx->max_year, &parse) &&
      !names_a_common_word (ctx, &parse) &&
      (!inline_by || names_right_after (s + prefix, n - prefix, &parse)))
    {
      BylineGroup *group = byline_group_new (BYLINE_SOURCE_TEXT, "weak-by", 0.0);
      group->weak = TRUE;
      byline_group_add_parse (group, &parse, base + prefix);
      byline_group_set_line (ctx, group, index, base, base + n);
      g_ptr_array_add (ctx->groups, group);
    }
  byline_parse_clear (&parse);
}

void
byline_stage_weak_candidates (BylineContext *ctx)
{
  for (guint i = 0; i < ctx->blocks->len; i++)
    {
      WinnowBlock *b = ctx->blocks->pdata[i];
      gsize start = winnow_block_get_start (b), end = winnow_block_get_end (b);
      const char *s = ctx->text + start;
      gsize n = end - start;
      g_autofree char *line = NULL;
      g_autofree char *name = NULL;
      BylineGroup *group;
      BylineAuthor *a;

      if (n <= MAX_BY_LINE && memchr (s, '\n', n) == NULL)
        {
          /* the longest prefix ("Written and reported by") is far
           * shorter: the lexicon folds no more than it is given */
          gsize prefix = byline_lexicon_match_prefix (ctx->lex, s, MIN (n, MAX_PREFIX_SPAN));
          add_by_names (ctx, i, s, n, start, prefix);
          byline_weak_line_candidates (ctx, i, s, n, start, prefix);
        }
      n = byline_strip_trailing_marks (s, n, FALSE);
      /* a name starts with no small letter or digit: skip those lines before any lookup */
      if (n < 5 || n > MAX_NAME_LINE || g_ascii_islower (s[0]) || g_ascii_isdigit (s[0]) ||
          memchr (s, '\n', n) != NULL ||
          !byline_is_plain_name (ctx->lex, s, n, FALSE) || !byline_reads_as_name (ctx, s, n))
        continue;
      line = g_strndup (s, n);
      name = has_lower (s, n) ? g_strdup (line) : byline_proper_case (ctx->lex, line);
      group = byline_group_new (BYLINE_SOURCE_TEXT, "name-alone", 0.0);
      group->weak = TRUE;
      a = byline_author_new (name, line);
      a->start = start;
      a->end = start + n;
      g_ptr_array_add (group->authors, a);
      byline_group_set_line (ctx, group, i, start, start + n);
      g_ptr_array_add (ctx->groups, group);
    }
  byline_site_owner_candidates (ctx);
}
