/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include "byline-lexicon.h"

G_BEGIN_DECLS

/* Finds dates written in many forms and languages and normalises them to
 * ISO 8601. Compiled once at prepare; read-only (thread-safe) afterwards. */
typedef struct _BylineDateParser BylineDateParser;

typedef struct {
  char  *iso;        /* "2017-07-07" or "2023-06-05T15:41:00-04:00" */
  gsize  start;      /* byte range of the whole expression in the text */
  gsize  end;
  gboolean has_time;
} BylineDateMatch;

BylineDateParser *byline_date_parser_new  (const BylineLexicon *lex,
                                           GError             **error);
void              byline_date_parser_free (BylineDateParser *parser);

gboolean          byline_date_parser_find (const BylineDateParser *parser,
                                           const char             *text,
                                           gssize                  length,
                                           gboolean                day_first,
                                           int                     min_year,
                                           int                     max_year,
                                           BylineDateMatch        *match);

void              byline_date_match_clear (BylineDateMatch *match);

/* What the words right before a date say it is. */
typedef enum {
  BYLINE_DATE_LABEL_NONE,
  BYLINE_DATE_LABEL_PUBLISHED,  /* "Published", "Posted on", "asked" */
  BYLINE_DATE_LABEL_UPDATED,    /* "Updated", "Last edited" */
  BYLINE_DATE_LABEL_FOREIGN,    /* not the page's: "Joined", "Founded", "Released" */
} BylineDateLabel;

BylineDateLabel   byline_date_label       (const char *text,
                                           gsize       date_start);
gsize             byline_date_lead_word   (const char *text,
                                           gsize       date_start);

gboolean          byline_find_relative_time (const char *text,
                                             gsize       n,
                                             gsize      *start);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineDateParser, byline_date_parser_free)

G_END_DECLS
