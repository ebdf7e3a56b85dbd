/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Training: an averaged perceptron over the greedy decoder's own decisions
 * (each word is classified with the tags it actually predicted before it,
 * so the model learns to recover from its mistakes), documents shuffled
 * each epoch with a fixed seed, weights averaged with the usual
 * "accumulated update times step" trick, then pruned and quantised to 16
 * bits into the model file. */

#include <math.h>
#include <string.h>

#include "entities-private.h"

/* The weights being learnt: an open-addressing table of feature hashes,
 * each with a row of weights and of accumulated updates. */
typedef struct {
  guint64 *keys;         /* 0: empty */
  guint32 *rows;         /* row index of each slot */
  guint32  mask;
  guint32  n_rows;
  guint32  n_alloc;
  float   *w;            /* n_rows * ENT_N_TAGS */
  float   *u;
} Weights;

static void
weights_init (Weights *wt)
{
  wt->mask = (1u << 20) - 1;
  wt->keys = g_new0 (guint64, wt->mask + 1);
  wt->rows = g_new0 (guint32, wt->mask + 1);
  wt->n_rows = 0;
  wt->n_alloc = 1u << 18;
  wt->w = g_new0 (float, (gsize) wt->n_alloc * ENT_N_TAGS);
  wt->u = g_new0 (float, (gsize) wt->n_alloc * ENT_N_TAGS);
}

static void
weights_clear (Weights *wt)
{
  g_free (wt->keys);
  g_free (wt->rows);
  g_free (wt->w);
  g_free (wt->u);
}

static inline guint64
table_key (guint64 h)
{
  return h ? h : 1;
}

static gint64
weights_find (const Weights *wt,
              guint64        h)
{
  guint64 key = table_key (h);

  for (guint32 i = (guint32) key & wt->mask;; i = (i + 1) & wt->mask)
    {
      if (wt->keys[i] == key)
        return wt->rows[i];
      if (wt->keys[i] == 0)
        return -1;
    }
}

static void
weights_grow_table (Weights *wt)
{
  guint32 old_size = wt->mask + 1;
  guint64 *old_keys = wt->keys;
  guint32 *old_rows = wt->rows;

  wt->mask = old_size * 2 - 1;
  wt->keys = g_new0 (guint64, wt->mask + 1);
  wt->rows = g_new0 (guint32, wt->mask + 1);
  for (guint32 j = 0; j < old_size; j++)
    if (old_keys[j] != 0)
      {
        guint32 i = (guint32) old_keys[j] & wt->mask;

        while (wt->keys[i] != 0)
          i = (i + 1) & wt->mask;
        wt->keys[i] = old_keys[j];
        wt->rows[i] = old_rows[j];
      }
  g_free (old_keys);
  g_free (old_rows);
}

static guint32
weights_row (Weights *wt,
             guint64  h)
{
  guint64 key = table_key (h);
  guint32 i;

  for (i = (guint32) key & wt->mask;; i = (i + 1) & wt->mask)
    {
      if (wt->keys[i] == key)
        return wt->rows[i];
      if (wt->keys[i] == 0)
        break;
    }
  if (wt->n_rows == wt->n_alloc)
    {
      wt->n_alloc *= 2;
      wt->w = g_renew (float, wt->w, (gsize) wt->n_alloc * ENT_N_TAGS);
      wt->u = g_renew (float, wt->u, (gsize) wt->n_alloc * ENT_N_TAGS);
    }
  memset (wt->w + (gsize) wt->n_rows * ENT_N_TAGS, 0, ENT_N_TAGS * sizeof (float));
  memset (wt->u + (gsize) wt->n_rows * ENT_N_TAGS, 0, ENT_N_TAGS * sizeof (float));
  wt->keys[i] = key;
  wt->rows[i] = wt->n_rows;
  if ((wt->n_rows + 1) * 2 > wt->mask + 1)
    {
      guint32 row = wt->n_rows++;

      weights_grow_table (wt);
      return row;
    }
  return wt->n_rows++;
}

static void
weights_score (const Weights *wt,
               const guint64 *features,
               guint          n,
               float          scores[ENT_N_TAGS])
{
  memset (scores, 0, ENT_N_TAGS * sizeof (float));
  for (guint f = 0; f < n; f++)
    {
      gint64 row = weights_find (wt, features[f]);

      if (row >= 0)
        {
          const float *w = wt->w + row * ENT_N_TAGS;

          for (int t = 0; t < ENT_N_TAGS; t++)
            scores[t] += w[t];
        }
    }
}

