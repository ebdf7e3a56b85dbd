/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The candidates of the learned author scorer: every person some group
 * names, once (names matched as byline_keys_match() does), with a feature
 * vector of what the stages say of them: which sources and kinds of
 * byline named them and how strongly, where on the page, whether the page
 * shows them, the shape of the name, the kind of page, and what the
 * hand-weighted vote concluded. bench/byline/train.py learns the weights
 * from the rows byline_candidates_dump() writes. */
#include "byline-private.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef enum {
  F_VOTE_CHOSEN,
  F_VOTE_BEST_SCORE,
  F_VOTE_SCORE,
  F_VOTE_SHARE,
  F_IN_BEST_GROUP,
  F_N_GROUPS,
  F_N_AGREEING,
  F_JSON_LD,
  F_META,
  F_REL_AUTHOR,
  F_ITEMPROP_AUTHOR,
  F_CLASS_AUTHOR,
  F_MARKUP_OTHER,
  F_TEXT_BY,
  F_TEXT_NAME_DATE,
  F_TEXT_AUTHOR_BOX,
  F_TEXT_FORUM,
  F_TEXT_OTHER,
  F_NAME_LINE,
  F_WEAK_BY,
  F_WEAK_TEAM,
  F_WEAK_LEADING_NAME,
  F_WEAK_POSTER,
  F_WEAK_SITE_OWNER,
  F_NEAR_DATE,
  F_PROSE_AFTER,
  F_VISIBLE,
  F_LOCATED,
  F_UNSEEN_METADATA_ONLY,
  F_UNSEEN_JSON_LD_ODD,
  F_UNDATED_NAME_ONLY,
  F_FILLS_BLOCK,
  F_NEAR_HEADLINE,
  F_ABOVE_HEADLINE,
  F_BLOCK_POSITION,
  F_BLOCK_CONTENT,
  F_BLOCK_BOILERPLATE,
  F_BLOCK_SCORE,
  F_BLOCK_IN_LIST,
  F_BLOCK_IN_NAV,
  F_BLOCK_IN_ARTICLE,
  F_NO_BLOCK,
  F_TOKENS,
  F_SINGLE_WORD,
  F_KNOWN_FIRST_NAME,
  F_PERSON_SHAPE,
  F_PLAIN_NAME,
  F_READS_AS_NAME,
  F_ORGANISATION,
  F_ENDS_IN_ROLE,
  F_USER_NAME,
  F_SITE_NAME,
  F_HAS_CONTACT,
  F_HAS_AFFILIATION,
  F_REPEATED,
  F_GROUP_SIZE,
  F_CANDIDATES,
  F_BYLINES,
  F_ARTICLE_PAGE,
  F_DATED,
  F_PRODUCT_PAGE,
  F_FRONT_PAGE,
  F_URL_DATED,
  F_URL_DEPTH,
  F_PAGE_LENGTH,
  F_PAGE_DATES,
  F_HAS_HEADLINE,
  F_SOURCE_KINDS,
  F_HOST_PERSON,
  F_HOST_OTHER,
  F_WORD_OF_OTHER,
  F_HOLDS_OTHER,
  F_SAME_KIND_OTHERS,
  F_WEAK_SAME_KIND_OTHERS,
  F_EARLIER_SAME_KIND,
  F_IN_COMMENTS,
  F_TEAM_BY_HEADLINE,
  F_WEAK_BY_BY_HEADLINE,
  F_LEADING_NAME_BY_HEADLINE,
  F_NAME_LINE_BY_HEADLINE,
  F_POSTER_BY_HEADLINE,
  F_WEAK_BY_HEADLINE_AND_DATE,
  F_RELATIVE_TIME,
  F_UNSEEN_BESIDE_BYLINE,
  F_DICTIONARY_WORD,
  F_ANY_LINE_BY_HEADLINE,
  F_COPYRIGHT_HOLDER,
  N_FEATURES
} Feature;

