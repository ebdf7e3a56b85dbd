/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Internals shared by the files of the boilerplate plugin (and by the
 * feature dumper of bench/boilerplate/, which trains the models). */

#include <winnow/winnow.h>
#include <winnow/winnow-plugin.h>

G_BEGIN_DECLS

/* The first index of the ascending @values (@n of them) holding at least
 * @x; @n if none does. */
static inline guint
bp_lower_bound (const guint32 *values,
                guint          n,
                guint32        x)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (values[mid] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* ---- stop words (bp-stopwords.c) ---------------------------------------- */

/* The stop-word lists of many languages, read-only once loaded: a word maps
 * to the bit set of the languages (at most 64) that list it. */
typedef struct _BpStopwords BpStopwords;

BpStopwords *bp_stopwords_load        (const char         *path,
                                       GError            **error);
void         bp_stopwords_free        (BpStopwords        *self);
/* Index of a language code ("en", "pt-BR" → "pt"), or -1. */
int          bp_stopwords_language    (const BpStopwords  *self,
                                       const char         *code);
/* Languages whose list holds @word (lower-cased, NUL-terminated). */
guint64      bp_stopwords_lookup      (const BpStopwords  *self,
                                       const char         *word);
guint        bp_stopwords_n_languages (const BpStopwords  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpStopwords, bp_stopwords_free)

/* ---- text statistics (bp-text-stats.c) ---------------------------------- */

/* What the text of one block shows, whatever the input. */
typedef struct {
  guint  chars;          /* non-space characters */
  guint  words;          /* \w+ runs; each CJK ideograph or kana counts as one */
  guint  stop_words;     /* words in the page language's stop-word list */
  guint  commas;
  guint  sentence_ends;  /* . ! ? and their CJK forms followed by space or end */
  guint  digits;
  guint  capitalized;    /* words starting with an upper-case letter */
  guint  separators;     /* standalone > › » | / · : breadcrumb shapes */
  guint  widget_words;   /* login, share, comment, cookie, … */
  guint  cjk;            /* CJK characters */
  guint  bytes;
  gboolean ends_with_punct;
  gboolean has_counter;  /* (0/250…), 12 comments */
  gboolean has_copyright;
  gboolean names_javascript; /* the word, for bp_is_script_notice() */
  guint  hash;           /* of the collapsed, lower-cased text, for repeats */
} BpTextStats;

/* Counts the stop words of language @lang (−1: any language). Collects
 * per-language hit counts into @lang_hits (n_languages entries) if non-NULL. */
void bp_text_stats_measure (BpTextStats        *stats,
                            const char         *text,
                            gsize               length,
                            const BpStopwords  *stopwords,
                            int                 lang,
                            guint              *lang_hits);

/* ---- script notices (bp-script-notice.c) -------------------------------- */

/* Whether @text is the notice a page shows to browsers without scripts
 * ("Please enable JavaScript"), never content. */
gboolean bp_is_script_notice (const char *text,
                              gsize       length);

/* ---- class/id words (bp-class-words.c) ---------------------------------- */

/* Families of class and id words that say what a container holds. */
typedef enum {
  BP_HINT_NAV,
  BP_HINT_FOOTER,
  BP_HINT_HEADER,
  BP_HINT_SIDEBAR,
  BP_HINT_COMMENT,
  BP_HINT_SHARE,
  BP_HINT_RELATED,
  BP_HINT_AD,
  BP_HINT_COOKIE,
  BP_HINT_SUBSCRIBE,
  BP_HINT_META,
  BP_HINT_PAGER,
  BP_HINT_BREADCRUMB,
  BP_HINT_HIDDEN,
  BP_HINT_CONTENT,
  BP_HINT_TITLE,
  BP_HINT_FORUM,
  BP_HINT_PRODUCT,
  /* the kinds of section that sit beside a page's main content and are
   * often not part of it: read with the heading words of bp-section-words.c */
  BP_HINT_REVIEWS,
  BP_HINT_QUESTIONS,
  BP_HINT_SHIPPING,
  BP_HINT_SPECS,
  BP_HINT_BIO,
  BP_N_HINTS
} BpHint;

/* The families that are features of the block's element and of its
 * ancestors each (own-*, anc-*); the section families after them are one
 * feature each, of the element and its ancestors together. */
#define BP_N_CONTAINER_HINTS BP_HINT_REVIEWS

/* The set (1 << BpHint) of the families the class and id of @node name. */
guint32     bp_class_hints        (xmlNode *node);
const char *bp_hint_reason        (BpHint   hint);

/* ---- word tables by first byte (bp-word-index.c) ------------------------ */

/* The entries of a static word table whose first byte is c are
 * order[starts[c]] .. order[starts[c + 1] - 1]; lengths[i] is entry i's
 * word length. order and lengths point at arrays of one item an entry. */
typedef struct {
  guint16  starts[257];
  guint16 *order;
  guint8  *lengths;
} BpWordIndex;

/* Entry @i's word of a table whose entries, @stride bytes apart, each
 * start with their word (@first_word: the first entry's). */
static inline const char *
bp_word_index_word (const char * const *first_word,
                    gsize               stride,
                    gsize               i)
{
  return *(const char * const *) (gconstpointer) ((const char *) first_word + i * stride);
}

void bp_word_index_build (BpWordIndex        *index,
                          const char * const *first_word,
                          gsize               n_entries,
                          gsize               stride);

/* ---- section kinds named by headings (bp-section-words.c) --------------- */

/* What a heading says the section under it holds: customer reviews,
 * questions, shipping and returns, specifications, the author's bio,
 * related items, a newsletter, comments. */
typedef enum {
  BP_SECTION_REVIEWS,
  BP_SECTION_QUESTIONS,
  BP_SECTION_SHIPPING,
  BP_SECTION_SPECS,
  BP_SECTION_BIO,
  BP_SECTION_RELATED,
  BP_SECTION_SUBSCRIBE,
  BP_SECTION_COMMENTS,
  BP_N_SECTIONS
} BpSection;

/* The set (1 << BpSection) of the sections the heading text names. */
guint32 bp_heading_sections (const char *text,
                             gsize       length);

/* ---- the learned lexicon (bp-lexicon.c) --------------------------------- */

/* Log-odds of content for words of a block's text ("w:sort"), class or id
 * words of its element ("o:facet") and its ancestors ("a:sidebar"), and
 * words of the heading it is under ("h:reviews"), learned by
 * bench/boilerplate/train.py. */
typedef struct _BpLexicon BpLexicon;

BpLexicon *bp_lexicon_load  (const char  *path,
                             GError     **error);
void       bp_lexicon_free  (BpLexicon   *self);

/* Called with each token ("w:word", NUL-terminated) of a block. */
typedef void (*BpTokenFunc) (const char *token,
                             gpointer    user_data);

/* The block's tokens, in the order the features read them: its first
 * words, its heading's (@heading may be NULL), its element's class and id
 * words, its ancestors'. */
void bp_lexicon_tokens   (xmlNode         *node,
                          const char      *text,
                          gsize            length,
                          const char      *heading,
                          gsize            heading_length,
                          BpTokenFunc      func,
                          gpointer         user_data);

/* For words, own and ancestor class words and heading words: the mean,
 * least and most log-odds of the known tokens and the share of tokens
 * known (all 0 without a lexicon). */
#define BP_LEXICON_N_FEATURES 16
/* What the blocks of one page share (a heading's tokens, ancestors'),
 * summed once; NULL to sum everything for each block. */
typedef struct _BpLexiconMemo BpLexiconMemo;
BpLexiconMemo *bp_lexicon_memo_new  (void);
void           bp_lexicon_memo_free (BpLexiconMemo *memo);
void bp_lexicon_features (const BpLexicon *self,
                          BpLexiconMemo   *memo,
                          xmlNode         *node,
                          const char      *text,
                          gsize            length,
                          const char      *heading,
                          gsize            heading_length,
                          float           *x);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpLexicon, bp_lexicon_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpLexiconMemo, bp_lexicon_memo_free)

