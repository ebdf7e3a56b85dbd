/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* From a document to one feature row per block.
 *
 * Text features (both inputs): length, stop-word density (jusText), comma
 * and sentence counts (Readability), digits, capitals, breadcrumb
 * separators, widget words, counters, repeats, title match, position, and
 * the same measures smoothed over the neighbouring blocks (boilerpipe's and
 * jusText's context).
 *
 * HTML features on top: block kind, link density, the tags around the
 * block (nav, footer, aside, article, main, form, …), the families of class
 * and id words of the block and of its ancestors, and the Readability-style
 * container scoring: paragraph scores flow up to their ancestors, the best
 * container wins, and a block learns whether it sits inside it. One walk up
 * from each block, memoized per element, so the cost stays linear. */

#include "bp-private.h"

#include <math.h>
#include <string.h>

/* ---- feature names ------------------------------------------------------ */

static const char * const text_feature_names[] = {
  "log-chars", "log-words", "stop-density", "commas-per-word",
  "sentences-per-word", "ends-with-punct", "digit-ratio", "capital-ratio",
  "separators", "widget-ratio", "counter", "copyright", "cjk-ratio",
  "repeated", "title-match", "position", "char-position", "short", "long",
  "window-log-chars", "window-stop-density", "prev-log-chars",
  "next-log-chars", "prev-stop-density", "next-stop-density",
  "prev-ends-with-punct", "next-ends-with-punct", "log-dist-to-prose",
  "prose", "run-prose-share",
};

static const char * const html_feature_names[] = {
  "kind-paragraph", "kind-heading", "kind-list-item", "kind-quote",
  "kind-preformatted", "kind-table-cell", "kind-caption", "h1",
  "link-density", "prev-link-density", "next-link-density",
  "window-link-density", "all-link",
  "tag-nav", "tag-footer", "tag-header", "tag-aside", "tag-article",
  "tag-main", "tag-form", "tag-list", "tag-table", "tag-figure", "tag-anchor",
  "tag-body-prop", "tag-details", "tag-blockquote",
  "own-nav", "own-footer", "own-header", "own-sidebar", "own-comment",
  "own-share", "own-related", "own-ad", "own-cookie", "own-subscribe",
  "own-meta", "own-pager", "own-breadcrumb", "own-hidden", "own-content",
  "own-title", "own-forum", "own-product",
  "anc-nav", "anc-footer", "anc-header", "anc-sidebar", "anc-comment",
  "anc-share", "anc-related", "anc-ad", "anc-cookie", "anc-subscribe",
  "anc-meta", "anc-pager", "anc-breadcrumb", "anc-hidden", "anc-content",
  "anc-title", "anc-forum", "anc-product",
  "in-main", "in-main-parent", "main-share", "main-neg-between",
  "parent-score-ratio", "log-depth", "loose-div-text", "in-main-prose",
  "in-main-linky", "outside-main-prose",
  "up1-link-density", "up1-prose-share", "up1-page-share",
  "up2-link-density", "up2-prose-share", "up2-page-share",
  "up3-link-density", "up3-prose-share", "up3-page-share",
  "main-link-density", "page-prose-share", "page-link-density",
  "log-siblings", "after-title-heading", "title-heading-distance",
  "has-price", "rep-items", "rep-level", "rep-group-share",
  "rep-group-link-density", "rep-group-prose-share", "rep-group-price-rate",
  "in-top-group", "page-article", "page-product", "page-listing",
  "page-forum", "page-service", "page-offer", "page-price-share",
  "page-top-group-share",
  "sec-reviews", "sec-questions", "sec-shipping", "sec-specs", "sec-bio",
  "head-reviews", "head-questions", "head-shipping", "head-specs", "head-bio",
  "head-related", "head-subscribe", "head-comments",
  "tpl-page-share", "tpl-top", "tpl-rank", "tpl-link-density",
  "tpl-prose-share", "tpl-blocks",
  "lex-word-mean", "lex-word-min", "lex-word-max", "lex-word-known",
  "lex-own-mean", "lex-own-min", "lex-own-max", "lex-own-known",
  "lex-anc-mean", "lex-anc-min", "lex-anc-max", "lex-anc-known",
  "lex-head-mean", "lex-head-min", "lex-head-max", "lex-head-known",
  "after-main", "before-main",
  /* template_context(): means over the block's template, its distance
   * from them, where the template lies */
  "tpl-mean-stop-density", "tpl-mean-sentences-per-word",
  "tpl-mean-commas-per-word", "tpl-mean-ends-with-punct",
  "tpl-mean-link-density", "tpl-mean-kind-heading", "tpl-mean-kind-list-item",
  "tpl-mean-kind-table-cell", "tpl-mean-capital-ratio", "tpl-mean-digit-ratio",
  "tpl-mean-lex-word-mean", "tpl-mean-lex-head-mean", "tpl-mean-end-section",
  "tpl-dev-lex-word-mean", "tpl-dev-stop-density", "tpl-dev-log-words",
  "tpl-dev-link-density",
  "tpl-first-position", "tpl-last-position", "tpl-relative-position",
};

/* The last features of an HTML row, filled by template_context(). */
#define N_TEMPLATE_CONTEXT 20

#define N_TEXT_FEATURES G_N_ELEMENTS (text_feature_names)
#define N_HTML_FEATURES G_N_ELEMENTS (html_feature_names)

guint
bp_features_count (gboolean html)
{
  return N_TEXT_FEATURES + (html ? N_HTML_FEATURES : 0);
}

const char *
bp_feature_name (gboolean html,
                 guint    index)
{
  if (index < N_TEXT_FEATURES)
    return text_feature_names[index];
  index -= N_TEXT_FEATURES;
  if (html && index < N_HTML_FEATURES)
    return html_feature_names[index];
  return NULL;
}

/* ---- helpers ------------------------------------------------------------ */

#define NEG_HINTS ((1u << BP_HINT_NAV) | (1u << BP_HINT_FOOTER) | (1u << BP_HINT_SIDEBAR) \
                   | (1u << BP_HINT_COMMENT) | (1u << BP_HINT_SHARE) | (1u << BP_HINT_RELATED) \
                   | (1u << BP_HINT_AD) | (1u << BP_HINT_COOKIE) | (1u << BP_HINT_SUBSCRIBE) \
                   | (1u << BP_HINT_PAGER) | (1u << BP_HINT_BREADCRUMB))

static double
safe_ratio (double a,
            double b)
{
  return b > 0 ? a / b : 0.0;
}

static gboolean
is_prose (const BpTextStats *t)
{
  return t->words >= 20 && (t->stop_words * 5 >= t->words || t->cjk * 2 >= t->chars)
         && t->sentence_ends + t->commas >= 1;
}

