/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Evidence from the HTML tree: rel=author, itemprop=author, elements whose
 * class or id says byline/author/writer, hCard, <time datetime>, itemprop
 * dates. Comments, related lists, sidebars and figures are skipped. */
#include "byline-private.h"

#include <string.h>

#define MAX_ELEMENT_TEXT 320

typedef enum {
  MARK_NONE,
  MARK_CLASS,      /* class/id holds byline, author, writer, ... */
  MARK_ITEMPROP,   /* itemprop=author */
  MARK_REL,        /* rel=author */
  MARK_ARCHIVE,    /* a link to the author's archive: href=".../author/jane-doe/" */
} Mark;

/* One element that names authors. */
typedef struct {
  BylineParse parse;
  char       *raw;
  Mark        mark;
  double      weight;
  int         block;
  gboolean    in_byline; /* inside another marked element */
  gboolean    in_post;   /* inside a forum post, question or answer */
  gboolean    in_reply;  /* inside a microdata Comment or Answer */
} Item;

typedef struct {
  BylineContext *ctx;
  GArray        *items;       /* Item */
  guint          n_times;
  GString       *scratch;
} Walk;

static const char *skip_elements[] = {
  "script", "style", "template", "svg", "iframe", "nav", "aside",
  "figure", "figcaption", "form", "select", "button", "textarea", "head",
  NULL
};

static const char *skip_words[] = {
  "comment", "related", "sidebar", "widget", "recommend", "popular",
  "trending", "newsletter", "promo", "advert", "more-stories", "morestories",
  "read-more", "readmore", "next-post", "prev-post", "previous-post",
  "post-navigation", "nav-links", "menu", "breadcrumb",
  "subscribe", "signup", "sign-up", "login", "modal", "popup", "cookie",
  "carousel", "slider", "teaser", "card-list", "latest", "most-read",
  "mostread", "you-may", "also-like", "recirc", "outbrain", "taboola",
  "disqus", "reply", "respond", "caption", "credit", "photo",
  NULL
};

/* Whole parts of class and id names ("c-byline__name", "post-author"),
 * so that "product-poster" or "co-creator-tools" do not count. */
static const char *author_words[] = {
  "byline", "bylines", "author", "authors", "writer", "writers", "postedby",
  "journalist", "reporter", "contributor", "creator", "autor", "autore",
  "auteur", "redacteur", "verfasser", "username", "poster", "submitted",
  NULL
};

static const char *not_author_words[] = {
  "authority", "authorize", "avatar", "author-img", "author-image",
  "author-photo", "author-pic", "authorimg", "author-bio", "author-desc",
  "author-social", "author-follow", "author-more", "more-by-author",
  "author-posts", "author-articles", "author-link-list",
  /* "herobanner_poster_content_headline": a banner's title */
  "headline",
  NULL
};

static const char *publish_words[] = {
  "publish", "posted", "entry-date", "post-date", "postdate", "article-date",
  "dateline", "timestamp", "pubdate", "date-time", "datetime", "meta-date",
  "byline", NULL
};

static const char *update_words[] = {
  "updated", "modified", "update", "last-mod", NULL
};

