/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Gradient-boosted decision trees over the block features (bp-trees.c),
 * blended with the block network: another view of the same row, with
 * thresholds and interactions the network learns less easily. */

#include "bp-private.h"

G_BEGIN_DECLS

typedef struct _BpTrees BpTrees;

/* Trees for HTML (@html) or plain-text input, over the features the code
 * computes, read from the file bench/boilerplate/train.py writes. */
BpTrees *bp_trees_load  (const char     *path,
                         gboolean        html,
                         GError        **error);
void     bp_trees_free  (BpTrees        *self);
/* The trees' log-odds that the blocks of rows @index[0 … @n) of @rows
 * (@stride floats apart) are content, into @out[0 … @n). */
void     bp_trees_logits     (const BpTrees  *self,
                              const float    *rows,
                              gsize           stride,
                              const guint    *index,
                              guint           n,
                              double         *out);
/* The network's probabilities @p of the blocks of @page (those with words)
 * blended with the trees' verdicts, as the file says (a weighted mean of
 * the log-odds). */
void     bp_trees_blend_page (const BpTrees  *self,
                              const BpPage   *page,
                              double         *p);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpTrees, bp_trees_free)

G_END_DECLS
