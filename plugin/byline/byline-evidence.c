/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The evidence the stages collect (author groups, date candidates) and the
 * helpers they share to place it in the document text. */
#include "byline-private.h"

#include <string.h>

BylineAuthor *
byline_author_new (const char *name,
                   const char *surface)
{
  BylineAuthor *a = g_new0 (BylineAuthor, 1);

  a->name = g_strdup (name);
  a->surface = g_strdup (surface != NULL ? surface : name);
  a->key = byline_name_key (name);
  a->start = a->end = -1;
  a->email_start = a->email_end = -1;
  return a;
}

/* An author holding what a byline string said of @name: its e-mail,
 * page, job and credentials (its offsets are the caller's to set). */
BylineAuthor *
byline_author_new_from_name (const BylineName *name)
{
  BylineAuthor *a = byline_author_new (name->name, name->surface);

  a->email = g_strdup (name->email);
  a->url = g_strdup (name->url);
  a->role = g_strdup (name->role);
  a->credentials = g_strdup (name->credentials);
  return a;
}

void
byline_author_free (BylineAuthor *author)
{
  if (author == NULL)
    return;
  g_free (author->name);
  g_free (author->key);
  g_free (author->surface);
  g_free (author->email);
  g_free (author->url);
  g_free (author->role);
  g_free (author->credentials);
  g_free (author);
}

/* The text of block @index: where it starts in the document's text
 * (returned) and its bytes at @s, @n long. */
gsize
byline_block_text (BylineContext *ctx,
                   guint          index,
                   const char   **s,
                   gsize         *n)
{
  WinnowBlock *b = ctx->blocks->pdata[index];
  gsize start = winnow_block_get_start (b);

  *s = ctx->text + start;
  *n = winnow_block_get_end (b) - start;
  return start;
}

/* A forum user's reputation line, as a thread prints it under the
 * user's name: "1,65511 gold badge1414 silver badges". */
gboolean
byline_is_reputation_line (const char *s,
                           gsize       n)
{
  return n < 100 && g_strstr_len (s, n, " badge") != NULL;
}

BylineGroup *
byline_group_new (BylineSource source,
                  const char  *what,
                  double       weight)
{
  BylineGroup *g = g_new0 (BylineGroup, 1);

  g->source = source;
  g->what = what;
  g->weight = weight;
  g->authors = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_author_free);
  g->raw_start = g->raw_end = -1;
  g->block = -1;
  return g;
}

/* Places @group on the line of block @block that spans @start to @end
 * in the document's text, all of it its byline: shown, and filling
 * the line. */
void
byline_group_set_line (BylineContext *ctx,
                       BylineGroup   *group,
                       guint          block,
                       gsize          start,
                       gsize          end)
{
  group->block = block;
  group->visible = TRUE;
  g_free (group->raw);
  group->raw = g_strndup (ctx->text + start, end - start);
  group->raw_start = start;
  group->raw_end = end;
  group->fills_block = TRUE;
}

/* The first date in the @n bytes at @s: its range relative to @s in
 * @start and @end. Returns whether there is one. */
gboolean
byline_find_date_span (BylineContext *ctx,
                       const char    *s,
                       gsize          n,
                       gsize         *start,
                       gsize         *end)
{
  BylineDateMatch m;

  if (!byline_date_parser_find (ctx->date_parser, s, n, ctx->day_first, ctx->opts->min_year,
                                ctx->max_year, &m))
    return FALSE;
  *start = m.start;
  *end = m.end;
  byline_date_match_clear (&m);
  return TRUE;
}

void
byline_group_free (BylineGroup *group)
{
  if (group == NULL)
    return;
  g_ptr_array_unref (group->authors);
  g_free (group->affiliation);
  g_free (group->raw);
  g_free (group);
}

BylineDate *
byline_date_new (const char  *iso,
                 BylineSource source,
                 const char  *what,
                 double       weight,
                 gboolean     is_update)
{
  BylineDate *d = g_new0 (BylineDate, 1);

  d->iso = g_strdup (iso);
  d->source = source;
  d->what = what;
  d->weight = weight;
  d->is_update = is_update;
  d->start = d->end = -1;
  return d;
}

