/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The boilerplate filter: labels every block CONTENT, BOILERPLATE or TITLE
 * with a score and a reason, and sets the title metadata to the headline.
 * Nothing is deleted.
 *
 * The decision is a learned block classifier (bp-model.c; for HTML blended
 * with gradient-boosted trees, bp-trees.c) over features
 * that encode what the classic extractors look at (bp-features.c): for
 * HTML, Readability's container scoring, trafilatura's known-boilerplate
 * containers and jusText's stop-word density with context; for flattened
 * text, the same from the text alone. The user-facing properties then move
 * the threshold or overrule the model for whole kinds of blocks. */

#include "winnow-boilerplate-filter.h"
#include "bp-private.h"
#include "bp-trees-private.h"
#include "bp-title-private.h"

#include <math.h>
#include <string.h>

#define DEFAULT_THRESHOLD 0.5
#define PRECISION_SHIFT   0.15
/* under this many words of content, the page falls back to a threshold
 * FALLBACK_DROP lower (tuned on WCXB dev, cross-validated outputs) */
#define MIN_CONTENT_WORDS 100
#define FALLBACK_DROP     0.3
/* and a lone menu word is never worth falling back to */
#define MIN_FALLBACK_WORDS 3

/* the items of a repeated structure (a list, a grid of cards, a thread)
 * whose words the classifier mostly keeps are kept down to GROUP_LOW
 * (tuned on WCXB dev, cross-validated outputs) */
#define GROUP_KEEP        0.45
#define GROUP_LOW         0.25
#define GROUP_MIN_ITEMS   3

enum { KEEP_NO, KEEP_YES, KEEP_FALLBACK, KEEP_BETWEEN, KEEP_GROUP };

struct _WinnowBoilerplateFilter
{
  WinnowFilter  parent_instance;

  gboolean      favor_precision;
  gboolean      favor_recall;
  gboolean      include_comments;
  gboolean      include_tables;
  gboolean      include_captions;
  gboolean      find_title;
  char         *html_model_path;
  char         *text_model_path;
  char         *context_model_path;
  char         *lexicon_path;
  char         *html_trees_path;
  char         *text_trees_path;
  char         *text_title_path;

  /* read-only after prepare */
  BpStopwords  *stopwords;
  BpModel      *html_model;
  BpModel      *context_model;
  BpLexicon    *lexicon;
  BpModel      *text_model;
  BpTrees      *html_trees;
  BpTrees      *text_trees;
  BpModel      *text_title;
  double        threshold;
};

G_DEFINE_FINAL_TYPE (WinnowBoilerplateFilter, winnow_boilerplate_filter, WINNOW_TYPE_FILTER)

enum {
  PROP_0,
  PROP_FAVOR_PRECISION,
  PROP_FAVOR_RECALL,
  PROP_INCLUDE_COMMENTS,
  PROP_INCLUDE_TABLES,
  PROP_INCLUDE_CAPTIONS,
  PROP_FIND_TITLE,
  PROP_HTML_MODEL,
  PROP_TEXT_MODEL,
  PROP_CONTEXT_MODEL,
  PROP_LEXICON,
  PROP_HTML_TREES,
  PROP_TEXT_TREES,
  PROP_TEXT_TITLE_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- labelling ---------------------------------------------------------- */

#define NEG_HINT_MASK ((1u << BP_HINT_NAV) | (1u << BP_HINT_FOOTER) | (1u << BP_HINT_SIDEBAR) \
                       | (1u << BP_HINT_COMMENT) | (1u << BP_HINT_SHARE) | (1u << BP_HINT_RELATED) \
                       | (1u << BP_HINT_AD) | (1u << BP_HINT_COOKIE) | (1u << BP_HINT_SUBSCRIBE) \
                       | (1u << BP_HINT_PAGER) | (1u << BP_HINT_BREADCRUMB) | (1u << BP_HINT_HIDDEN))

