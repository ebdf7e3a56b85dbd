/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The headline: the heading (or, in plain text, the short line) that best
 * matches the page's <title>, sits just before the content and looks like
 * a headline — a short line without final punctuation, often repeated. */

#include "bp-private.h"
#include "bp-title-private.h"

#include <math.h>
#include <string.h>

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

/* ---- flattened text: the learned line scorer ----------------------------- */

static const char * const title_features[] = {
  "log-words", "ends-with-punct", "has-sentence-end", "capital-share", "digit-share",
  "stop-share", "widget-share", "separators", "repeated", "p-content",
  "next-p", "prev-p", "before-body", "after-body", "position",
  "byline-word", "date-like", "headline-length", "long-line", "starts-upper",
  "byline-below", "date-below", "date-above", "body-overlap", "long-overlap",
  "prev-overlap", "question", "ends-period", "copies-before", "copies-after",
  "next-long",
};

/* How far the context features look, in blocks (lines of plain text). */
#define NEAR_LINES 4
#define DATE_ABOVE_LINES 3
#define BODY_LINES 80
#define LONG_BODY_LINES 120
#define LONG_LINE_WORDS 15
#define PREV_LINES 40
#define NEXT_LONG_LINES 30
#define PARAGRAPH_WORDS 25

guint
bp_title_feature_count (void)
{
  return G_N_ELEMENTS (title_features);
}

const char *
bp_title_feature_name (guint index)
{
  return index < G_N_ELEMENTS (title_features) ? title_features[index] : NULL;
}

/* "By …", "Posted …": a byline, not a headline. */
static gboolean
starts_with_byline_word (const char *s,
                         gsize       n)
{
  static const char * const words[] = {
    "by", "posted", "written", "published", "updated", "author", "von", "par", "por",
    "door", "autor", "auteur",
  };
  gsize w = 0;

  while (w < n && g_ascii_isalpha (s[w]))
    w++;
  if (w == 0 || (w < n && s[w] != ' ' && s[w] != ':'))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strlen (words[i]) == w && g_ascii_strncasecmp (s, words[i], w) == 0)
      return TRUE;
  return FALSE;
}

/* A year of this or the last century ("March 12, 2025", "2019-07-25"). */
static gboolean
has_year (const char *s,
          gsize       n)
{
  for (gsize i = 0; i + 4 <= n; i++)
    if ((i == 0 || !g_ascii_isdigit (s[i - 1])) &&
        ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')) &&
        g_ascii_isdigit (s[i + 2]) && g_ascii_isdigit (s[i + 3]) &&
        (i + 4 == n || !g_ascii_isdigit (s[i + 4])))
      return TRUE;
  return FALSE;
}

/* A short line giving a date: a year with a month's name (English or its
 * abbreviation) or in a numeric date ("12.03.2025", "2025-03-12"). */
static gboolean
is_date_line (const char        *s,
              gsize              n,
              const BpTextStats *t)
{
  static const char * const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  };

  if (t->words > 10 || !has_year (s, n))
    return FALSE;
  for (gsize i = 0; i + 2 < n; i++)
    {
      if (g_ascii_isalpha (s[i]) && (i == 0 || !g_ascii_isalpha (s[i - 1])))
        {
          for (guint m = 0; m < G_N_ELEMENTS (months); m++)
            if (g_ascii_strncasecmp (s + i, months[m], 3) == 0)
              return TRUE;
        }
      else if (g_ascii_isdigit (s[i]) && (s[i + 1] == '.' || s[i + 1] == '-' || s[i + 1] == '/')
               && g_ascii_isdigit (s[i + 2]))
        return TRUE;
    }
  return FALSE;
}

/* Whether one of the blocks [first, last] (clipped to the page) is a date
 * line, or, with @byline, starts with a byline word. */
static gboolean
near_line (const BpPage *page,
           const char   *text,
           GPtrArray    *blocks,
           int           first,
           int           last,
           gboolean      byline)
{
  for (int j = MAX (first, 0); j <= last && j < (int) page->n_blocks; j++)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, j);
      const char *s = text + winnow_block_get_start (block);
      gsize n = winnow_block_get_end (block) - winnow_block_get_start (block);

      if (byline ? starts_with_byline_word (s, n) : is_date_line (s, n, &page->info[j].text))
        return TRUE;
    }
  return FALSE;
}

static double
max_p_around (const BpPage *page,
              const double *p_content,
              guint         index,
              int           step)
{
  double best = 0.0;
  guint seen = 0;

  for (int j = (int) index + step; j >= 0 && j < (int) page->n_blocks && seen < 3; j += step)
    if (page->info[j].text.words > 0)
      {
        best = MAX (best, p_content[j]);
        seen++;
      }
  return best;
}

/* The features of block @index as a headline, into @x; @content is the
 * page's first block of content (first_content()). */
