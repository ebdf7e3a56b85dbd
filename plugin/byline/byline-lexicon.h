/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The word lists of data/byline/, loaded once at prepare and read-only
 * afterwards, so any number of threads may use one lexicon at once. */
typedef struct _BylineLexicon BylineLexicon;

typedef enum {
  BYLINE_LIST_AGENCIES,
  BYLINE_LIST_ROLES,
  BYLINE_LIST_CREDENTIALS,
  BYLINE_LIST_PARTICLES,
  BYLINE_LIST_NAME_SUFFIXES,
  BYLINE_LIST_CREDIT_WORDS,
  BYLINE_LIST_NONNAMES,
  BYLINE_LIST_IGNORED,
  BYLINE_LIST_FIRST_NAMES,
  BYLINE_LIST_ORG_WORDS,
  BYLINE_LIST_COMMON_WORDS,
  BYLINE_LIST_ENGLISH_WORDS,
  BYLINE_LIST_EAST_ASIAN_SURNAMES,
  BYLINE_N_LISTS
} BylineList;

#define BYLINE_LEXICON_ERROR (byline_lexicon_error_quark ())

typedef enum {
  BYLINE_LEXICON_ERROR_MISSING,
  BYLINE_LEXICON_ERROR_INVALID,
} BylineLexiconError;

GQuark          byline_lexicon_error_quark (void);

BylineLexicon  *byline_lexicon_load        (const char * const *ignored_names,
                                            GError            **error);
void            byline_lexicon_free        (BylineLexicon *lex);

gboolean        byline_lexicon_has         (const BylineLexicon *lex,
                                            BylineList           list,
                                            const char          *word,
                                            gssize               length);
const char     *byline_lexicon_spelling    (const BylineLexicon *lex,
                                            BylineList           list,
                                            const char          *word,
                                            gssize               length);
gsize           byline_lexicon_match_prefix (const BylineLexicon *lex,
                                             const char          *text,
                                             gsize                length);
int             byline_lexicon_month       (const BylineLexicon *lex,
                                            const char          *word,
                                            gssize               length);
const char     *byline_lexicon_zone        (const BylineLexicon *lex,
                                            const char          *abbreviation);
const char     *byline_lexicon_month_pattern (const BylineLexicon *lex);
const char     *byline_lexicon_zone_pattern  (const BylineLexicon *lex);

/* Case-folds and collapses whitespace: the key names are compared by. */
char           *byline_fold                (const char *text,
                                            gssize      length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineLexicon, byline_lexicon_free)

G_END_DECLS