static const char *
hint_reason (guint32 hints)
{
  static const BpHint order[] = {
    BP_HINT_COOKIE, BP_HINT_COMMENT, BP_HINT_SHARE, BP_HINT_BREADCRUMB,
    BP_HINT_SUBSCRIBE, BP_HINT_AD, BP_HINT_RELATED, BP_HINT_PAGER,
    BP_HINT_NAV, BP_HINT_SIDEBAR, BP_HINT_FOOTER, BP_HINT_HIDDEN,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (hints & (1u << order[i]))
      return bp_hint_reason (order[i]);
  return NULL;
}

static const char *
boilerplate_reason (const BpPage      *page,
                    const BpBlockInfo *bi)
{
  const BpTextStats *t = &bi->text;
  const char *reason;

  if (t->words == 0)
    return "no-text";
  if (t->separators >= 2 && t->words <= 15 && t->sentence_ends == 0)
    return "breadcrumb";
  if (t->has_counter)
    return "counter";
  if (t->has_copyright)
    return "copyright";
  if (bi->script_notice)
    return "script-notice";
  if (page->html)
    {
      if (bi->tags & BP_TAG_NAV)
        return "navigation";
      if (bi->tags & BP_TAG_FOOTER)
        return "footer";
      if ((reason = hint_reason (bi->own_hints)) != NULL)
        return reason;
      if ((reason = hint_reason (bi->ancestor_hints)) != NULL)
        return reason;
      if (bi->link_density > 0.5)
        return "link-dense";
      if (bi->tags & BP_TAG_ASIDE)
        return "sidebar";
      if (bi->tags & BP_TAG_FORM)
        return "form";
    }
  if (t->widget_words * 3 >= t->words)
    return "widget-words";
  if (bi->repeated)
    return "repeated-text";
  if (page->html && !bi->in_main)
    return "outside-main-container";
  if (t->words < 5)
    return "short-text";
  return "low-content-score";
}

static const char *
content_reason (const BpPage      *page,
                const BpBlockInfo *bi)
{
  if (page->html && bi->in_main)
    return "main-container";
  if (bi->text.words >= 20 && bi->text.stop_words * 5 >= bi->text.words)
    return "prose";
  return "content-context";
}

static gboolean
is_comment (const BpBlockInfo *bi)
{
  return ((bi->own_hints | bi->ancestor_hints) & (1u << BP_HINT_COMMENT)) != 0;
}

/* Title candidates from <title> when no block is the headline: the longest
 * part between the separators sites put around the site name. */
static char *
clean_page_title (const char *title)
{
  static const char * const separators[] = { " | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " / " };
  g_autofree char *best = NULL;

  if (title == NULL || *title == '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      g_auto(GStrv) parts = g_strsplit (title, separators[i], -1);

      if (g_strv_length (parts) < 2)
        continue;
      for (guint j = 0; parts[j] != NULL; j++)
        if (best == NULL || strlen (parts[j]) > strlen (best))
          {
            g_free (best);
            best = g_strdup (parts[j]);
          }
      return g_strstrip (g_steal_pointer (&best));
    }
  return g_strstrip (g_strdup (title));
}

/* The headline as one line: whitespace collapsed, without the permalink
 * marks documentation generators put after headings ("¶", "#"). */
static char *
tidy_title (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xA0)
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  for (;;)
    {
      if (g_str_has_suffix (out->str, "\xc2\xb6"))       /* ¶ */
        g_string_truncate (out, out->len - 2);
      else if (out->len > 1 && out->str[out->len - 1] == '#')
        g_string_truncate (out, out->len - 1);
      else if (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      else
        break;
    }
  return g_string_free (out, FALSE);
}

/* Listings, grids and threads are content or not as a whole: a block
 * whose repeated structure is mostly kept (its blocks' probabilities,
 * weighed by their words) is kept when it is not unlikely itself. */
/* Customer reviews are kept or not each block on its own: their
 * ratings, reviewers and "Helpful" counters do not follow their texts,
 * neither as items of a list nor between kept blocks. */
static gboolean
in_reviews (const BpBlockInfo *bi)
{
  return ((bi->own_hints | bi->ancestor_hints) & (1u << BP_HINT_REVIEWS)) != 0;
}

static void
keep_groups (const BpPage *page,
             const double *p,
             guint8       *keep)
{
  guint n = page->n_blocks;
  g_autofree double *sum_pw = g_new0 (double, MAX (n, 1));
  g_autofree double *sum_w = g_new0 (double, MAX (n, 1));
  g_autofree guint *items = g_new0 (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      const BpBlockInfo *bi = &page->info[i];

      if (bi->group == 0 || bi->text.words == 0)
        continue;
      sum_pw[bi->group - 1] += p[i] * bi->text.words;
      sum_w[bi->group - 1] += bi->text.words;
      items[bi->group - 1]++;
    }
  for (guint i = 0; i < n; i++)
    {
      const BpBlockInfo *bi = &page->info[i];
      guint g = bi->group;

      if (g == 0 || bi->text.words == 0 || keep[i] != KEEP_NO || p[i] < GROUP_LOW)
        continue;
      if (in_reviews (bi))
        continue;
      if (items[g - 1] >= GROUP_MIN_ITEMS && sum_pw[g - 1] >= GROUP_KEEP * sum_w[g - 1])
        keep[i] = KEEP_GROUP;
    }
}

static gboolean
winnow_boilerplate_filter_process (WinnowFilter    *filter,
                                   WinnowDocument  *document,
                                   GCancellable    *cancellable,
                                   GError         **error)
{
  WinnowBoilerplateFilter *self = WINNOW_BOILERPLATE_FILTER (filter);
  const char *name = winnow_filter_get_name (filter);
  GPtrArray *blocks = NULL;
  g_autoptr(BpPage) page = NULL;
  g_autofree double *p = NULL;
  g_autofree guint8 *keep = NULL;
  const BpModel *model;
  int title = -1;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  page = bp_page_analyze (document, self->stopwords, self->lexicon);
  model = page->html ? self->html_model : self->text_model;
  blocks = winnow_document_get_blocks (document);
  p = g_new0 (double, MAX (page->n_blocks, 1));
  keep = g_new0 (guint8, MAX (page->n_blocks, 1));

  /* a block without words is never content: no need to ask */
  for (guint i = 0; i < page->n_blocks; i++)
    p[i] = page->info[i].text.words == 0 ? 0.0
           : bp_model_predict (model, page->features + (gsize) i * page->n_features);
  /* the network's verdict blended with the trees' */
  bp_trees_blend_page (page->html ? self->html_trees : self->text_trees, page, p);
  /* the second look: each probability again, in its context */
  if (page->html && page->n_blocks > 0)
    {
      guint nc = bp_context_count ();
      g_autofree float *rows = g_new (float, (gsize) page->n_blocks * nc);

      bp_context_features (page, p, rows);
      for (guint i = 0; i < page->n_blocks; i++)
        if (page->info[i].text.words > 0)
          p[i] = bp_model_predict (self->context_model, rows + (gsize) i * nc);
    }

  for (guint i = 0; i < page->n_blocks; i++)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, i);
      const BpBlockInfo *bi = &page->info[i];
      WinnowBlockKind kind = winnow_block_get_kind (block);

      /* trafilatura's pruning of what is never content, whatever the
       * classifier's context says: breadcrumb trails and link lists in <nav> */
      if (((bi->own_hints | bi->ancestor_hints) & (1u << BP_HINT_BREADCRUMB)) && bi->text.words <= 12)
        p[i] = MIN (p[i], 0.1);
      if ((bi->tags & BP_TAG_NAV) && bi->link_density >= 0.5)
        p[i] = MIN (p[i], 0.1);
      /* and an ad slot's label ("Advertisement", "Sponsored"), which the
       * trees, reading the story body's template around it, may doubt */
      if ((bi->own_hints & (1u << BP_HINT_AD)) && bi->text.words <= 3)
        p[i] = MIN (p[i], 0.1);
      /* "Please enable JavaScript": said to browsers without scripts,
       * read only when the page shows almost nothing else */
      if (bi->script_notice)
        p[i] = MIN (p[i], 0.1);
      /* the page's own footer (not an article's footer): on WCXB dev 3.5%
       * of its words, by weight, are content, and those by chance */
      if ((bi->tags & BP_TAG_FOOTER) && !(bi->tags & (BP_TAG_ARTICLE | BP_TAG_MAIN | BP_TAG_BODY_PROP)))
        p[i] = MIN (p[i], 0.1);
      if (self->include_comments && is_comment (bi) && bi->text.words >= 5
          && bi->link_density < 0.5)
        p[i] = MAX (p[i], 0.75);
      if (!self->include_tables && (kind == WINNOW_BLOCK_KIND_TABLE_CELL || (bi->tags & BP_TAG_TABLE)))
        p[i] = 0.0;
      if (!self->include_captions && (kind == WINNOW_BLOCK_KIND_CAPTION || (bi->tags & BP_TAG_FIGURE)))
        p[i] = 0.0;
    }

  /* trafilatura's fallback: a page where almost nothing reaches the
   * threshold (a listing, a product page) keeps its likelier blocks; and,
   * as jusText's context smoothing, a doubtful block between two kept ones
   * is kept */
  {
    double low = MAX (0.01, self->threshold - FALLBACK_DROP);
    gboolean fallback;
    guint words = 0;

    for (guint i = 0; i < page->n_blocks; i++)
      if (p[i] >= self->threshold)
        words += page->info[i].text.words;
    fallback = words < MIN_CONTENT_WORDS;
    for (guint i = 0; i < page->n_blocks; i++)
      {
        if (p[i] >= self->threshold)
          keep[i] = KEEP_YES;
        else if (fallback && p[i] >= low && page->info[i].text.words >= MIN_FALLBACK_WORDS)
          keep[i] = KEEP_FALLBACK;
        else
          keep[i] = KEEP_NO;
      }
    for (guint i = 1; i + 1 < page->n_blocks; i++)
      if (!keep[i] && p[i] >= low && keep[i - 1] == KEEP_YES && keep[i + 1] == KEEP_YES
          && !in_reviews (&page->info[i]))
        keep[i] = KEEP_BETWEEN;
  }
  if (page->html)
    keep_groups (page, p, keep);

  if (self->find_title)
    title = page->html ? bp_find_title (document, page, p)
                       : bp_find_text_title (document, page, self->stopwords, p, self->text_title);

  for (guint i = 0; i < page->n_blocks; i++)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, i);
      const BpBlockInfo *bi = &page->info[i];

      if ((int) i == title)
        winnow_block_set_label (block, WINNOW_BLOCK_LABEL_TITLE, 0.9, "headline", name);
      else if (title >= 0 && bi->text.words > 0 && bi->text.hash == page->info[title].text.hash)
        winnow_block_set_label (block, WINNOW_BLOCK_LABEL_BOILERPLATE, 0.9, "repeated-title", name);
      else if (keep[i] != KEEP_NO)
        winnow_block_set_label (block, WINNOW_BLOCK_LABEL_CONTENT, p[i],
                                keep[i] == KEEP_FALLBACK ? "fallback-likeliest"
                                : keep[i] == KEEP_BETWEEN ? "between-content"
                                : keep[i] == KEEP_GROUP ? "list-items"
                                : content_reason (page, bi), name);
      else if (!self->include_tables && winnow_block_get_kind (block) == WINNOW_BLOCK_KIND_TABLE_CELL)
        winnow_block_set_label (block, WINNOW_BLOCK_LABEL_BOILERPLATE, 1.0, "table", name);
      else if (!self->include_captions && winnow_block_get_kind (block) == WINNOW_BLOCK_KIND_CAPTION)
        winnow_block_set_label (block, WINNOW_BLOCK_LABEL_BOILERPLATE, 1.0, "caption", name);
      else
        winnow_block_set_label (block, WINNOW_BLOCK_LABEL_BOILERPLATE, 1.0 - p[i],
                                boilerplate_reason (page, bi), name);
    }

  if (title >= 0)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, title);
      g_autofree char *text = winnow_document_get_block_text (document, block);
      g_autofree char *tidy = tidy_title (text);

      winnow_document_set_metadata (document, WINNOW_META_TITLE, g_variant_new_string (tidy));
    }
  else
    {
      g_autofree char *cleaned = clean_page_title (winnow_document_get_title (document));

      if (cleaned != NULL && *cleaned != '\0')
        winnow_document_set_metadata (document, WINNOW_META_TITLE, g_variant_new_string (cleaned));
    }

  return TRUE;
}