static const char *feature_names[N_FEATURES] = {
  [F_VOTE_CHOSEN] = "vote-chosen",
  [F_VOTE_BEST_SCORE] = "vote-best-score",
  [F_VOTE_SCORE] = "vote-score",
  [F_VOTE_SHARE] = "vote-share",
  [F_IN_BEST_GROUP] = "in-best-group",
  [F_N_GROUPS] = "groups",
  [F_N_AGREEING] = "visible-groups",
  [F_JSON_LD] = "json-ld",
  [F_META] = "meta",
  [F_REL_AUTHOR] = "rel-author",
  [F_ITEMPROP_AUTHOR] = "itemprop-author",
  [F_CLASS_AUTHOR] = "class-author",
  [F_MARKUP_OTHER] = "markup-other",
  [F_TEXT_BY] = "text-by",
  [F_TEXT_NAME_DATE] = "text-name-date",
  [F_TEXT_AUTHOR_BOX] = "text-author-box",
  [F_TEXT_FORUM] = "text-forum",
  [F_TEXT_OTHER] = "text-other",
  [F_NAME_LINE] = "name-line",
  [F_WEAK_BY] = "weak-by",
  [F_WEAK_TEAM] = "weak-team",
  [F_WEAK_LEADING_NAME] = "weak-leading-name",
  [F_WEAK_POSTER] = "weak-poster",
  [F_WEAK_SITE_OWNER] = "weak-site-owner",
  [F_NEAR_DATE] = "near-date",
  [F_PROSE_AFTER] = "prose-after",
  [F_VISIBLE] = "visible",
  [F_LOCATED] = "located",
  [F_UNSEEN_METADATA_ONLY] = "unseen-metadata-only",
  [F_UNSEEN_JSON_LD_ODD] = "unseen-json-ld-odd",
  [F_UNDATED_NAME_ONLY] = "undated-name-only",
  [F_FILLS_BLOCK] = "fills-block",
  [F_NEAR_HEADLINE] = "near-headline",
  [F_ABOVE_HEADLINE] = "above-headline",
  [F_BLOCK_POSITION] = "block-position",
  [F_BLOCK_CONTENT] = "block-content",
  [F_BLOCK_BOILERPLATE] = "block-boilerplate",
  [F_BLOCK_SCORE] = "block-score",
  [F_BLOCK_IN_LIST] = "block-in-list",
  [F_BLOCK_IN_NAV] = "block-in-nav",
  [F_BLOCK_IN_ARTICLE] = "block-in-article",
  [F_NO_BLOCK] = "no-block",
  [F_TOKENS] = "tokens",
  [F_SINGLE_WORD] = "single-word",
  [F_KNOWN_FIRST_NAME] = "known-first-name",
  [F_PERSON_SHAPE] = "person-shape",
  [F_PLAIN_NAME] = "plain-name",
  [F_READS_AS_NAME] = "reads-as-name",
  [F_ORGANISATION] = "organisation",
  [F_ENDS_IN_ROLE] = "ends-in-role",
  [F_USER_NAME] = "user-name",
  [F_SITE_NAME] = "site-name",
  [F_HAS_CONTACT] = "has-contact",
  [F_HAS_AFFILIATION] = "has-affiliation",
  [F_REPEATED] = "repeated",
  [F_GROUP_SIZE] = "group-size",
  [F_CANDIDATES] = "candidates",
  [F_BYLINES] = "bylines",
  [F_ARTICLE_PAGE] = "article-page",
  [F_DATED] = "dated",
  [F_PRODUCT_PAGE] = "product-page",
  [F_FRONT_PAGE] = "front-page",
  [F_URL_DATED] = "url-dated",
  [F_URL_DEPTH] = "url-depth",
  [F_PAGE_LENGTH] = "page-length",
  [F_PAGE_DATES] = "page-dates",
  [F_HAS_HEADLINE] = "has-headline",
  [F_SOURCE_KINDS] = "source-kinds",
  [F_HOST_PERSON] = "host-person",
  [F_HOST_OTHER] = "host-other",
  [F_WORD_OF_OTHER] = "word-of-other",
  [F_HOLDS_OTHER] = "holds-other",
  [F_SAME_KIND_OTHERS] = "same-kind-others",
  [F_WEAK_SAME_KIND_OTHERS] = "weak-same-kind-others",
  [F_EARLIER_SAME_KIND] = "earlier-same-kind",
  [F_IN_COMMENTS] = "in-comments",
  [F_TEAM_BY_HEADLINE] = "weak-team-by-headline",
  [F_WEAK_BY_BY_HEADLINE] = "weak-by-by-headline",
  [F_LEADING_NAME_BY_HEADLINE] = "weak-leading-name-by-headline",
  [F_NAME_LINE_BY_HEADLINE] = "name-line-by-headline",
  [F_POSTER_BY_HEADLINE] = "weak-poster-by-headline",
  [F_WEAK_BY_HEADLINE_AND_DATE] = "weak-by-headline-and-date",
  [F_RELATIVE_TIME] = "relative-time",
  [F_UNSEEN_BESIDE_BYLINE] = "unseen-beside-byline",
  [F_DICTIONARY_WORD] = "dictionary-word",
  [F_ANY_LINE_BY_HEADLINE] = "any-line-by-headline",
  [F_COPYRIGHT_HOLDER] = "copyright-holder",
};

guint
byline_candidate_features_count (void)
{
  return N_FEATURES;
}

const char *
byline_candidate_feature_name (guint index)
{
  g_return_val_if_fail (index < N_FEATURES, NULL);
  return feature_names[index];
}

void
byline_candidate_free (BylineCandidate *candidate)
{
  if (candidate == NULL)
    return;
  g_free (candidate->x);
  g_array_unref (candidate->groups);
  g_free (candidate);
}

/* The feature a group's kind of evidence feeds. */
static Feature
kind_feature (const BylineGroup *g)
{
  static const struct { const char *what; Feature f; } kinds[] = {
    { "rel-author", F_REL_AUTHOR },
    /* a link to the author's page, as rel=author says */
    { "archive-link", F_REL_AUTHOR },
    { "itemprop-author", F_ITEMPROP_AUTHOR },
    { "class-author", F_CLASS_AUTHOR },
    { "by-line", F_TEXT_BY },
    { "by-line-single", F_TEXT_BY },
    { "inline-by", F_TEXT_BY },
    { "by-agency", F_TEXT_BY },
    { "label-line", F_TEXT_BY },
    { "reporting-by", F_TEXT_BY },
    { "reporter-suffix", F_TEXT_BY },
    { "role-line", F_TEXT_BY },
    { "agency-line", F_TEXT_BY },
    { "name-date-lines", F_TEXT_NAME_DATE },
    { "name-line", F_TEXT_NAME_DATE },
    { "separated-line", F_TEXT_NAME_DATE },
    { "name-list", F_TEXT_NAME_DATE },
    { "byline-date", F_TEXT_NAME_DATE },
    { "author-box", F_TEXT_AUTHOR_BOX },
    { "name-role-lines", F_TEXT_AUTHOR_BOX },
    { "thread-starter", F_TEXT_FORUM },
    { "first-post", F_TEXT_FORUM },
  };

  switch (g->source)
    {
    case BYLINE_SOURCE_JSON_LD:
      return F_JSON_LD;
    case BYLINE_SOURCE_META:
      return F_META;
    case BYLINE_SOURCE_MARKUP:
    case BYLINE_SOURCE_TEXT:
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        if (g_strcmp0 (g->what, kinds[i].what) == 0)
          return kinds[i].f;
      return g->source == BYLINE_SOURCE_MARKUP ? F_MARKUP_OTHER : F_TEXT_OTHER;
    case BYLINE_SOURCE_URL:
    default:
      return F_TEXT_OTHER;
    }
}

