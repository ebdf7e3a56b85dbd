/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Evidence from <meta> tags of the head, and the date a URL carries. */
#include "byline-private.h"

#include <string.h>

typedef struct {
  const char *name;
  double      weight;
  gboolean    one_person; /* each tag names one person, maybe "Doe, Jane" */
} MetaKey;

static const MetaKey author_keys[] = {
  { "author", 2.0 },
  { "article:author", 2.0 },
  { "og:article:author", 2.0 },
  { "byl", 2.0 },
  { "parsely-author", 2.0 },
  { "sailthru.author", 2.0 },
  { "citation_author", 2.0, TRUE },
  { "dc.creator", 1.6, TRUE },
  { "dcterms.creator", 1.6, TRUE },
  { "dc.creator.name", 1.6, TRUE },
  { "rbauthors", 1.8 },
  { "dcsext.author", 1.8 },
  { "article.author", 1.8 },
  { "cxenseparse:author", 1.8 },
  { "shareaholic:article_author_name", 1.8 },
  { "author_name", 1.6 },
  { "twitter:creator:name", 1.4 },
  { NULL, 0 }
};

static const MetaKey published_keys[] = {
  { "article:published_time", 3.0 },
  { "og:article:published_time", 3.0 },
  { "article:published", 2.2 },
  { "published_time", 2.2 },
  { "datepublished", 2.2 },
  { "parsely-pub-date", 2.2 },
  { "sailthru.date", 2.0 },
  { "citation_publication_date", 2.0 },
  { "citation_date", 1.8 },
  { "citation_online_date", 1.8 },
  { "pubdate", 2.0 },
  { "publishdate", 2.0 },
  { "publish-date", 2.0 },
  { "publish_date", 2.0 },
  { "article.published", 2.0 },
  { "og:pubdate", 2.0 },
  { "dc.date.issued", 1.8 },
  { "dcterms.issued", 1.8 },
  { "dcterms.created", 1.6 },
  { "dc.date", 1.6 },
  { "dcterms.date", 1.6 },
  { "date", 1.5 },
  { "cxenseparse:recs:publishtime", 1.8 },
  { "rnews:datepublished", 1.8 },
  { "ms.date", 1.5 },               /* Microsoft's documentation */
  { NULL, 0 }
};

static const MetaKey updated_keys[] = {
  { "article:modified_time", 2.0 },
  { "og:updated_time", 1.8 },
  { "datemodified", 1.8 },
  { "last-modified", 1.2 },
  { "dcterms.modified", 1.5 },
  { "article:modified", 1.8 },
  { NULL, 0 }
};

static gboolean
is_url (const char *s)
{
  return g_str_has_prefix (s, "http://") || g_str_has_prefix (s, "https://") ||
         g_str_has_prefix (s, "//") || g_str_has_prefix (s, "www.");
}

/* twitter:data1 is the author when twitter:label1 says so (Yoast). */
/* A template's field the CMS never filled in: "{{ author }}", "${author}",
 * "page.head.extra.author" (a dotted path ending in the field's name). */
static gboolean
is_placeholder (const char *s)
{
  static const char *fields[] = { "author", "authors", "name", "byline", "creator", NULL };
  const char *last = strrchr (s, '.');

  if (strstr (s, "{{") != NULL || strstr (s, "{%") != NULL || strstr (s, "${") != NULL)
    return TRUE;
  if (last == NULL || last == s)
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!g_ascii_islower (*p) && *p != '.' && *p != '_')
      return FALSE;
  return g_strv_contains (fields, last + 1);
}

static const char *
twitter_author (WinnowDocument *doc)
{
  static const char *labels[] = { "twitter:label1", "twitter:label2", NULL };
  static const char *data[] = { "twitter:data1", "twitter:data2", NULL };

  for (guint i = 0; labels[i]; i++)
    {
      const char *label = winnow_document_get_head_meta (doc, labels[i]);
      if (label != NULL && (g_ascii_strcasecmp (label, "Written by") == 0 ||
                            g_ascii_strcasecmp (label, "Author") == 0 ||
                            g_ascii_strcasecmp (label, "Geschrieben von") == 0 ||
                            g_ascii_strcasecmp (label, "Écrit par") == 0 ||
                            g_ascii_strcasecmp (label, "Escrito por") == 0))
        return winnow_document_get_head_meta (doc, data[i]);
    }
  return NULL;
}