/* ---- preparation -------------------------------------------------------- */

static gboolean
winnow_boilerplate_filter_prepare (WinnowFilter  *filter,
                                   GError       **error)
{
  WinnowBoilerplateFilter *self = WINNOW_BOILERPLATE_FILTER (filter);
  g_autofree char *stopwords = NULL;
  g_autofree char *html_model = NULL;
  g_autofree char *text_model = NULL;
  g_autofree char *context_model = NULL;
  g_autofree char *lexicon = NULL;
  g_autofree char *html_trees = NULL;
  g_autofree char *text_trees = NULL;
  g_autofree char *text_title = NULL;

  if (self->favor_precision && self->favor_recall)
    {
      g_set_error_literal (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                           "favor-precision and favor-recall exclude each other");
      return FALSE;
    }
  self->threshold = DEFAULT_THRESHOLD
                    + (self->favor_precision ? PRECISION_SHIFT : 0)
                    - (self->favor_recall ? PRECISION_SHIFT : 0);

  if ((stopwords = winnow_filter_find_data_file (filter, NULL, "boilerplate/stopwords.txt", error)) == NULL ||
      (self->stopwords = bp_stopwords_load (stopwords, error)) == NULL)
    return FALSE;
  if ((html_model = winnow_filter_find_data_file (filter, self->html_model_path,
                                                  "boilerplate/model-html.txt", error)) == NULL ||
      (self->html_model = bp_model_load (html_model, TRUE, error)) == NULL)
    return FALSE;
  if ((text_model = winnow_filter_find_data_file (filter, self->text_model_path,
                                                  "boilerplate/model-text.txt", error)) == NULL ||
      (self->text_model = bp_model_load (text_model, FALSE, error)) == NULL)
    return FALSE;
  if ((context_model = winnow_filter_find_data_file (filter, self->context_model_path,
                                                     "boilerplate/model-html-context.txt", error)) == NULL ||
      (self->context_model = bp_model_load_context (context_model, error)) == NULL)
    return FALSE;
  if ((lexicon = winnow_filter_find_data_file (filter, self->lexicon_path,
                                               "boilerplate/lexicon-html.txt", error)) == NULL ||
      (self->lexicon = bp_lexicon_load (lexicon, error)) == NULL)
    return FALSE;
  if ((html_trees = winnow_filter_find_data_file (filter, self->html_trees_path,
                                                  "boilerplate/trees-html.txt", error)) == NULL ||
      (self->html_trees = bp_trees_load (html_trees, TRUE, error)) == NULL)
    return FALSE;
  if ((text_trees = winnow_filter_find_data_file (filter, self->text_trees_path,
                                                  "boilerplate/trees-text.txt", error)) == NULL ||
      (self->text_trees = bp_trees_load (text_trees, FALSE, error)) == NULL)
    return FALSE;
  if ((text_title = winnow_filter_find_data_file (filter, self->text_title_path,
                                                  "boilerplate/title-text.txt", error)) == NULL ||
      (self->text_title = bp_model_load_title (text_title, error)) == NULL)
    return FALSE;
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------ */

static void
winnow_boilerplate_filter_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  WinnowBoilerplateFilter *self = WINNOW_BOILERPLATE_FILTER (object);

  switch (prop_id)
    {
    case PROP_FAVOR_PRECISION: g_value_set_boolean (value, self->favor_precision); break;
    case PROP_FAVOR_RECALL: g_value_set_boolean (value, self->favor_recall); break;
    case PROP_INCLUDE_COMMENTS: g_value_set_boolean (value, self->include_comments); break;
    case PROP_INCLUDE_TABLES: g_value_set_boolean (value, self->include_tables); break;
    case PROP_INCLUDE_CAPTIONS: g_value_set_boolean (value, self->include_captions); break;
    case PROP_FIND_TITLE: g_value_set_boolean (value, self->find_title); break;
    case PROP_HTML_MODEL: g_value_set_string (value, self->html_model_path); break;
    case PROP_TEXT_MODEL: g_value_set_string (value, self->text_model_path); break;
    case PROP_CONTEXT_MODEL: g_value_set_string (value, self->context_model_path); break;
    case PROP_LEXICON: g_value_set_string (value, self->lexicon_path); break;
    case PROP_HTML_TREES: g_value_set_string (value, self->html_trees_path); break;
    case PROP_TEXT_TREES: g_value_set_string (value, self->text_trees_path); break;
    case PROP_TEXT_TITLE_MODEL: g_value_set_string (value, self->text_title_path); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
winnow_boilerplate_filter_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  WinnowBoilerplateFilter *self = WINNOW_BOILERPLATE_FILTER (object);

  if (winnow_filter_is_prepared (WINNOW_FILTER (self)))
    {
      g_warning ("boilerplate: property %s changed after prepare; ignored", pspec->name);
      return;
    }

  switch (prop_id)
    {
    case PROP_FAVOR_PRECISION: self->favor_precision = g_value_get_boolean (value); break;
    case PROP_FAVOR_RECALL: self->favor_recall = g_value_get_boolean (value); break;
    case PROP_INCLUDE_COMMENTS: self->include_comments = g_value_get_boolean (value); break;
    case PROP_INCLUDE_TABLES: self->include_tables = g_value_get_boolean (value); break;
    case PROP_INCLUDE_CAPTIONS: self->include_captions = g_value_get_boolean (value); break;
    case PROP_FIND_TITLE: self->find_title = g_value_get_boolean (value); break;
    case PROP_HTML_MODEL:
      g_free (self->html_model_path);
      self->html_model_path = g_value_dup_string (value);
      break;
    case PROP_TEXT_MODEL:
      g_free (self->text_model_path);
      self->text_model_path = g_value_dup_string (value);
      break;
    case PROP_CONTEXT_MODEL:
      g_free (self->context_model_path);
      self->context_model_path = g_value_dup_string (value);
      break;
    case PROP_LEXICON:
      g_free (self->lexicon_path);
      self->lexicon_path = g_value_dup_string (value);
      break;
    case PROP_HTML_TREES:
      g_free (self->html_trees_path);
      self->html_trees_path = g_value_dup_string (value);
      break;
    case PROP_TEXT_TREES:
      g_free (self->text_trees_path);
      self->text_trees_path = g_value_dup_string (value);
      break;
    case PROP_TEXT_TITLE_MODEL:
      g_free (self->text_title_path);
      self->text_title_path = g_value_dup_string (value);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
winnow_boilerplate_filter_finalize (GObject *object)
{
  WinnowBoilerplateFilter *self = WINNOW_BOILERPLATE_FILTER (object);

  g_clear_pointer (&self->stopwords, bp_stopwords_free);
  g_clear_pointer (&self->html_model, bp_model_free);
  g_clear_pointer (&self->text_model, bp_model_free);
  g_clear_pointer (&self->context_model, bp_model_free);
  g_clear_pointer (&self->lexicon, bp_lexicon_free);
  g_clear_pointer (&self->html_trees, bp_trees_free);
  g_clear_pointer (&self->text_trees, bp_trees_free);
  g_clear_pointer (&self->text_title, bp_model_free);
  g_free (self->html_model_path);
  g_free (self->text_model_path);
  g_free (self->context_model_path);
  g_free (self->lexicon_path);
  g_free (self->html_trees_path);
  g_free (self->text_trees_path);
  g_free (self->text_title_path);

  G_OBJECT_CLASS (winnow_boilerplate_filter_parent_class)->finalize (object);
}

static void
winnow_boilerplate_filter_class_init (WinnowBoilerplateFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WinnowFilterClass *filter_class = WINNOW_FILTER_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS
                      | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = winnow_boilerplate_filter_get_property;
  object_class->set_property = winnow_boilerplate_filter_set_property;
  object_class->finalize = winnow_boilerplate_filter_finalize;
  filter_class->prepare = winnow_boilerplate_filter_prepare;
  filter_class->process = winnow_boilerplate_filter_process;

  /**
   * WinnowBoilerplateFilter:favor-precision:
   *
   * Keep only blocks the classifier is sure of: less boilerplate slips in,
   * some content may be lost. Excludes #WinnowBoilerplateFilter:favor-recall.
   */
  properties[PROP_FAVOR_PRECISION] =
    g_param_spec_boolean ("favor-precision", "Favor precision",
                          "Keep only blocks that are surely content (less boilerplate, may lose some content)",
                          FALSE, flags);
  /**
   * WinnowBoilerplateFilter:favor-recall:
   *
   * Keep doubtful blocks too: less content is lost, more boilerplate may
   * slip in. Excludes #WinnowBoilerplateFilter:favor-precision.
   */
  properties[PROP_FAVOR_RECALL] =
    g_param_spec_boolean ("favor-recall", "Favor recall",
                          "Keep doubtful blocks too (less content lost, more boilerplate may slip in)",
                          FALSE, flags);
  /**
   * WinnowBoilerplateFilter:include-comments:
   *
   * Keep readers' comments (blocks inside comment sections) as content.
   */
  properties[PROP_INCLUDE_COMMENTS] =
    g_param_spec_boolean ("include-comments", "Include comments",
                          "Keep readers' comments as content",
                          FALSE, flags);
  /**
   * WinnowBoilerplateFilter:include-tables:
   *
   * Let table cells be content; when off, every table cell is boilerplate.
   */
  properties[PROP_INCLUDE_TABLES] =
    g_param_spec_boolean ("include-tables", "Include tables",
                          "Let table cells be content (off: all table cells are boilerplate)",
                          TRUE, flags);
  /**
   * WinnowBoilerplateFilter:include-captions:
   *
   * Let image and figure captions be content; when off, they are
   * boilerplate.
   */
  properties[PROP_INCLUDE_CAPTIONS] =
    g_param_spec_boolean ("include-captions", "Include captions",
                          "Let image and figure captions be content (off: captions are boilerplate)",
                          TRUE, flags);
  /**
   * WinnowBoilerplateFilter:find-title:
   *
   * Look for the headline, label its block TITLE and set the title
   * metadata to it (else to the page's <title> without the site name).
   */
  properties[PROP_FIND_TITLE] =
    g_param_spec_boolean ("find-title", "Find title",
                          "Label the headline TITLE and set the title metadata to it",
                          TRUE, flags);
  /**
   * WinnowBoilerplateFilter:html-model:
   *
   * The block classifier for HTML input, a file written by
   * bench/boilerplate/train.py; %NULL for the installed
   * boilerplate/model-html.txt.
   */
  properties[PROP_HTML_MODEL] =
    g_param_spec_string ("html-model", "HTML model",
                         "Block classifier file for HTML input (default: the installed boilerplate/model-html.txt)",
                         NULL, flags);
  /**
   * WinnowBoilerplateFilter:text-model:
   *
   * The block classifier for plain-text input; %NULL for the installed
   * boilerplate/model-text.txt.
   */
  properties[PROP_TEXT_MODEL] =
    g_param_spec_string ("text-model", "Text model",
                         "Block classifier file for plain-text input (default: the installed boilerplate/model-text.txt)",
                         NULL, flags);

  /**
   * WinnowBoilerplateFilter:context-model:
   *
   * The second-look classifier for HTML input, over the block
   * classifier's probabilities in their context; %NULL for the installed
   * boilerplate/model-html-context.txt.
   */
  properties[PROP_CONTEXT_MODEL] =
    g_param_spec_string ("context-model", "Context model",
                         "Second-look classifier file for HTML input (default: the installed boilerplate/model-html-context.txt)",
                         NULL, flags);

  /**
   * WinnowBoilerplateFilter:lexicon:
   *
   * The learned lexicon the HTML classifier reads (log-odds of content
   * of text, class and id words), written by train.py with the HTML
   * model it belongs to; %NULL for the installed
   * boilerplate/lexicon-html.txt.
   */
  properties[PROP_LEXICON] =
    g_param_spec_string ("lexicon", "Lexicon",
                         "Learned word lists of the HTML classifier (default: the installed boilerplate/lexicon-html.txt)",
                         NULL, flags);

  /**
   * WinnowBoilerplateFilter:html-trees:
   *
   * The gradient-boosted trees the HTML block classifier's verdict is
   * blended with, written by train.py --trees with the HTML model they
   * belong to; %NULL for the installed boilerplate/trees-html.txt.
   */
  properties[PROP_HTML_TREES] =
    g_param_spec_string ("html-trees", "HTML trees",
                         "Decision trees blended with the HTML classifier (default: the installed boilerplate/trees-html.txt)",
                         NULL, flags);

  /**
   * WinnowBoilerplateFilter:text-trees:
   *
   * The gradient-boosted trees the plain-text block classifier's verdict
   * is blended with, written by train.py --trees with the text model they
   * belong to; %NULL for the installed boilerplate/trees-text.txt.
   */
  properties[PROP_TEXT_TREES] =
    g_param_spec_string ("text-trees", "Text trees",
                         "Decision trees blended with the plain-text classifier (default: the installed boilerplate/trees-text.txt)",
                         NULL, flags);

  /**
   * WinnowBoilerplateFilter:text-title-model:
   *
   * The scorer of the lines of plain text that may be the headline,
   * written by bench/boilerplate/train-title.py; %NULL for the installed
   * boilerplate/title-text.txt. (HTML headlines come from the headings and
   * the page's <title>.)
   */
  properties[PROP_TEXT_TITLE_MODEL] =
    g_param_spec_string ("text-title-model", "Text title model",
                         "Headline scorer for plain-text input (default: the installed boilerplate/title-text.txt)",
                         NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  winnow_filter_class_set_metadata (filter_class, "Boilerplate remover",
                                    "Labels every block content, boilerplate or title "
                                    "(navigation, widgets, ads, footers…) and finds the headline; "
                                    "for HTML pages and flattened text");
}

static void
winnow_boilerplate_filter_init (WinnowBoilerplateFilter *self)
{
  self->include_tables = TRUE;
  self->include_captions = TRUE;
  self->find_title = TRUE;
  self->threshold = DEFAULT_THRESHOLD;
}
