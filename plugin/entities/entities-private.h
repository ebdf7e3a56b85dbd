/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Internals of the entities plugin, shared by the filter, the training tool
 * and the tests. */

#include <stdio.h>

#include <winnow/winnow.h>

G_BEGIN_DECLS

/* Entity classes of the statistical tagger (the CoNLL-2003 classes). */
typedef enum {
  ENT_CLASS_PER,
  ENT_CLASS_ORG,
  ENT_CLASS_LOC,
  ENT_CLASS_MISC,
  ENT_N_CLASSES
} EntClass;

/* BILOU tags: 0 is O, then four tags per class. */
typedef enum {
  ENT_POS_B,
  ENT_POS_I,
  ENT_POS_L,
  ENT_POS_U,
} EntPosition;

#define ENT_TAG_O   0
#define ENT_N_TAGS  (1 + 4 * ENT_N_CLASSES)
#define ENT_TAG(cls, pos) (1 + 4 * (cls) + (pos))
#define ENT_TAG_CLASS(tag) (((tag) - 1) / 4)
#define ENT_TAG_POS(tag) (((tag) - 1) % 4)

const char *ent_class_name      (EntClass    cls);
const char *ent_class_label     (EntClass    cls);
int         ent_class_from_name (const char *name);

/* ---- errors ---------------------------------------------------------- */

#define ENT_MODEL_ERROR (ent_model_error_quark ())

typedef enum {
  ENT_MODEL_ERROR_IO,
  ENT_MODEL_ERROR_FORMAT,
  ENT_MODEL_ERROR_VERSION,
  ENT_MODEL_ERROR_TRUNCATED,
  ENT_MODEL_ERROR_CORRUPT,
  ENT_MODEL_ERROR_INPUT,
} EntModelError;

GQuark ent_model_error_quark (void);

/* ---- hashing ----------------------------------------------------------- */

static inline guint64
ent_mix (guint64 h)
{
  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  h ^= h >> 33;
  return h;
}

static inline guint64
ent_combine (guint64 a,
             guint64 b)
{
  return ent_mix (a * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15) + b + 0x632be59bd9b4e019);
}

guint64 ent_hash_bytes (const char *bytes,
                        gsize       len,
                        guint64     seed);

/* ---- gazetteers ------------------------------------------------------ */

/* Lists of names compiled into the model; a token gets a bit per list and
 * BILOU position of the longest match covering it. */
typedef enum {
  ENT_GAZ_COUNTRY,
  ENT_GAZ_CITY,
  ENT_GAZ_CAPITAL,
  ENT_GAZ_DEMONYM,
  ENT_GAZ_FIRST_NAME,
  ENT_GAZ_REGION,
  ENT_GAZ_SURNAME,
  ENT_N_GAZ
} EntGazList;

#define ENT_GAZ_MAX_WORDS 6

typedef struct _EntGazetteer EntGazetteer;

EntGazetteer *ent_gazetteer_new        (void);
void          ent_gazetteer_free       (EntGazetteer *gaz);
gboolean      ent_gazetteer_load_list  (EntGazetteer *gaz,
                                        EntGazList    list,
                                        const char   *path,
                                        GError      **error);
gboolean      ent_gazetteer_load_dir   (EntGazetteer *gaz,
                                        const char   *dir,
                                        GError      **error);
void          ent_gazetteer_add        (EntGazetteer *gaz,
                                        EntGazList    list,
                                        const char   *phrase,
                                        gssize        len);
guint         ent_gazetteer_size       (const EntGazetteer *gaz);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntGazetteer, ent_gazetteer_free)

/* Read-only view of a compiled gazetteer (an open-addressing table of
 * phrase keys and their list bits), as stored in a model file. */
typedef struct {
  const guint64 *keys;
  const guint32 *bits;
  guint32        mask;   /* n_slots - 1; n_slots is 0 for an empty table */
  guint32        n_slots;
} EntGazTable;

