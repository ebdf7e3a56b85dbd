/* SPDX-License-Identifier: LGPL-2.1-or-later */
/**
 * WinnowBylineFilter:
 *
 * The `byline` filter finds who wrote an article, how to reach them, for
 * whom, and when. It combines four kinds of evidence (JSON-LD, meta tags,
 * the HTML markup and the text; see #WinnowBylineFilter:sources) rather
 * than taking the first hit, and sets the metadata
 * %WINNOW_META_AUTHORS (`aa{sv}` with name, email, url, role),
 * %WINNOW_META_AFFILIATION, %WINNOW_META_DATE, %WINNOW_META_UPDATED and
 * %WINNOW_META_BYLINE (the raw byline text). It adds AUTHOR, EMAIL and
 * DATE spans over the text it read, and labels a block
 * %WINNOW_BLOCK_LABEL_BYLINE only when the byline fills it. Who the
 * authors are is decided by a learned scorer over every person the
 * evidence names (#WinnowBylineFilter:html-model,
 * #WinnowBylineFilter:text-model).
 *
 * For plain-text input the text stage is all there is.
 */
#include "winnow-byline-filter.h"

#include <string.h>

#include "byline-private.h"

struct _WinnowBylineFilter
{
  WinnowFilter      parent_instance;

  /* properties */
  guint             sources;
  gboolean          trust_meta;
  char            **ignore_names;
  guint             max_authors;
  double            min_score;
  double            min_confidence;
  gboolean          label_block;
  int               min_year;
  char             *html_model_path;
  char             *text_model_path;

  /* read-only after prepare */
  BylineLexicon    *lex;
  BylineDateParser *dates;
  BylineModel      *html_model;
  BylineModel      *text_model;
  char             *features_path;
  BylineOptions     opts;
};

G_DEFINE_FINAL_TYPE (WinnowBylineFilter, winnow_byline_filter, WINNOW_TYPE_FILTER)

G_DEFINE_FLAGS_TYPE (WinnowBylineSources, winnow_byline_sources,
  G_DEFINE_ENUM_VALUE (WINNOW_BYLINE_SOURCES_JSON_LD, "json-ld"),
  G_DEFINE_ENUM_VALUE (WINNOW_BYLINE_SOURCES_META, "meta"),
  G_DEFINE_ENUM_VALUE (WINNOW_BYLINE_SOURCES_MARKUP, "markup"),
  G_DEFINE_ENUM_VALUE (WINNOW_BYLINE_SOURCES_TEXT, "text"),
  G_DEFINE_ENUM_VALUE (WINNOW_BYLINE_SOURCES_URL, "url"))

G_STATIC_ASSERT ((int) WINNOW_BYLINE_SOURCES_JSON_LD == (int) BYLINE_SOURCE_JSON_LD);
G_STATIC_ASSERT ((int) WINNOW_BYLINE_SOURCES_META == (int) BYLINE_SOURCE_META);
G_STATIC_ASSERT ((int) WINNOW_BYLINE_SOURCES_MARKUP == (int) BYLINE_SOURCE_MARKUP);
G_STATIC_ASSERT ((int) WINNOW_BYLINE_SOURCES_TEXT == (int) BYLINE_SOURCE_TEXT);
G_STATIC_ASSERT ((int) WINNOW_BYLINE_SOURCES_URL == (int) BYLINE_SOURCE_URL);

enum {
  PROP_0,
  PROP_SOURCES,
  PROP_TRUST_META,
  PROP_IGNORE_NAMES,
  PROP_MAX_AUTHORS,
  PROP_MIN_SCORE,
  PROP_MIN_CONFIDENCE,
  PROP_LABEL_BLOCK,
  PROP_MIN_YEAR,
  PROP_HTML_MODEL,
  PROP_TEXT_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
winnow_byline_filter_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  WinnowBylineFilter *self = WINNOW_BYLINE_FILTER (object);