static gboolean
contains_any (const char         *haystack,
              const char * const *words)
{
  if (haystack == NULL)
    return FALSE;
  for (guint i = 0; words[i]; i++)
    if (strstr (haystack, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The lower-cased class and id of an element, space separated. */
static char *
class_and_id (xmlNode *node)
{
  g_autofree char *klass = (char *) xmlGetProp (node, (const xmlChar *) "class");
  g_autofree char *id = (char *) xmlGetProp (node, (const xmlChar *) "id");
  char *joined;

  if (klass == NULL && id == NULL)
    return NULL;
  joined = g_strjoin (" ", klass ? klass : "", id ? id : "", NULL);
  for (char *p = joined; *p; p++)
    *p = g_ascii_tolower (*p);
  return joined;
}

/* Class or id parts that name an author: "post-author", "authorName",
 * "byline__text", "user-name". */
static gboolean
has_author_part (const char *words)
{
  g_auto(GStrv) parts = g_strsplit_set (words, " \t\n-_:.", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *p = parts[i];
      if (*p == '\0')
        continue;
      if (g_strv_contains (author_words, p) ||
          (g_str_has_prefix (p, "author") && !g_str_has_prefix (p, "authori")) ||
          g_str_has_prefix (p, "byline"))
        return TRUE;
      /* "user-name", "posted-by", "screen-name" */
      if (parts[i + 1] != NULL &&
          ((strcmp (p, "user") == 0 && strcmp (parts[i + 1], "name") == 0) ||
           (strcmp (p, "posted") == 0 && strcmp (parts[i + 1], "by") == 0) ||
           (strcmp (p, "written") == 0 && strcmp (parts[i + 1], "by") == 0) ||
           (strcmp (p, "screen") == 0 && strcmp (parts[i + 1], "name") == 0)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
attr_has_word (xmlNode    *node,
               const char *attr,
               const char *word)
{
  g_autofree char *value = (char *) xmlGetProp (node, (const xmlChar *) attr);
  g_auto(GStrv) words = NULL;

  if (value == NULL)
    return FALSE;
  words = g_strsplit_set (value, " \t\n", -1);
  for (guint i = 0; words[i]; i++)
    if (g_ascii_strcasecmp (words[i], word) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
attr_contains (xmlNode    *node,
               const char *attr,
               const char *needle)
{
  g_autofree char *value = (char *) xmlGetProp (node, (const xmlChar *) attr);

  if (value == NULL)
    return FALSE;
  for (char *p = value; *p; p++)
    *p = g_ascii_tolower (*p);
  return strstr (value, needle) != NULL;
}

static gboolean
is_block_element (const char *name)
{
  static const char *blocks[] = {
    "p", "div", "section", "article", "header", "footer", "li", "ul", "ol",
    "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table",
    "tr", "td", "th", "blockquote", "pre", "address", "main", "hr", NULL
  };
  return g_strv_contains (blocks, name);
}

static gboolean
is_skipped_element (xmlNode *node)
{
  g_autofree char *words = NULL;

  if (g_strv_contains (skip_elements, (const char *) node->name))
    return TRUE;
  /* A <noscript> holding elements is the page a crawler gets (forums,
   * script-drawn sites): the reader reads it, so do we; a tracking pixel
   * or a "turn on JavaScript" line holds none. */
  if (g_strcmp0 ((const char *) node->name, "noscript") == 0)
    {
      for (xmlNode *c = node->children; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE && is_block_element ((const char *) c->name))
          return FALSE;
      return TRUE;
    }
  if (xmlHasProp (node, (const xmlChar *) "hidden"))
    return TRUE;
  words = class_and_id (node);
  return contains_any (words, skip_words);
}

/* Class or id parts that name a post's categories or tags
 * ("byline__category", "cat-links", "post-tags"): a byline element often
 * holds them beside the author, and "Wellness & Prevention" is no pair
 * of names. */
static gboolean
names_taxonomy (const char *words)
{
  g_auto(GStrv) parts = NULL;

  if (words == NULL)
    return FALSE;
  parts = g_strsplit_set (words, " \t\n-_:.", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_has_prefix (parts[i], "categor") || strcmp (parts[i], "cat") == 0 ||
        strcmp (parts[i], "tag") == 0 || strcmp (parts[i], "tags") == 0 ||
        strcmp (parts[i], "taxonomy") == 0)
      return TRUE;
  return FALSE;
}

/* A link to an author's page of the site, as blog and news systems make
 * them: a path segment "author" (or "authors", "autor", "auteur", ...)
 * followed by the author's slug ("/report/author/ruima/",
 * "/authors/jane-doe"). Such links name the authors where no class or
 * rel does ("<a href='/author/heba/'>Heba Ledwon</a>"). */
static gboolean
links_author_archive (xmlNode *node)
{
  static const char *segments[] = {
    "author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "autori",
    "writer", "writers", NULL
  };
  g_autofree char *href = NULL;
  const char *part;

  if (g_strcmp0 ((const char *) node->name, "a") != 0)
    return FALSE;
  href = (char *) xmlGetProp (node, (const xmlChar *) "href");
  if (href == NULL)
    return FALSE;
  /* the path: after the scheme and host */
  part = strstr (href, "://");
  part = part != NULL ? strchr (part + 3, '/') : href;
  /* its parts between "/", "?" and "#", read in place: every link of the
   * page comes here */
  while (part != NULL)
    {
      gsize len = strcspn (part, "/?#");
      const char *next = part[len] != '\0' ? part + len + 1 : NULL;
      gsize next_len = next != NULL ? strcspn (next, "/?#") : 0;

      /* a slug follows, not a query ("/authors?page=2") */
      if (next_len > 0 && memchr (next, '=', next_len) == NULL)
        for (guint i = 0; segments[i] != NULL; i++)
          if (strlen (segments[i]) == len && g_ascii_strncasecmp (part, segments[i], len) == 0)
            return TRUE;
      part = next;
    }
  return FALSE;
}

/* Text of an element as the reader shows it: whitespace collapsed, a line
 * break between blocks, scripts, hidden parts and categories left out. */
static void
collect_text (xmlNode *node,
              GString *out,
              guint    depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (out->len > 4 * MAX_ELEMENT_TEXT || depth > 40)
        return;
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          for (const char *p = (const char *) child->content; p && *p; p = g_utf8_next_char (p))
            {
              gunichar c = g_utf8_get_char (p);
              if (g_unichar_isspace (c) || c == 0xA0)
                {
                  if (out->len > 0 && out->str[out->len - 1] != ' ' &&
                      out->str[out->len - 1] != '\n')
                    g_string_append_c (out, ' ');
                }
              else
                g_string_append_unichar (out, c);
            }
        }
      else if (child->type == XML_ELEMENT_NODE)
        {
          const char *name = (const char *) child->name;
          gboolean block;
          if (g_strv_contains ((const char *[]) { "script", "style", "noscript", "template",
                                                  "svg", "button", "select", NULL }, name) ||
              xmlHasProp (child, (const xmlChar *) "hidden"))
            continue;
          {
            g_autofree char *words = class_and_id (child);
            if (names_taxonomy (words))
              continue;
          }
          block = is_block_element (name);
          if (block && out->len > 0 && out->str[out->len - 1] != '\n')
            {
              if (out->str[out->len - 1] == ' ')
                g_string_truncate (out, out->len - 1);
              g_string_append_c (out, '\n');
            }
          /* Words of neighbouring inline elements stay apart: pages set
           * "Name<span>Founder</span>" side by side with CSS margins. */
          else if (!block && out->len > 0 && g_ascii_isalnum (out->str[out->len - 1]))
            g_string_append_c (out, ' ');
          collect_text (child, out, depth + 1);
          if (block && out->len > 0 && out->str[out->len - 1] != '\n')
            {
              if (out->str[out->len - 1] == ' ')
                g_string_truncate (out, out->len - 1);
              g_string_append_c (out, '\n');
            }
          else if (!block && child->next != NULL && out->len > 0 &&
                   out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
            g_string_append_c (out, ' ');
        }
    }
}

static char *
element_text (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  collect_text (node, out, 0);
  g_strstrip (out->str);
  out->len = strlen (out->str);
  return g_string_free (out, FALSE);
}

static gboolean
is_blank (const xmlChar *text)
{
  for (const char *p = (const char *) text; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0xA0)
        return FALSE;
    }
  return TRUE;
}

/* The block that shows an element: that of its first text. */
static int
block_of (BylineContext *ctx,
          xmlNode       *node)
{
  xmlNode *start = node;

  /* Descend to the first non-blank text so that a container finds the
   * block of its text, not that of an outer element. */
  for (guint guard = 0; start != NULL && start->type == XML_ELEMENT_NODE && guard < 50; guard++)
    {
      xmlNode *c = start->children;
      while (c != NULL && !(c->type == XML_ELEMENT_NODE ||
                            (c->type == XML_TEXT_NODE && !is_blank (c->content))))
        c = c->next;
      if (c == NULL)
        break;
      start = c;
      if (c->type == XML_TEXT_NODE)
        break;
    }
  for (xmlNode *n = start; n != NULL; n = n->parent)
    {
      WinnowBlock *block;
      if (n->type != XML_ELEMENT_NODE)
        continue;
      block = winnow_document_get_block_for_node (ctx->doc, n);
      if (block != NULL)
        return winnow_block_get_index (block);
    }
  return -1;
}

static gboolean
in_article (BylineContext *ctx,
            int            block)
{
  return block >= 0 &&
         (winnow_block_get_flags (ctx->blocks->pdata[block]) & WINNOW_BLOCK_FLAG_IN_ARTICLE);
}

/* Where a date from the tree sits in the text, for its span. */
static void
add_tree_date (Walk       *walk,
               xmlNode    *node,
               const char *value,
               const char *what,
               double      weight,
               gboolean    is_update)
{
  BylineContext *ctx = walk->ctx;
  guint before = ctx->dates->len;
  int block = block_of (ctx, node);

  if (block >= 0)
    weight *= byline_block_weight (ctx, block);
  byline_add_date (ctx, value, -1, -1, BYLINE_SOURCE_MARKUP, what, weight, is_update);
  if (ctx->dates->len > before && block >= 0)
    {
      BylineDate *d = ctx->dates->pdata[before];
      g_autofree char *text = element_text (node);
      WinnowBlock *b = ctx->blocks->pdata[block];
      gssize at = *text ? byline_find_in_range (ctx->text, winnow_block_get_start (b),
                                                winnow_block_get_end (b), text) : -1;
      if (at >= 0)
        {
          d->start = at;
          d->end = at + strlen (text);
        }
    }
}

static void
visit_time (Walk     *walk,
            xmlNode  *node,
            gboolean  in_byline)
{
  g_autofree char *datetime = (char *) xmlGetProp (node, (const xmlChar *) "datetime");
  g_autofree char *words = class_and_id (node);
  g_autofree char *itemprop = (char *) xmlGetProp (node, (const xmlChar *) "itemprop");
  g_autofree char *text = NULL;
  gboolean update = contains_any (words, update_words) &&
                    !contains_any (words, (const char *[]) { "publish", NULL });
  double weight;

  if (itemprop != NULL)
    return; /* handled with the itemprop dates */
  walk->n_times++;
  if (walk->n_times > 6)
    return;
  if (in_byline || contains_any (words, publish_words))
    weight = 2.0;
  else
    weight = walk->n_times == 1 ? 1.9 : 0.8;
  if (datetime == NULL)
    datetime = element_text (node);
  add_tree_date (walk, node, datetime, "time", weight, update);
}

static gboolean
in_post (xmlNode *node)
{
  static const char *post_words[] = { "post", "message", "thread", "topic", "question",
                                      "answer", "reply", "entry", NULL };
  for (xmlNode *n = node->parent; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
    {
      g_autofree char *words = class_and_id (n);
      if (contains_any (words, post_words))
        return TRUE;
    }
  return FALSE;
}

/* Whether @node belongs to a reply: its nearest microdata item, people
 * and organisations aside, is a Comment or an Answer (by its type or by
 * the property it fills). A reply's author did not write the page. */
static gboolean
in_reply (xmlNode *node)
{
  for (xmlNode *n = node->parent; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
    {
      g_autofree char *type = NULL;

      if (xmlHasProp (n, (const xmlChar *) "itemscope") == NULL)
        continue;
      type = (char *) xmlGetProp (n, (const xmlChar *) "itemtype");
      if (type != NULL && (g_str_has_suffix (type, "/Person") || g_str_has_suffix (type, "/Organization")))
        continue;
      return (type != NULL && (g_str_has_suffix (type, "/Comment") || g_str_has_suffix (type, "/Answer")))
             || attr_contains (n, "itemprop", "comment") || attr_contains (n, "itemprop", "answer");
    }
  return FALSE;
}

/* Whether the words just before @node credit someone other than the
 * author: "<span>Reviewed by </span><a ...>Toni Golen</a>", "Fact
 * checked by: <a rel=author>", "Updated by <span><a>Jon Linkov</a>"
 * (the words before an ancestor that @node begins). The element's own
 * text cannot say it. */
static gboolean
follows_credit (BylineContext *ctx,
                xmlNode       *node)
{
  g_autoptr(GString) before = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  guint n;

  for (guint level = 0; level < 3 && node != NULL && is_blank ((const xmlChar *) before->str);
       level++, node = node->parent)
    for (xmlNode *p = node->prev; p != NULL && before->len < 60; p = p->prev)
      {
        g_autofree char *text = NULL;
        if (p->type == XML_TEXT_NODE)
          text = g_strdup ((const char *) p->content);
        else if (p->type == XML_ELEMENT_NODE)
          text = element_text (p);
        if (text != NULL)
          {
            g_string_prepend_c (before, ' ');
            g_string_prepend (before, text);
          }
      }
  words = g_strsplit_set (g_strstrip (before->str), " \t\n", -1);
  n = g_strv_length (words);
  while (n > 0 && words[n - 1][0] == '\0')
    n--;
  if (n < 2)
    return FALSE;
  if (!byline_is_by_word (words[n - 1], strlen (words[n - 1])))
    return FALSE;
  /* "Reviewed by", "Medically reviewed by", "Fact checked by" */
  for (guint k = n - 1; k-- > 0 && k + 3 >= n;)
    {
      const char *w = words[k];
      gsize len = 0;
      while (w[len] != '\0' && (g_ascii_isalpha (w[len]) || w[len] == '-'))
        len++;
      if (len > 0 && byline_lexicon_has (ctx->lex, BYLINE_LIST_CREDIT_WORDS, w, len))
        return TRUE;
    }
  return FALSE;
}

/* Gives the name a link spells its target: an author's page ("<a
 * href='/profiles/jane-doe'>Jane Doe</a>", resolved against the page's
 * address) or, for "mailto:", the e-mail address. */
static void
take_link (BylineContext *ctx,
           xmlNode       *link,
           BylineParse   *parse)
{
  g_autofree char *href = (char *) xmlGetProp (link, (const xmlChar *) "href");
  g_autofree char *text = NULL;
  g_autofree char *key = NULL;
  const char *base = winnow_document_get_url (ctx->doc);

  if (href == NULL || *g_strstrip (href) == '\0' || href[0] == '#' ||
      g_ascii_strncasecmp (href, "javascript:", 11) == 0)
    return;
  text = element_text (link);
  if (text == NULL || *text == '\0')
    return;
  key = byline_name_key (text);
  for (guint i = 0; i < parse->names->len; i++)
    {
      BylineName *n = parse->names->pdata[i];
      g_autofree char *name_key = byline_name_key (n->name);

      if (!byline_keys_match (name_key, key))
        continue;
      if (g_ascii_strncasecmp (href, "mailto:", 7) == 0)
        {
          if (n->email == NULL)
            n->email = byline_email_address (href);
        }
      else if (n->url == NULL)
        {
          /* (an address the page gives relative stays so without a base) */
          n->url = base != NULL ? g_uri_resolve_relative (base, href, G_URI_FLAGS_NONE, NULL) : NULL;
          if (n->url == NULL)
            n->url = g_strdup (href);
        }
      return;
    }
}

/* The links in and around a byline element (itself, up to two wrapping
 * elements, what it holds) that give its names their pages. */
static void
take_links (BylineContext *ctx,
            xmlNode       *node,
            BylineParse   *parse)
{
  xmlNode *stack[64];
  guint top = 0;
  xmlNode *up = node;

  for (guint k = 0; k < 3 && up != NULL && up->type == XML_ELEMENT_NODE; k++, up = up->parent)
    if (g_strcmp0 ((const char *) up->name, "a") == 0)
      {
        take_link (ctx, up, parse);
        break;
      }
  for (xmlNode *c = node->children; c != NULL && top < G_N_ELEMENTS (stack); c = c->next)
    stack[top++] = c;
  while (top > 0)
    {
      xmlNode *n = stack[--top];
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (g_strcmp0 ((const char *) n->name, "a") == 0)
        take_link (ctx, n, parse);
      else
        for (xmlNode *k = n->children; k != NULL && top < G_N_ELEMENTS (stack); k = k->next)
          stack[top++] = k;
    }
}

static void
add_item (Walk     *walk,
          xmlNode  *node,
          Mark      mark,
          gboolean  in_byline)
{
  BylineContext *ctx = walk->ctx;
  g_autofree char *text = NULL;
  Item item = { 0, };
  gsize skip, len;
  xmlNode *name_node = NULL;

  /* itemprop=author with an itemprop=name inside: the name is there. */
  if (mark == MARK_ITEMPROP)
    {
      for (xmlNode *c = node->children; c && !name_node; c = c->next)
        {
          xmlNode *stack[64];
          guint top = 0;
          stack[top++] = c;
          while (top > 0 && !name_node)
            {
              xmlNode *n = stack[--top];
              if (n->type != XML_ELEMENT_NODE)
                continue;
              if (attr_has_word (n, "itemprop", "name"))
                name_node = n;
              for (xmlNode *k = n->children; k && top < G_N_ELEMENTS (stack); k = k->next)
                stack[top++] = k;
            }
        }
      if (name_node != NULL)
        node = name_node;
    }

  if (g_strcmp0 ((const char *) node->name, "meta") == 0)
    text = (char *) xmlGetProp (node, (const xmlChar *) "content");
  else
    text = element_text (node);
  if (text == NULL)
    return;
  len = strlen (text);
  if (len == 0 || len > MAX_ELEMENT_TEXT)
    return;

  /* "Reviewed by", "Fact checked by", "Photo by": credits, not bylines,
   * in the element or just before it. */
  if (follows_credit (ctx, node))
    return;
  {
    gsize w = 0;
    while (w < len && (g_ascii_isalpha (text[w]) || text[w] == '-'))
      w++;
    if (w > 0 && byline_lexicon_has (ctx->lex, BYLINE_LIST_CREDIT_WORDS, text, w))
      return;
  }
  skip = byline_lexicon_match_prefix (ctx->lex, text, len);
  if (skip == 0)
    skip = byline_find_inline_prefix (ctx->lex, text, len, 4, NULL);
  byline_parse_init (&item.parse);
  if (!byline_parse_names (ctx->lex, ctx->date_parser, text + skip, len - skip,
                           mark == MARK_CLASS && len > 60 ? BYLINE_PARSE_TEXT : BYLINE_PARSE_MARKUP,
                           ctx->max_year, &item.parse))
    {
      /* A byline element may hold only the date. */
      if (item.parse.date != NULL)
        byline_add_date (ctx, item.parse.date, -1, -1, BYLINE_SOURCE_MARKUP,
                         "byline-date", 1.2, item.parse.date_is_update);
      byline_parse_clear (&item.parse);
      return;
    }
  if (item.parse.date != NULL)
    byline_add_date (ctx, item.parse.date, -1, -1, BYLINE_SOURCE_MARKUP,
                     "byline-date", 1.2, item.parse.date_is_update);
  take_links (ctx, node, &item.parse);

  item.raw = g_strdelimit (g_steal_pointer (&text), "\n", ' ');
  item.mark = mark;
  item.block = block_of (ctx, node);
  item.in_byline = in_byline;
  item.in_post = in_post (node);
  item.in_reply = in_reply (node);
  item.weight = mark == MARK_CLASS || mark == MARK_ARCHIVE ? 2.0 : 2.5;
  /* An element full of other words is a weaker witness. */
  if (item.parse.junk > 20)
    item.weight *= 0.6;
  g_array_append_val (walk->items, item);
}

/* "<a href='mailto:jane@example.org'>Jane Doe</a>": the address of the
 * person the link reads as, for the authors chosen (whose byline may be
 * unmarked text: "By <a href='mailto:...'>Jane Doe</a>"). */
static void
note_mailto_link (BylineContext *ctx,
                  xmlNode       *link)
{
  g_autofree char *href = (char *) xmlGetProp (link, (const xmlChar *) "href");
  g_autofree char *text = NULL;
  g_autofree char *key = NULL;
  char *email;

  if (href == NULL || g_ascii_strncasecmp (g_strstrip (href), "mailto:", 7) != 0)
    return;
  text = element_text (link);
  if (text == NULL || !byline_is_plain_name (ctx->lex, text, strlen (text), FALSE) ||
      (email = byline_email_address (href)) == NULL)
    return;
  if (ctx->mailto == NULL)
    ctx->mailto = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  key = byline_name_key (text);
  /* the first link to the name (a page's byline comes before its footer) */
  if (!g_hash_table_contains (ctx->mailto, key))
    g_hash_table_insert (ctx->mailto, g_steal_pointer (&key), email);
  else
    g_free (email);
}

static void
visit (Walk    *walk,
       xmlNode *node,
       gboolean in_byline,
       guint    depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      const char *name;
      g_autofree char *words = NULL;
      Mark mark = MARK_NONE;
      gboolean byline_here = in_byline;

      if (child->type != XML_ELEMENT_NODE || depth > 200)
        continue;
      name = (const char *) child->name;
      if (is_skipped_element (child))
        continue;
      words = class_and_id (child);

      if (attr_has_word (child, "rel", "author"))
        {
          if (g_strcmp0 (name, "link") == 0)
            {
              g_autofree char *href = (char *) xmlGetProp (child, (const xmlChar *) "href");
              if (href != NULL)
                {
                  BylineGroup *g = byline_group_new (BYLINE_SOURCE_MARKUP, "meta-url", 0.0);
                  g->raw = g_steal_pointer (&href);
                  g_ptr_array_add (walk->ctx->groups, g);
                }
              continue;
            }
          mark = MARK_REL;
        }
      else if (attr_contains (child, "itemprop", "author") ||
               attr_contains (child, "itemprop", "creator"))
        mark = MARK_ITEMPROP;
      else if (words != NULL && has_author_part (words) &&
               !contains_any (words, not_author_words) && !names_taxonomy (words))
        mark = MARK_CLASS;
      else if (words != NULL && g_strv_contains ((const char *[]) { "fn", NULL }, words))
        mark = MARK_CLASS;
      else if (links_author_archive (child))
        mark = MARK_ARCHIVE;

      if (attr_has_word (child, "itemprop", "datePublished") ||
          attr_has_word (child, "itemprop", "dateCreated"))
        {
          g_autofree char *v = (char *) xmlGetProp (child, (const xmlChar *) "content");
          if (v == NULL)
            v = (char *) xmlGetProp (child, (const xmlChar *) "datetime");
          if (v == NULL)
            v = element_text (child);
          add_tree_date (walk, child, v, "itemprop", 2.0, FALSE);
        }
      else if (attr_has_word (child, "itemprop", "dateModified"))
        {
          g_autofree char *v = (char *) xmlGetProp (child, (const xmlChar *) "content");
          if (v == NULL)
            v = (char *) xmlGetProp (child, (const xmlChar *) "datetime");
          if (v == NULL)
            v = element_text (child);
          add_tree_date (walk, child, v, "itemprop-modified", 2.0, TRUE);
        }
      else if (g_strcmp0 (name, "time") == 0)
        visit_time (walk, child, in_byline);
      else if (g_strcmp0 (name, "a") == 0)
        note_mailto_link (walk->ctx, child);
      else if (g_strcmp0 (name, "abbr") == 0 && contains_any (words, publish_words))
        {
          g_autofree char *title = (char *) xmlGetProp (child, (const xmlChar *) "title");
          add_tree_date (walk, child, title, "abbr", 1.8, FALSE);
        }

      if (mark != MARK_NONE)
        {
          add_item (walk, child, mark, in_byline);
          byline_here = TRUE;
        }
      if (g_strcmp0 (name, "meta") != 0)
        visit (walk, child, byline_here, depth + 1);
    }
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  byline_parse_clear (&item->parse);
  g_free (item->raw);
}

static double
item_score (BylineContext *ctx,
            const Item    *item)
{
  double score = item->weight;

  if (item->block >= 0)
    {
      score *= byline_block_weight (ctx, item->block);
      if (in_article (ctx, item->block))
        score *= 1.2;
      if (ctx->headline >= 0 && item->block >= ctx->headline - 2 &&
          item->block <= ctx->headline + 12)
        score *= 1.2;
    }
  else
    score *= 0.7;
  return score;
}

/* Three or more different people named in marked elements of three or
 * more blocks. */
static gboolean
is_listing (GArray *items)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) blocks = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      gboolean fresh = FALSE;
      for (guint k = 0; k < item->parse.names->len; k++)
        {
          char *key = byline_name_key (((BylineName *) item->parse.names->pdata[k])->name);
          if (g_hash_table_add (keys, key))
            fresh = TRUE;
        }
      if (fresh)
        g_hash_table_add (blocks, GINT_TO_POINTER (item->block + 1));
    }
  return g_hash_table_size (keys) >= 3 && g_hash_table_size (blocks) >= 3;
}

/* The authors of replies (microdata Comments and Answers) did not write
 * the page, unless every author on it is in one: some forums mark each
 * post, the first too, as a Comment. */
static void
drop_replies (GArray *items)
{
  gboolean all_replies = TRUE;

  for (guint i = 0; i < items->len && all_replies; i++)
    all_replies = g_array_index (items, Item, i).in_reply;
  if (all_replies)
    return;
  for (guint i = items->len; i-- > 0;)
    if (g_array_index (items, Item, i).in_reply)
      g_array_remove_index (items, i);
}

/* The byline of the page is the best-placed marked element and the marked
 * elements right around it (several authors often sit in one element
 * each). */
static void
build_group (Walk *walk)
{
  BylineContext *ctx = walk->ctx;
  GArray *items = walk->items;
  BylineGroup *group;
  const Item *best = NULL;
  double best_score = 0.0;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int lo, hi;
  gboolean listing;
  gboolean thread = FALSE;

  drop_replies (items);
  listing = is_listing (items);

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      double score = item_score (ctx, item);
      if (score > best_score + 1e-9)
        {
          best_score = score;
          best = item;
        }
    }
  if (best == NULL)
    return;

  /* In a thread of posts, the first post's author started it. */
  if (listing)
    {
      const Item *first = NULL;
      for (guint i = 0; i < items->len; i++)
        {
          const Item *item = &g_array_index (items, Item, i);
          if (item->in_post && item->block >= 0 && (first == NULL || item->block < first->block))
            first = item;
        }
      if (first != NULL)
        {
          best = first;
          best_score = item_score (ctx, first);
          thread = TRUE;
        }
    }

  group = byline_group_new (BYLINE_SOURCE_MARKUP,
                            best->mark == MARK_REL ? "rel-author" :
                            best->mark == MARK_ITEMPROP ? "itemprop-author" :
                            best->mark == MARK_ARCHIVE ? "archive-link" : "class-author",
                            best_score);
  lo = best->block >= 0 ? best->block - 3 : -1;
  hi = best->block >= 0 ? best->block + 3 : -1;
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      if (item != best && (item->block < lo || item->block > hi || best->block < 0))
        continue;
      if (item != best && (item_score (ctx, item) < best_score * 0.5 || listing))
        continue;
      for (guint k = 0; k < item->parse.names->len; k++)
        {
          const BylineName *n = item->parse.names->pdata[k];
          g_autofree char *key = byline_name_key (n->name);
          BylineAuthor *a;
          if (g_hash_table_contains (seen, key))
            {
              /* Fill in what the other element knew. */
              for (guint j = 0; j < group->authors->len; j++)
                {
                  a = group->authors->pdata[j];
                  if (strcmp (a->key, key) == 0)
                    {
                      if (a->email == NULL && n->email)
                        a->email = g_strdup (n->email);
                      if (a->role == NULL && n->role)
                        a->role = g_strdup (n->role);
                      if (a->credentials == NULL && n->credentials)
                        a->credentials = g_strdup (n->credentials);
                    }
                }
              continue;
            }
          g_hash_table_add (seen, g_steal_pointer (&key));
          a = byline_author_new_from_name (n);
          g_ptr_array_add (group->authors, a);
        }
      if (group->affiliation == NULL && item->parse.affiliation != NULL)
        group->affiliation = g_strdup (item->parse.affiliation);
    }

  /* Many different authors all over the page: a list of articles, whose
   * bylines are not this page's. */
  if (thread)
    group->weight *= 0.8;
  else if (listing)
    group->weight *= 0.4;

  group->raw = g_strdup (best->raw);
  group->block = best->block;
  if (best->block >= 0)
    {
      WinnowBlock *b = ctx->blocks->pdata[best->block];
      gsize start = winnow_block_get_start (b), end = winnow_block_get_end (b);
      gsize raw_len = strlen (best->raw);
      gssize at = byline_find_in_range (ctx->text, start, end, best->raw);
      gsize lo_block = best->block >= 1 ? winnow_block_get_start (ctx->blocks->pdata[best->block - 1]) : start;
      gsize hi_block = (guint) best->block + 3 < ctx->blocks->len
                       ? winnow_block_get_end (ctx->blocks->pdata[best->block + 3])
                       : ctx->text_len;

      if (at >= 0)
        {
          group->raw_start = at;
          group->raw_end = at + raw_len;
          group->fills_block = raw_len + 3 >= end - start && best->parse.junk <= 3;
        }
      byline_locate_group (ctx, group, start, end);
      byline_locate_group (ctx, group, lo_block, hi_block);
    }
  group->visible = TRUE;
  g_ptr_array_add (ctx->groups, group);
}

/* The first post element whose "author" attribute holds its author
 * ("<shreddit-post author='ControlCAD'>"): the page's own post, drawn by
 * script from these attributes. */
static xmlNode *
find_author_attribute (xmlNode *node,
                       guint    depth,
                       char   **value)
{
  for (xmlNode *child = node->children; child != NULL && depth < 200; child = child->next)
    {
      xmlNode *found;
      if (child->type != XML_ELEMENT_NODE ||
          g_strcmp0 ((const char *) child->name, "script") == 0 ||
          g_strcmp0 ((const char *) child->name, "head") == 0)
        continue;
      /* A custom element: a forum's replies carry data-author too, on
       * <article>s that may come before the first post. */
      if (strstr ((const char *) child->name, "-post") != NULL)
        {
          char *v = (char *) xmlGetProp (child, (const xmlChar *) "author");
          if (v != NULL && *v != '\0')
            {
              *value = v;
              return child;
            }
          xmlFree (v);
        }
      if ((found = find_author_attribute (child, depth + 1, value)) != NULL)
        return found;
    }
  return NULL;
}

static void
add_author_attribute (BylineContext *ctx,
                      xmlNode       *root)
{
  char *value = NULL;
  BylineParse parse;

  if (find_author_attribute (root, 0, &value) == NULL)
    return;
  byline_parse_init (&parse);
  if (strlen (value) <= 60 &&
      byline_parse_names (ctx->lex, ctx->date_parser, value, strlen (value), BYLINE_PARSE_MARKUP,
                          ctx->max_year, &parse) && parse.names->len == 1)
    {
      BylineGroup *group = byline_group_new (BYLINE_SOURCE_MARKUP, "author-attribute", 2.0);
      byline_group_add_parse (group, &parse, -1);
      group->raw = g_strdup (value);
      group->visible = byline_locate_group (ctx, group, 0, ctx->text_len);
      g_ptr_array_add (ctx->groups, group);
    }
  byline_parse_clear (&parse);
  xmlFree (value);
}

void
byline_stage_markup (BylineContext *ctx)
{
  xmlDoc *tree = winnow_document_get_html_tree (ctx->doc);
  xmlNode *root;
  Walk walk = { ctx, NULL, 0, NULL };

  if (tree == NULL || (root = xmlDocGetRootElement (tree)) == NULL)
    return;
  walk.items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (walk.items, item_clear);

  /* <link rel=author> lives in the head; the rest of the walk, in the body. */
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && g_strcmp0 ((const char *) child->name, "head") == 0)
      for (xmlNode *link = child->children; link != NULL; link = link->next)
        if (link->type == XML_ELEMENT_NODE && attr_has_word (link, "rel", "author"))
          {
            g_autofree char *href = (char *) xmlGetProp (link, (const xmlChar *) "href");
            if (href != NULL && (g_str_has_prefix (href, "http") || href[0] == '/'))
              {
                BylineGroup *g = byline_group_new (BYLINE_SOURCE_MARKUP, "meta-url", 0.0);
                g->raw = g_steal_pointer (&href);
                g_ptr_array_add (ctx->groups, g);
              }
          }

  visit (&walk, root, FALSE, 0);
  build_group (&walk);
  add_author_attribute (ctx, root);
  g_array_unref (walk.items);
}
