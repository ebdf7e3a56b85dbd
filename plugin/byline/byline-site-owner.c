/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Weak candidates for the learned scorer: the person whose site it is.
 * A personal site or blog names its owner where no byline does: as the
 * site's name (og:site_name "Polly Barks") or in the copyright line of
 * its footer ("© 2025 Toby Hede. All rights reserved."). Only names
 * shaped like a person's (a known first name and a surname) are offered:
 * a company's copyright names no author. Whether the owner wrote the
 * page is the scorer's to weigh, with whether the name spells the
 * site's host ("pollybarks.com"). */
#include "byline-private.h"

#include <string.h>

/* Lines longer than this are prose that mentions a copyright. */
#define MAX_COPYRIGHT_LINE 200

/* A name holds at most this many words. */
#define MAX_OWNER_WORDS 3

/* A word of @s names a kind of organisation ("Publishing", "Inc"). */
static gboolean
has_org_word (BylineContext *ctx,
              const char    *s,
              gsize          n)
{
  gsize i = 0;

  while (i < n)
    {
      gsize j = i;
      while (j < n && s[j] != ' ')
        j++;
      if (byline_lexicon_has (ctx->lex, BYLINE_LIST_ORG_WORDS, s + i, j - i))
        return TRUE;
      i = j + 1;
    }
  return FALSE;
}

static void
add_owner (BylineContext *ctx,
           const char    *surface,
           gsize          n,
           gssize         start,
           gint           block,
           BylineSource   source)
{
  g_autofree char *line = NULL;
  g_autofree char *name = NULL;
  gboolean lower = FALSE;
  BylineGroup *group;
  BylineAuthor *a;

  if (n == 0 || !byline_is_plain_name (ctx->lex, surface, n, TRUE) ||
      !byline_reads_as_name (ctx, surface, n) || has_org_word (ctx, surface, n))
    return;
  line = g_strndup (surface, n);
  for (gsize i = 0; i < n && !lower; i++)
    lower = g_ascii_islower (surface[i]);
  /* "ELIZABETH MCCRAVY" */
  name = lower ? g_strdup (line) : byline_proper_case (ctx->lex, line);
  a = byline_author_new (name, line);
  a->start = start;
  a->end = start >= 0 ? start + (gssize) n : -1;
  group = byline_group_new (source, "site-owner", 0.0);
  group->weak = TRUE;
  group->block = block;
  group->visible = start >= 0;
  group->raw = g_steal_pointer (&line);
  group->raw_start = a->start;
  group->raw_end = a->end;
  g_ptr_array_add (group->authors, a);
  g_ptr_array_add (ctx->groups, group);
}

/* The length of the capitalised words at @s (at most MAX_OWNER_WORDS,
 * an initial "S." among them), up to the first word that is not one. */
static gsize
capitalised_words (const char *s,
                   gsize       n)
{
  gsize i = 0, end = 0;
  guint words = 0;

  while (i < n && words < MAX_OWNER_WORDS && g_ascii_isupper (s[i]))
    {
      gsize j = i;
      while (j < n && s[j] != ' ' && s[j] != ',' && s[j] != '|' && s[j] != '\n' &&
             !(s[j] == '.' && j > i + 1))
        j++;
      /* "S." of "Christopher S. Penn" ends in its dot */
      if (j < n && s[j] == '.' && j == i + 1)
        j++;
      end = j;
      words++;
      i = j;
      while (i < n && s[i] == ' ')
        i++;
    }
  return end;
}

/* The part of @s after a copyright sign: "© 2012-2025 ", "Copyright © ",
 * "(c) 2025 by ". Returns its offset, or -1 if @s has none. */
static gssize
after_copyright (const char *s,
                 gsize       n)
{
  static const char *marks[] = { "©", "(c)", "(C)", "Copyright", "COPYRIGHT", "copyright", NULL };
  static const char *signs[] = { "©", "–", "·", NULL };
  gssize at = -1;
  gsize i;

  for (guint k = 0; marks[k] != NULL && at < 0; k++)
    {
      const char *found = g_strstr_len (s, n, marks[k]);
      if (found != NULL)
        at = found - s + strlen (marks[k]);
    }
  if (at < 0)
    return -1;
  i = at;
  /* signs, years, ranges and "by" between the mark and the name */
  for (;;)
    {
      gsize before = i;
      while (i < n && (s[i] == ' ' || g_ascii_isdigit (s[i]) || s[i] == '-' || s[i] == ',' ||
                       s[i] == '.'))
        i++;
      for (guint k = 0; signs[k] != NULL; k++)
        if (n - i >= strlen (signs[k]) && memcmp (s + i, signs[k], strlen (signs[k])) == 0)
          i += strlen (signs[k]);
      if (n - i >= 3 && g_ascii_strncasecmp (s + i, "by ", 3) == 0)
        i += 3;
      if (i == before)
        break;
    }
  return i;
}

/* Whether block @index is a copyright line ("© 2025 Toby Hede. All
 * rights reserved."): short, with a copyright sign. Sets @s and @n to the
 * block's text; returns the offset in it of what follows the sign, years
 * and "by" (the holder), or -1. */
gssize
byline_copyright_line (BylineContext *ctx,
                       guint          index,
                       const char   **s,
                       gsize         *n)
{
  byline_block_text (ctx, index, s, n);
  return *n > MAX_COPYRIGHT_LINE ? -1 : after_copyright (*s, *n);
}

static void
copyright_owners (BylineContext *ctx)
{
  for (guint b = 0; b < ctx->blocks->len; b++)
    {
      const char *s;
      gsize n;
      gssize at = byline_copyright_line (ctx, b, &s, &n);

      if (at < 0)
        continue;
      add_owner (ctx, s + at, capitalised_words (s + at, n - at),
                 (s - ctx->text) + at, b, BYLINE_SOURCE_TEXT);
    }
}

/* Only on HTML pages: there the scorer sees whether the name spells the
 * host. On flattened text a person-shaped copyright holder is the author
 * too seldom (5 of 29 on WCXB dev; offered there, the text scorer's CV
 * exact fell 0.587 -> 0.579). */
void
byline_site_owner_candidates (BylineContext *ctx)
{
  const char *site;

  if (!winnow_document_is_html (ctx->doc))
    return;
  site = winnow_document_get_head_meta (ctx->doc, "og:site_name");
  if (site == NULL)
    site = winnow_document_get_head_meta (ctx->doc, "application-name");
  if (site != NULL)
    {
      const char *shown = strstr (ctx->text, site);
      add_owner (ctx, site, strlen (site), shown != NULL ? shown - ctx->text : -1, -1,
                 BYLINE_SOURCE_META);
    }
  copyright_owners (ctx);
}
