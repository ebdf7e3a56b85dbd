/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* The headline of flattened text, chosen by a learned line scorer: plain
 * text has no <title> and no heading levels, so the shape of each line,
 * its place before the body and the content probabilities around it are
 * all there is (bench/boilerplate/train-title.py learns the weights). */

#include "bp-private.h"

G_BEGIN_DECLS

/* The words and repeats of a page's lines (bp-line-context.c). */
typedef struct _BpLineContext BpLineContext;

BpLineContext *bp_line_context_new    (WinnowDocument      *document,
                                       const BpPage        *page,
                                       const BpStopwords   *stopwords);
void           bp_line_context_free   (BpLineContext       *self);
/* The share of the content words of block @index (no stop words, at
 * least three letters) that some block of [@first, @last] with at least
 * @min_words words holds too; 0 for a line without content words. */
double         bp_line_context_overlap (const BpLineContext *self,
                                        guint                index,
                                        int                  first,
                                        int                  last,
                                        guint                min_words);
/* How many other blocks before and after block @index have its text. */
void           bp_line_context_copies (const BpLineContext *self,
                                       guint                index,
                                       guint               *before,
                                       guint               *after);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpLineContext, bp_line_context_free)

/* The number and names of the features of a candidate line. */
guint        bp_title_feature_count (void);
const char  *bp_title_feature_name  (guint index);

/* The headline candidates of @page (the lines shaped like one): their
 * block indices into @index and their features into @rows
 * (bp_title_feature_count() floats each; both sized for every block of
 * the page). @stopwords tells the words that say nothing of the topic
 * (may be NULL). @p_content gives each block's probability of being content.
 * Returns how many. */
guint        bp_title_rows          (WinnowDocument *document,
                                     const BpPage   *page,
                                     const BpStopwords *stopwords,
                                     const double   *p_content,
                                     guint          *index,
                                     float          *rows);

/* The line scorer, in bp-model.c's format ("text-title" input). */
BpModel     *bp_model_load_title    (const char   *path,
                                     GError      **error);

/* The index of the headline of a plain-text @page, or -1: the candidate
 * line @model finds likeliest, if at least BP_TEXT_TITLE_MIN. */
#define BP_TEXT_TITLE_MIN 0.02
int          bp_find_text_title     (WinnowDocument *document,
                                     const BpPage   *page,
                                     const BpStopwords *stopwords,
                                     const double   *p_content,
                                     const BpModel  *model);

G_END_DECLS
