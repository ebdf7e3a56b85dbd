/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The second look: the block network's probabilities in their context.
 * A block's neighbours, its list or thread and the page as a whole say
 * what the block alone cannot (a price among kept items, a lone link
 * among prose); a small network stacked on the first (trained by
 * bench/boilerplate/train.py on the first one's cross-validated outputs)
 * reads these rows. */

#include "bp-private.h"

#include <math.h>

static const char * const context_feature_names[] = {
  "logit", "window-p", "prev-p", "next-p", "page-p", "page-kept-share",
  "group-p", "in-group", "group-share", "in-top-group", "top-group-p",
  "log-words", "in-strong-span", "log-dist-strong",
};

/* a block the network is sure of, and long enough to be the body's */
#define STRONG_P     0.8
#define STRONG_WORDS 10

guint
bp_context_count (void)
{
  return G_N_ELEMENTS (context_feature_names);
}

const char *
bp_context_feature_name (guint index)
{
  return index < G_N_ELEMENTS (context_feature_names) ? context_feature_names[index] : NULL;
}

void
bp_context_features (const BpPage *page,
                     const double *p,
                     float        *rows)
{
  guint n = page->n_blocks, nc = bp_context_count ();
  g_autofree double *group_pw = g_new0 (double, MAX (n, 1));
  g_autofree double *group_w = g_new0 (double, MAX (n, 1));
  g_autofree int *dist_strong = g_new (int, MAX (n, 1));
  double page_pw = 0, page_w = 0, kept_words = 0, words = 0, top_pw = 0, top_w = 0;
  int first_strong = -1, last_strong = -1;

  for (guint i = 0; i < n; i++)
    {
      const BpBlockInfo *bi = &page->info[i];
      double w = bi->text.words + 0.1;

      page_pw += p[i] * w;
      page_w += w;
      words += bi->text.words;
      if (p[i] >= 0.5)
        kept_words += bi->text.words;
      if (bi->group > 0)
        {
          group_pw[bi->group - 1] += p[i] * w;
          group_w[bi->group - 1] += w;
        }
      if (bi->in_top_group)
        {
          top_pw += p[i] * w;
          top_w += w;
        }
      if (p[i] >= STRONG_P && bi->text.words >= STRONG_WORDS)
        {
          if (first_strong < 0)
            first_strong = i;
          last_strong = i;
        }
    }
  /* how far, in blocks, the nearest block that surely is the body's */
  {
    int last = -1000000;

    for (guint i = 0; i < n; i++)
      {
        if (p[i] >= STRONG_P && page->info[i].text.words >= STRONG_WORDS)
          last = i;
        dist_strong[i] = i - last;
      }
    last = 1000000;
    for (guint i = n; i-- > 0;)
      {
        if (p[i] >= STRONG_P && page->info[i].text.words >= STRONG_WORDS)
          last = i;
        dist_strong[i] = MIN (dist_strong[i], last - (int) i);
      }
  }

  for (guint i = 0; i < n; i++)
    {
      const BpBlockInfo *bi = &page->info[i];
      float *x = rows + (gsize) i * nc;
      double q = CLAMP (p[i], 1e-3, 1 - 1e-3);
      double wpw = 0, ww = 0;
      guint k = 0;

      for (guint j = i >= 3 ? i - 3 : 0; j <= i + 3 && j < n; j++)
        {
          double w = page->info[j].text.words + 0.1;

          wpw += p[j] * w;
          ww += w;
        }
      x[k++] = log (q / (1 - q));
      x[k++] = wpw / ww;
      x[k++] = i > 0 ? p[i - 1] : 0;
      x[k++] = i + 1 < n ? p[i + 1] : 0;
      x[k++] = page_pw / page_w;
      x[k++] = words > 0 ? kept_words / words : 0;
      x[k++] = bi->group > 0 ? group_pw[bi->group - 1] / group_w[bi->group - 1] : p[i];
      x[k++] = bi->group > 0;
      x[k++] = bi->group > 0 && words > 0 ? MIN (1.0, group_w[bi->group - 1] / (words + 0.1 * n)) : 0;
      x[k++] = bi->in_top_group;
      x[k++] = bi->in_top_group && top_w > 0 ? top_pw / top_w : 0;
      x[k++] = log1p (bi->text.words);
      x[k++] = first_strong >= 0 && (int) i >= first_strong && (int) i <= last_strong;
      x[k++] = log1p (MIN (dist_strong[i], 1000));
      g_assert (k == nc);
    }
}