/* "Doe, Jane A." as "Jane A. Doe": the family name first, as library
 * and scholarly tags write one person (citation_author, dc.creator);
 * NULL when @value is not that ("Jane Doe", "Jane Doe, PhD", "Doe,
 * Jane, Roe, John"). */
static char *
family_name_first (const BylineLexicon *lex,
                   const char          *value)
{
  g_autofree char *bare = g_strdup (value);
  const char *comma;
  g_autofree char *family = NULL;
  g_autofree char *given = NULL;
  g_auto(GStrv) given_words = NULL;
  guint n_family = 1;
  char *last;

  /* without trailing credentials: "Doe, Jane, PhD" */
  while ((last = strrchr (bare, ',')) != NULL &&
         byline_lexicon_has (lex, BYLINE_LIST_CREDENTIALS, g_strstrip (last + 1), -1))
    *last = '\0';
  comma = strchr (bare, ',');
  if (comma == NULL || strchr (comma + 1, ',') != NULL || strchr (bare, ';') != NULL)
    return NULL;
  value = bare;
  family = g_strstrip (g_strndup (value, comma - value));
  given = g_strstrip (g_strdup (comma + 1));
  if (*family == '\0' || *given == '\0')
    return NULL;
  for (const char *p = family; *p; p++)
    if (g_ascii_isdigit (*p) || (*p == ' ' && ++n_family > 3))
      return NULL;
  /* "Jane Doe, John Roe": two people, the first written in full */
  if (n_family > 1 && g_ascii_isupper (family[0]))
    {
      gsize first = strcspn (family, " ");
      if (byline_lexicon_has (lex, BYLINE_LIST_FIRST_NAMES, family, first))
        return NULL;
    }
  given_words = g_strsplit (given, " ", -1);
  if (g_strv_length (given_words) > 3)
    return NULL;
  /* "Jane Doe, PhD", "John Smith, Jr.", "Jane Doe, Editor" */
  for (guint i = 0; given_words[i] != NULL; i++)
    if (byline_lexicon_has (lex, BYLINE_LIST_CREDENTIALS, given_words[i], -1) ||
        byline_lexicon_has (lex, BYLINE_LIST_NAME_SUFFIXES, given_words[i], -1) ||
        byline_lexicon_has (lex, BYLINE_LIST_ROLES, given_words[i], -1))
      return NULL;
  return g_strdup_printf ("%s %s", given, family);
}

static void
add_author_value (BylineContext *ctx,
                  GHashTable    *seen,
                  const char    *value,
                  const char    *what,
                  double         weight,
                  gboolean       one_person,
                  BylineGroup  **list)
{
  g_autofree char *reordered = NULL;
  g_autofree char *folded = NULL;
  BylineParse parse;
  BylineGroup *group;
  gsize skip;

  if (value == NULL || *value == '\0' || is_placeholder (value))
    return;
  if (is_url (value))
    {
      /* article:author is often the author's page: keep it for a name
       * found elsewhere. */
      group = byline_group_new (BYLINE_SOURCE_META, "meta-url", 0.0);
      group->raw = g_strdup (value);
      g_ptr_array_add (ctx->groups, group);
      return;
    }
  if (one_person && (reordered = family_name_first (ctx->lex, value)) != NULL)
    value = reordered;
  folded = byline_fold (value, -1);
  if (g_hash_table_contains (seen, folded))
    return;
  g_hash_table_add (seen, g_steal_pointer (&folded));

  skip = byline_lexicon_match_prefix (ctx->lex, value, strlen (value));
  byline_parse_init (&parse);
  if (byline_parse_names (ctx->lex, ctx->date_parser, value + skip, strlen (value + skip),
                          BYLINE_PARSE_META, ctx->max_year, &parse))
    {
      if (list != NULL && *list != NULL)
        byline_group_add_parse (*list, &parse, -1);
      else
        {
          group = byline_group_new (BYLINE_SOURCE_META, what, weight);
          byline_group_add_parse (group, &parse, -1);
          g_ptr_array_add (ctx->groups, group);
          if (list != NULL)
            *list = group;
        }
    }
  else if (parse.affiliation != NULL)
    {
      group = byline_group_new (BYLINE_SOURCE_META, what, weight);
      group->affiliation = g_strdup (parse.affiliation);
      g_ptr_array_add (ctx->groups, group);
    }
  byline_parse_clear (&parse);
}

static gboolean
key_known (const MetaKey *keys,
           const char    *name)
{
  for (guint i = 0; keys[i].name; i++)
    if (strcmp (keys[i].name, name) == 0)
      return TRUE;
  return FALSE;
}

