/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Evidence from JSON-LD: the author and dates of the page's Article,
 * NewsArticle, BlogPosting, ... also inside @graph and arrays, with @id
 * references resolved, Person preferred over Organization. */
#include "byline-private.h"

#include <json-glib/json-glib.h>
#include <string.h>

static const char *article_types[] = {
  "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
  "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
  "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
  "TechArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "Report",
  "SocialMediaPosting", "DiscussionForumPosting", "LiveBlogPosting",
  "Posting", "Review", "Recipe", "HowTo", "Guide", "PodcastEpisode",
  "Thesis", "Book", "CreativeWork", "Answer", "Question", NULL
};

static const char *page_types[] = {
  "WebPage", "ItemPage", "AboutPage", "MedicalWebPage", "CollectionPage",
  "ProfilePage", "QAPage", "FAQPage", "VideoObject", NULL
};

/* What a page is about: a product's page names reviewers, not an author;
 * an article's type says the page is one even when it sells things too. */
static const char *product_types[] = {
  "Product", "ProductGroup", "IndividualProduct", "ProductModel", "Car",
  "Vehicle", NULL
};

static const char *news_types[] = {
  "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
  "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
  "ReviewNewsArticle", "TechArticle", "ScholarlyArticle", "LiveBlogPosting",
  "MedicalScholarlyArticle", "SatiricalArticle", NULL
};

typedef struct {
  BylineContext *ctx;
  GHashTable    *ids;       /* @id -> JsonObject, borrowed */
  GPtrArray     *objects;   /* JsonObject, borrowed, in document order */
} Walk;

static gboolean
has_type (JsonObject         *object,
          const char * const *types)
{
  JsonNode *type = json_object_get_member (object, "@type");

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    {
      const char *t = json_node_get_string (type);
      /* "schema:NewsArticle", "http://schema.org/NewsArticle" */
      const char *colon = strrchr (t, ':');
      const char *slash = strrchr (t, '/');
      if (slash != NULL)
        t = slash + 1;
      else if (colon != NULL)
        t = colon + 1;
      return g_strv_contains (types, t);
    }
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *n = json_array_get_element (array, i);
          if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING &&
              g_strv_contains (types, json_node_get_string (n)))
            return TRUE;
        }
    }
  return FALSE;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *n = json_object_get_member (object, name);

  if (n == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (n) && json_array_get_length (json_node_get_array (n)) > 0)
    n = json_array_get_element (json_node_get_array (n), 0);
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return json_node_get_string (n);
  return NULL;
}

static void
collect (Walk     *walk,
         JsonNode *node,
         guint     depth)
{
  if (node == NULL || depth > 12)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        collect (walk, json_array_get_element (array, i), depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *id = member_string (object, "@id");
      JsonNode *graph = json_object_get_member (object, "@graph");
      JsonNode *main_entity = json_object_get_member (object, "mainEntity");

      /* A bare reference does not replace the object it names. */
      if (id != NULL && (json_object_get_size (object) > 1 ||
                         !g_hash_table_contains (walk->ids, id)))
        g_hash_table_insert (walk->ids, (gpointer) id, object);
      g_ptr_array_add (walk->objects, object);
      if (graph != NULL)
        collect (walk, graph, depth + 1);
      if (main_entity != NULL)
        collect (walk, main_entity, depth + 1);
    }
}

/* What a Person object says of its person besides the name: its page,
 * its address ("mailto:" or bare), its job ("jobTitle") and its
 * credentials ("honorificSuffix": "PhD"). */
typedef struct {
  const char *url;
  const char *email;
  const char *role;
  const char *credentials;
} AuthorDetails;

static void
add_author_name (Walk                *walk,
                 BylineGroup         *group,
                 const char          *name,
                 const AuthorDetails *details,
                 gboolean             is_org)
{
  BylineContext *ctx = walk->ctx;
  BylineParse parse;

  if (name == NULL || *name == '\0')
    return;
  byline_parse_init (&parse);
  if (byline_parse_names (ctx->lex, ctx->date_parser, name, strlen (name),
                          BYLINE_PARSE_META, ctx->max_year, &parse))
    {
      guint before = group->authors->len;
      byline_group_add_parse (group, &parse, -1);
      for (guint i = before; i < group->authors->len; i++)
        {
          BylineAuthor *a = group->authors->pdata[i];
          a->is_org = is_org;
          if (details == NULL || parse.names->len != 1)
            continue;
          if (a->url == NULL && details->url != NULL)
            a->url = g_strdup (details->url);
          if (a->email == NULL && details->email != NULL)
            a->email = byline_email_address (details->email);
          if (a->role == NULL && details->role != NULL && *details->role != '\0' &&
              strlen (details->role) <= 60)
            a->role = g_strdup (details->role);
          if (a->credentials == NULL && details->credentials != NULL &&
              *details->credentials != '\0' && strlen (details->credentials) <= 60)
            a->credentials = g_strdup (details->credentials);
        }
    }
  else if (parse.affiliation != NULL && group->affiliation == NULL)
    group->affiliation = g_strdup (parse.affiliation);
  byline_parse_clear (&parse);
}

/* @key of @object, else of the node its "@id" names (@target, or NULL). */
static const char *
member_or_target (JsonObject *object,
                  JsonObject *target,
                  const char *key)
{
  const char *value = member_string (object, key);

  return value != NULL || target == NULL ? value : member_string (target, key);
}

