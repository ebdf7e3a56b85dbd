/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include "byline-lexicon.h"
#include "byline-dates.h"

G_BEGIN_DECLS

/* How much a string is trusted to hold names. */
typedef enum {
  /* Free text after a byline marker: a name is two to five capitalised
   * words (or one word of a script without case). */
  BYLINE_PARSE_TEXT,
  /* The text of an element marked as the author: single words and user
   * names are names too. */
  BYLINE_PARSE_MARKUP,
  /* A metadata value: like markup, but a URL is the author's page. */
  BYLINE_PARSE_META,
} BylineParseMode;

/* One name read from a byline string; offsets are relative to it. */
typedef struct {
  char  *name;       /* as output: cleaned and cased */
  char  *surface;    /* as written */
  gsize  start;
  gsize  end;
  char  *email;
  gsize  email_start;
  gsize  email_end;
  char  *url;
  char  *role;
  char  *credentials; /* "PhD", "MS, RD" as written after the name, or NULL */
} BylineName;

/* What a byline string holds. */
typedef struct {
  GPtrArray *names;        /* BylineName */
  char      *affiliation;  /* agency, or "Daily Mail Australia" of "For ..." */
  char      *date;         /* ISO 8601 */
  gsize      date_start;
  gsize      date_end;
  gboolean   date_is_update;
  gsize      read_end;     /* end of the last segment understood */
  gsize      junk;         /* bytes of segments not understood */
} BylineParse;

void     byline_parse_init   (BylineParse *parse);
void     byline_parse_clear  (BylineParse *parse);

gboolean byline_parse_names  (const BylineLexicon    *lex,
                              const BylineDateParser *dates,
                              const char             *text,
                              gsize                   length,
                              BylineParseMode         mode,
                              int                     max_year,
                              BylineParse            *parse);

char    *byline_proper_case  (const BylineLexicon *lex,
                              const char          *name);

char    *byline_email_address (const char *value);

gsize    byline_find_inline_prefix (const BylineLexicon *lex,
                                    const char          *text,
                                    gsize                length,
                                    guint                max_words,
                                    gsize               *prefix_start);

gboolean byline_is_plain_name (const BylineLexicon *lex,
                               const char          *text,
                               gsize                length,
                               gboolean             known_first_name);

gboolean byline_is_agency    (const BylineLexicon *lex,
                              const char          *text,
                              gssize               length);

gsize    byline_strip_trailing_marks (const char *text,
                                      gsize       length,
                                      gboolean    and_commas);

gboolean byline_has_digit    (const char *text,
                              gsize       length);
gboolean byline_is_by_word   (const char *word,
                              gsize       n);
gboolean byline_is_desk_word (const char *word,
                              gsize       n);
gboolean byline_role_writes  (const char *role,
                              gssize      length);
gboolean byline_ends_in_role (const BylineLexicon *lex,
                              const char          *s,
                              gsize                n);

G_END_DECLS
