/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* The headline of flattened text, chosen by a learned line scorer: plain
 * text has no <title> and no heading levels, so the shape of each line,
 * its place before the body and the content probabilities around it are
 * all there is (bench/boilerplate/train-title.py learns the weights). */

#include "bp-private.h"

G_BEGIN_DECLS

/* The number and names of the features of a candidate line. */
guint        bp_title_feature_count (void);
const char  *bp_title_feature_name  (guint index);

/* The headline candidates of @page (the lines shaped like one): their
 * block indices into @index and their features into @rows
 * (bp_title_feature_count() floats each; both sized for every block of
 * the page). @p_content gives each block's probability of being content.
 * Returns how many. */
guint        bp_title_rows          (WinnowDocument *document,
                                     const BpPage   *page,
                                     const double   *p_content,
                                     guint          *index,
                                     float          *rows);

/* The line scorer, in bp-model.c's format ("text-title" input). */
BpModel     *bp_model_load_title    (const char   *path,
                                     GError      **error);

/* The index of the headline of a plain-text @page, or -1: the candidate
 * line @model finds likeliest, if at least BP_TEXT_TITLE_MIN. */
#define BP_TEXT_TITLE_MIN 0.05
int          bp_find_text_title     (WinnowDocument *document,
                                     const BpPage   *page,
                                     const double   *p_content,
                                     const BpModel  *model);

G_END_DECLS