static void
weights_update (Weights       *wt,
                const guint64 *features,
                guint          n,
                int            gold,
                int            predicted,
                double         step)
{
  for (guint f = 0; f < n; f++)
    {
      gsize row = weights_row (wt, features[f]) * (gsize) ENT_N_TAGS;

      wt->w[row + gold] += 1.f;
      wt->u[row + gold] += step;
      wt->w[row + predicted] -= 1.f;
      wt->u[row + predicted] -= step;
    }
}

/* Builds the bytes of a model file from the averaged weights. */
static GBytes *
weights_to_model (const Weights      *wt,
                  double              steps,
                  double              prune,
                  const EntGazetteer *gaz,
                  const EntClusters  *clusters,
                  guint              *n_features_out)
{
  g_autoptr(GArray) cluster_keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) cluster_values = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) slots = g_array_new (FALSE, TRUE, sizeof (guint64));
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) gaz_keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) gaz_bits = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree float *avg = g_new (float, (gsize) wt->n_rows * ENT_N_TAGS);
  g_autofree guint64 *row_keys = g_new0 (guint64, MAX (wt->n_rows, 1));
  float max_abs = 0.f, scale;
  guint n_kept = 0;
  guint32 n_slots = 16, mask;

  for (guint32 i = 0; i <= wt->mask; i++)
    if (wt->keys[i] != 0)
      row_keys[wt->rows[i]] = wt->keys[i];

  for (gsize k = 0; k < (gsize) wt->n_rows * ENT_N_TAGS; k++)
    {
      avg[k] = wt->w[k] - wt->u[k] / steps;
      max_abs = MAX (max_abs, fabsf (avg[k]));
    }
  scale = max_abs > 0.f ? max_abs / 32767.f : 1.f;
  if (prune < scale)
    prune = scale;

  for (guint32 r = 0; r < wt->n_rows; r++)
    {
      gboolean kept = FALSE;

      for (int t = 0; t < ENT_N_TAGS; t++)
        kept |= fabsf (avg[(gsize) r * ENT_N_TAGS + t]) >= prune;
      n_kept += kept;
    }
  while (n_slots < n_kept * 2)
    n_slots *= 2;
  mask = n_slots - 1;
  g_array_set_size (slots, n_slots);

  /* Rows in training order: the same seed gives the same file. */
  for (guint32 r = 0; r < wt->n_rows; r++)
    {
      guint32 start = pairs->len, count = 0, i;
      guint64 h = row_keys[r];

      for (int t = 0; t < ENT_N_TAGS; t++)
        {
          float a = avg[(gsize) r * ENT_N_TAGS + t];

          if (fabsf (a) >= prune)
            {
              guint32 p = ENT_PAIR_MAKE (t, lrintf (a / scale));

              g_array_append_val (pairs, p);
              count++;
            }
        }
      if (count == 0)
        continue;
      for (i = (guint32) h & mask; g_array_index (slots, guint64, i) != 0; i = (i + 1) & mask)
        ;
      g_array_index (slots, guint64, i) = ENT_SLOT_MAKE (ENT_SLOT_FINGERPRINT (h), start, count);
    }

  if (gaz != NULL)
    ent_gazetteer_compile (gaz, gaz_keys, gaz_bits);
  if (clusters != NULL)
    ent_clusters_compile (clusters, cluster_keys, cluster_values);
  if (n_features_out)
    *n_features_out = n_kept;
  return ent_model_serialize (scale, slots, pairs, gaz_keys, gaz_bits, cluster_keys, cluster_values);
}

/* Per-document data computed once for all epochs. */
typedef struct {
  EntTokenInfo *info;
  int          *predicted;
} DocCache;

static void
train_epoch (Weights          *wt,
             EntCorpus        *corpus,
             DocCache         *cache,
             const guint      *order,
             double           *step,
             guint            *errors)
{
  g_autoptr(EntHistory) history = ent_history_new ();
  guint64 features[ENT_MAX_FEATURES];
  float scores[ENT_N_TAGS];

  for (guint o = 0; o < corpus->docs->len; o++)
    {
      guint d = order[o];
      EntTrainDoc *doc = corpus->docs->pdata[d];
      const EntWord *words = (const EntWord *) doc->words->data;
      const int *gold = (const int *) doc->tags->data;
      int *tags = cache[d].predicted;
      EntTokenInfo *info = cache[d].info;
      guint n_words = doc->words->len, s = 0;

      ent_history_clear (history);
      while (s < n_words)
        {
          guint e = s + 1;

          while (e < n_words && !(words[e].flags & WINNOW_TOKEN_FLAG_SENTENCE_START))
            e++;
          for (guint i = s; i < e; i++)
            {
              guint n = ent_features_extract (info, n_words, i, s, e, tags, history, features);
              int prev = i > s ? tags[i - 1] : ENT_TAG_O;
              int guess;

              weights_score (wt, features, n, scores);
              guess = ent_decide_tag (scores, prev, i + 1 == e, 1.f, NULL);
              *step += 1;
              if (guess != gold[i])
                {
                  (*errors)++;
                  weights_update (wt, features, n, gold[i], guess, *step);
                  /* Go on from the gold tag when it can follow what was
                   * predicted, otherwise from the guess. */
                  if (!g_getenv ("ENT_NO_FORCE") && ent_tag_allowed (prev, gold[i], i + 1 == e))
                    guess = gold[i];
                }
              tags[i] = guess;
            }
          for (guint i = s; i < e; i++)
            if (info[i].is_word && info[i].caps != ENT_CAPS_LOWER)
              ent_history_add (history, info[i].lower, tags[i]);
          s = e;
        }
    }
}