guint64 ent_gaz_phrase_key (const guint64 *word_keys,
                            guint          n_words);

void ent_gazetteer_compile (const EntGazetteer *gaz,
                            GArray             *keys,
                            GArray             *bits);

static inline guint32
ent_gaz_table_lookup (const EntGazTable *table,
                      guint64            key)
{
  if (table->n_slots == 0)
    return 0;
  for (guint32 i = (guint32) key & table->mask;; i = (i + 1) & table->mask)
    {
      if (table->keys[i] == key)
        return table->bits[i];
      if (table->keys[i] == 0)
        return 0;
    }
}

/* ---- word classes ---------------------------------------------------- */

#define ENT_CLUSTER_LEVELS 3
#define ENT_CLUSTER_KNOWN (1u << 31)

/* Word classes of several granularities, 10 bits each, keyed like the
 * gazetteer by the folded word; built from a file written by
 * ent_induce_clusters(). */
typedef struct _EntClusters EntClusters;

EntClusters *ent_clusters_load    (const char  *path,
                                   GError     **error);
void         ent_clusters_free    (EntClusters *clusters);
void         ent_clusters_compile (const EntClusters *clusters,
                                   GArray            *keys,
                                   GArray            *values);
guint        ent_clusters_size    (const EntClusters *clusters);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntClusters, ent_clusters_free)

gboolean ent_induce_clusters (const char * const *files,
                              const guint        *n_classes,
                              guint               n_levels,
                              guint               min_count,
                              guint               iterations,
                              gboolean            verbose,
                              const char         *output,
                              GError            **error);

/* ---- words and features --------------------------------------------- */

/* One token as the tagger sees it. */
typedef struct {
  const char *text;
  guint32     len;
  guint32     flags;       /* WinnowTokenFlags */
} EntWord;

/* What the feature extractor computes once per token. */
typedef struct {
  guint64 word;
  guint64 lower;
  guint64 shape;
  guint64 short_shape;
  guint64 prefix[4];
  guint64 suffix[4];
  guint32 gaz;           /* bit (list * 4 + position) */
  guint32 cluster;       /* ENT_CLUSTER_KNOWN | classes, or 0 */
  guint8  caps;          /* EntCaps */
  guint8  initial;       /* first word of a sentence or line */
  guint8  headline;      /* in a sentence written mostly in capitals */
  guint8  is_word;       /* has a letter */
  guint8  doc_case;      /* EntDocCase bits: how the word appears elsewhere */
  guint8  cap_run;       /* position and length in a run of capitalised words */
  guint64 run_first;     /* folded key of the first word of that run, or 0 */
  guint64 run_last;      /* and of its last word */
} EntTokenInfo;

typedef enum {
  ENT_CAPS_LOWER,
  ENT_CAPS_INITIAL,
  ENT_CAPS_ALL,
  ENT_CAPS_MIXED,
  ENT_CAPS_NONE,       /* no letter */
} EntCaps;

/* How a word is written elsewhere in the document. */
typedef enum {
  ENT_DOC_LOWER    = 1 << 0,   /* in lower case */
  ENT_DOC_CAPPED   = 1 << 1,   /* capitalised, not first in its sentence */
  ENT_DOC_ALL_CAPS = 1 << 2,   /* in capitals outside a headline */
} EntDocCase;

#define ENT_MAX_FEATURES 200

/* Document-level memory of the labels given so far to each capitalised
 * word ("extended prediction history"). */
typedef struct _EntHistory EntHistory;

EntHistory *ent_history_new    (void);
void        ent_history_free   (EntHistory *history);
void        ent_history_clear  (EntHistory *history);
void        ent_history_add    (EntHistory *history,
                                guint64     key,
                                int         tag);
gboolean    ent_history_get    (const EntHistory *history,
                                guint64     key,
                                guint16     counts[ENT_N_CLASSES + 1]);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntHistory, ent_history_free)

