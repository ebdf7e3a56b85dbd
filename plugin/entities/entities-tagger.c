/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Greedy left-to-right decoding over BILOU tags (Ratinov & Roth found it
 * nearly as good as Viterbi, and it is much faster), with the transitions
 * that make no sense (I after O, a sentence ending inside a name) ruled
 * out, and a document-level history of the labels given so far. */

#include <math.h>
#include <string.h>

#include "entities-private.h"

/* Whether @tag may follow @prev (ENT_TAG_O at a sentence start) when the
 * word is or is not the last of its sentence. */
gboolean
ent_tag_allowed (int      prev,
                 int      tag,
                 gboolean last)
{
  gboolean open = prev != ENT_TAG_O &&
                  (ENT_TAG_POS (prev) == ENT_POS_B || ENT_TAG_POS (prev) == ENT_POS_I);

  if (open)
    return tag != ENT_TAG_O && ENT_TAG_CLASS (tag) == ENT_TAG_CLASS (prev) &&
           (ENT_TAG_POS (tag) == ENT_POS_L || (ENT_TAG_POS (tag) == ENT_POS_I && !last));
  return tag == ENT_TAG_O || ENT_TAG_POS (tag) == ENT_POS_U ||
         (ENT_TAG_POS (tag) == ENT_POS_B && !last);
}

/* The best allowed tag and its probability under a softmax of the allowed
 * scores. */
/* allowed[prev][last]: the tags that may follow @prev, as bits. */
static guint32 allowed_masks[ENT_N_TAGS][2];

static void
init_allowed_masks (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (int prev = 0; prev < ENT_N_TAGS; prev++)
        for (int last = 0; last < 2; last++)
          {
            guint32 mask = 0;

            for (int t = 0; t < ENT_N_TAGS; t++)
              if (ent_tag_allowed (prev, t, last))
                mask |= 1u << t;
            allowed_masks[prev][last] = mask;
          }
      g_once_init_leave (&done, 1);
    }
}

int
ent_decide_tag (const float *scores,
                int          prev,
                gboolean     last,
                float        temperature,
                float       *confidence)
{
  guint32 mask;
  int best = -1;
  float sum = 0.f;

  init_allowed_masks ();
  mask = allowed_masks[prev][last ? 1 : 0];
  for (int t = 0; t < ENT_N_TAGS; t++)
    if ((mask & (1u << t)) && (best < 0 || scores[t] > scores[best]))
      best = t;
  if (confidence != NULL)
    {
      for (int t = 0; t < ENT_N_TAGS; t++)
        {
          float d = (scores[t] - scores[best]) / temperature;

          /* Tags far behind add nothing a float can hold. */
          if ((mask & (1u << t)) && d > -30.f)
            sum += expf (d);
        }
      *confidence = 1.f / sum;
    }
  return best;
}

/* Tags @words (a document, or a part of one that is tagged as a whole) into
 * @tags; @confidence (nullable) gets each tag's probability. */
void
ent_tag_words (EntModel      *model,
               const EntWord *words,
               guint          n_words,
               int           *tags,
               float         *confidence)
{
  g_autofree EntTokenInfo *info = g_new (EntTokenInfo, n_words);
  g_autoptr(EntHistory) history = ent_history_new ();
  guint64 buffers[2][ENT_MAX_FEATURES];
  guint64 *current = buffers[0], *next = buffers[1];
  guint64 dynamic[ENT_MAX_FEATURES], found[ENT_MAX_FEATURES];
  guint n_next;
  float scores[ENT_N_TAGS];
  float temperature = ent_model_get_temperature (model);
  float scale = ent_model_get_scale (model);
  guint s = 0;

  ent_token_info_compute (words, n_words, ent_model_get_gazetteer (model),
                          ent_model_get_clusters (model), info);

  while (s < n_words)
    {
      guint e = s + 1;

      while (e < n_words && !(words[e].flags & WINNOW_TOKEN_FLAG_SENTENCE_START))
        e++;
      /* A word's features that do not depend on the tags before it are
       * computed, and their weights fetched, one word ahead. */
      n_next = ent_features_static (info, s, s, e, next);
      ent_model_prefetch (model, next, n_next);
      for (guint i = s; i < e; i++)
        {
          gint32 acc[ENT_N_TAGS] = { 0, };
          guint64 *swap = current;
          guint n_current = n_next, n_found, n_dynamic;

          current = next;
          next = swap;
          n_found = ent_model_lookup (model, current, n_current, found);
          if (i + 1 < e)
            {
              n_next = ent_features_static (info, i + 1, s, e, next);
              ent_model_prefetch (model, next, n_next);
            }
          n_dynamic = ent_features_dynamic (info, i, s, tags, history, dynamic);
          n_found += ent_model_lookup (model, dynamic, n_dynamic, found + n_found);
          ent_model_accumulate (model, found, n_found, acc);
          for (int t = 0; t < ENT_N_TAGS; t++)
            scores[t] = acc[t] * scale;
          tags[i] = ent_decide_tag (scores, i > s ? tags[i - 1] : ENT_TAG_O, i + 1 == e,
                                    temperature, confidence ? &confidence[i] : NULL);
        }
      for (guint i = s; i < e; i++)
        if (info[i].is_word && info[i].caps != ENT_CAPS_LOWER)
          ent_history_add (history, info[i].lower, tags[i]);
      s = e;
    }
}

/* The mentions (B..L or U runs) of a tag sequence; the score of a mention
 * is the lowest confidence of its tags (1 without @confidence). */
GArray *
ent_tags_to_mentions (const int   *tags,
                      const float *confidence,
                      guint        n_words)
{
  GArray *mentions = g_array_new (FALSE, FALSE, sizeof (EntMention));

  for (guint i = 0; i < n_words; i++)
    {
      EntMention m;
      guint j;

      if (tags[i] == ENT_TAG_O)
        continue;
      m.start = i;
      m.cls = ENT_TAG_CLASS (tags[i]);
      m.score = confidence ? confidence[i] : 1.f;
      j = i;
      if (ENT_TAG_POS (tags[i]) == ENT_POS_B || ENT_TAG_POS (tags[i]) == ENT_POS_I)
        {
          while (j + 1 < n_words && tags[j + 1] != ENT_TAG_O &&
                 ENT_TAG_CLASS (tags[j + 1]) == (int) m.cls &&
                 (ENT_TAG_POS (tags[j + 1]) == ENT_POS_I || ENT_TAG_POS (tags[j + 1]) == ENT_POS_L))
            {
              j++;
              if (confidence)
                m.score = MIN (m.score, confidence[j]);
              if (ENT_TAG_POS (tags[j]) == ENT_POS_L)
                break;
            }
        }
      m.end = j + 1;
      g_array_append_val (mentions, m);
      i = j;
    }
  return mentions;
}