/* The temperature whose mention scores (the lowest confidence of their
 * words) best predict whether a mention is right, by the Brier score on
 * @corpus: so that min-score means something. */
static float
calibrate_temperature (EntModel  *model,
                       EntCorpus *corpus,
                       gboolean   verbose)
{
  static const float grid[] = { 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 32, 48, 64 };
  float best = 1.f;
  double best_brier = G_MAXDOUBLE;

  for (guint g = 0; g < G_N_ELEMENTS (grid); g++)
    {
      double brier = 0;
      guint n = 0;

      ent_model_set_temperature (model, grid[g]);
      for (guint d = 0; d < corpus->docs->len; d++)
        {
          EntTrainDoc *doc = corpus->docs->pdata[d];
          g_autofree int *tags = g_new0 (int, MAX (doc->words->len, 1));
          g_autofree float *conf = g_new0 (float, MAX (doc->words->len, 1));
          g_autoptr(GArray) found = NULL;
          g_autoptr(GArray) gold = NULL;

          ent_tag_words (model, (const EntWord *) doc->words->data, doc->words->len, tags, conf);
          found = ent_tags_to_mentions (tags, conf, doc->words->len);
          gold = ent_tags_to_mentions ((const int *) doc->tags->data, NULL, doc->words->len);
          for (guint i = 0; i < found->len; i++)
            {
              const EntMention *m = &g_array_index (found, EntMention, i);
              gboolean right = FALSE;

              for (guint j = 0; j < gold->len && !right; j++)
                {
                  const EntMention *gm = &g_array_index (gold, EntMention, j);
                  right = gm->start == m->start && gm->end == m->end && gm->cls == m->cls;
                }
              brier += (m->score - right) * (m->score - right);
              n++;
            }
        }
      brier /= MAX (n, 1);
      if (verbose)
        g_printerr ("temperature %g: Brier score %.4f\n", grid[g], brier);
      if (brier < best_brier)
        {
          best_brier = brier;
          best = grid[g];
        }
    }
  return best;
}