/* Hashes of the lower-cased words of a string, for the title match:
 * no allocation per word. */
static guint
word_hashes (const char *text,
             gsize       length,
             guint32    *out,
             guint       max)
{
  const char *p = text, *end = text + length;
  guint n = 0;
  guint32 h = 2166136261u;
  gboolean in_word = FALSE;

  while (p < end && n < max)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      if (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c))
        {
          h = (h ^ (c < 0x80 ? (gunichar) g_ascii_tolower (c) : g_unichar_tolower (c))) * 16777619u;
          in_word = TRUE;
        }
      else if (in_word)
        {
          out[n++] = h;
          h = 2166136261u;
          in_word = FALSE;
        }
      p = g_utf8_next_char (p);
    }
  if (in_word && n < max)
    out[n++] = h;
  return n;
}

#define MAX_TITLE_WORDS 64

static double
title_match (const guint32 *title,
             guint          n_title,
             const char    *text,
             gsize          length)
{
  guint32 words[MAX_TITLE_WORDS];
  guint n, hits = 0;

  if (n_title == 0 || length == 0 || length > 600)
    return 0.0;
  n = word_hashes (text, length, words, MAX_TITLE_WORDS);
  if (n == 0)
    return 0.0;
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n_title; j++)
      if (words[i] == title[j])
        {
          hits++;
          break;
        }
  /* F1 of the two word lists: the block is in the title, and covers it */
  {
    double precision = safe_ratio (hits, n);
    double recall = MIN (1.0, safe_ratio (hits, n_title));

    return hits == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }
}

/* ---- per-element memo for the HTML side --------------------------------- */

typedef struct {
  guint32 hints;       /* class hints of the element and all its ancestors */
  guint32 own_hints;
  guint   tags;        /* BP_TAG_* of the element and its ancestors */
  double  score;       /* content score flowing up from paragraphs */
  double  chars;       /* text characters below */
  double  link_chars;  /* of which inside links */
  double  prose_chars; /* of which in prose blocks */
  guint   prices;      /* short blocks below that show a price */
  guint   depth;
  guint32 sig;         /* tag and class words (digits left out) */
  gboolean children_counted; /* its children's alike counts are known */
} NodeInfo;

typedef struct {
  GHashTable *nodes;   /* xmlNode* → NodeInfo* */
  GHashTable *alike;   /* xmlNode* → siblings (itself included) of the same
                        * tag and first class word, for the children of
                        * the elements above blocks */
} NodeMemo;

static guint
tag_flag (xmlNode *node)
{
  const char *name = (const char *) node->name;
  guint flags = 0;

  switch (name[0])
    {
    case 'a':
      if (strcmp (name, "a") == 0) flags |= BP_TAG_ANCHOR;
      else if (strcmp (name, "article") == 0) flags |= BP_TAG_ARTICLE;
      else if (strcmp (name, "aside") == 0) flags |= BP_TAG_ASIDE;
      break;
    case 'b':
      if (strcmp (name, "blockquote") == 0) flags |= BP_TAG_BLOCKQUOTE;
      break;
    case 'd':
      if (strcmp (name, "details") == 0) flags |= BP_TAG_DETAILS;
      else if (strcmp (name, "dl") == 0) flags |= BP_TAG_LIST;
      break;
    case 'f':
      if (strcmp (name, "footer") == 0) flags |= BP_TAG_FOOTER;
      else if (strcmp (name, "form") == 0) flags |= BP_TAG_FORM;
      else if (strcmp (name, "figure") == 0 || strcmp (name, "figcaption") == 0) flags |= BP_TAG_FIGURE;
      break;
    case 'h':
      if (strcmp (name, "header") == 0) flags |= BP_TAG_HEADER;
      break;
    case 'm':
      if (strcmp (name, "main") == 0) flags |= BP_TAG_MAIN;
      else if (strcmp (name, "menu") == 0) flags |= BP_TAG_NAV;
      break;
    case 'n':
      if (strcmp (name, "nav") == 0) flags |= BP_TAG_NAV;
      break;
    case 'o':
      if (strcmp (name, "ol") == 0) flags |= BP_TAG_LIST;
      break;
    case 's':
      if (strcmp (name, "select") == 0) flags |= BP_TAG_FORM;
      break;
    case 't':
      if (strcmp (name, "table") == 0) flags |= BP_TAG_TABLE;
      break;
    case 'u':
      if (strcmp (name, "ul") == 0) flags |= BP_TAG_LIST;
      break;
    default:
      break;
    }

  for (xmlAttr *a = node->properties; a != NULL; a = a->next)
    {
      const char *value;

      if (a->children == NULL || a->children->type != XML_TEXT_NODE || a->children->content == NULL)
        continue;
      value = (const char *) a->children->content;
      if (strcmp ((const char *) a->name, "role") == 0)
        {
          if (strcmp (value, "navigation") == 0 || strcmp (value, "menu") == 0)
            flags |= BP_TAG_NAV;
          else if (strcmp (value, "main") == 0 || strcmp (value, "article") == 0)
            flags |= BP_TAG_BODY_PROP;
          else if (strcmp (value, "contentinfo") == 0)
            flags |= BP_TAG_FOOTER;
          else if (strcmp (value, "banner") == 0)
            flags |= BP_TAG_HEADER;
          else if (strcmp (value, "complementary") == 0)
            flags |= BP_TAG_ASIDE;
        }
      else if (strcmp ((const char *) a->name, "itemprop") == 0)
        {
          if (g_ascii_strcasecmp (value, "articleBody") == 0
              || g_ascii_strcasecmp (value, "text") == 0
              || g_ascii_strcasecmp (value, "reviewBody") == 0)
            flags |= BP_TAG_BODY_PROP;
        }
    }
  return flags;
}

static gboolean
is_element (xmlNode *node)
{
  return node != NULL && node->type == XML_ELEMENT_NODE;
}

/* Tag name and class attribute with its digits left out ("post-123" and
 * "post-456" alike): the elements one template makes share it. */
static guint32
element_signature (xmlNode *node)
{
  guint32 h = g_str_hash (node->name);

  for (xmlAttr *a = node->properties; a != NULL; a = a->next)
    if (a->children != NULL && a->children->type == XML_TEXT_NODE && a->children->content != NULL
        && strcmp ((const char *) a->name, "class") == 0)
      {
        h = (h ^ '.') * 16777619u;
        for (const char *p = (const char *) a->children->content; *p != '\0'; p++)
          if (!g_ascii_isdigit (*p))
            h = (h ^ (guchar) *p) * 16777619u;
        break;
      }
  return h;
}

