/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* conlleval-style scoring: a mention counts when its words and class match
 * a gold mention exactly. */

#include <stdio.h>

#include "entities-private.h"

void
ent_eval_add (EntEval   *eval,
              const int *gold,
              const int *predicted,
              guint      n_words)
{
  g_autoptr(GArray) g = ent_tags_to_mentions (gold, NULL, n_words);
  g_autoptr(GArray) p = ent_tags_to_mentions (predicted, NULL, n_words);
  guint j = 0;

  for (guint i = 0; i < g->len; i++)
    eval->gold[g_array_index (g, EntMention, i).cls]++;
  for (guint i = 0; i < p->len; i++)
    {
      const EntMention *m = &g_array_index (p, EntMention, i);

      eval->predicted[m->cls]++;
      while (j < g->len && g_array_index (g, EntMention, j).start < m->start)
        j++;
      if (j < g->len)
        {
          const EntMention *gm = &g_array_index (g, EntMention, j);

          if (gm->start == m->start && gm->end == m->end && gm->cls == m->cls)
            eval->correct[m->cls]++;
        }
    }
}

static void
totals (const EntEval *eval,
        int            cls,
        guint         *gold,
        guint         *predicted,
        guint         *correct)
{
  *gold = *predicted = *correct = 0;
  for (int c = 0; c < ENT_N_CLASSES; c++)
    if (cls < 0 || c == cls)
      {
        *gold += eval->gold[c];
        *predicted += eval->predicted[c];
        *correct += eval->correct[c];
      }
}

/* F1 of class @cls, or overall when @cls is -1. */
double
ent_eval_f1 (const EntEval *eval,
             int            cls)
{
  guint g, p, c;

  totals (eval, cls, &g, &p, &c);
  return (g + p) > 0 ? 2.0 * c / (g + p) : 0.0;
}

void
ent_eval_print (const EntEval *eval,
                FILE          *out)
{
  fprintf (out, "%-8s %9s %9s %9s %7s %7s\n", "class", "gold", "found", "correct",
           "prec", "recall");
  for (int cls = -1; cls < ENT_N_CLASSES; cls++)
    {
      guint g, p, c;

      totals (eval, cls, &g, &p, &c);
      fprintf (out, "%-8s %9u %9u %9u %7.2f %7.2f  F1 %6.2f\n",
               cls < 0 ? "overall" : ent_class_name (cls), g, p, c,
               p ? 100.0 * c / p : 0.0, g ? 100.0 * c / g : 0.0,
               100.0 * ent_eval_f1 (eval, cls));
    }
}

/* Tags every document of @corpus and scores it against the gold tags. */
void
ent_evaluate (EntModel  *model,
              EntCorpus *corpus,
              EntEval   *eval)
{
  for (guint d = 0; d < corpus->docs->len; d++)
    {
      EntTrainDoc *doc = corpus->docs->pdata[d];
      g_autofree int *tags = g_new0 (int, MAX (doc->words->len, 1));

      ent_tag_words (model, (const EntWord *) doc->words->data, doc->words->len, tags, NULL);
      ent_eval_add (eval, (const int *) doc->tags->data, tags, doc->words->len);
    }
}