/* ---- the kind of page (bp-page-kind.c) ---------------------------------- */

/* What a page says it is in its JSON-LD types and og:type. */
enum {
  BP_PAGE_ARTICLE = 1 << 0,
  BP_PAGE_PRODUCT = 1 << 1,
  BP_PAGE_LISTING = 1 << 2,
  BP_PAGE_FORUM   = 1 << 3,
  BP_PAGE_SERVICE = 1 << 4,
  BP_PAGE_OFFER   = 1 << 5,
};

/* The BP_PAGE_* set the document's markup names (0 for plain text). */
guint bp_page_kind (WinnowDocument *document);

/* ---- page analysis and features (bp-features.c) ------------------------- */

/* Per-block facts the decision needs besides the feature vector. */
typedef struct {
  BpTextStats text;
  guint32     own_hints;        /* hints of the block element */
  guint32     ancestor_hints;   /* hints of its ancestors */
  guint       tags;             /* BP_TAG_* of the block and its ancestors */
  gboolean    in_main;          /* inside the best-scoring container */
  gboolean    repeated;         /* the same text occurs elsewhere on the page */
  gboolean    script_notice;    /* "Please enable JavaScript" */
  double      link_density;
  double      title_match;      /* how well the text matches the page title */
  guint       group;            /* the repeated structure (list, grid, thread)
                                 * the block is an item of: 1 + the index of
                                 * its first block; 0 for none */
  gboolean    in_top_group;     /* inside the page's main repeated structure */
  guint       template;         /* the page's blocks of one template (alike
                                 * element paths) share it; G_MAXUINT: none */
} BpBlockInfo;