guint64 ent_word_key        (const char *text,
                             gsize       len);
void  ent_token_info_compute (const EntWord      *words,
                              guint               n_words,
                              const EntGazTable  *gaz,
                              const EntGazTable  *clusters,
                              EntTokenInfo       *info);
guint ent_features_static    (const EntTokenInfo *info,
                              guint               i,
                              guint               sent_start,
                              guint               sent_end,
                              guint64            *features);
guint ent_features_dynamic   (const EntTokenInfo *info,
                              guint               i,
                              guint               sent_start,
                              const int          *tags,
                              const EntHistory   *history,
                              guint64            *features);
guint ent_features_extract   (const EntTokenInfo *info,
                              guint               n_words,
                              guint               i,
                              guint               sent_start,
                              guint               sent_end,
                              const int          *tags,
                              const EntHistory   *history,
                              guint64            *features);

/* ---- the model -------------------------------------------------------- */

typedef struct _EntModel EntModel;

EntModel *ent_model_load       (const char  *path,
                                GError     **error);
void      ent_model_unref      (EntModel    *model);
const EntGazTable *ent_model_get_gazetteer (EntModel *model);
const EntGazTable *ent_model_get_clusters  (EntModel *model);
void      ent_model_prefetch   (EntModel      *model,
                                const guint64 *features,
                                guint          n_features);
guint     ent_model_lookup     (EntModel      *model,
                                const guint64 *features,
                                guint          n_features,
                                guint64       *found);
void      ent_model_accumulate (EntModel      *model,
                                const guint64 *found,
                                guint          n_found,
                                gint32         acc[ENT_N_TAGS]);
float     ent_model_get_scale  (EntModel      *model);
float     ent_model_get_temperature (EntModel *model);
void      ent_model_set_temperature (EntModel *model,
                                     float     temperature);
GBytes   *ent_model_bytes_set_temperature (GBytes *bytes,
                                           float   temperature);
GBytes   *ent_model_serialize  (float          scale,
                                GArray        *slots,
                                GArray        *pairs,
                                GArray        *gaz_keys,
                                GArray        *gaz_bits,
                                GArray        *cluster_keys,
                                GArray        *cluster_values);
EntModel *ent_model_new_from_bytes (GBytes    *bytes,
                                    GError   **error);
gboolean  ent_model_write      (const char    *path,
                                GBytes        *bytes,
                                GError       **error);

/* A feature slot of a model: the fingerprint of the feature hash in the
 * low 32 bits (0: empty), then where its (tag, weight) pairs start and how
 * many there are. */
#define ENT_SLOT_FINGERPRINT(h) ((guint32) ((h) >> 32) | 1u)
#define ENT_SLOT_MAKE(fp, start, count) \
  ((guint64) (fp) | ((guint64) (start) << 37) | ((guint64) (count) << 32))
#define ENT_SLOT_START(s) ((guint32) ((s) >> 37))
#define ENT_SLOT_COUNT(s) ((guint32) ((s) >> 32) & 31u)
#define ENT_PAIR_MAKE(tag, w) (((guint32) (guint16) (gint16) (w) << 16) | (guint32) (tag))
#define ENT_PAIR_TAG(p) ((p) & 0xffu)
#define ENT_PAIR_WEIGHT(p) ((gint16) ((p) >> 16))
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntModel, ent_model_unref)

/* ---- decoding --------------------------------------------------------- */

typedef struct {
  guint    start;        /* first word */
  guint    end;          /* past the last word */
  EntClass cls;
  float    score;
} EntMention;

gboolean ent_tag_allowed   (int prev,
                            int tag,
                            gboolean last);
int      ent_decide_tag (const float *scores,
                         int          prev,
                         gboolean     last,
                         float        temperature,
                         float       *confidence);
void     ent_tag_words     (EntModel      *model,
                            const EntWord *words,
                            guint          n_words,
                            int           *tags,
                            float         *confidence);