/* The feature a weak candidate's kind of line feeds. */
static Feature
weak_kind_feature (const BylineGroup *g)
{
  static const struct { const char *what; Feature f; } kinds[] = {
    { "weak-by", F_WEAK_BY },
    { "team", F_WEAK_TEAM },
    { "leading-name", F_WEAK_LEADING_NAME },
    { "poster", F_WEAK_POSTER },
    { "site-owner", F_WEAK_SITE_OWNER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (g->what, kinds[i].what) == 0)
      return kinds[i].f;
  return F_NAME_LINE;
}

static guint
count_occurrences (const char *text,
                   const char *needle,
                   guint       cap)
{
  gsize n = strlen (needle);
  guint count = 0;

  if (n == 0)
    return 0;
  for (const char *at = strstr (text, needle); at != NULL && count < cap;
       at = strstr (at + n, needle))
    count++;
  return count;
}

/* "ggailey777", "jdoe", "JohnSmith": one word with a digit, no capital
 * first, or a capital inside. */
static gboolean
looks_like_user_name (const char *name)
{
  gboolean inner_capital = FALSE;

  if (strchr (name, ' ') != NULL || *name == '\0')
    return FALSE;
  for (const char *p = name; *p; p++)
    {
      if (g_ascii_isdigit (*p) || *p == '_')
        return TRUE;
      if (p > name && g_ascii_isupper (*p) && g_ascii_islower (p[-1]))
        inner_capital = TRUE;
    }
  return inner_capital || g_ascii_islower (*name);
}

static gboolean
first_name_known (BylineContext *ctx,
                  const char    *name)
{
  static const char *titles[] = { "dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.",
                                  "ms", "ms.", NULL };
  const char *first = name, *space = strchr (name, ' ');

  for (guint i = 0; space != NULL && titles[i] != NULL; i++)
    if ((gsize) (space - first) == strlen (titles[i]) &&
        g_ascii_strncasecmp (first, titles[i], space - first) == 0)
      {
        first = space + 1;
        space = strchr (first, ' ');
        break;
      }
  return byline_lexicon_has (ctx->lex, BYLINE_LIST_FIRST_NAMES, first,
                             space != NULL ? space - first : -1);
}

static guint
count_tokens (const char *name)
{
  return byline_count_words (name, strlen (name));
}

/* What a page's address says of it: a date in its path ("/2017/07/07/",
 * "/2017/07/") is a dated post's; the depth of its path. */
static void
url_features (const char *url,
              double     *x)
{
  const char *path = url != NULL ? strstr (url, "://") : NULL;
  guint depth = 0;

  if (path == NULL || (path = strchr (path + 3, '/')) == NULL)
    return;
  for (const char *p = path; *p && *p != '?' && *p != '#'; p++)
    if (*p == '/' && p[1] != '\0' && p[1] != '?' && p[1] != '#')
      {
        const char *seg = p + 1;
        depth++;
        if (g_ascii_isdigit (seg[0]) && g_ascii_isdigit (seg[1]) && g_ascii_isdigit (seg[2]) &&
            g_ascii_isdigit (seg[3]) && seg[4] == '/' && (seg[0] == '1' || seg[0] == '2'))
          x[F_URL_DATED] = 1.0;
      }
  x[F_URL_DEPTH] = MIN (depth, 8);
}

/* Blocks around a byline's that may hold its date: a line of
 * credentials or a link to the author's page may stand between them
 * ("Asser Christensen" / "Licensed Q Arabica Grader" / "Learn about my
 * qualifications" / "April 2, 2024"). */
#define DATE_REACH 4

/* A date candidate stands within DATE_REACH blocks of block @index. */
static gboolean
date_near (BylineContext *ctx,
           int            index)
{
  guint lo = MAX (index - DATE_REACH, 0);
  guint hi = MIN ((guint) index + DATE_REACH, ctx->blocks->len - 1);
  gsize start = winnow_block_get_start (ctx->blocks->pdata[lo]);
  gsize end = winnow_block_get_end (ctx->blocks->pdata[hi]);

  for (guint i = 0; i < ctx->dates->len; i++)
    {
      BylineDate *d = ctx->dates->pdata[i];
      if (d->start >= 0 && (gsize) d->start >= start && (gsize) d->start < end)
        return TRUE;
    }
  return FALSE;
}

/* Lines longer than this are prose that may say "years ago". */
#define MAX_RELATIVE_TIME_LINE 160

/* Block @index or the one under it says when it was posted relative to
 * the reading ("submitted 17 hours ago by InsaneSnow45", "Ben" over "2
 * days ago"): a post's line, dated though the page shows no date. */
static gboolean
relative_time_near (BylineContext *ctx,
                    int            index)
{
  for (guint i = index; i <= (guint) index + 1 && i < ctx->blocks->len; i++)
    {
      const char *s;
      gsize n;

      byline_block_text (ctx, i, &s, &n);
      if (n <= MAX_RELATIVE_TIME_LINE && byline_find_relative_time (s, n, NULL))
        return TRUE;
    }
  return FALSE;
}

/* How soon prose follows block @index: 1 for the next block, falling to
 * 0 past eight blocks (an article's first paragraph under its byline). */
static double
prose_after (BylineContext *ctx,
             int            index)
{
  for (guint k = 1; k <= 8 && (guint) index + k < ctx->blocks->len; k++)
    {
      if (byline_is_long_paragraph (ctx->text, ctx->blocks->pdata[index + k]))
        return 1.0 - (k - 1) / 8.0;
    }
  return 0.0;
}

/* What the scorer reads of the page once for all its candidates. */
typedef struct {
  char      **host_labels;  /* the address's host, lower case, by label, or NULL */
  gssize      comments;     /* where the comments begin in the text, or -1 */
  GPtrArray  *copyright;    /* case-folded lines with a copyright sign (plain text) */
} PageFacts;

/* The short lines of flattened text that hold a copyright sign, case-
 * folded. Only there: in HTML the footer's copyright holder is a
 * site-owner candidate, weighed with the host the address names (given
 * HTML candidates too, the feature cost abstention 0.921 -> 0.918 on
 * WCXB dev for no author gained). */
static GPtrArray *
copyright_lines (BylineContext *ctx)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  if (winnow_document_is_html (ctx->doc))
    return lines;
  for (guint b = 0; b < ctx->blocks->len; b++)
    {
      const char *s;
      gsize n;

      if (byline_copyright_line (ctx, b, &s, &n) >= 0)
        g_ptr_array_add (lines, g_utf8_casefold (s, n));
    }
  return lines;
}

