/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <winnow/winnow.h>
#include <winnow/winnow-plugin.h>

#include "byline-lexicon.h"
#include "byline-dates.h"
#include "byline-names.h"

G_BEGIN_DECLS

/* Where a piece of evidence came from; also the bits of the "sources"
 * property of the filter. */
typedef enum {
  BYLINE_SOURCE_JSON_LD = 1 << 0,
  BYLINE_SOURCE_META    = 1 << 1,
  BYLINE_SOURCE_MARKUP  = 1 << 2,
  BYLINE_SOURCE_TEXT    = 1 << 3,
  BYLINE_SOURCE_URL     = 1 << 4,
} BylineSource;

#define BYLINE_SOURCE_ALL (BYLINE_SOURCE_JSON_LD | BYLINE_SOURCE_META | \
                           BYLINE_SOURCE_MARKUP | BYLINE_SOURCE_TEXT | \
                           BYLINE_SOURCE_URL)

/* One author as a source gave it. Offsets are byte offsets into the
 * document text, or -1 when the name was not located there. */
typedef struct {
  char   *name;      /* cleaned, cased for output */
  char   *key;       /* case-folded, for comparing names across sources */
  char   *surface;   /* the name as written, for locating it in the text */
  char   *email;
  char   *url;
  char   *role;
  char   *credentials; /* "PhD", "MS, RD": stripped from the name, kept here */
  gssize  start;
  gssize  end;
  gssize  email_start;
  gssize  email_end;
  gboolean is_org;
} BylineAuthor;

/* The authors one piece of evidence names, with how much it is trusted. */
typedef struct {
  BylineSource  source;
  const char   *what;        /* "json-ld", "meta", "rel-author", "by-line", ... */
  double        weight;
  GPtrArray    *authors;     /* BylineAuthor */
  char         *affiliation;
  char         *raw;         /* the byline text read, or NULL */
  gssize        raw_start;   /* its range in the document text, or -1 */
  gssize        raw_end;
  int           block;       /* index of the block holding it, or -1 */
  gboolean      fills_block; /* the byline is all its block holds */
  gboolean      visible;     /* the names were found in the text */
  double        score;       /* the vote: own weight plus half of each agreeing group's */
  gboolean      weak;        /* a candidate for the scorer only, not in the vote */
  gboolean      first_post;  /* a thread's first post, by its number */
} BylineGroup;

/* A date candidate. */
typedef struct {
  char        *iso;      /* ISO 8601, date-only when no time is known */
  BylineSource source;
  const char  *what;
  double       weight;
  gboolean     is_update;
  gssize       start;    /* range in the document text, or -1 */
  gssize       end;
} BylineDate;

/* The learned author scorer (byline-model.c). */
typedef struct _BylineModel BylineModel;

BylineModel *byline_model_load      (const char        *path,
                                     gboolean           html,
                                     GError           **error);
void         byline_model_free      (BylineModel       *self);
double       byline_model_threshold (const BylineModel *self);
double       byline_model_predict   (const BylineModel *self,
                                     const double      *x);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BylineModel, byline_model_free)

/* The options of one filter instance, fixed after prepare. */
typedef struct {
  guint        sources;
  gboolean     trust_meta;
  gboolean     label_block;
  guint        max_authors;
  double       min_score;
  double       min_confidence; /* < 0: the model's own threshold */
  int          min_year;
  const BylineModel *html_model;
  const BylineModel *text_model;
  const char  *features_path; /* where to append candidate rows, or NULL */
} BylineOptions;

/* Everything the stages share while processing one document. */
typedef struct {
  WinnowDocument      *doc;
  const BylineLexicon *lex;
  const BylineDateParser *date_parser;
  const BylineOptions *opts;
  const char          *filter_name;
  const char          *text;       /* the document text */
  gsize                text_len;
  GPtrArray           *blocks;     /* WinnowBlock, borrowed */
  gboolean             labelled;   /* some block has a label */
  int                  headline;   /* index of the headline block, or -1 */
  int                  body;       /* plain text: first block of the body, or -1 */
  int                  byline_block; /* block of the chosen authors' byline, or -1 */
  GDateTime           *now;
  GPtrArray           *groups;     /* BylineGroup */
  GPtrArray           *dates;      /* BylineDate */
  char                *site_name;  /* case-folded, or NULL */
  gboolean             product_page; /* structured data describes a product */
  gboolean             article_page; /* ... or an article */
  gboolean             front_page; /* the URL is a site's root: "https://lwn.net/" */
  gboolean             day_first;  /* read 07/08/2017 as 7 August */
  int                  max_year;
  GHashTable          *mailto;     /* name key -> e-mail of a "mailto:" link reading as the name, or NULL */
  guint8              *date_lines; /* per block, once asked: 1 no date line, 2 a date line; or NULL */
  guint                glued_metas; /* glued post metas read so far (byline-text.c) */
} BylineContext;

BylineAuthor *byline_author_new        (const char *name,
                                        const char *surface);
BylineAuthor *byline_author_new_from_name (const BylineName *name);
void          byline_author_free       (BylineAuthor *author);
gsize         byline_block_text        (BylineContext *ctx,
                                       guint          index,
                                       const char   **s,
                                       gsize         *n);
gboolean      byline_is_reputation_line (const char *s,
                                         gsize       n);
BylineGroup  *byline_group_new         (BylineSource source,
                                        const char  *what,
                                        double       weight);