/* Trains a model on @corpus and writes it to @output. */
gboolean
ent_train (EntCorpus             *corpus,
           const EntGazetteer    *gaz,
           const EntClusters     *clusters,
           const EntTrainOptions *options,
           const char            *output,
           GError               **error)
{
  g_autoptr(GBytes) gaz_only = NULL;
  g_autoptr(EntModel) gaz_model = NULL;
  g_autofree guint *order = g_new (guint, corpus->docs->len);
  g_autofree DocCache *cache = g_new0 (DocCache, corpus->docs->len);
  g_autoptr(GBytes) bytes = NULL;
  Weights combined;
  guint n_models = MAX (options->ensemble, 1);
  guint n_features = 0;
  gboolean ok;

  if (ent_corpus_n_words (corpus) == 0)
    {
      g_set_error (error, ENT_MODEL_ERROR, ENT_MODEL_ERROR_INPUT, "No training data");
      return FALSE;
    }

  /* The gazetteer as the model will hold it, to compute the token facts. */
  {
    g_autoptr(GArray) empty32 = g_array_new (FALSE, FALSE, sizeof (guint32));
    g_autoptr(GArray) one = g_array_new (FALSE, TRUE, sizeof (guint64));
    g_autoptr(GArray) gaz_keys = g_array_new (FALSE, FALSE, sizeof (guint64));
    g_autoptr(GArray) gaz_bits = g_array_new (FALSE, FALSE, sizeof (guint32));
    g_autoptr(GArray) cluster_keys = g_array_new (FALSE, FALSE, sizeof (guint64));
    g_autoptr(GArray) cluster_values = g_array_new (FALSE, FALSE, sizeof (guint32));

    g_array_set_size (one, 1);
    if (gaz != NULL)
      ent_gazetteer_compile (gaz, gaz_keys, gaz_bits);
    if (clusters != NULL)
      ent_clusters_compile (clusters, cluster_keys, cluster_values);
    gaz_only = ent_model_serialize (1.f, one, empty32, gaz_keys, gaz_bits, cluster_keys, cluster_values);
    gaz_model = ent_model_new_from_bytes (gaz_only, error);
    if (gaz_model == NULL)
      return FALSE;
  }

  for (guint d = 0; d < corpus->docs->len; d++)
    {
      EntTrainDoc *doc = corpus->docs->pdata[d];

      order[d] = d;
      cache[d].info = g_new (EntTokenInfo, MAX (doc->words->len, 1));
      cache[d].predicted = g_new0 (int, MAX (doc->words->len, 1));
      ent_token_info_compute ((const EntWord *) doc->words->data, doc->words->len,
                              ent_model_get_gazetteer (gaz_model),
                              ent_model_get_clusters (gaz_model), cache[d].info);
    }

  /* Each model of the ensemble sees the documents in another order; their
   * averaged weights are averaged again, which evens out the luck of the
   * order at no cost when tagging. */
  weights_init (&combined);
  for (guint m = 0; m < n_models; m++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (options->seed + m);
      Weights wt;
      double step = 0;

      for (guint d = 0; d < corpus->docs->len; d++)
        order[d] = d;
      weights_init (&wt);
      for (guint epoch = 1; epoch <= options->epochs; epoch++)
        {
          guint errors = 0;

          /* Fisher-Yates with the seeded generator. */
          for (guint i = corpus->docs->len; i > 1; i--)
            {
              guint j = g_rand_int_range (rand, 0, i);
              guint tmp = order[i - 1];

              order[i - 1] = order[j];
              order[j] = tmp;
            }
          train_epoch (&wt, corpus, cache, order, &step, &errors);

          if (options->verbose)
            g_printerr ("model %u, epoch %u: %u errors, %u features\n", m + 1, epoch, errors, wt.n_rows);
          if (options->dev != NULL && options->verbose && n_models == 1)
            {
              g_autoptr(GBytes) snapshot = weights_to_model (&wt, step, options->prune, gaz, clusters, &n_features);
              g_autoptr(EntModel) model = ent_model_new_from_bytes (snapshot, NULL);
              EntEval eval = { { 0, }, };

              ent_evaluate (model, options->dev, &eval);
              g_printerr ("epoch %u: dev F1 %.2f (%u features kept, %.1f MB)\n", epoch,
                          100 * ent_eval_f1 (&eval, -1), n_features,
                          g_bytes_get_size (snapshot) / 1e6);
            }
        }

      for (guint32 i = 0; i <= wt.mask; i++)
        if (wt.keys[i] != 0)
          {
            const float *w = wt.w + (gsize) wt.rows[i] * ENT_N_TAGS;
            const float *u = wt.u + (gsize) wt.rows[i] * ENT_N_TAGS;
            float *c = combined.w + (gsize) weights_row (&combined, wt.keys[i]) * ENT_N_TAGS;

            for (int t = 0; t < ENT_N_TAGS; t++)
              c[t] += (w[t] - u[t] / step) / n_models;
          }
      weights_clear (&wt);
    }

  if (options->dev != NULL)
    {
      g_autoptr(GBytes) snapshot = weights_to_model (&combined, 1.0, options->prune, gaz, clusters, &n_features);
      g_autoptr(EntModel) model = ent_model_new_from_bytes (snapshot, NULL);
      EntEval eval = { { 0, }, };

      ent_evaluate (model, options->dev, &eval);
      g_printerr ("dev F1 %.2f (%u features kept, %.1f MB)\n",
                  100 * ent_eval_f1 (&eval, -1), n_features, g_bytes_get_size (snapshot) / 1e6);
      ent_eval_print (&eval, stderr);
    }

  /* The combined weights are plain weights: no accumulated updates. */
  bytes = weights_to_model (&combined, 1.0, options->prune, gaz, clusters, &n_features);
  if (options->calibrate != NULL)
    {
      g_autoptr(EntModel) model = ent_model_new_from_bytes (bytes, error);
      GBytes *calibrated;
      float temperature;

      if (model == NULL)
        return FALSE;
      temperature = calibrate_temperature (model, options->calibrate, options->verbose);
      calibrated = ent_model_bytes_set_temperature (bytes, temperature);
      g_bytes_unref (bytes);
      bytes = calibrated;
    }
  if (options->verbose)
    g_printerr ("model: %u features, %" G_GSIZE_FORMAT " bytes\n",
                n_features, g_bytes_get_size (bytes));
  ok = ent_model_write (output, bytes, error);

  for (guint d = 0; d < corpus->docs->len; d++)
    {
      g_free (cache[d].info);
      g_free (cache[d].predicted);
    }
  weights_clear (&combined);
  return ok;
}