void
byline_date_free (BylineDate *date)
{
  if (date == NULL)
    return;
  g_free (date->iso);
  g_free (date);
}

/**
 * byline_name_key:
 * @name: a name
 *
 * The key names are compared by across sources: case-folded, NFKC, with
 * punctuation as spaces ("David F. Helvey" = "DAVID F HELVEY").
 *
 * Returns: (transfer full): the key
 */
char *
byline_name_key (const char *name)
{
  g_autofree char *folded = byline_fold (name, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isalnum (c) && !g_unichar_ismark (c))
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

/**
 * byline_block_weight:
 * @ctx: the context
 * @index: a block index
 *
 * How much evidence from a block counts: less in navigation and in blocks
 * another filter called boilerplate, nothing in comment widgets.
 */
double
byline_block_weight (BylineContext *ctx,
                     guint          index)
{
  WinnowBlock *block;
  double w = 1.0;

  if (index >= ctx->blocks->len)
    return 0.0;
  block = ctx->blocks->pdata[index];
  /* Readers' comments never hold the article's byline. */
  {
    const char *words = winnow_block_get_class_words (block);
    if (words != NULL && strstr (words, "comment") != NULL)
      return 0.0;
  }
  if (winnow_block_get_label (block) == WINNOW_BLOCK_LABEL_BOILERPLATE)
    {
      const char *reason = winnow_block_get_reason (block);
      /* The block's own classes said nothing of comments (see above):
       * the boilerplate filter may have judged from an ancestor, and
       * "By Lizzie Streit" under a headline still reads as a byline. */
      if (reason != NULL && strstr (reason, "comment") != NULL)
        w *= 0.5;
      /* A byline is not content, so boilerplate removers often take it. */
      w *= 0.9;
    }
  if (winnow_block_get_flags (block) & WINNOW_BLOCK_FLAG_IN_NAV)
    w *= 0.6;
  if (winnow_block_get_flags (block) & WINNOW_BLOCK_FLAG_IN_FIGURE)
    w *= 0.3;
  return w;
}

/**
 * byline_find_in_range:
 *
 * Finds @needle in @haystack between @start and @end, ignoring ASCII case,
 * at word boundaries.
 *
 * Returns: the byte offset of the match, or -1
 */
gssize
byline_find_in_range (const char *haystack,
                      gsize       start,
                      gsize       end,
                      const char *needle)
{
  gsize n = strlen (needle);

  if (n == 0 || end < start + n)
    return -1;
  for (gsize i = start; i + n <= end; i++)
    {
      if (g_ascii_strncasecmp (haystack + i, needle, n) != 0)
        continue;
      if (i > 0 && g_ascii_isalnum (haystack[i - 1]))
        continue;
      if (i + n < end && g_ascii_isalnum (haystack[i + n]))
        continue;
      return i;
    }
  return -1;
}

/**
 * byline_locate_group:
 *
 * Gives offsets to the authors (and e-mails) of @group that have none by
 * finding them in the document text between @start and @end.
 *
 * Returns: %TRUE if every author was found
 */
gboolean
byline_locate_group (BylineContext *ctx,
                     BylineGroup   *group,
                     gsize          start,
                     gsize          end)
{
  gboolean all = group->authors->len > 0;

  for (guint i = 0; i < group->authors->len; i++)
    {
      BylineAuthor *a = group->authors->pdata[i];
      if (a->start < 0)
        {
          const char *needle = a->surface;
          gssize at = byline_find_in_range (ctx->text, start, end, needle);
          if (at < 0 && g_strcmp0 (a->surface, a->name) != 0)
            {
              needle = a->name;
              at = byline_find_in_range (ctx->text, start, end, needle);
            }
          if (at >= 0)
            {
              a->start = at;
              a->end = at + strlen (needle);
            }
        }
      if (a->start < 0)
        all = FALSE;
      if (a->email != NULL && a->email_start < 0)
        {
          gssize at = byline_find_in_range (ctx->text, start, end, a->email);
          if (at >= 0)
            {
              a->email_start = at;
              a->email_end = at + strlen (a->email);
            }
        }
    }
  return all;
}

/**
 * byline_group_add_parse:
 * @group: the group
 * @parse: what a byline string held
 * @base: the offset of that string in the document text, or -1 if it is
 *   not a slice of the document text
 *
 * Adds the names of @parse to @group.
 */
void
byline_group_add_parse (BylineGroup       *group,
                        const BylineParse *parse,
                        gssize             base)
{
  for (guint i = 0; i < parse->names->len; i++)
    {
      const BylineName *n = parse->names->pdata[i];
      BylineAuthor *a = byline_author_new_from_name (n);
      if (base >= 0)
        {
          a->start = base + n->start;
          a->end = base + n->end;
          if (n->email != NULL)
            {
              a->email_start = base + n->email_start;
              a->email_end = base + n->email_end;
            }
        }
      g_ptr_array_add (group->authors, a);
    }
  if (group->affiliation == NULL && parse->affiliation != NULL)
    group->affiliation = g_strdup (parse->affiliation);
}

/**
 * byline_add_date:
 * @ctx: the context
 * @text: text holding a date
 * @length: its length, or -1
 * @base: the offset of @text in the document text, or -1
 * @source: where it came from
 * @what: a short name of the evidence
 * @weight: how much it is trusted
 * @is_update: whether it is the date of an update
 *
 * Parses the first date of @text and adds it to the candidates.
 */
void
byline_add_date (BylineContext *ctx,
                 const char    *text,
                 gssize         length,
                 gssize         base,
                 BylineSource   source,
                 const char    *what,
                 double         weight,
                 gboolean       is_update)
{
  BylineDateMatch m;
  BylineDateLabel label;

  if (text == NULL || weight <= 0.0 || !(ctx->opts->sources & source))
    return;
  if (!byline_date_parser_find (ctx->date_parser, text, length, ctx->day_first,
                                ctx->opts->min_year, ctx->max_year, &m))
    return;
  /* "Joined: Mon Jul 24, 2017", "Released: ...": another thing's date;
   * "Updated March 6, 2024" an update, whatever the caller took it for
   * (a page that shows only its update is dated by it all the same:
   * byline_decide_dates()). */
  label = byline_date_label (text, m.start);
  if (label == BYLINE_DATE_LABEL_FOREIGN)
    {
      byline_date_match_clear (&m);
      return;
    }
  byline_add_date_match (ctx, &m, base, source, what, weight,
                         is_update || label == BYLINE_DATE_LABEL_UPDATED);
  byline_date_match_clear (&m);
}

/* Adds the date @m found at @base (-1: not in the document's text). */
void
byline_add_date_match (BylineContext         *ctx,
                       const BylineDateMatch *m,
                       gssize                 base,
                       BylineSource           source,
                       const char            *what,
                       double                 weight,
                       gboolean               is_update)
{
  BylineDate *d = byline_date_new (m->iso, source, what, weight, is_update);

  if (base >= 0)
    {
      d->start = base + m->start;
      d->end = base + m->end;
    }
  g_ptr_array_add (ctx->dates, d);
}

/* Words: runs of characters between spaces, tabs and newlines. */
guint
byline_count_words (const char *text,
                    gsize       length)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      gboolean space = text[i] == ' ' || text[i] == '\t' || text[i] == '\n';
      words += !space && !in_word;
      in_word = !space;
    }
  return words;
}

/* A block long enough to be an article's paragraph (200 bytes, 30 words):
 * what follows a headline and a byline. @text is the document's text. */
gboolean
byline_is_long_paragraph (const char        *text,
                          const WinnowBlock *block)
{
  gsize n = winnow_block_get_end (block) - winnow_block_get_start (block);

  return n >= 200 && byline_count_words (text + winnow_block_get_start (block), n) >= 30;
}