void          byline_group_free        (BylineGroup *group);
void          byline_group_set_line    (BylineContext *ctx,
                                        BylineGroup   *group,
                                        guint          block,
                                        gsize          start,
                                        gsize          end);
gboolean      byline_find_date_span    (BylineContext *ctx,
                                        const char    *s,
                                        gsize          n,
                                        gsize         *start,
                                        gsize         *end);
BylineDate   *byline_date_new          (const char  *iso,
                                        BylineSource source,
                                        const char  *what,
                                        double       weight,
                                        gboolean     is_update);
void          byline_date_free         (BylineDate *date);

/* The stages: each adds groups and dates to the context. */
void byline_stage_json_ld (BylineContext *ctx);
void byline_stage_meta    (BylineContext *ctx);
void byline_stage_markup  (BylineContext *ctx);
void byline_stage_text    (BylineContext *ctx);
void byline_stage_url     (BylineContext *ctx);
/* After the vote: weak candidates for the learned scorer. */
void byline_stage_weak_candidates (BylineContext *ctx);
void byline_site_owner_candidates (BylineContext *ctx);
gssize byline_copyright_line (BylineContext *ctx,
                              guint          index,
                              const char   **s,
                              gsize         *n);
/* Weak candidates from the shape of one short line (byline-weak-lines.c):
 * teams, the name leading a line, forum posters. @prefix is the length
 * of the By-style word that starts the line, 0 if none. */
void byline_weak_line_candidates (BylineContext *ctx,
                                  guint          index,
                                  const char    *s,
                                  gsize          n,
                                  gsize          base,
                                  gsize          prefix);

/* One person named by one or more groups, with what the scorer knows of
 * them (byline-candidates.c). */
typedef struct {
  BylineAuthor *author;   /* the name to report, borrowed from a group */
  double       *x;        /* the features, byline_candidate_features_count () */
  double        p;        /* the model's probability that it is an author */
  GArray       *groups;   /* guint: indices of the groups naming them */
} BylineCandidate;

/* What the hand-weighted vote concluded, a feature of every candidate. */
typedef struct {
  GPtrArray *chosen;      /* BylineAuthor, borrowed: the vote's authors */
  double     best_score;  /* the best group's score */
  guint      n_bylines;   /* text bylines naming different people */
} BylineVote;

guint        byline_candidate_features_count (void);
const char  *byline_candidate_feature_name   (guint index);
GPtrArray   *byline_candidates_collect       (BylineContext    *ctx,
                                              const BylineVote *vote);
void         byline_candidates_dump          (BylineContext    *ctx,
                                              GPtrArray        *candidates);
void         byline_candidate_free           (BylineCandidate  *candidate);
gboolean     byline_candidate_vetoed         (BylineContext         *ctx,
                                              const BylineCandidate *candidate);
gboolean     byline_candidate_doubtful       (const BylineCandidate *candidate);
gboolean     byline_candidate_coauthor       (const BylineCandidate *candidate);
gboolean     byline_candidate_reads_as_name  (const BylineCandidate *candidate);
BylineCandidate *
             byline_candidates_fuller_name   (GPtrArray             *candidates,
                                              BylineCandidate       *top);
gboolean     byline_candidates_same_person   (const BylineCandidate *a,
                                              const BylineCandidate *b);

/* Combines the evidence and writes metadata, spans and the block label. */
void byline_decide        (BylineContext *ctx);
/* Chooses the publication and update dates among the candidates and
 * writes them (metadata and DATE spans). */
void byline_gather_late_dates (BylineContext *ctx);
void byline_decide_dates  (BylineContext *ctx);

/* Helpers shared by the stages. */
gboolean      byline_keys_match        (const char  *a,
                                        const char  *b);
BylineAuthor *byline_group_find_author (BylineGroup *group,
                                        const char  *key);
gboolean      byline_is_article        (BylineContext *ctx);
gssize        byline_comments_start    (BylineContext *ctx);
gboolean      byline_reads_as_name     (BylineContext *ctx,
                                        const char    *s,
                                        gsize          n);
gboolean      byline_parse_names_line  (BylineContext *ctx,
                                        const char    *s,
                                        gsize          n,
                                        BylineParse   *parse);
char    *byline_name_key      (const char *name);
double   byline_block_weight  (BylineContext *ctx,
                               guint          index);
gssize   byline_find_in_range (const char *haystack,
                               gsize       start,
                               gsize       end,
                               const char *needle);
gboolean byline_locate_group  (BylineContext *ctx,
                               BylineGroup   *group,
                               gsize          start,
                               gsize          end);
void     byline_group_add_parse (BylineGroup       *group,
                                 const BylineParse *parse,
                                 gssize             base);
void     byline_add_span      (BylineContext *ctx,
                               gssize         start,
                               gssize         end,
                               const char    *label,
                               double         score,
                               const char    *value);
void     byline_add_date      (BylineContext *ctx,
                               const char    *text,
                               gssize         length,
                               gssize         base,
                               BylineSource   source,
                               const char    *what,
                               double         weight,
                               gboolean       is_update);
void     byline_add_date_match (BylineContext         *ctx,
                                const BylineDateMatch *m,
                                gssize                 base,
                                BylineSource           source,
                                const char            *what,
                                double                 weight,
                                gboolean               is_update);
guint    byline_count_words   (const char *text,
                               gsize       length);
gboolean byline_is_long_paragraph (const char        *text,
                                   const WinnowBlock *block);

G_END_DECLS
