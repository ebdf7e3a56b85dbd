/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The headline: the heading (or, in plain text, the short line) that best
 * matches the page's <title>, sits just before the content and looks like
 * a headline — a short line without final punctuation, often repeated. */

#include "bp-private.h"

#include <math.h>

#define TITLE_THRESHOLD 0.5
#define MAX_TITLE_WORDS 40

static int
first_content (const BpPage *page,
               const double *p_content)
{
  for (guint i = 0; i < page->n_blocks; i++)
    if (p_content[i] >= 0.5 && page->info[i].text.words >= 8)
      return (int) i;
  return -1;
}

static double
headline_shape (const BpTextStats *t)
{
  double s = 0;

  if (t->words < 2 && t->cjk < 4)
    return -1;
  if (t->words > MAX_TITLE_WORDS)
    return -1;
  if (t->separators > 1 || t->has_counter || t->has_copyright)
    return -1;
  if (!t->ends_with_punct || t->sentence_ends == 0)
    s += 0.2;
  if (t->widget_words * 3 > t->words)
    s -= 0.5;
  return s;
}

int
bp_find_title (WinnowDocument *document,
               const BpPage   *page,
               const double   *p_content)
{
  GPtrArray *blocks = winnow_document_get_blocks (document);
  int content = first_content (page, p_content);
  int best = -1;
  double best_score = TITLE_THRESHOLD;

  for (guint i = 0; i < page->n_blocks; i++)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, i);
      const BpBlockInfo *bi = &page->info[i];
      double shape = headline_shape (&bi->text);
      double s;

      if (shape < 0)
        continue;
      s = shape + 1.5 * bi->title_match;
      if (page->html)
        {
          guint level = winnow_block_get_kind (block) == WINNOW_BLOCK_KIND_HEADING
                        ? winnow_block_get_heading_level (block) : 0;

          if (level == 1)
            s += 0.8;
          else if (level == 2)
            s += 0.3;
          else if (level == 0 && bi->title_match < 0.6)
            continue;
          if (bi->own_hints & (1u << BP_HINT_TITLE))
            s += 0.2;
          if (bi->in_main)
            s += 0.2;
          if (bi->link_density > 0.5)
            s -= 0.8;
          if (bi->ancestor_hints & ((1u << BP_HINT_NAV) | (1u << BP_HINT_FOOTER)
                                    | (1u << BP_HINT_SIDEBAR) | (1u << BP_HINT_RELATED)))
            s -= 0.6;
        }
      else
        {
          if (bi->repeated)
            s += 0.4;
          if (bi->text.words >= 3 && bi->text.capitalized * 2 >= bi->text.words)
            s += 0.1;
        }
      /* the headline comes shortly before the body, rarely after it */
      if (content >= 0)
        {
          int d = content - (int) i;

          if (d > 0)
            s += 0.6 * exp (-(d - 1) / 6.0);
          else if (d < 0)
            s -= 0.2 + 0.02 * MIN (-d, 20);
        }
      if (s > best_score)
        {
          best_score = s;
          best = (int) i;
        }
    }
  return best;
}