static NodeInfo *
node_info (NodeMemo *memo,
           xmlNode  *node)
{
  NodeInfo *info, *parent_info = NULL;

  if (!is_element (node))
    return NULL;
  info = g_hash_table_lookup (memo->nodes, node);
  if (info != NULL)
    return info;
  /* recursion depth is bounded by the tree depth, which libxml2 caps at 256
   * for HTML (its default nesting limit) */
  if (is_element (node->parent))
    parent_info = node_info (memo, node->parent);
  info = g_new0 (NodeInfo, 1);
  info->own_hints = bp_class_hints (node);
  info->hints = info->own_hints | (parent_info ? parent_info->hints : 0);
  info->tags = tag_flag (node) | (parent_info ? parent_info->tags : 0);
  info->depth = parent_info ? parent_info->depth + 1 : 0;
  info->sig = element_signature (node);
  g_hash_table_insert (memo->nodes, node, info);
  return info;
}

static double
tag_weight (xmlNode *node)
{
  const char *name = (const char *) node->name;

  if (strcmp (name, "div") == 0 || strcmp (name, "article") == 0
      || strcmp (name, "main") == 0 || strcmp (name, "section") == 0)
    return 5;
  if (strcmp (name, "pre") == 0 || strcmp (name, "td") == 0 || strcmp (name, "blockquote") == 0)
    return 3;
  if (strcmp (name, "ol") == 0 || strcmp (name, "ul") == 0 || strcmp (name, "li") == 0
      || strcmp (name, "form") == 0 || strcmp (name, "dl") == 0)
    return -3;
  if (strcmp (name, "body") == 0 || strcmp (name, "html") == 0)
    return -20;
  return 0;
}

static double
class_weight (const NodeInfo *info)
{
  double w = 0;

  if (info->own_hints & (1u << BP_HINT_CONTENT))
    w += 25;
  if (info->own_hints & NEG_HINTS)
    w -= 25;
  if (info->tags & (BP_TAG_BODY_PROP))
    w += 25;
  return w;
}

/* ---- prices ------------------------------------------------------------- */

static gboolean
is_currency_at (const char *p,
                const char *end,
                gsize      *length)
{
  static const char * const symbols[] = {
    "$", "\xe2\x82\xac" /* € */, "\xc2\xa3" /* £ */, "\xc2\xa5" /* ¥ */,
    "\xe2\x82\xb9" /* ₹ */, "\xe2\x82\xa9" /* ₩ */, "\xe2\x82\xbd" /* ₽ */,
    "\xe2\x82\xba" /* ₺ */, "\xe2\x82\xab" /* ₫ */, "\xe0\xb8\xbf" /* ฿ */,
    "\xe2\x82\xaa" /* ₪ */, "\xef\xbf\xa5" /* ￥ */, "\xe5\x86\x86" /* 円 */,
    "\xe5\x85\x83" /* 元 */, "USD", "EUR", "GBP", "CHF", "CAD", "AUD", "SEK",
    "NOK", "DKK", "PLN", "JPY", "INR", "BRL", "MXN", "CZK", "HUF", "kr", "z\xc5\x82",
  };

  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    {
      gsize n = strlen (symbols[i]);

      if ((gsize) (end - p) >= n && memcmp (p, symbols[i], n) == 0)
        {
          *length = n;
          return TRUE;
        }
    }
  return FALSE;
}

/* A currency sign or code right before or after a number: "$19.99",
 * "19,99 €", "EUR 12", "129 kr". */
static gboolean
has_price (const char *text,
           gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p++)
    {
      gsize n;
      const char *q;

      /* the first bytes of the signs and codes below */
      if (strchr ("$\xe2\xc2\xe0\xef\xe5UEGCASNDPJIBMHkz", *p) == NULL || *p == '\0'
          || !is_currency_at (p, end, &n))
        continue;
      /* a code glued to letters is a word ("Europe", "krona") */
      if (g_ascii_isalpha (*p) && ((p > text && g_ascii_isalpha (p[-1]))
                                   || (p + n < end && g_ascii_isalpha (p[n]))))
        continue;
      q = p + n;
      while (q < end && (*q == ' ' || (*q == '\xc2' && q + 1 < end && q[1] == '\xa0')))
        q += *q == ' ' ? 1 : 2;
      if (q < end && g_ascii_isdigit (*q))
        return TRUE;
      q = p;
      while (q > text && (q[-1] == ' ' || (q[-1] == '\xa0' && q - 1 > text && q[-2] == '\xc2')))
        q -= q[-1] == ' ' ? 1 : 2;
      if (q > text && g_ascii_isdigit (q[-1]))
        return TRUE;
      p += n - 1;
    }
  return FALSE;
}

/* ---- repeated siblings: the items of lists, grids and threads ----------- */

/* Tag name and first class word: the cards of a grid, the posts of a
 * thread and the entries of a menu share them. */
static guint32
sibling_signature (xmlNode *node)
{
  guint32 h = g_str_hash (node->name);

  for (xmlAttr *a = node->properties; a != NULL; a = a->next)
    if (a->children != NULL && a->children->type == XML_TEXT_NODE && a->children->content != NULL
        && strcmp ((const char *) a->name, "class") == 0)
      {
        const char *p = (const char *) a->children->content;

        while (*p == ' ' || *p == '\t' || *p == '\n')
          p++;
        for (; *p != '\0' && *p != ' ' && *p != '\t' && *p != '\n'; p++)
          h = (h ^ (guchar) *p) * 16777619u;
        break;
      }
  return h;
}