  switch (prop_id)
    {
    case PROP_SOURCES: g_value_set_flags (value, self->sources); break;
    case PROP_TRUST_META: g_value_set_boolean (value, self->trust_meta); break;
    case PROP_IGNORE_NAMES: g_value_set_boxed (value, self->ignore_names); break;
    case PROP_MAX_AUTHORS: g_value_set_uint (value, self->max_authors); break;
    case PROP_MIN_SCORE: g_value_set_double (value, self->min_score); break;
    case PROP_MIN_CONFIDENCE: g_value_set_double (value, self->min_confidence); break;
    case PROP_LABEL_BLOCK: g_value_set_boolean (value, self->label_block); break;
    case PROP_MIN_YEAR: g_value_set_int (value, self->min_year); break;
    case PROP_HTML_MODEL: g_value_set_string (value, self->html_model_path); break;
    case PROP_TEXT_MODEL: g_value_set_string (value, self->text_model_path); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
winnow_byline_filter_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  WinnowBylineFilter *self = WINNOW_BYLINE_FILTER (object);

  if (winnow_filter_is_prepared (WINNOW_FILTER (self)))
    {
      g_warning ("byline: property %s changed after prepare; ignored", pspec->name);
      return;
    }

  switch (prop_id)
    {
    case PROP_SOURCES: self->sources = g_value_get_flags (value); break;
    case PROP_TRUST_META: self->trust_meta = g_value_get_boolean (value); break;
    case PROP_IGNORE_NAMES:
      g_strfreev (self->ignore_names);
      self->ignore_names = g_value_dup_boxed (value);
      break;
    case PROP_MAX_AUTHORS: self->max_authors = g_value_get_uint (value); break;
    case PROP_MIN_SCORE: self->min_score = g_value_get_double (value); break;
    case PROP_MIN_CONFIDENCE: self->min_confidence = g_value_get_double (value); break;
    case PROP_LABEL_BLOCK: self->label_block = g_value_get_boolean (value); break;
    case PROP_MIN_YEAR: self->min_year = g_value_get_int (value); break;
    case PROP_HTML_MODEL:
      g_free (self->html_model_path);
      self->html_model_path = g_value_dup_string (value);
      break;
    case PROP_TEXT_MODEL:
      g_free (self->text_model_path);
      self->text_model_path = g_value_dup_string (value);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
winnow_byline_filter_finalize (GObject *object)
{
  WinnowBylineFilter *self = WINNOW_BYLINE_FILTER (object);

  g_strfreev (self->ignore_names);
  g_free (self->html_model_path);
  g_free (self->text_model_path);
  g_free (self->features_path);
  g_clear_pointer (&self->html_model, byline_model_free);
  g_clear_pointer (&self->text_model, byline_model_free);
  g_clear_pointer (&self->dates, byline_date_parser_free);
  g_clear_pointer (&self->lex, byline_lexicon_free);

  G_OBJECT_CLASS (winnow_byline_filter_parent_class)->finalize (object);
}

static gboolean
winnow_byline_filter_prepare (WinnowFilter  *filter,
                              GError       **error)
{
  WinnowBylineFilter *self = WINNOW_BYLINE_FILTER (filter);
  g_autoptr(GError) local = NULL;
  g_autofree char *html_model = NULL;
  g_autofree char *text_model = NULL;

  self->lex = byline_lexicon_load ((const char * const *) self->ignore_names, &local);
  if (self->lex != NULL)
    self->dates = byline_date_parser_new (self->lex, &local);
  if (self->dates == NULL)
    {
      g_set_error (error, WINNOW_FILTER_ERROR, WINNOW_FILTER_ERROR_PREPARE,
                   "byline: %s", local->message);
      return FALSE;
    }

  html_model = winnow_filter_find_data_file (filter, self->html_model_path,
                                             "byline/model-html.txt", error);
  if (html_model == NULL ||
      (self->html_model = byline_model_load (html_model, TRUE, error)) == NULL)
    return FALSE;
  text_model = winnow_filter_find_data_file (filter, self->text_model_path,
                                             "byline/model-text.txt", error);
  if (text_model == NULL ||
      (self->text_model = byline_model_load (text_model, FALSE, error)) == NULL)
    return FALSE;
  /* bench/byline/train.py reads the candidates' features from here */
  self->features_path = g_strdup (g_getenv ("WINNOW_BYLINE_FEATURES"));

  self->opts.sources = self->sources;
  self->opts.trust_meta = self->trust_meta;
  self->opts.label_block = self->label_block;
  self->opts.max_authors = self->max_authors;
  self->opts.min_score = self->min_score;
  self->opts.min_confidence = self->min_confidence;
  self->opts.min_year = self->min_year;
  self->opts.html_model = self->html_model;
  self->opts.text_model = self->text_model;
  self->opts.features_path = self->features_path;
  return TRUE;
}

/* A third or more of the line is a date: a byline's line ("amondale
 * (Amondale) November 8, 2024, 7:33pm 1", "Published March 3, 2020"),
 * not a headline. */
static gboolean
is_dated_line (BylineContext *ctx,
               const char    *s,
               gsize          n)
{
  gsize start, end;

  return byline_find_date_span (ctx, s, n, &start, &end) && (end - start) * 3 >= n;
}

/* The line is all names and what the names parser reads beside them: a
 * byline ("Brian Truitt USA TODAY", "Jane Doe and John Roe"), not a
 * headline. */
static gboolean
is_names_line (BylineContext *ctx,
               const char    *s,
               gsize          n)
{
  BylineParse parse;

  if (!byline_parse_names_line (ctx, s, n, &parse))
    return FALSE;
  byline_parse_clear (&parse);
  return TRUE;
}

/* Without markup or a TITLE label: the headline is the last line of four
 * words or more, not a sentence, a dated line nor a line of names, in the
 * eight lines above the first paragraph of prose. */
static int
guess_headline (BylineContext *ctx)
{
  GPtrArray *blocks = ctx->blocks;
  const char *text = ctx->text;

  for (guint i = 0; i < blocks->len; i++)
    {
      if (!byline_is_long_paragraph (text, blocks->pdata[i]))
        continue;
      for (guint k = i; k > 0 && k + 8 > i; k--)
        {
          WinnowBlock *c = blocks->pdata[k - 1];
          gsize cn = winnow_block_get_end (c) - winnow_block_get_start (c);
          const char *cs = text + winnow_block_get_start (c);
          if (cn >= 20 && cn <= 200 && byline_count_words (cs, cn) >= 4 && cs[cn - 1] != '.' &&
              !is_dated_line (ctx, cs, cn) && !is_names_line (ctx, cs, cn))
            return k - 1;
        }
      return i > 0 ? (int) i - 1 : 0;
    }
  return -1;
}

/* The headline: the block a filter labelled TITLE, else the first <h1>,
 * else the block that repeats the title, else (plain text) the first. */
static int
find_headline (BylineContext *ctx)
{
  WinnowDocument *doc = ctx->doc;
  GPtrArray *blocks = ctx->blocks;
  const char *text = ctx->text;

  const char *title = winnow_document_get_title (doc);
  int h1 = -1, same = -1;

  for (guint i = 0; i < blocks->len; i++)
    {
      WinnowBlock *b = blocks->pdata[i];
      gsize start = winnow_block_get_start (b), end = winnow_block_get_end (b);

      if (winnow_block_get_label (b) == WINNOW_BLOCK_LABEL_TITLE)
        return i;
      if (h1 < 0 && winnow_block_get_kind (b) == WINNOW_BLOCK_KIND_HEADING &&
          winnow_block_get_heading_level (b) == 1)
        h1 = i;
      if (same < 0 && title != NULL && end - start == strlen (title) &&
          strncmp (text + start, title, end - start) == 0)
        same = i;
    }
  if (h1 >= 0)
    return h1;
  if (same >= 0)
    return same;
  return guess_headline (ctx);
}

/* Whether @url is the root of its site ("https://techcrunch.com/"); not
 * with a query, which may name a post ("https://example.org/?p=123"), nor
 * when what comes before the path is no host: a page that escaped its
 * path's slashes ("https://blog.example.fr%2Farticles%2F...") is no root. */
static gboolean
is_front_page (const char *url)
{
  const char *authority = url != NULL ? strstr (url, "://") : NULL;
  const char *path;

  if (authority == NULL)
    return FALSE;
  authority += 3;
  path = strpbrk (authority, "/?#");
  for (const char *p = authority; p < (path ? path : authority + strlen (authority)); p++)
    if (!g_ascii_isalnum (*p) && strchr (".-:@[]_", *p) == NULL)
      return FALSE;
  return path == NULL || (path[0] == '/' && (path[1] == '\0' || path[1] == '#')) ||
         path[0] == '#';
}

static gboolean
winnow_byline_filter_process (WinnowFilter    *filter,
                              WinnowDocument  *doc,
                              GCancellable    *cancellable,
                              GError         **error)
{
  WinnowBylineFilter *self = WINNOW_BYLINE_FILTER (filter);
  BylineContext ctx = { 0, };
  const char *language = winnow_document_get_language (doc);
  gboolean html = winnow_document_is_html (doc);
  guint sources = self->opts.sources;

  ctx.doc = doc;
  ctx.lex = self->lex;
  ctx.date_parser = self->dates;
  ctx.opts = &self->opts;
  ctx.filter_name = winnow_filter_get_name (filter);
  ctx.text = winnow_document_get_text (doc, &ctx.text_len);
  ctx.blocks = winnow_document_get_blocks (doc);
  ctx.labelled = winnow_document_has_labels (doc);
  ctx.body = -1;
  ctx.byline_block = -1;
  ctx.now = g_date_time_new_now_utc ();
  ctx.max_year = g_date_time_get_year (ctx.now) + 1;
  ctx.groups = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_group_free);
  ctx.dates = g_ptr_array_new_with_free_func ((GDestroyNotify) byline_date_free);
  /* 07/08/2017 is 8 July in the US and 7 August nearly everywhere else. */
  ctx.day_first = language != NULL && g_strcmp0 (language, "en") != 0;
  ctx.headline = find_headline (&ctx);
  ctx.front_page = is_front_page (winnow_document_get_url (doc));

  if (html && (sources & BYLINE_SOURCE_META))
    byline_stage_meta (&ctx);
  if (html && (sources & BYLINE_SOURCE_JSON_LD))
    byline_stage_json_ld (&ctx);
  if (html && (sources & BYLINE_SOURCE_MARKUP))
    byline_stage_markup (&ctx);
  if (sources & BYLINE_SOURCE_TEXT)
    byline_stage_text (&ctx);
  if (sources & BYLINE_SOURCE_URL)
    byline_stage_url (&ctx);

  if (!g_cancellable_set_error_if_cancelled (cancellable, error))
    byline_decide (&ctx);

  g_ptr_array_unref (ctx.groups);
  g_ptr_array_unref (ctx.dates);
  g_clear_pointer (&ctx.mailto, g_hash_table_unref);
  g_free (ctx.date_lines);
  g_date_time_unref (ctx.now);
  g_free (ctx.site_name);
  return error == NULL || *error == NULL;
}

static void
winnow_byline_filter_class_init (WinnowBylineFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WinnowFilterClass *filter_class = WINNOW_FILTER_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS |
                      G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = winnow_byline_filter_get_property;
  object_class->set_property = winnow_byline_filter_set_property;
  object_class->finalize = winnow_byline_filter_finalize;
  filter_class->prepare = winnow_byline_filter_prepare;
  filter_class->process = winnow_byline_filter_process;

  winnow_filter_class_set_metadata (filter_class, "Byline parser",
                                    "Finds the authors (name, e-mail, profile URL, role), "
                                    "affiliation and publication and update dates of an "
                                    "article from JSON-LD, meta tags, markup and text");

  /**
   * WinnowBylineFilter:sources:
   *
   * The kinds of evidence to use. Plain-text documents only ever have
   * the text.
   */
  properties[PROP_SOURCES] =
    g_param_spec_flags ("sources", "Sources",
                        "Evidence to use: json-ld, meta, markup, text, url (joined with +)",
                        WINNOW_TYPE_BYLINE_SOURCES, BYLINE_SOURCE_ALL, flags);
  /**
   * WinnowBylineFilter:trust-meta:
   *
   * Report authors from meta tags and JSON-LD even when the name never
   * appears in the page's visible text. Off by default: such names are
   * often the site's developer or CMS user.
   */
  properties[PROP_TRUST_META] =
    g_param_spec_boolean ("trust-meta", "Trust meta",
                          "Believe meta-tag and JSON-LD authors whose name is not in the visible text",
                          FALSE, flags);
  /**
   * WinnowBylineFilter:ignore-names:
   *
   * Names never to report as authors (compared case-insensitively), e.g.
   * a site's house account.
   */
  properties[PROP_IGNORE_NAMES] =
    g_param_spec_boxed ("ignore-names", "Ignore names",
                        "Names never to report as authors (case-insensitive)",
                        G_TYPE_STRV, flags);
  /**
   * WinnowBylineFilter:max-authors:
   *
   * The most authors to report.
   */
  properties[PROP_MAX_AUTHORS] =
    g_param_spec_uint ("max-authors", "Maximum authors",
                       "The most authors to report",
                       1, 100, 10, flags);
  /**
   * WinnowBylineFilter:min-score:
   *
   * How much evidence the hand-weighted vote needs to choose authors: a
   * "By" line scores 2.5, a byline element 2, JSON-LD 3, a meta tag 2,
   * plus half the score of each other source that agrees. The vote's
   * choice is one feature of the learned scorer that decides (see
   * #WinnowBylineFilter:html-model), so raising it makes authors rarer
   * without forbidding them.
   */
  properties[PROP_MIN_SCORE] =
    g_param_spec_double ("min-score", "Minimum score",
                         "Evidence the vote needs to choose authors (one byline line scores about 2.5)",
                         0.0, 20.0, 1.0, flags);
  /**
   * WinnowBylineFilter:min-confidence:
   *
   * The probability the learned scorer must give the likeliest author
   * (against reporting nobody) before the byline's authors are reported:
   * the filter's precision and recall balance. -1, the default, takes the
   * threshold the model was trained with (the one that got the most
   * author sets exactly right on its training pages while leaving the
   * pages without an author alone); raise it towards 1 for fewer, surer
   * authors, lower it towards 0 to miss fewer.
   */
  properties[PROP_MIN_CONFIDENCE] =
    g_param_spec_double ("min-confidence", "Minimum confidence",
                         "Probability the author scorer needs to report authors, 0 to 1 (-1: the model's own threshold)",
                         -1.0, 1.0, -1.0, flags);
  /**
   * WinnowBylineFilter:label-block:
   *
   * Label the block the byline fills %WINNOW_BLOCK_LABEL_BYLINE (which
   * takes it out of the content).
   */
  properties[PROP_LABEL_BLOCK] =
    g_param_spec_boolean ("label-block", "Label block",
                          "Label the block that holds only the byline BYLINE",
                          TRUE, flags);
  /**
   * WinnowBylineFilter:min-year:
   *
   * Dates before this year are not believed.
   */
  properties[PROP_MIN_YEAR] =
    g_param_spec_int ("min-year", "Minimum year",
                      "Earliest plausible year of a publication date",
                      1900, 2100, 1995, flags);

  /**
   * WinnowBylineFilter:html-model:
   *
   * The author scorer for HTML pages: a file written by
   * bench/byline/train.py. %NULL for the shipped
   * `byline/model-html.txt` of the data path.
   */
  properties[PROP_HTML_MODEL] =
    g_param_spec_string ("html-model", "HTML author model",
                         "Author scorer for HTML (default: byline/model-html.txt in the data path)",
                         NULL, flags);
  /**
   * WinnowBylineFilter:text-model:
   *
   * The author scorer for plain text. %NULL for the shipped
   * `byline/model-text.txt` of the data path.
   */
  properties[PROP_TEXT_MODEL] =
    g_param_spec_string ("text-model", "Text author model",
                         "Author scorer for plain text (default: byline/model-text.txt in the data path)",
                         NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
winnow_byline_filter_init (WinnowBylineFilter *self)
{
  self->sources = BYLINE_SOURCE_ALL;
  self->max_authors = 10;
  self->min_score = 1.0;
  self->min_confidence = -1.0;
  self->label_block = TRUE;
  self->min_year = 1995;
}