/* A copyright line names @a: on flattened text, a personal site's owner
 * ("Copyright Sam Bossley 2012-2025"), and the author of its posts more
 * often than other names are (55 of 197 such candidates on WCXB dev). */
static gboolean
in_copyright_line (const PageFacts    *page,
                   const BylineAuthor *a)
{
  g_autofree char *folded = NULL;
  gsize len;

  if (page->copyright->len == 0)
    return FALSE;
  folded = g_utf8_casefold (a->name, -1);
  len = strlen (folded);
  for (guint i = 0; i < page->copyright->len; i++)
    {
      const char *line = page->copyright->pdata[i];

      /* whole words: "Ben" is no holder in "Benchmark Inc." */
      for (const char *at = strstr (line, folded); at != NULL; at = strstr (at + 1, folded))
        if ((at == line || !g_ascii_isalnum (at[-1])) && !g_ascii_isalnum (at[len]))
          return TRUE;
    }
  return FALSE;
}

/* The labels of the page's host that name it ("fivebooks" of
 * www.fivebooks.com, "karl-voit" of karl-voit.at): the last label (the
 * top-level domain), short country labels before it ("co" of .co.uk) and
 * "www" are left out. */
static char **
host_labels (const char *url)
{
  const char *host = url != NULL ? strstr (url, "://") : NULL;
  g_autofree char *lower = NULL;
  g_auto(GStrv) parts = NULL;
  GPtrArray *out;
  guint n;

  if (host == NULL)
    return NULL;
  host += 3;
  lower = g_ascii_strdown (host, strcspn (host, "/:?#"));
  parts = g_strsplit (lower, ".", -1);
  n = g_strv_length (parts);
  while (n > 1 && strlen (parts[n - 1]) <= 3)
    n--;
  if (n == g_strv_length (parts) && n > 0)
    n--;
  out = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    if (strcmp (parts[i], "www") != 0 && parts[i][0] != '\0')
      g_ptr_array_add (out, g_strdup (parts[i]));
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

/* The ASCII letters and digits of @s, lower case. */
static char *
letters_of (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  return g_string_free (out, FALSE);
}

/* The name and a label of the page's host spell the same thing, or one
 * holds the other ("Five Books" and fivebooks.com, "Clemson News" and
 * clemson.edu, "Karl Voit" and karl-voit.at): the site itself, or the
 * person whose site it is. */
static gboolean
names_host (char      **labels,
            const char *name)
{
  g_autofree char *mine = letters_of (name);
  gsize n = strlen (mine);

  for (guint i = 0; labels != NULL && labels[i] != NULL && n >= 4; i++)
    {
      g_autofree char *label = letters_of (labels[i]);
      gsize m = strlen (label);
      if (m >= 4 && (strcmp (label, mine) == 0 || strstr (mine, label) != NULL ||
                     (n >= 5 && strstr (label, mine) != NULL)))
        return TRUE;
    }
  return FALSE;
}

/* @word is one whole word of the case-folded name @key. */
static gboolean
key_has_word (const char *key,
              const char *word)
{
  gsize n = strlen (word);

  for (const char *at = strstr (key, word); at != NULL; at = strstr (at + 1, word))
    if ((at == key || at[-1] == ' ') && (at[n] == '\0' || at[n] == ' '))
      return TRUE;
  return FALSE;
}

/* How another candidate's name relates to this one's: a single word of
 * a longer name on the page ("Brett" of "Brett Larkin", a first name a
 * meta tag gives), or a longer name holding one ("SolutionsHub Editorial
 * Team" holding "SolutionsHub"). */
static void
name_relations (GPtrArray       *candidates,
                BylineCandidate *c)
{
  const char *key = c->author->key;
  gboolean single = strchr (key, ' ') == NULL;

  for (guint i = 0; i < candidates->len; i++)
    {
      const char *other = ((BylineCandidate *) candidates->pdata[i])->author->key;
      if (candidates->pdata[i] == c || strcmp (other, key) == 0)
        continue;
      if (single && strchr (other, ' ') != NULL && key_has_word (other, key))
        c->x[F_WORD_OF_OTHER] = 1.0;
      if (!single && strchr (other, ' ') == NULL && key_has_word (key, other))
        c->x[F_HOLDS_OTHER] = 1.0;
    }
}

/* A name only tags the reader does not see give (the author meta and
 * JSON-LD, often one CMS field holding a user's name) while a By line
 * under the headline names someone else: on WCXB dev the visible byline
 * is the author on 8 of the 10 such pages, the tags on one (the same
 * person by a handle). Needs every candidate's features. */
static void
unseen_beside_byline (GPtrArray       *candidates,
                      BylineCandidate *c)
{
  if (c->x[F_UNSEEN_METADATA_ONLY] == 0.0)
    return;
  for (guint i = 0; i < candidates->len; i++)
    {
      const BylineCandidate *other = candidates->pdata[i];
      if (other != c && other->x[F_TEXT_BY] > 0.0 && other->x[F_NEAR_HEADLINE] != 0.0 &&
          other->x[F_VISIBLE] != 0.0)
        {
          c->x[F_UNSEEN_BESIDE_BYLINE] = 1.0;
          return;
        }
    }
}

/* Other groups of the same kind as @anchor (weak or not, and the same
 * kind of byline) naming none of its people: a list of teasers, each
 * with its byline. */
static guint
same_kind_others (BylineContext *ctx,
                  BylineGroup   *anchor,
                  const char    *key)
{
  guint n = 0;

  for (guint i = 0; i < ctx->groups->len && n < 10; i++)
    {
      BylineGroup *g = ctx->groups->pdata[i];
      if (g != anchor && g->weak == anchor->weak && g_strcmp0 (g->what, anchor->what) == 0 &&
          g->authors->len > 0 && byline_group_find_author (g, key) == NULL)
        n++;
    }
  return n;
}

/* The most lines of one kind counted before a candidate's. */
#define MAX_EARLIER_SAME_KIND 5

/* How many groups of the same kind as @g stand before it on the page,
 * naming others than @key: none for a thread's first poster, one and
 * more for those who reply ("amondale" then "rimelek", each over the
 * date of a post), or for the second teaser of a list. */
static guint
earlier_same_kind (BylineContext *ctx,
                   BylineGroup   *g,
                   const char    *key)
{
  guint n = 0;

  for (guint i = 0; i < ctx->groups->len && n < MAX_EARLIER_SAME_KIND; i++)
    {
      BylineGroup *h = ctx->groups->pdata[i];
      if (h != g && h->block >= 0 && h->block < g->block && h->weak == g->weak &&
          g_strcmp0 (h->what, g->what) == 0 && h->authors->len > 0 &&
          byline_group_find_author (h, key) == NULL)
        n++;
    }
  return n;
}

/* Whether JSON-LD, a meta tag or an author mark of the markup (rel,
 * itemprop, class) names the candidate. */
static gboolean
named_by_markup_or_metadata (const double *x)
{
  return x[F_JSON_LD] != 0.0 || x[F_META] != 0.0 || x[F_REL_AUTHOR] != 0.0 ||
         x[F_ITEMPROP_AUTHOR] != 0.0 || x[F_CLASS_AUTHOR] != 0.0;
}

static void
compute_features (BylineContext    *ctx,
                  const BylineVote *vote,
                  const PageFacts  *page,
                  BylineCandidate  *c,
                  guint             n_candidates,
                  BylineGroup      *best)
{
  guint kinds = 0;
  guint earlier = MAX_EARLIER_SAME_KIND;

  double *x = c->x;
  const BylineAuthor *a = c->author;
  const char *last = strrchr (a->name, ' ');
  BylineGroup *anchor = NULL;
  gboolean metadata_only = TRUE;
  guint n_blocks = ctx->blocks->len;

  for (guint i = 0; i < vote->chosen->len; i++)
    if (byline_keys_match (((BylineAuthor *) vote->chosen->pdata[i])->key, a->key))
      x[F_VOTE_CHOSEN] = 1.0;
  x[F_VOTE_BEST_SCORE] = log1p (vote->best_score);
  x[F_IN_BEST_GROUP] = best != NULL && byline_group_find_author (best, a->key) != NULL;

  for (guint i = 0; i < ctx->groups->len; i++)
    {
      BylineGroup *g = ctx->groups->pdata[i];
      BylineAuthor *o;
      Feature kind;

      if (g_strcmp0 (g->what, "meta-url") == 0 ||
          (o = byline_group_find_author (g, a->key)) == NULL)
        continue;
      g_array_append_val (c->groups, i);
      kind = !g->weak ? kind_feature (g) : weak_kind_feature (g);
      x[kind] = MAX (x[kind], g->weak ? 1.0 : g->weight);
      x[F_VOTE_SCORE] = MAX (x[F_VOTE_SCORE], g->score);
      x[F_N_GROUPS] += 1.0;
      x[F_N_AGREEING] += g->visible;
      x[F_VISIBLE] = MAX (x[F_VISIBLE], g->visible);
      x[F_LOCATED] = MAX (x[F_LOCATED], o->start >= 0);
      x[F_FILLS_BLOCK] = MAX (x[F_FILLS_BLOCK], g->fills_block);
      x[F_HAS_CONTACT] = MAX (x[F_HAS_CONTACT], o->email != NULL || o->url != NULL);
      x[F_HAS_AFFILIATION] = MAX (x[F_HAS_AFFILIATION], g->affiliation != NULL);
      x[F_ORGANISATION] = MAX (x[F_ORGANISATION], o->is_org);
      x[F_GROUP_SIZE] = MAX (x[F_GROUP_SIZE], MIN (g->authors->len, 10));
      kinds |= g->weak ? 1u << 5 : (guint) g->source;
      if (g->visible || (g->source != BYLINE_SOURCE_JSON_LD && g->source != BYLINE_SOURCE_META))
        metadata_only = FALSE;
      /* Named under the headline by any line, not only the strongest
       * (a name line there, whose author box at the end weighs more). */
      if (g->block >= 0 && ctx->headline >= 0 && g->block >= ctx->headline &&
          g->block - ctx->headline <= 5)
        x[F_ANY_LINE_BY_HEADLINE] = 1.0;
      /* The place on the page: the strongest group that has one. */
      if (g->block >= 0 && (guint) g->block < n_blocks &&
          (anchor == NULL || g->score > anchor->score))
        anchor = g;
    }
  /* the first line of its kind to name the candidate, among the lines
   * as strong as the anchor's (a poster's name-and-date line, not the
   * weak reading of the same line) */
  for (guint k = 0; anchor != NULL && k < c->groups->len && earlier > 0; k++)
    {
      BylineGroup *g = ctx->groups->pdata[g_array_index (c->groups, guint, k)];
      if (g->block >= 0 && g->weak == anchor->weak)
        earlier = MIN (earlier, earlier_same_kind (ctx, g, a->key));
    }
  x[F_EARLIER_SAME_KIND] = anchor != NULL ? earlier : 0;
  x[F_VOTE_SCORE] = log1p (x[F_VOTE_SCORE]);
  x[F_VOTE_SHARE] = vote->best_score > 0 ? MIN (expm1 (x[F_VOTE_SCORE]) / vote->best_score, 2.0)
                                         : 0.0;
  x[F_UNSEEN_METADATA_ONLY] = metadata_only && !x[F_VISIBLE];

  if (anchor != NULL)
    {
      WinnowBlock *b = ctx->blocks->pdata[anchor->block];
      WinnowBlockFlags flags = winnow_block_get_flags (b);
      WinnowBlockLabel label = winnow_block_get_label (b);
      int offset = ctx->headline >= 0 ? anchor->block - ctx->headline : 100;

      x[F_NEAR_HEADLINE] = offset >= 0 && offset <= 5;
      x[F_ABOVE_HEADLINE] = ctx->headline >= 0 && offset < 0;
      x[F_BLOCK_POSITION] = (double) anchor->block / MAX (n_blocks, 1);
      x[F_BLOCK_CONTENT] = label == WINNOW_BLOCK_LABEL_CONTENT ||
                           label == WINNOW_BLOCK_LABEL_TITLE;
      x[F_BLOCK_BOILERPLATE] = label == WINNOW_BLOCK_LABEL_BOILERPLATE;
      x[F_BLOCK_SCORE] = label == WINNOW_BLOCK_LABEL_UNKNOWN ? 0.5 : winnow_block_get_score (b);
      x[F_BLOCK_IN_LIST] = (flags & WINNOW_BLOCK_FLAG_IN_LIST) != 0;
      x[F_BLOCK_IN_NAV] = (flags & WINNOW_BLOCK_FLAG_IN_NAV) != 0;
      x[F_BLOCK_IN_ARTICLE] = (flags & WINNOW_BLOCK_FLAG_IN_ARTICLE) != 0;
      x[F_IN_COMMENTS] = page->comments >= 0 &&
                         (gssize) winnow_block_get_start (b) >= page->comments;
      x[F_NEAR_DATE] = date_near (ctx, anchor->block);
      x[F_PROSE_AFTER] = prose_after (ctx, anchor->block);
      x[F_RELATIVE_TIME] = relative_time_near (ctx, anchor->block);
      /* apart for weak candidates, whose lines of one shape are many */
      x[anchor->weak ? F_WEAK_SAME_KIND_OTHERS : F_SAME_KIND_OTHERS] =
        same_kind_others (ctx, anchor, a->key);
    }
  else
    {
      x[F_NO_BLOCK] = 1.0;
      x[F_BLOCK_POSITION] = 1.0;
      x[F_BLOCK_SCORE] = 0.5;
    }

  x[F_TOKENS] = MIN (count_tokens (a->name), 8);
  x[F_SINGLE_WORD] = strchr (a->name, ' ') == NULL;
  x[F_KNOWN_FIRST_NAME] = first_name_known (ctx, a->name);
  /* "by Clause", "Program", "Conductor": one English word that is no
   * first name is seldom a person (on WCXB dev 5 such names of 331 are
   * an author, all firms: "Arc", "Elliptic") */
  x[F_DICTIONARY_WORD] = x[F_SINGLE_WORD] != 0.0 && x[F_KNOWN_FIRST_NAME] == 0.0 &&
                         byline_lexicon_has (ctx->lex, BYLINE_LIST_ENGLISH_WORDS, a->name, -1);
  x[F_PERSON_SHAPE] = byline_is_plain_name (ctx->lex, a->name, strlen (a->name), TRUE);
  x[F_PLAIN_NAME] = byline_is_plain_name (ctx->lex, a->name, strlen (a->name), FALSE);
  x[F_READS_AS_NAME] = byline_reads_as_name (ctx, a->name, strlen (a->name));
  x[F_ENDS_IN_ROLE] = byline_lexicon_has (ctx->lex, BYLINE_LIST_ROLES,
                                          last != NULL ? last + 1 : a->name, -1);
  x[F_USER_NAME] = looks_like_user_name (a->name);
  x[F_SITE_NAME] = ctx->site_name != NULL && byline_keys_match (a->key, ctx->site_name);
  x[F_REPEATED] = count_occurrences (ctx->text, a->surface != NULL ? a->surface : a->name, 10);
  x[F_CANDIDATES] = MIN (n_candidates, 20);
  x[F_BYLINES] = MIN (vote->n_bylines, 10);
  x[F_ARTICLE_PAGE] = ctx->article_page;
  x[F_DATED] = byline_is_article (ctx);
  x[F_PRODUCT_PAGE] = ctx->product_page && !ctx->article_page;
  x[F_FRONT_PAGE] = ctx->front_page && !ctx->article_page;
  /* The vote's rules, as features: a lone unseen JSON-LD author not
   * shaped like a person (a CMS user, "Editorial Team"); a name no
   * byline word announces, on a page that gives no date (a forum's marks
   * around a poster, "r/Cooking •" over "EuroStepJam", announce one, and
   * so does a post's relative time, "2 days ago"). */
  x[F_UNSEEN_JSON_LD_ODD] = x[F_UNSEEN_METADATA_ONLY] != 0.0 && x[F_META] == 0.0 &&
                            x[F_PERSON_SHAPE] == 0.0;
  x[F_UNDATED_NAME_ONLY] = x[F_DATED] == 0.0 && x[F_TEXT_BY] == 0.0 &&
                           !named_by_markup_or_metadata (x) && x[F_TEXT_FORUM] == 0.0 &&
                           x[F_WEAK_POSTER] == 0.0 && x[F_RELATIVE_TIME] == 0.0;
  url_features (winnow_document_get_url (ctx->doc), x);
  x[F_PAGE_LENGTH] = log1p ((double) ctx->text_len);
  x[F_PAGE_DATES] = MIN (ctx->dates->len, 10);
  x[F_HAS_HEADLINE] = ctx->headline >= 0;
  /* A weak candidate's kind of line counts for much more by the
   * headline: "Podium Staff" there is the byline, in a footer a link
   * (on WCXB dev 20 of 24 teams by the headline are authors, 8 of 337
   * elsewhere); a linear scorer needs the pairs spelt out. */
  if (x[F_NEAR_HEADLINE] != 0.0)
    {
      gboolean weak = FALSE;
      static const Feature pairs[][2] = {
        { F_WEAK_TEAM, F_TEAM_BY_HEADLINE },
        { F_WEAK_BY, F_WEAK_BY_BY_HEADLINE },
        { F_WEAK_LEADING_NAME, F_LEADING_NAME_BY_HEADLINE },
        { F_NAME_LINE, F_NAME_LINE_BY_HEADLINE },
        { F_WEAK_POSTER, F_POSTER_BY_HEADLINE },
      };
      for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
        if (x[pairs[i][0]] != 0.0)
          {
            x[pairs[i][1]] = 1.0;
            weak = TRUE;
          }
      x[F_WEAK_BY_HEADLINE_AND_DATE] = weak && x[F_NEAR_DATE] != 0.0;
    }
  for (; kinds != 0; kinds &= kinds - 1)
    x[F_SOURCE_KINDS] += 1.0;
  if (names_host (page->host_labels, a->name))
    x[x[F_PERSON_SHAPE] != 0.0 ? F_HOST_PERSON : F_HOST_OTHER] = 1.0;
  x[F_COPYRIGHT_HOLDER] = in_copyright_line (page, a);
}

/* What the issue rules out whatever the data says: an organisation that
 * only unseen metadata names ("the site or an organisation reported as the
 * author"), and, unless trust-meta is set, a name only unseen metadata
 * gives on a page that is no article or beside a visible byline naming
 * another (a developer or CMS user, "dc.creator" left as it was). And the
 * vote's rule for pages without a publication or update date (shops,
 * services and lists name staff): a name no byline word, markup or
 * metadata announces, which the vote did not choose, is no author (on
 * WCXB dev 2 of 8 such names by a headline over prose are in plain
 * text; in HTML 2 of 6,213 such candidates). Such candidates are not
 * scored; train.py leaves them out the same way. */
gboolean
byline_candidate_vetoed (BylineContext         *ctx,
                         const BylineCandidate *c)
{
  if (c->x[F_UNDATED_NAME_ONLY] != 0.0 && c->x[F_VOTE_CHOSEN] == 0.0)
    return TRUE;
  /* a product's page names reviewers, not authors (no page of WCXB dev
   * with a product's structured data has an author) */
  if (c->x[F_PRODUCT_PAGE] != 0.0)
    return TRUE;
  /* a site's front page names the authors of the stories it lists */
  if (c->x[F_FRONT_PAGE] != 0.0)
    return TRUE;
  /* An HTML page whose By lines name different people lists stories (the
   * vote's rule): a name only such a line gives, which the vote did not
   * choose, is another story's author (on WCXB dev 1 of 283 is the
   * page's); the markup and the metadata say whose the page is. */
  if (winnow_document_is_html (ctx->doc) && c->x[F_BYLINES] >= 2.0 &&
      c->x[F_VOTE_CHOSEN] == 0.0 && c->x[F_TEXT_BY] != 0.0 && !named_by_markup_or_metadata (c->x))
    return TRUE;
  if (c->x[F_UNSEEN_METADATA_ONLY] == 0.0)
    return FALSE;
  /* a lone unseen JSON-LD name not shaped like a person is a CMS user
   * ("brandon-peaktwo"; none of the 10 on WCXB dev is an author); the
   * reader's byline under the headline outweighs tags naming another
   * (too few such pages for the scorer to learn it) */
  return c->x[F_ORGANISATION] != 0.0 ||
         (!ctx->opts->trust_meta && (c->x[F_DATED] == 0.0 || c->x[F_UNSEEN_JSON_LD_ODD] != 0.0 ||
                                     c->x[F_UNSEEN_BESIDE_BYLINE] != 0.0));
}

/* One candidate's name is a single word of the other's ("Juliette" and
 * "Juliette Carreiro"): one person, twice. */
gboolean
byline_candidates_same_person (const BylineCandidate *a,
                               const BylineCandidate *b)
{
  const char *ka = a->author->key, *kb = b->author->key;

  if (strchr (ka, ' ') == NULL && strchr (kb, ' ') != NULL)
    return key_has_word (kb, ka);
  if (strchr (kb, ' ') == NULL && strchr (ka, ' ') != NULL)
    return key_has_word (ka, kb);
  return FALSE;
}

/* The candidate to report for @top, the likeliest: the full name when
 * @top is one word of another candidate's name that is at least half as
 * likely ("Juliette" in the metadata, "Juliette Carreiro" in the byline)
 * or is the person whose name the host spells ("Brett" on
 * brettlarkin.com is Brett Larkin), else @top. */
BylineCandidate *
byline_candidates_fuller_name (GPtrArray       *candidates,
                               BylineCandidate *top)
{
  BylineCandidate *fuller = NULL;

  if (strchr (top->author->key, ' ') != NULL)
    return top;
  for (guint i = 0; i < candidates->len; i++)
    {
      BylineCandidate *c = candidates->pdata[i];
      if (c != top && (c->p * 2.0 >= top->p || (c->x[F_HOST_PERSON] != 0.0 && c->p > 0.0)) &&
          (fuller == NULL || c->p > fuller->p) &&
          strchr (c->author->key, ' ') != NULL && key_has_word (c->author->key, top->author->key))
        fuller = c;
    }
  return fuller != NULL ? fuller : top;
}

/* A co-author beside the top candidate: a name that reads as one, or one
 * the markup or the metadata gives. A "By:" label over lines also takes
 * the category under the byline's name ("Design Style") for one. */
gboolean
byline_candidate_coauthor (const BylineCandidate *c)
{
  return byline_candidate_reads_as_name (c) || named_by_markup_or_metadata (c->x);
}

/* The name reads as a person's (byline_reads_as_name()), as computed for
 * its feature. */
gboolean
byline_candidate_reads_as_name (const BylineCandidate *c)
{
  return c->x[F_READS_AS_NAME] != 0.0;
}

/* An organisation, or a name ending in a job title ("WCI Columnist"):
 * beside a person, no co-author. */
gboolean
byline_candidate_doubtful (const BylineCandidate *c)
{
  return c->x[F_ORGANISATION] != 0.0 || c->x[F_ENDS_IN_ROLE] != 0.0;
}

static BylineCandidate *
find_candidate (GPtrArray  *candidates,
                const char *key)
{
  for (guint i = 0; i < candidates->len; i++)
    {
      BylineCandidate *c = candidates->pdata[i];
      if (byline_keys_match (c->author->key, key))
        return c;
    }
  return NULL;
}

static void
add_candidate (GPtrArray    *candidates,
               BylineAuthor *author)
{
  BylineCandidate *c;

  if (find_candidate (candidates, author->key) != NULL)
    return;
  c = g_new0 (BylineCandidate, 1);
  c->author = author;
  c->x = g_new0 (double, N_FEATURES);
  c->groups = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (candidates, c);
}

/* Every person some group names, the vote's authors first (their names
 * as the vote chose them), then the others by the score of the group
 * naming them, in the groups' order. */
GPtrArray *
byline_candidates_collect (BylineContext    *ctx,
                           const BylineVote *vote)
{
  GPtrArray *candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_candidate_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  BylineGroup *best = NULL;
  PageFacts page;

  for (guint i = 0; i < vote->chosen->len; i++)
    add_candidate (candidates, vote->chosen->pdata[i]);
  for (guint i = 0; i < ctx->groups->len; i++)
    {
      BylineGroup *g = ctx->groups->pdata[i];
      if (g_strcmp0 (g->what, "meta-url") == 0 || g->authors->len == 0)
        continue;
      g_ptr_array_add (order, g);
      if (best == NULL || g->score > best->score + 1e-9)
        best = g;
    }
  /* stable: equal scores keep the groups' order */
  for (guint i = 1; i < order->len; i++)
    for (guint j = i; j > 0 && ((BylineGroup *) order->pdata[j])->score >
                               ((BylineGroup *) order->pdata[j - 1])->score + 1e-9; j--)
      {
        gpointer t = order->pdata[j];
        order->pdata[j] = order->pdata[j - 1];
        order->pdata[j - 1] = t;
      }
  for (guint i = 0; i < order->len; i++)
    {
      BylineGroup *g = order->pdata[i];
      for (guint k = 0; k < g->authors->len; k++)
        add_candidate (candidates, g->authors->pdata[k]);
    }
  page.host_labels = host_labels (winnow_document_get_url (ctx->doc));
  page.comments = byline_comments_start (ctx);
  page.copyright = copyright_lines (ctx);
  for (guint i = 0; i < candidates->len; i++)
    {
      compute_features (ctx, vote, &page, candidates->pdata[i], candidates->len, best);
      name_relations (candidates, candidates->pdata[i]);
    }
  for (guint i = 0; i < candidates->len; i++)
    unseen_beside_byline (candidates, candidates->pdata[i]);
  g_strfreev (page.host_labels);
  g_ptr_array_unref (page.copyright);
  return candidates;
}

/* Appends one JSON line per candidate to the file named by the
 * WINNOW_BYLINE_FEATURES environment variable (read at prepare), for
 * bench/byline/train.py. Documents may be processed on several threads. */
void
byline_candidates_dump (BylineContext *ctx,
                        GPtrArray     *candidates)
{
  static GMutex lock;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *line = NULL;
  FILE *out;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "source");
  json_builder_add_string_value (b, winnow_document_get_source_name (ctx->doc));
  json_builder_set_member_name (b, "html");
  json_builder_add_boolean_value (b, winnow_document_is_html (ctx->doc));
  json_builder_set_member_name (b, "features");
  json_builder_begin_array (b);
  for (guint i = 0; i < N_FEATURES; i++)
    json_builder_add_string_value (b, feature_names[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "groups");
  json_builder_begin_array (b);
  for (guint i = 0; i < ctx->groups->len; i++)
    {
      BylineGroup *g = ctx->groups->pdata[i];
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "score");
      json_builder_add_double_value (b, g->score);
      json_builder_set_member_name (b, "weak");
      json_builder_add_boolean_value (b, g->weak);
      json_builder_set_member_name (b, "what");
      json_builder_add_string_value (b, g->what);
      json_builder_set_member_name (b, "visible");
      json_builder_add_boolean_value (b, g->visible);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "candidates");
  json_builder_begin_array (b);
  for (guint i = 0; i < candidates->len; i++)
    {
      BylineCandidate *c = candidates->pdata[i];
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, c->author->name);
      json_builder_set_member_name (b, "p");
      json_builder_add_double_value (b, c->p);
      json_builder_set_member_name (b, "groups");
      json_builder_begin_array (b);
      for (guint k = 0; k < c->groups->len; k++)
        json_builder_add_int_value (b, g_array_index (c->groups, guint, k));
      json_builder_end_array (b);
      json_builder_set_member_name (b, "x");
      json_builder_begin_array (b);
      for (guint k = 0; k < N_FEATURES; k++)
        json_builder_add_double_value (b, c->x[k]);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  line = json_generator_to_data (gen, NULL);

  g_mutex_lock (&lock);
  out = fopen (ctx->opts->features_path, "a");
  if (out != NULL)
    {
      fprintf (out, "%s\n", line);
      fclose (out);
    }
  g_mutex_unlock (&lock);
}