static int
compare_uint32 (gconstpointer a,
                gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

/* Sets the alike count of every element child of @parent, once. */
static void
count_alike_children (NodeMemo *memo,
                      xmlNode  *parent)
{
  NodeInfo *pi = node_info (memo, parent);
  g_autoptr(GArray) sigs = NULL;
  g_autoptr(GArray) sorted = NULL;
  guint k = 0;

  if (pi == NULL || pi->children_counted)
    return;
  pi->children_counted = TRUE;
  sigs = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (xmlNode *c = parent->children; c != NULL; c = c->next)
    if (is_element (c))
      {
        guint32 sig = sibling_signature (c);

        g_array_append_val (sigs, sig);
      }
  sorted = g_array_copy (sigs);
  g_array_sort (sorted, compare_uint32);
  for (xmlNode *c = parent->children; c != NULL; c = c->next)
    if (is_element (c))
      {
        guint32 sig = g_array_index (sigs, guint32, k++);
        /* first index with that signature, then the run */
        guint first = bp_lower_bound ((const guint32 *) (gpointer) sorted->data, sorted->len, sig);
        guint count = 0;

        while (first + count < sorted->len && g_array_index (sorted, guint32, first + count) == sig)
          count++;
        g_hash_table_insert (memo->alike, c, GUINT_TO_POINTER (count));
      }
}

#define REPEAT_MIN_ITEMS 3
#define REPEAT_MAX_LEVELS 6

/* The nearest ancestor of @node (itself included, at most
 * REPEAT_MAX_LEVELS up) that is one of REPEAT_MIN_ITEMS or more alike
 * siblings: returns their parent, the group, or NULL. */
static xmlNode *
repeated_group (NodeMemo *memo,
                xmlNode  *node,
                guint    *items,
                guint    *level)
{
  guint up = 0;

  for (xmlNode *a = node; is_element (a) && is_element (a->parent) && up < REPEAT_MAX_LEVELS;
       a = a->parent, up++)
    {
      guint alike;

      count_alike_children (memo, a->parent);
      alike = GPOINTER_TO_UINT (g_hash_table_lookup (memo->alike, a));
      if (alike >= REPEAT_MIN_ITEMS)
        {
          *items = alike;
          *level = up;
          return a->parent;
        }
    }
  return NULL;
}

/* ---- templates ---------------------------------------------------------- */

/* The blocks of one page that share an element path signature. */
typedef struct {
  double chars;
  double link_chars;
  double prose_chars;
  guint  blocks;
  guint  rank;         /* by text not in links, 0 the most */
} Template;

static int
compare_templates (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  GArray *templates = user_data;
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  const Template *ta = &g_array_index (templates, Template, ia);
  const Template *tb = &g_array_index (templates, Template, ib);
  double sa = ta->chars - ta->link_chars, sb = tb->chars - tb->link_chars;

  if (sa != sb)
    return sa > sb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

/* ---- what the block's template says ------------------------------------ */

/* The features whose word-weighted mean over the template is a feature,
 * in the order of the names above; then those whose distance from it is. */
static const char * const template_means[] = {
  "stop-density", "sentences-per-word", "commas-per-word", "ends-with-punct",
  "link-density", "kind-heading", "kind-list-item", "kind-table-cell",
  "capital-ratio", "digit-ratio", "lex-word-mean", "lex-head-mean",
};
static const char * const template_deviations[] = {
  "lex-word-mean", "stop-density", "log-words", "link-density",
};
/* the sections a story's body ends at: under such a heading */
static const char * const end_sections[] = {
  "head-related", "head-subscribe", "head-comments", "head-bio", "head-reviews",
};

static guint
feature_column (const char *name)
{
  for (guint f = 0; f < N_TEXT_FEATURES + N_HTML_FEATURES; f++)
    if (strcmp (bp_feature_name (TRUE, f), name) == 0)
      return f;
  g_assert_not_reached ();
}

typedef struct {
  guint means[G_N_ELEMENTS (template_means)];
  guint deviations[G_N_ELEMENTS (template_deviations)];
  guint ends[G_N_ELEMENTS (end_sections)];
} TemplateColumns;

static const TemplateColumns *
template_columns (void)
{
  static TemplateColumns columns;
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint f = 0; f < G_N_ELEMENTS (template_means); f++)
        columns.means[f] = feature_column (template_means[f]);
      for (guint f = 0; f < G_N_ELEMENTS (template_deviations); f++)
        columns.deviations[f] = feature_column (template_deviations[f]);
      for (guint f = 0; f < G_N_ELEMENTS (end_sections); f++)
        columns.ends[f] = feature_column (end_sections[f]);
      g_once_init_leave (&done, 1);
    }
  return &columns;
}

/* What the blocks of the block's template are like, as a whole: the
 * paragraphs of a story are told apart from the reviews or comments
 * under it, written alike, less by any one of them than by all of them
 * (their lexicon's verdict on their words, their sentences, how many are
 * headings, list items or table cells, under what headings they stand,
 * word-weighted means); how far the block is from its template's means;
 * and where the template begins and ends on the page. Reads the block's
 * other features, the lexicon's too: train.py computes the template
 * means of those it fills in the same way (TemplateContext). */
static void
template_context (BpPage *page,
                  guint   n_templates)
{
  enum { N_MEANS = G_N_ELEMENTS (template_means) + 1 + G_N_ELEMENTS (template_deviations) };
  const TemplateColumns *cols = template_columns ();
  guint n = page->n_blocks, nf = page->n_features;
  gsize stride = 1 + N_MEANS + 2;   /* weight, means, first and last block */
  g_autofree double *sums = g_new0 (double, (gsize) MAX (n_templates, 1) * stride);

  for (guint t = 0; t < n_templates; t++)
    {
      sums[t * stride + 1 + N_MEANS] = n;
      sums[t * stride + 2 + N_MEANS] = 0;
    }
  for (guint i = 0; i < n; i++)
    {
      const float *x = page->features + (gsize) i * nf;
      guint t = page->info[i].template, m = 0;
      double w = page->info[i].text.words + 1.0, end = 0;
      double *s;

      if (t == G_MAXUINT)
        continue;
      s = sums + t * stride;
      s[0] += w;
      for (guint f = 0; f < G_N_ELEMENTS (template_means); f++)
        s[1 + m++] += w * x[cols->means[f]];
      for (guint f = 0; f < G_N_ELEMENTS (end_sections); f++)
        end = MAX (end, x[cols->ends[f]]);
      s[1 + m++] += w * end;
      for (guint f = 0; f < G_N_ELEMENTS (template_deviations); f++)
        s[1 + m++] += w * x[cols->deviations[f]];
      s[1 + N_MEANS] = MIN (s[1 + N_MEANS], i);
      s[2 + N_MEANS] = MAX (s[2 + N_MEANS], i);
    }
  for (guint i = 0; i < n; i++)
    {
      float *x = page->features + (gsize) i * nf;
      float *out = x + nf - N_TEMPLATE_CONTEXT;
      guint t = page->info[i].template, k = 0;
      const double *s;
      double first, last;

      if (t == G_MAXUINT)
        continue;
      s = sums + t * stride;
      for (guint m = 0; m < G_N_ELEMENTS (template_means) + 1; m++)
        out[k++] = s[1 + m] / s[0];
      for (guint f = 0; f < G_N_ELEMENTS (template_deviations); f++)
        out[k++] = x[cols->deviations[f]]
                   - s[1 + G_N_ELEMENTS (template_means) + 1 + f] / s[0];
      first = s[1 + N_MEANS] / n;
      last = s[2 + N_MEANS] / n;
      out[k++] = first;
      out[k++] = last;
      out[k++] = ((double) i / n - first) / MAX (last - first, 1e-6);
      g_assert (k == N_TEMPLATE_CONTEXT);
    }
}