GArray  *ent_tags_to_mentions (const int   *tags,
                               const float *confidence,
                               guint        n_words);

/* ---- name heads -------------------------------------------------------- */

/* Common nouns that end names of organisations and events, with the class
 * of those names (entities-heads.c). */
typedef struct _EntNameHeads EntNameHeads;

EntNameHeads *ent_name_heads_new    (void);
void          ent_name_heads_free   (EntNameHeads *heads);
gboolean      ent_name_heads_load   (EntNameHeads *heads,
                                     const char   *path,
                                     GError      **error);
void          ent_name_heads_add    (EntNameHeads *heads,
                                     const char   *word,
                                     EntClass      cls,
                                     guint         n_names);
guint         ent_name_heads_size   (const EntNameHeads *heads);
int           ent_name_heads_lookup (const EntNameHeads *heads,
                                     const char         *word,
                                     gsize               len,
                                     guint              *n_names);
guint         ent_name_heads_mend   (const EntNameHeads *heads,
                                     const EntWord      *words,
                                     guint               n_words,
                                     GArray             *mentions);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntNameHeads, ent_name_heads_free)

/* ---- rules ------------------------------------------------------------ */

/* A span found by the rules for DATE, TIME, MONEY, PERCENT, EMAIL, URL. */
typedef struct {
  guint       first;      /* first token */
  guint       last;       /* past the last token */
  const char *label;      /* static string */
  char       *value;      /* normalised value, nullable, owned */
} EntRuleSpan;

GArray *ent_rules_apply (const char        *text,
                         const WinnowToken *tokens,
                         guint              n_tokens,
                         const GDate       *doc_date);
gboolean ent_parse_iso_date (const char *text,
                             GDate      *date);

/* ---- training --------------------------------------------------------- */

typedef struct {
  GPtrArray *docs;        /* of EntTrainDoc */
} EntCorpus;

typedef struct {
  GArray *words;          /* of EntWord, pointing into @strings */
  GArray *tags;           /* of int, gold BILOU tags */
  GStringChunk *strings;
} EntTrainDoc;

EntCorpus *ent_corpus_read_conll (const char  *path,
                                  GError     **error);
EntCorpus *ent_corpus_new        (void);
void       ent_corpus_finish     (EntCorpus *corpus);
void       ent_corpus_add_sentence (EntCorpus  *corpus,
                                    gboolean    new_document,
                                    const char * const *words,
                                    const char * const *iob_tags,
                                    guint       n_words);
void       ent_corpus_free       (EntCorpus *corpus);
guint      ent_corpus_n_words    (EntCorpus *corpus);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntCorpus, ent_corpus_free)

typedef struct {
  guint    epochs;
  guint32  seed;
  double   prune;          /* drop weights smaller than this */
  guint    ensemble;       /* models averaged, each with its own order */
  gboolean verbose;
  EntCorpus *dev;          /* nullable: evaluated after each epoch */
  EntCorpus *calibrate;    /* nullable: fits the temperature of the confidences */
} EntTrainOptions;

gboolean ent_train         (EntCorpus             *corpus,
                            const EntGazetteer    *gaz,
                            const EntClusters     *clusters,
                            const EntTrainOptions *options,
                            const char            *output,
                            GError               **error);

typedef struct {
  guint gold[ENT_N_CLASSES];
  guint predicted[ENT_N_CLASSES];
  guint correct[ENT_N_CLASSES];
} EntEval;

void   ent_eval_add     (EntEval       *eval,
                         const int     *gold,
                         const int     *predicted,
                         guint          n_words);
double ent_eval_f1      (const EntEval *eval,
                         int            cls);   /* -1: overall */
void   ent_eval_print   (const EntEval *eval,
                         FILE          *out);
void   ent_evaluate     (EntModel      *model,
                         EntCorpus     *corpus,
                         EntEval       *eval);

G_END_DECLS