static void
headline_features (const BpPage        *page,
                   const BpLineContext *lines,
                   const double        *p_content,
                   int                  content,
                   const char          *text,
                   GPtrArray           *blocks,
                   guint                index,
                   float               *x)
{
  const BpBlockInfo *bi = &page->info[index];
  const BpTextStats *t = &bi->text;
  WinnowBlock *block = g_ptr_array_index (blocks, index);
  const char *s = text + winnow_block_get_start (block);
  gsize n = winnow_block_get_end (block) - winnow_block_get_start (block);
  double words = MAX (t->words, 1);
  guint k = 0;

  x[k++] = log1p (t->words);
  x[k++] = t->ends_with_punct;
  x[k++] = t->sentence_ends > 0;
  x[k++] = t->capitalized / words;
  x[k++] = t->chars ? (double) t->digits / t->chars : 0.0;
  x[k++] = t->stop_words / words;
  x[k++] = t->widget_words / words;
  x[k++] = t->separators > 0;
  x[k++] = bi->repeated;
  x[k++] = p_content[index];
  x[k++] = max_p_around (page, p_content, index, 1);
  x[k++] = max_p_around (page, p_content, index, -1);
  {
    int d = content - (int) index;

    x[k++] = content >= 0 && d > 0 ? exp (-(d - 1) / 6.0) : 0.0;
    x[k++] = content >= 0 && d < 0 ? MIN (-d, 20) / 20.0 : 0.0;
  }
  x[k++] = page->n_blocks > 1 ? (double) index / (page->n_blocks - 1) : 0.0;
  x[k++] = starts_with_byline_word (s, n);
  x[k++] = t->words <= 8 && has_year (s, n);
  x[k++] = t->words >= 4 && t->words <= 20;
  x[k++] = t->chars > 150;
  {
    gunichar c = n > 0 ? g_utf8_get_char_validated (s, n) : 0;

    x[k++] = c != (gunichar) -1 && c != (gunichar) -2 && c != 0 &&
             (g_unichar_isupper (c) || (g_unichar_isalpha (c) && !g_unichar_islower (c)));
  }
  /* A headline has its byline and date just under it, and the article
   * under it speaks of what it names. */
  x[k++] = near_line (page, text, blocks, index + 1, index + NEAR_LINES, TRUE);
  x[k++] = near_line (page, text, blocks, index + 1, index + NEAR_LINES, FALSE);
  x[k++] = near_line (page, text, blocks, (int) index - DATE_ABOVE_LINES, (int) index - 1, FALSE);
  x[k++] = bp_line_context_overlap (lines, index, index + 1, index + BODY_LINES - 1, 0);
  x[k++] = bp_line_context_overlap (lines, index, index + 1, index + LONG_BODY_LINES - 1, LONG_LINE_WORDS);
  x[k++] = bp_line_context_overlap (lines, index, (int) index - PREV_LINES, (int) index - 1, 0);
  {
    gsize e = n;

    while (e > 0 && g_ascii_isspace (s[e - 1]))
      e--;
    x[k++] = e > 0 && s[e - 1] == '?';
    x[k++] = e > 0 && (s[e - 1] == '.' || s[e - 1] == '!');
  }
  {
    guint before, after;

    bp_line_context_copies (lines, index, &before, &after);
    x[k++] = MIN (before, 2);
    x[k++] = MIN (after, 2);
  }
  {
    double next_long = 0.0;

    for (guint j = index + 1; j < page->n_blocks && j < index + NEXT_LONG_LINES; j++)
      if (page->info[j].text.words >= PARAGRAPH_WORDS)
        {
          next_long = exp (-(double) (j - index - 1) / 4.0);
          break;
        }
    x[k++] = next_long;
  }
  g_assert (k == G_N_ELEMENTS (title_features));
}

guint
bp_title_rows (WinnowDocument    *document,
               const BpPage      *page,
               const BpStopwords *stopwords,
               const double      *p_content,
               guint          *index,
               float          *rows)
{
  GPtrArray *blocks = winnow_document_get_blocks (document);
  const char *text = winnow_document_get_text (document, NULL);
  int content = first_content (page, p_content);
  g_autoptr(BpLineContext) lines = bp_line_context_new (document, page, stopwords);
  guint n = 0;

  for (guint i = 0; i < page->n_blocks; i++)
    if (headline_shape (&page->info[i].text) >= 0)
      {
        headline_features (page, lines, p_content, content, text, blocks, i,
                           rows + (gsize) n * G_N_ELEMENTS (title_features));
        index[n++] = i;
      }
  return n;
}

int
bp_find_text_title (WinnowDocument    *document,
                    const BpPage      *page,
                    const BpStopwords *stopwords,
                    const double      *p_content,
                    const BpModel     *model)
{
  g_autofree guint *index = g_new (guint, MAX (page->n_blocks, 1));
  g_autofree float *rows = g_new (float, (gsize) MAX (page->n_blocks, 1) * G_N_ELEMENTS (title_features));
  guint n = bp_title_rows (document, page, stopwords, p_content, index, rows);
  double best_p = BP_TEXT_TITLE_MIN;
  int best = -1;

  for (guint r = 0; r < n; r++)
    {
      double p = bp_model_predict (model, rows + (gsize) r * G_N_ELEMENTS (title_features));

      if (p > best_p)
        {
          best_p = p;
          best = (int) index[r];
        }
    }
  return best;
}