enum {
  BP_TAG_NAV       = 1 << 0,
  BP_TAG_FOOTER    = 1 << 1,
  BP_TAG_HEADER    = 1 << 2,
  BP_TAG_ASIDE     = 1 << 3,
  BP_TAG_ARTICLE   = 1 << 4,
  BP_TAG_MAIN      = 1 << 5,
  BP_TAG_FORM      = 1 << 6,
  BP_TAG_LIST      = 1 << 7,
  BP_TAG_TABLE     = 1 << 8,
  BP_TAG_FIGURE    = 1 << 9,
  BP_TAG_ANCHOR    = 1 << 10,
  BP_TAG_BODY_PROP = 1 << 11, /* itemprop=articleBody / role=main */
  BP_TAG_DETAILS   = 1 << 12,
  BP_TAG_BLOCKQUOTE = 1 << 13,
};

/* A document read for the decision: one feature row per block. */
typedef struct {
  guint        n_blocks;
  guint        n_features;
  float       *features;   /* n_blocks × n_features, row-major */
  BpBlockInfo *info;
  gboolean     html;
  int          language;
} BpPage;

/* The number and names of the features, for the models' files. */
guint        bp_features_count (gboolean html);
const char  *bp_feature_name   (gboolean html,
                                guint    index);

/* @lexicon may be NULL: the lexicon features are then 0 (the training
 * dump; train.py computes them). */
BpPage      *bp_page_analyze   (WinnowDocument    *document,
                                const BpStopwords *stopwords,
                                const BpLexicon   *lexicon);
void         bp_page_free      (BpPage            *page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpPage, bp_page_free)

/* ---- the learned block model (bp-model.c) ------------------------------- */

/* A network with one hidden layer of rectified units (or, without one, a
 * logistic regression) over standardized features, read from a text file
 * written by bench/boilerplate/train.py. */
typedef struct _BpModel BpModel;

BpModel *bp_model_load    (const char     *path,
                           gboolean        html,
                           GError        **error);
void     bp_model_free    (BpModel        *self);
/* The second-look model over bp_context_features() rows. */
BpModel *bp_model_load_context (const char  *path,
                                GError     **error);
/* Probability that the block of row @x is content. */
double   bp_model_predict (const BpModel  *self,
                           const float    *x);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpModel, bp_model_free)

/* ---- the second look (bp-context.c) ------------------------------------- */

/* The number and names of the context features. */
guint        bp_context_count        (void);
const char  *bp_context_feature_name (guint index);
/* One row of bp_context_count() features per block (@rows: n_blocks ×
 * count) from the block network's probabilities @p. */
void         bp_context_features     (const BpPage *page,
                                      const double *p,
                                      float        *rows);

/* ---- the headline (bp-title.c) ------------------------------------------ */

/* The index of the block that is the headline, or -1. @p_content gives
 * each block's probability of being content. */
int  bp_find_title (WinnowDocument *document,
                    const BpPage   *page,
                    const double   *p_content);

G_END_DECLS