/* The last part of a tag's name: "published" of "og:published",
 * "at" of "published_at". */
static const char *
last_name_part (const char *name)
{
  const char *last = name;

  for (const char *p = name; *p; p++)
    if (*p == ':' || *p == '.' || *p == '_' || *p == '-')
      last = p + 1;
  return last;
}

/* A date tag no table names ("w-published-date", "published-date",
 * "modified-time", "published", "updated_at"): its name says what it
 * holds. Weighed below the tags whose use is known. */
static void
add_other_date_tags (BylineContext *ctx)
{
  static const char *date_parts[] = { "published", "updated", "modified", "at", "on", NULL };
  g_auto(GStrv) names = winnow_document_list_head_meta (ctx->doc);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      const char *n = names[i];
      gboolean dated = strstr (n, "date") != NULL || strstr (n, "time") != NULL ||
                       g_strv_contains (date_parts, last_name_part (n));
      gboolean publish = strstr (n, "publish") != NULL;
      gboolean update = strstr (n, "modif") != NULL || strstr (n, "updat") != NULL;

      if (!dated || publish == update || key_known (published_keys, n) ||
          key_known (updated_keys, n))
        continue;
      byline_add_date (ctx, winnow_document_get_head_meta (ctx->doc, n), -1, -1,
                       BYLINE_SOURCE_META, "other-date-tag", publish ? 1.5 : 1.2, update);
    }
}

void
byline_stage_meta (BylineContext *ctx)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *site = winnow_document_get_head_meta (ctx->doc, "og:site_name");
  const char *og = winnow_document_get_head_meta (ctx->doc, "og:type");
  g_autofree char *og_type = og != NULL ? g_ascii_strdown (og, -1) : NULL;

  if (site == NULL)
    site = winnow_document_get_head_meta (ctx->doc, "application-name");
  if (site != NULL && ctx->site_name == NULL)
    ctx->site_name = byline_name_key (site);
  /* "product", "og:product", "product.item" */
  if (og_type != NULL && strstr (og_type, "product") != NULL)
    ctx->product_page = TRUE;
  /* (a book's pages, "book", have authors as an article has) */
  if (og_type != NULL && (g_str_has_prefix (og_type, "article") || strcmp (og_type, "book") == 0))
    ctx->article_page = TRUE;

  /* Repeated tags (citation_author, several article:author) each name
   * one author of one list: a group, as a byline naming them all. */
  for (guint i = 0; author_keys[i].name; i++)
    {
      const char * const *values = winnow_document_get_head_meta_all (ctx->doc, author_keys[i].name);
      BylineGroup *list = NULL;
      for (guint v = 0; values && values[v]; v++)
        add_author_value (ctx, seen, values[v], author_keys[i].name, author_keys[i].weight,
                          author_keys[i].one_person, &list);
    }
  add_author_value (ctx, seen, twitter_author (ctx->doc), "twitter:data", 1.8, FALSE, NULL);

  for (guint i = 0; published_keys[i].name; i++)
    byline_add_date (ctx, winnow_document_get_head_meta (ctx->doc, published_keys[i].name),
                     -1, -1, BYLINE_SOURCE_META, published_keys[i].name,
                     published_keys[i].weight, FALSE);
  for (guint i = 0; updated_keys[i].name; i++)
    byline_add_date (ctx, winnow_document_get_head_meta (ctx->doc, updated_keys[i].name),
                     -1, -1, BYLINE_SOURCE_META, updated_keys[i].name,
                     updated_keys[i].weight, TRUE);
  add_other_date_tags (ctx);
}

/* "/2017/07/07/" or "/2017-07-07-" in the canonical URL. */
void
byline_stage_url (BylineContext *ctx)
{
  const char *url = winnow_document_get_url (ctx->doc);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) info = NULL;

  if (url == NULL)
    return;
  regex = g_regex_new ("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$)", 0, 0, NULL);
  if (regex == NULL)
    return;
  if (g_regex_match (regex, url, 0, &info))
    {
      g_autofree char *y = g_match_info_fetch (info, 1);
      g_autofree char *m = g_match_info_fetch (info, 2);
      g_autofree char *d = g_match_info_fetch (info, 3);
      g_autofree char *iso = g_strdup_printf ("%s-%02d-%02d", y, atoi (m), atoi (d));
      byline_add_date (ctx, iso, -1, -1, BYLINE_SOURCE_URL, "url", 3.0, FALSE);
    }
}