/* ---- the analysis ------------------------------------------------------- */

static int
guess_language (WinnowDocument    *document,
                GPtrArray         *blocks,
                const char        *text,
                const BpStopwords *stopwords)
{
  int lang = bp_stopwords_language (stopwords, winnow_document_get_language (document));
  guint n = bp_stopwords_n_languages (stopwords);
  g_autofree guint *hits = NULL;
  guint best = 0, total_words = 0;

  if (lang >= 0)
    return lang;
  hits = g_new0 (guint, n);
  for (guint i = 0; i < blocks->len && total_words < 3000; i++)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, i);
      gsize start = winnow_block_get_start (block), end = winnow_block_get_end (block);
      BpTextStats stats;

      bp_text_stats_measure (&stats, text + start, end - start, stopwords, -1, hits);
      total_words += stats.words;
    }
  for (guint i = 1; i < n; i++)
    if (hits[i] > hits[best])
      best = i;
  return hits[best] > 0 ? (int) best : -1;
}

void
bp_page_free (BpPage *page)
{
  if (page == NULL)
    return;
  g_free (page->features);
  g_free (page->info);
  g_free (page);
}

BpPage *
bp_page_analyze (WinnowDocument    *document,
                 const BpStopwords *stopwords,
                 const BpLexicon   *lexicon)
{
  GPtrArray *blocks = winnow_document_get_blocks (document);
  gsize text_len = 0;
  const char *text = winnow_document_get_text (document, &text_len);
  gboolean html = winnow_document_is_html (document) && winnow_document_get_html_tree (document) != NULL;
  BpPage *page = g_new0 (BpPage, 1);
  guint n = blocks->len, nf;
  g_autofree double *log_chars = NULL, *stop_density = NULL, *link_density = NULL;
  g_autofree double *cum_chars = NULL;
  g_autofree gboolean *prose = NULL, *priced = NULL;
  g_autofree int *dist_prose = NULL;
  g_autofree xmlNode **group = NULL;
  g_autofree guint *group_items = NULL, *group_level = NULL;
  xmlNode *top_group = NULL;
  double top_group_share = 0, page_price_share = 0;
  guint page_kind = 0;
  g_autoptr(GHashTable) repeats = g_hash_table_new (NULL, NULL);
  guint32 title_words[MAX_TITLE_WORDS];
  guint n_title_words = 0;
  const char *title = winnow_document_get_title (document);
  NodeMemo memo = { NULL };
  xmlNode *best = NULL;
  double best_score = 0, total_chars = 0, main_chars = 0;
  double main_link_density = 0, page_prose_share = 0, page_link_density = 0;
  guint first_main = G_MAXUINT, last_main = 0;
  g_autoptr(GHashTable) siblings = NULL;
  int title_heading = -1;
  WinnowBlock *heading = NULL;   /* the last heading so far, in pass 3 */
  guint32 level_sections[7] = { 0 }; /* what the headings above name, by level */
  guint32 heading_sections = 0;      /* all of them */
  g_autofree guint *template = NULL;
  g_autoptr(GArray) templates = NULL;
  g_autoptr(BpLexiconMemo) lexicon_memo = NULL;

  page->html = html;
  page->n_blocks = n;
  page->n_features = nf = bp_features_count (html);
  page->features = g_new0 (float, (gsize) MAX (n, 1) * nf);
  page->info = g_new0 (BpBlockInfo, MAX (n, 1));
  page->language = guess_language (document, blocks, text, stopwords);
  if (n == 0)
    return page;

  if (title != NULL)
    {
      guint32 all[MAX_TITLE_WORDS];
      guint n_all = word_hashes (title, strlen (title), all, MAX_TITLE_WORDS);

      /* each title word once */
      for (guint i = 0; i < n_all; i++)
        {
          guint j;

          for (j = 0; j < n_title_words && title_words[j] != all[i]; j++)
            ;
          if (j == n_title_words)
            title_words[n_title_words++] = all[i];
        }
    }

  log_chars = g_new0 (double, n);
  stop_density = g_new0 (double, n);
  link_density = g_new0 (double, n);
  cum_chars = g_new0 (double, n + 1);
  prose = g_new0 (gboolean, n);
  priced = g_new0 (gboolean, n);
  dist_prose = g_new0 (int, n);

  /* pass 1: text of each block */
  for (guint i = 0; i < n; i++)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, i);
      BpBlockInfo *bi = &page->info[i];
      gsize start = winnow_block_get_start (block), end = winnow_block_get_end (block);
      gpointer count;

      bi->template = G_MAXUINT;
      bp_text_stats_measure (&bi->text, text + start, end - start, stopwords, page->language, NULL);
      bi->script_notice = bi->text.names_javascript
                          && bp_is_script_notice (text + start, end - start);
      log_chars[i] = log1p (bi->text.chars);
      stop_density[i] = safe_ratio (bi->text.stop_words, bi->text.words);
      if (bi->text.cjk * 2 >= bi->text.chars && bi->text.chars > 0)
        stop_density[i] = MAX (stop_density[i], 0.3); /* no word gaps to count by */
      bi->link_density = html ? MIN (1.0, safe_ratio (winnow_block_get_link_length (block), end - start)) : 0;
      link_density[i] = bi->link_density;
      prose[i] = is_prose (&bi->text) && bi->link_density < 0.5;
      /* prices in prose are figures of a story; on cards and buy boxes
       * they stand alone */
      priced[i] = html && bi->text.words <= 25 && has_price (text + start, end - start);
      cum_chars[i + 1] = cum_chars[i] + bi->text.chars;
      bi->title_match = bi->text.words <= 40
                        ? title_match (title_words, n_title_words, text + start, end - start)
                        : 0.0;
      if (bi->text.words > 0)
        {
          count = g_hash_table_lookup (repeats, GUINT_TO_POINTER (bi->text.hash));
          g_hash_table_insert (repeats, GUINT_TO_POINTER (bi->text.hash),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
        }
    }
  total_chars = cum_chars[n];

  /* distance to the nearest prose block, in blocks */
  {
    int last = -1000000;

    for (guint i = 0; i < n; i++)
      {
        if (prose[i])
          last = i;
        dist_prose[i] = i - last;
      }
    last = 1000000;
    for (guint i = n; i-- > 0;)
      {
        if (prose[i])
          last = i;
        dist_prose[i] = MIN (dist_prose[i], last - (int) i);
      }
  }

  /* pass 2, HTML: the elements around each block, and container scores */
  if (html)
    {
      memo.nodes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      memo.alike = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < n; i++)
        {
          WinnowBlock *block = g_ptr_array_index (blocks, i);
          xmlNode *node = winnow_block_get_node (block);
          BpBlockInfo *bi = &page->info[i];
          NodeInfo *info = node_info (&memo, node);
          double chars = bi->text.chars + 2.0 * bi->text.cjk;
          double links = chars * bi->link_density;
          double s;
          guint level = 0;

          if (info == NULL)
            continue;
          bi->own_hints = info->own_hints;
          bi->ancestor_hints = is_element (node->parent)
                               ? node_info (&memo, node->parent)->hints : 0;
          bi->tags = info->tags;

          for (xmlNode *a = node; is_element (a); a = a->parent)
            {
              NodeInfo *ai = node_info (&memo, a);

              ai->chars += chars;
              ai->link_chars += links;
              if (prose[i])
                ai->prose_chars += chars;
              if (priced[i])
                ai->prices++;
            }

          if (chars < 25 || winnow_block_get_kind (block) == WINNOW_BLOCK_KIND_HEADING)
            continue;
          s = 1 + bi->text.commas + MIN (chars / 100.0, 3.0);
          s *= 1.0 - bi->link_density;
          for (xmlNode *a = node->parent; is_element (a) && level < 5; a = a->parent, level++)
            {
              NodeInfo *ai = node_info (&memo, a);

              if (ai->score == 0)
                ai->score = tag_weight (a) + class_weight (ai);
              ai->score += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
            }
        }

      /* the templates: blocks whose three nearest ancestors have the same
       * tags and classes came out of one template of the site (the
       * paragraphs of its story body, the cards of a grid, the links of a
       * menu); what the page's other blocks of the same template look like
       * says what this one is */
      {
        g_autoptr(GHashTable) ids = g_hash_table_new (NULL, NULL);
        g_autofree guint *by_size = NULL;

        template = g_new (guint, n);
        templates = g_array_new (FALSE, TRUE, sizeof (Template));
        for (guint i = 0; i < n; i++)
          {
            xmlNode *node = winnow_block_get_node (g_ptr_array_index (blocks, i));
            const BpBlockInfo *bi = &page->info[i];
            double chars = bi->text.chars + 2.0 * bi->text.cjk;
            guint32 sig = 2166136261u;
            guint up = 0;
            gpointer id;
            Template *tp;

            template[i] = G_MAXUINT;
            if (!is_element (node))
              continue;
            for (xmlNode *a = node->parent; is_element (a) && up < 3; a = a->parent, up++)
              sig = (sig ^ node_info (&memo, a)->sig) * 16777619u;
            id = g_hash_table_lookup (ids, GUINT_TO_POINTER (sig));
            if (id == NULL)
              {
                g_array_set_size (templates, templates->len + 1);
                id = GUINT_TO_POINTER (templates->len);
                g_hash_table_insert (ids, GUINT_TO_POINTER (sig), id);
              }
            template[i] = GPOINTER_TO_UINT (id) - 1;
            page->info[i].template = template[i];
            tp = &g_array_index (templates, Template, template[i]);
            tp->chars += chars;
            tp->link_chars += chars * bi->link_density;
            if (prose[i])
              tp->prose_chars += chars;
            tp->blocks++;
          }
        /* rank by text not in links; ties in document order */
        by_size = g_new (guint, MAX (templates->len, 1));
        for (guint t = 0; t < templates->len; t++)
          by_size[t] = t;
        g_qsort_with_data (by_size, templates->len, sizeof (guint), compare_templates, templates);
        for (guint r = 0; r < templates->len; r++)
          g_array_index (templates, Template, by_size[r]).rank = r;
      }

      /* the best container; ties go to the first in document order, so
       * the result never depends on hash-table order */
      for (guint i = 0; i < n; i++)
        {
          xmlNode *node = winnow_block_get_node (g_ptr_array_index (blocks, i));
          guint level = 0;

          if (!is_element (node))
            continue;
          for (xmlNode *a = node->parent; is_element (a) && level < 5; a = a->parent, level++)
            {
              NodeInfo *ai = g_hash_table_lookup (memo.nodes, a);
              double final;

              if (ai == NULL || ai->score == 0)
                continue;
              final = ai->score * (1.0 - safe_ratio (ai->link_chars, ai->chars));
              if (best == NULL || final > best_score)
                {
                  best = a;
                  best_score = final;
                }
            }
        }
      if (best != NULL)
        {
          NodeInfo *bi = g_hash_table_lookup (memo.nodes, best);

          main_chars = bi->chars;
          main_link_density = safe_ratio (bi->link_chars, bi->chars);
        }
      {
        double prose_chars = 0, link_chars = 0;

        for (guint i = 0; i < n; i++)
          {
            if (prose[i])
              prose_chars += page->info[i].text.chars;
            link_chars += page->info[i].text.chars * page->info[i].link_density;
          }
        page_prose_share = safe_ratio (prose_chars, total_chars);
        page_link_density = safe_ratio (link_chars, total_chars);
      }

      /* the repeated structure each block is an item of, and the page's
       * main one: the group with the most text not in links, outside
       * navigation and footers */
      {
        double top_score = 0;
        guint n_words = 0, n_priced = 0;

        group = g_new0 (xmlNode *, n);
        group_items = g_new0 (guint, n);
        group_level = g_new0 (guint, n);
        for (guint i = 0; i < n; i++)
          {
            xmlNode *node = winnow_block_get_node (g_ptr_array_index (blocks, i));
            NodeInfo *gi;
            double score;

            if (page->info[i].text.words > 0)
              {
                n_words++;
                n_priced += priced[i];
              }
            if (!is_element (node))
              continue;
            group[i] = repeated_group (&memo, node, &group_items[i], &group_level[i]);
            if (group[i] == NULL)
              continue;
            gi = node_info (&memo, group[i]);
            if ((gi->tags & (BP_TAG_NAV | BP_TAG_FOOTER))
                || (gi->hints & ((1u << BP_HINT_NAV) | (1u << BP_HINT_FOOTER))))
              continue;
            score = gi->chars - gi->link_chars * 0.7;
            if (top_group == NULL || score > top_score)
              {
                top_group = group[i];
                top_score = score;
              }
          }
        {
          g_autoptr(GHashTable) ids = g_hash_table_new (NULL, NULL);

          for (guint i = 0; i < n; i++)
            if (group[i] != NULL)
              {
                gpointer id = g_hash_table_lookup (ids, group[i]);

                if (id == NULL)
                  {
                    id = GUINT_TO_POINTER (i + 1);
                    g_hash_table_insert (ids, group[i], id);
                  }
                page->info[i].group = GPOINTER_TO_UINT (id);
              }
        }
        if (top_group != NULL)
          top_group_share = MIN (1.0, safe_ratio (node_info (&memo, top_group)->chars, total_chars + 1));
        page_price_share = safe_ratio (n_priced, n_words);
      }
      page_kind = bp_page_kind (document);
    }

  /* blocks per parent element (lists of cards, menus, comment threads), and
   * the heading that best matches the page title */
  if (html)
    {
      double best_match = 0.5;

      siblings = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < n; i++)
        {
          WinnowBlock *block = g_ptr_array_index (blocks, i);
          xmlNode *node = winnow_block_get_node (block);

          if (is_element (node) && is_element (node->parent))
            g_hash_table_insert (siblings, node->parent,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (siblings, node->parent)) + 1));
          if (winnow_block_get_kind (block) == WINNOW_BLOCK_KIND_HEADING
              && page->info[i].title_match > best_match)
            {
              best_match = page->info[i].title_match;
              title_heading = (int) i;
            }
        }
    }

  /* pass 3: feature rows */
  if (html && lexicon != NULL)
    lexicon_memo = bp_lexicon_memo_new ();
  for (guint i = 0; i < n; i++)
    {
      WinnowBlock *block = g_ptr_array_index (blocks, i);
      BpBlockInfo *bi = &page->info[i];
      const BpTextStats *t = &bi->text;
      float *x = page->features + (gsize) i * nf;
      double wsum = 0, wlc = 0, wsd = 0, wld = 0, wn = 0;
      guint k = 0;
      int lo = MAX (0, (int) i - 3), hi = MIN ((int) n - 1, (int) i + 3);
      guint run_prose = 0, run_total = 0;

      for (int j = lo; j <= hi; j++)
        {
          double w = page->info[j].text.words + 1;

          wlc += log_chars[j];
          wsd += stop_density[j] * w;
          wld += link_density[j] * (page->info[j].text.chars + 1);
          wsum += w;
          wn += page->info[j].text.chars + 1;
        }
      for (int j = MAX (0, (int) i - 5); j <= MIN ((int) n - 1, (int) i + 5); j++)
        {
          run_total += page->info[j].text.chars;
          if (prose[j])
            run_prose += page->info[j].text.chars;
        }

      bi->repeated = t->words > 0
                     && GPOINTER_TO_UINT (g_hash_table_lookup (repeats, GUINT_TO_POINTER (t->hash))) > 1;

      x[k++] = log_chars[i];
      x[k++] = log1p (t->words);
      x[k++] = stop_density[i];
      x[k++] = MIN (1.0, safe_ratio (t->commas, t->words));
      x[k++] = MIN (1.0, safe_ratio (t->sentence_ends, t->words));
      x[k++] = t->ends_with_punct;
      x[k++] = safe_ratio (t->digits, t->chars);
      x[k++] = safe_ratio (t->capitalized, t->words);
      x[k++] = MIN (t->separators, 5);
      x[k++] = safe_ratio (t->widget_words, t->words);
      x[k++] = t->has_counter;
      x[k++] = t->has_copyright;
      x[k++] = safe_ratio (t->cjk, t->chars);
      x[k++] = bi->repeated;
      x[k++] = bi->title_match;
      x[k++] = safe_ratio (i, n);
      x[k++] = safe_ratio (cum_chars[i], total_chars);
      x[k++] = t->words <= 3;
      x[k++] = t->words >= 30;
      x[k++] = wlc / (hi - lo + 1);
      x[k++] = safe_ratio (wsd, wsum);
      x[k++] = i > 0 ? log_chars[i - 1] : 0;
      x[k++] = i + 1 < n ? log_chars[i + 1] : 0;
      x[k++] = i > 0 ? stop_density[i - 1] : 0;
      x[k++] = i + 1 < n ? stop_density[i + 1] : 0;
      x[k++] = i > 0 ? page->info[i - 1].text.ends_with_punct : 0;
      x[k++] = i + 1 < n ? page->info[i + 1].text.ends_with_punct : 0;
      x[k++] = log1p (MIN (dist_prose[i], 1000));
      x[k++] = prose[i];
      x[k++] = safe_ratio (run_prose, run_total);
      g_assert (k == N_TEXT_FEATURES);

      if (!html)
        continue;

      {
        xmlNode *node = winnow_block_get_node (block);
        WinnowBlockKind kind = winnow_block_get_kind (block);
        gboolean in_main = FALSE, in_main_parent = FALSE;
        guint32 between = 0;
        double parent_score = 0;

        if (is_element (node) && best != NULL)
          {
            for (xmlNode *a = node; is_element (a); a = a->parent)
              {
                if (a == best)
                  {
                    in_main = TRUE;
                    break;
                  }
                between |= ((NodeInfo *) g_hash_table_lookup (memo.nodes, a))->own_hints;
              }
            if (!in_main && is_element (best->parent))
              for (xmlNode *a = node; is_element (a); a = a->parent)
                if (a == best->parent)
                  {
                    in_main_parent = TRUE;
                    break;
                  }
            if (is_element (node->parent))
              parent_score = ((NodeInfo *) g_hash_table_lookup (memo.nodes, node->parent))->score;
          }
        bi->in_main = in_main;
        if (in_main)
          {
            first_main = MIN (first_main, i);
            last_main = i;
          }

        x[k++] = kind == WINNOW_BLOCK_KIND_PARAGRAPH;
        x[k++] = kind == WINNOW_BLOCK_KIND_HEADING;
        x[k++] = kind == WINNOW_BLOCK_KIND_LIST_ITEM;
        x[k++] = kind == WINNOW_BLOCK_KIND_QUOTE;
        x[k++] = kind == WINNOW_BLOCK_KIND_PREFORMATTED;
        x[k++] = kind == WINNOW_BLOCK_KIND_TABLE_CELL;
        x[k++] = kind == WINNOW_BLOCK_KIND_CAPTION;
        x[k++] = kind == WINNOW_BLOCK_KIND_HEADING && winnow_block_get_heading_level (block) == 1;
        x[k++] = bi->link_density;
        x[k++] = i > 0 ? link_density[i - 1] : 0;
        x[k++] = i + 1 < n ? link_density[i + 1] : 0;
        x[k++] = safe_ratio (wld, wn);
        x[k++] = bi->link_density > 0.95;
        for (guint b = 0; b < 14; b++)
          x[k++] = (bi->tags >> b) & 1;
        for (guint h = 0; h < BP_N_CONTAINER_HINTS; h++)
          x[k++] = (bi->own_hints >> h) & 1;
        for (guint h = 0; h < BP_N_CONTAINER_HINTS; h++)
          x[k++] = (bi->ancestor_hints >> h) & 1;
        x[k++] = in_main;
        x[k++] = in_main_parent;
        x[k++] = MIN (1.0, safe_ratio (main_chars, total_chars + 2.0));
        x[k++] = (between & NEG_HINTS) != 0;
        x[k++] = best_score > 0 ? MAX (-1.0, MIN (1.0, parent_score / best_score)) : 0;
        x[k++] = log1p (winnow_block_get_depth (block));
        x[k++] = is_element (node) && strcmp ((const char *) node->name, "div") == 0;
        x[k++] = in_main && bi->link_density < 0.3 && t->words >= 8;
        x[k++] = in_main && bi->link_density >= 0.5;
        x[k++] = !in_main && prose[i];
        {
          xmlNode *a = is_element (node) ? node->parent : NULL;

          for (guint up = 0; up < 3; up++)
            {
              NodeInfo *ai = is_element (a) ? g_hash_table_lookup (memo.nodes, a) : NULL;

              x[k++] = ai ? safe_ratio (ai->link_chars, ai->chars) : 0;
              x[k++] = ai ? safe_ratio (ai->prose_chars, ai->chars) : 0;
              x[k++] = ai ? MIN (1.0, safe_ratio (ai->chars, total_chars + 1)) : 0;
              if (is_element (a))
                a = a->parent;
            }
        }
        x[k++] = main_link_density;
        x[k++] = page_prose_share;
        x[k++] = page_link_density;
        /* capped: a list of 5,000 items is just a long list */
        x[k++] = log1p (MIN (64, is_element (node) && is_element (node->parent)
                                 ? GPOINTER_TO_UINT (g_hash_table_lookup (siblings, node->parent)) : 0));
        x[k++] = title_heading >= 0 && (int) i > title_heading;
        x[k++] = title_heading >= 0 ? CLAMP (((int) i - title_heading) / 20.0, -1.0, 1.0) : 0;
        x[k++] = priced[i];
        if (group[i] != NULL)
          {
            NodeInfo *gi = g_hash_table_lookup (memo.nodes, group[i]);

            x[k++] = log1p (MIN (group_items[i], 200));
            x[k++] = group_level[i] / (double) REPEAT_MAX_LEVELS;
            x[k++] = MIN (1.0, safe_ratio (gi->chars, total_chars + 1));
            x[k++] = safe_ratio (gi->link_chars, gi->chars);
            x[k++] = safe_ratio (gi->prose_chars, gi->chars);
            x[k++] = MIN (1.0, safe_ratio (gi->prices, group_items[i]));
          }
        else
          {
            x[k++] = 0;
            x[k++] = 1;
            x[k++] = 0;
            x[k++] = 0;
            x[k++] = 0;
            x[k++] = 0;
          }
        {
          gboolean in_top = FALSE;

          for (xmlNode *a = node; top_group != NULL && is_element (a); a = a->parent)
            if (a == top_group)
              {
                in_top = TRUE;
                break;
              }
          x[k++] = in_top;
          bi->in_top_group = in_top;
        }
        x[k++] = (page_kind & BP_PAGE_ARTICLE) != 0;
        x[k++] = (page_kind & BP_PAGE_PRODUCT) != 0;
        x[k++] = (page_kind & BP_PAGE_LISTING) != 0;
        x[k++] = (page_kind & BP_PAGE_FORUM) != 0;
        x[k++] = (page_kind & BP_PAGE_SERVICE) != 0;
        x[k++] = (page_kind & BP_PAGE_OFFER) != 0;
        x[k++] = page_price_share;
        x[k++] = top_group_share;
        for (guint h = BP_N_CONTAINER_HINTS; h < BP_N_HINTS; h++)
          x[k++] = ((bi->own_hints | bi->ancestor_hints) >> h) & 1;
        if (kind == WINNOW_BLOCK_KIND_HEADING)
          {
            guint level = CLAMP (winnow_block_get_heading_level (block), 1, 6);

            heading = block;
            /* a section holds the subsections under it: each review's
             * own title sits under "Customer reviews" */
            level_sections[level] = bp_heading_sections (text + winnow_block_get_start (block),
                                                         winnow_block_get_end (block)
                                                         - winnow_block_get_start (block));
            memset (level_sections + level + 1, 0, (6 - level) * sizeof (guint32));
            heading_sections = 0;
            for (guint l = 1; l <= 6; l++)
              heading_sections |= level_sections[l];
          }
        for (guint sec = 0; sec < BP_N_SECTIONS; sec++)
          x[k++] = (heading_sections >> sec) & 1;
        if (template[i] != G_MAXUINT)
          {
            const Template *tp = &g_array_index (templates, Template, template[i]);

            x[k++] = MIN (1.0, safe_ratio (tp->chars, total_chars + 1));
            x[k++] = tp->rank == 0;
            x[k++] = log1p (MIN (tp->rank, 100));
            x[k++] = safe_ratio (tp->link_chars, tp->chars);
            x[k++] = safe_ratio (tp->prose_chars, tp->chars);
            x[k++] = log1p (MIN (tp->blocks, 500));
          }
        else
          {
            for (guint z = 0; z < 6; z++)
              x[k++] = 0;
          }
        bp_lexicon_features (lexicon, lexicon_memo, is_element (node) ? node : NULL,
                             text + winnow_block_get_start (block),
                             winnow_block_get_end (block) - winnow_block_get_start (block),
                             heading ? text + winnow_block_get_start (heading) : NULL,
                             heading ? winnow_block_get_end (heading) - winnow_block_get_start (heading) : 0,
                             x + k);
        k += BP_LEXICON_N_FEATURES;
        x[k++] = 0; /* after-main, filled below */
        x[k++] = 0; /* before-main */
        k += N_TEMPLATE_CONTEXT; /* filled by template_context() */
        g_assert (k == nf);
      }
    }

  if (html && first_main != G_MAXUINT)
    for (guint i = 0; i < n; i++)
      {
        float *x = page->features + (gsize) i * nf;

        x[nf - N_TEMPLATE_CONTEXT - 2] = i > last_main;
        x[nf - N_TEMPLATE_CONTEXT - 1] = i < first_main;
      }
  if (html)
    template_context (page, templates->len);

  g_clear_pointer (&memo.nodes, g_hash_table_unref);
  g_clear_pointer (&memo.alike, g_hash_table_unref);
  return page;
}