static void
add_author_node (Walk        *walk,
                 BylineGroup *group,
                 JsonNode    *node,
                 guint        depth)
{
  if (node == NULL || depth > 4)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        add_author_node (walk, group, json_array_get_element (array, i), depth + 1);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);
      if (g_str_has_prefix (s, "http://") || g_str_has_prefix (s, "https://"))
        return;
      add_author_name (walk, group, s, NULL, FALSE);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *name = member_string (object, "name");
      const char *id = member_string (object, "@id");
      /* The node an "@id" names: Yoast's graphs give the author as
       * {"name": ..., "@id": ...} and the page, the address and the job
       * only in the Person node of that @id. */
      JsonObject *target = id != NULL ? g_hash_table_lookup (walk->ids, id) : NULL;
      JsonObject *typed;
      gboolean is_org;
      g_autofree char *joined = NULL;

      if (target == object)
        target = NULL;
      if (name == NULL && target != NULL)
        {
          object = target;
          target = NULL;
          name = member_string (object, "name");
        }
      if (name == NULL)
        {
          const char *given = member_string (object, "givenName");
          const char *family = member_string (object, "familyName");
          if (given != NULL || family != NULL)
            name = joined = g_strjoin (" ", given ? given : "", family ? family : "", NULL);
        }
      /* (the reference's own type, else its node's) */
      typed = target != NULL && !json_object_has_member (object, "@type") ? target : object;
      is_org = has_type (typed, (const char *[]) { "Organization", "NewsMediaOrganization",
                                                   "Corporation", "LocalBusiness",
                                                   "EducationalOrganization", "WebSite",
                                                   "Brand", NULL });
      {
        AuthorDetails details = { member_or_target (object, target, "url"),
                                  member_or_target (object, target, "email"),
                                  member_or_target (object, target, "jobTitle"),
                                  member_or_target (object, target, "honorificSuffix") };
        add_author_name (walk, group, name, &details, is_org);
      }
    }
}

static void
add_dates (BylineContext *ctx,
           JsonObject    *object,
           double         weight)
{
  /* Measured on WCXB, JSON-LD dates are right less often than the date
   * the page shows or article:published_time. */
  weight *= 2.0 / 3.0;
  byline_add_date (ctx, member_string (object, "datePublished"), -1, -1,
                   BYLINE_SOURCE_JSON_LD, "json-ld", weight, FALSE);
  byline_add_date (ctx, member_string (object, "dateCreated"), -1, -1,
                   BYLINE_SOURCE_JSON_LD, "json-ld-created", weight * 0.6, FALSE);
  byline_add_date (ctx, member_string (object, "uploadDate"), -1, -1,
                   BYLINE_SOURCE_JSON_LD, "json-ld-upload", weight * 0.6, FALSE);
  byline_add_date (ctx, member_string (object, "dateModified"), -1, -1,
                   BYLINE_SOURCE_JSON_LD, "json-ld-modified", weight, TRUE);
}

/* Adds the authors and dates of the first object of one of @types. */
static void
use_objects (Walk               *walk,
             const char * const *types,
             double              weight,
             gboolean            want_authors,
             gboolean            want_dates)
{
  BylineContext *ctx = walk->ctx;
  gboolean found = !want_authors, dated = !want_dates;

  for (guint i = 0; i < walk->objects->len && !(found && dated); i++)
    {
      JsonObject *object = walk->objects->pdata[i];
      JsonNode *author;

      if (!has_type (object, types))
        continue;
      if (!dated && (json_object_has_member (object, "datePublished") ||
                     json_object_has_member (object, "dateCreated")))
        {
          add_dates (ctx, object, weight);
          dated = TRUE;
        }
      author = json_object_get_member (object, "author");
      if (author == NULL)
        author = json_object_get_member (object, "creator");
      if (!found && author != NULL)
        {
          BylineGroup *group = byline_group_new (BYLINE_SOURCE_JSON_LD, "json-ld", weight);
          add_author_node (walk, group, author, 0);
          if (group->authors->len > 0 || group->affiliation != NULL)
            {
              g_ptr_array_add (ctx->groups, group);
              found = TRUE;
            }
          else
            byline_group_free (group);
        }
    }
}

void
byline_stage_json_ld (BylineContext *ctx)
{
  const char * const *scripts = winnow_document_get_json_ld (ctx->doc);
  g_autoptr(GPtrArray) parsers = g_ptr_array_new_with_free_func (g_object_unref);
  Walk walk = { ctx, NULL, NULL };

  if (scripts == NULL)
    return;
  walk.ids = g_hash_table_new (g_str_hash, g_str_equal);
  walk.objects = g_ptr_array_new ();

  for (guint i = 0; scripts[i] != NULL; i++)
    {
      JsonParser *parser = json_parser_new_immutable ();
      if (!json_parser_load_from_data (parser, scripts[i], -1, NULL))
        {
          g_object_unref (parser);
          continue;
        }
      g_ptr_array_add (parsers, parser);
      collect (&walk, json_parser_get_root (parser), 0);
    }

  for (guint i = 0; i < walk.objects->len; i++)
    {
      if (has_type (walk.objects->pdata[i], product_types))
        ctx->product_page = TRUE;
      if (has_type (walk.objects->pdata[i], news_types))
        ctx->article_page = TRUE;
    }

  {
    guint n_groups = ctx->groups->len, n_dates = ctx->dates->len;
    use_objects (&walk, article_types, 3.0, TRUE, TRUE);
    use_objects (&walk, page_types, 1.5, ctx->groups->len == n_groups,
                 ctx->dates->len == n_dates);
  }

  g_hash_table_unref (walk.ids);
  g_ptr_array_unref (walk.objects);
}
