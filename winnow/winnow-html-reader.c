/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>
#include <libxml/HTMLparser.h>

#include "winnow-reader-private.h"
#include "winnow-data.h"
#include "winnow-html-code-private.h"

/* The HTML reader: one walk of the libxml2 tree that flattens <body> into
 * the source text, cuts it into blocks at block-level elements and records
 * what each block's position says (path, class words, link text, depth,
 * containers). The head metadata is gathered on the same walk. */

#define MAX_CLASS_WORDS_BYTES 400

/* Below this much visible text, a page with hidden content is read again,
 * hidden content included. */
#define MIN_VISIBLE_TEXT 1000

/* More text than a button label: a button left open around content. */
#define BUTTON_TEXT_LIMIT 400

typedef enum {
  ELEMENT_INLINE,
  ELEMENT_BLOCK,
  ELEMENT_SKIP,
  ELEMENT_BREAK,
} ElementRole;

typedef struct {
  GString          *text;
  GPtrArray        *blocks;
  WinnowDocument   *document;
  GCancellable     *cancellable;

  /* The block being accumulated. */
  gsize             block_start;
  gsize             link_bytes;
  gboolean          pending_space;
  gboolean          last_was_break;
  gboolean          last_in_link;
  xmlNode          *block_node;

  /* Context inherited by everything under the current element. */
  WinnowBlockFlags  flags;
  WinnowBlockKind   inherited_kind;
  gboolean          has_inherited_kind;
  guint             link_depth;
  guint             pre_depth;
  gboolean          in_body;
  guint             visited;

  /* Hidden content: skipped and counted, or, on a second walk of a page
   * that showed almost nothing, read. */
  gboolean          reveal;
  guint             n_concealed;
  gboolean          collect_head;

  GString          *title;
  gboolean          in_title;
  char             *canonical;
} Walk;

/* Element name → role, built once: the walk asks for every element. */
static GHashTable *
element_roles (void)
{
  static GHashTable *roles;
  static const char *skip[] = {
    "script", "style", "svg", "math", "iframe",
    "object", "embed", "canvas", "select", "textarea", "head", "audio",
    "video", "map", "datalist",
  };
  static const char *block[] = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote",
    "pre", "td", "th", "figcaption", "caption", "div", "section", "article",
    "header", "footer", "nav", "aside", "main", "form", "table", "tr", "ul",
    "ol", "dl", "figure", "address", "fieldset", "legend", "details",
    "summary", "hr", "center", "body", "tbody", "thead", "tfoot", "menu",
    "hgroup", "dialog", "label", "option", "output",
  };

  if (g_once_init_enter (&roles))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (skip); i++)
        g_hash_table_insert (table, (gpointer) skip[i], GINT_TO_POINTER (ELEMENT_SKIP + 1));
      for (guint i = 0; i < G_N_ELEMENTS (block); i++)
        g_hash_table_insert (table, (gpointer) block[i], GINT_TO_POINTER (ELEMENT_BLOCK + 1));
      g_hash_table_insert (table, (gpointer) "br", GINT_TO_POINTER (ELEMENT_BREAK + 1));
      g_once_init_leave (&roles, table);
    }
  return roles;
}

static ElementRole
element_role (const char *name)
{
  int role = GPOINTER_TO_INT (g_hash_table_lookup (element_roles (), name));

  return role ? (ElementRole) (role - 1) : ELEMENT_INLINE;
}

static gboolean
kind_for_element (const char      *name,
                  WinnowBlockKind *kind)
{
  if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
    *kind = WINNOW_BLOCK_KIND_HEADING;
  else if (strcmp (name, "li") == 0 || strcmp (name, "dt") == 0 || strcmp (name, "dd") == 0)
    *kind = WINNOW_BLOCK_KIND_LIST_ITEM;
  else if (strcmp (name, "blockquote") == 0)
    *kind = WINNOW_BLOCK_KIND_QUOTE;
  else if (strcmp (name, "pre") == 0)
    *kind = WINNOW_BLOCK_KIND_PREFORMATTED;
  else if (strcmp (name, "td") == 0 || strcmp (name, "th") == 0)
    *kind = WINNOW_BLOCK_KIND_TABLE_CELL;
  else if (strcmp (name, "figcaption") == 0 || strcmp (name, "caption") == 0)
    *kind = WINNOW_BLOCK_KIND_CAPTION;
  else
    return FALSE;
  return TRUE;
}

static const char *
get_attr (xmlNode    *node,
          const char *name)
{
  for (xmlAttr *attr = node->properties; attr; attr = attr->next)
    if (g_ascii_strcasecmp ((const char *) attr->name, name) == 0)
      return (attr->children && attr->children->type == XML_TEXT_NODE)
             ? (const char *) attr->children->content : "";
  return NULL;
}

static gboolean
attr_has_word (xmlNode    *node,
               const char *attr,
               const char *word)
{
  const char *value = get_attr (node, attr);
  gsize len = strlen (word);

  if (value == NULL)
    return FALSE;
  for (const char *p = value; (p = strstr (p, word)) != NULL; p += len)
    if ((p == value || g_ascii_isspace (p[-1])) &&
        (p[len] == '\0' || g_ascii_isspace (p[len])))
      return TRUE;
  return FALSE;
}

/* React's streaming server rendering sends each suspended part of a page
 * as <div hidden id="S:N"> at the end of the body, with a script that moves
 * it into its <template id="B:N"> placeholder at once: what the reader
 * sees, so it is read where it stands. */
static gboolean
is_streamed_segment (xmlNode *node)
{
  const char *id = get_attr (node, "id");

  if (id == NULL || id[0] != 'S' || id[1] != ':' || id[2] == '\0')
    return FALSE;
  for (const char *p = id + 2; *p; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_hidden (xmlNode *node)
{
  const char *style;

  if (get_attr (node, "hidden") != NULL && !is_streamed_segment (node))
    return TRUE;
  if (g_strcmp0 (get_attr (node, "aria-hidden"), "true") == 0)
    return TRUE;
  style = get_attr (node, "style");
  if (style != NULL)
    {
      g_autofree char *compact = g_strdup (style);
      char *w = compact;
      for (const char *r = style; *r; r++)
        if (!g_ascii_isspace (*r))
          *w++ = g_ascii_tolower (*r);
      *w = '\0';
      if (strstr (compact, "display:none") || strstr (compact, "visibility:hidden"))
        return TRUE;
    }
  return FALSE;
}

static WinnowBlockFlags
flags_for_element (xmlNode    *node,
                   const char *name)
{
  WinnowBlockFlags flags = 0;
  const char *role = get_attr (node, "role");

  if (strcmp (name, "article") == 0 || strcmp (name, "main") == 0 ||
      g_strcmp0 (role, "main") == 0 || g_strcmp0 (role, "article") == 0 ||
      attr_has_word (node, "itemprop", "articleBody"))
    flags |= WINNOW_BLOCK_FLAG_IN_ARTICLE;
  if (strcmp (name, "nav") == 0 || strcmp (name, "header") == 0 ||
      strcmp (name, "footer") == 0 || strcmp (name, "aside") == 0 ||
      g_strcmp0 (role, "navigation") == 0 || g_strcmp0 (role, "banner") == 0 ||
      g_strcmp0 (role, "contentinfo") == 0 || g_strcmp0 (role, "complementary") == 0)
    flags |= WINNOW_BLOCK_FLAG_IN_NAV;
  if (strcmp (name, "ul") == 0 || strcmp (name, "ol") == 0 ||
      strcmp (name, "dl") == 0 || strcmp (name, "menu") == 0)
    flags |= WINNOW_BLOCK_FLAG_IN_LIST;
  if (strcmp (name, "table") == 0)
    flags |= WINNOW_BLOCK_FLAG_IN_TABLE;
  if (strcmp (name, "form") == 0 || strcmp (name, "fieldset") == 0)
    flags |= WINNOW_BLOCK_FLAG_IN_FORM;
  if (strcmp (name, "figure") == 0)
    flags |= WINNOW_BLOCK_FLAG_IN_FIGURE;
  return flags;
}

static char *
element_path (xmlNode *node,
              guint   *depth)
{
  GPtrArray *names = g_ptr_array_new ();
  GString *path = g_string_new (NULL);

  for (xmlNode *n = node; n && n->type == XML_ELEMENT_NODE; n = n->parent)
    g_ptr_array_add (names, (gpointer) n->name);
  *depth = names->len > 0 ? names->len - 1 : 0;
  for (guint i = names->len; i > 0; i--)
    {
      if (path->len)
        g_string_append_c (path, '>');
      g_string_append (path, names->pdata[i - 1]);
    }
  g_ptr_array_unref (names);
  return g_string_free (path, FALSE);
}

static void
append_words (GString    *words,
              const char *value)
{
  const char *p = value;

  if (value == NULL)
    return;
  /* stops once not even a one-letter word fits: utility-class pages put
   * kilobytes of class names on every ancestor */
  while (*p && words->len + 2 <= MAX_CLASS_WORDS_BYTES)
    {
      const char *start;
      gsize first;

      while (*p && g_ascii_isspace (*p))
        p++;
      start = p;
      while (*p && !g_ascii_isspace (*p))
        p++;
      if (p == start || words->len + (p - start) + 1 > MAX_CLASS_WORDS_BYTES)
        continue;
      if (words->len)
        g_string_append_c (words, ' ');
      first = words->len;
      g_string_append_len (words, start, p - start);
      for (char *c = words->str + first; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
          *c += 'a' - 'A';
    }
}

static char *
class_words (xmlNode *node)
{
  GString *words = g_string_new (NULL);

  for (xmlNode *n = node;
       n && n->type == XML_ELEMENT_NODE && words->len + 2 <= MAX_CLASS_WORDS_BYTES;
       n = n->parent)
    {
      append_words (words, get_attr (n, "class"));
      append_words (words, get_attr (n, "id"));
    }
  if (words->len == 0)
    {
      g_string_free (words, TRUE);
      return NULL;
    }
  return g_string_free (words, FALSE);
}

static void
flush_block (Walk *walk)
{
  WinnowBlock *block;
  xmlNode *node = walk->block_node;
  gsize end = walk->text->len;
  WinnowBlockKind kind = WINNOW_BLOCK_KIND_PARAGRAPH;

  /* Trailing whitespace is not part of the block. */
  while (end > walk->block_start &&
         (walk->text->str[end - 1] == ' ' || walk->text->str[end - 1] == '\n'))
    end--;
  g_string_truncate (walk->text, end);
  walk->pending_space = FALSE;
  walk->last_was_break = FALSE;
  walk->last_in_link = FALSE;

  if (end == walk->block_start)
    {
      walk->link_bytes = 0;
      return;
    }

  if (walk->has_inherited_kind)
    kind = walk->inherited_kind;
  if (node && node->type == XML_ELEMENT_NODE)
    kind_for_element ((const char *) node->name, &kind);

  block = winnow_block_new (kind, walk->block_start, end);
  if (kind == WINNOW_BLOCK_KIND_HEADING && node)
    block->heading_level = node->name[1] - '0';
  block->node = node;
  block->flags = walk->flags;
  block->link_length = MIN (walk->link_bytes, end - walk->block_start);
  if (node)
    {
      block->path = element_path (node, &block->depth);
      block->class_words = class_words (node);
    }
  g_ptr_array_add (walk->blocks, block);

  g_string_append_c (walk->text, '\n');
  walk->block_start = walk->text->len;
  walk->link_bytes = 0;
}

static void
append_text (Walk       *walk,
             const char *content)
{
  gboolean in_link = walk->link_depth > 0;

  if (walk->pre_depth > 0)
    {
      gsize before;

      if (walk->pending_space && walk->text->len > walk->block_start)
        g_string_append_c (walk->text, ' ');
      walk->pending_space = FALSE;
      before = walk->text->len;
      g_string_append (walk->text, content);
      if (in_link)
        walk->link_bytes += walk->text->len - before;
      if (walk->text->len > before)
        walk->last_was_break = FALSE;
      return;
    }

  for (const char *p = content; *p; p++)
    {
      /* Collapse ASCII whitespace and the no-break space to one space. */
      if (g_ascii_isspace (*p) || (p[0] == '\xC2' && p[1] == '\xA0'))
        {
          if (p[0] == '\xC2')
            p++;
          walk->pending_space = TRUE;
          continue;
        }
      if (walk->pending_space && walk->text->len > walk->block_start &&
          walk->text->str[walk->text->len - 1] != '\n')
        {
          g_string_append_c (walk->text, ' ');
          /* A space inside a link's text is link text; one before it is not. */
          if (in_link && walk->last_in_link)
            walk->link_bytes++;
        }
      walk->pending_space = FALSE;
      walk->last_was_break = FALSE;
      g_string_append_c (walk->text, *p);
      walk->last_in_link = in_link;
      if (in_link)
        walk->link_bytes++;
    }
}

static void
read_head_element (Walk       *walk,
                   xmlNode    *node,
                   const char *name)
{
  if (strcmp (name, "meta") == 0)
    {
      const char *content = get_attr (node, "content");
      const char *key = get_attr (node, "name");

      if (key == NULL)
        key = get_attr (node, "property");
      if (key == NULL)
        key = get_attr (node, "itemprop");
      if (key && *key && content)
        _winnow_document_add_head_meta (walk->document, key, content);
    }
  else if (strcmp (name, "link") == 0)
    {
      const char *rel = get_attr (node, "rel");
      const char *href = get_attr (node, "href");

      if (rel && href && g_ascii_strcasecmp (rel, "canonical") == 0 && walk->canonical == NULL)
        walk->canonical = g_strdup (href);
    }
}

static gsize
count_text (xmlNode *node,
            gsize    counted,
            gsize    limit)
{
  for (xmlNode *child = node->children; child && counted <= limit; child = child->next)
    {
      if (child->type == XML_TEXT_NODE && child->content)
        counted += strlen ((const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        counted = count_text (child, counted, limit);
    }
  return counted;
}

/* Whether the subtree of @node holds more than @limit bytes of text,
 * counting no further than that. */
static gboolean
holds_much_text (xmlNode *node,
                 gsize    counted,
                 gsize    limit)
{
  return count_text (node, counted, limit) > limit;
}

static void walk_children (Walk *walk, xmlNode *parent);

static void
walk_element (Walk    *walk,
              xmlNode *node)
{
  const char *name = (const char *) node->name;
  ElementRole role;

  if (walk->collect_head)
    read_head_element (walk, node, name);

  if (strcmp (name, "script") == 0)
    {
      const char *type = get_attr (node, "type");
      if (walk->collect_head && type && g_ascii_strcasecmp (type, "application/ld+json") == 0)
        {
          g_autofree char *json = (char *) xmlNodeGetContent (node);
          if (json)
            _winnow_document_add_json_ld (walk->document, json);
        }
      return;
    }
  if (strcmp (name, "title") == 0 && (walk->title->len > 0 || !walk->collect_head))
    return;
  if (strcmp (name, "title") == 0)
    {
      g_autofree char *title = (char *) xmlNodeGetContent (node);
      if (title)
        g_string_append (walk->title, g_strstrip (title));
      return;
    }
  if (strcmp (name, "body") == 0)
    walk->in_body = TRUE;

  role = element_role (name);
  if (role == ELEMENT_SKIP)
    {
      if (strcmp (name, "head") == 0 && walk->collect_head)
        walk_children (walk, node);   /* for metas and JSON-LD only */
      return;
    }
  /* A button is a widget, unless broken markup left it open around the
   * rest of the page (an unclosed <button> in a header swallows the
   * article in HTML4 parsing): then its content is read. */
  if (strcmp (name, "button") == 0 && !holds_much_text (node, 0, BUTTON_TEXT_LIMIT))
    return;

  /* What a browser does not show: <noscript> (scripts run), <template>,
   * [hidden], display:none. Pages that stream their content in hidden
   * (Next.js) or serve it to crawlers in <noscript> (Discourse) get a
   * second walk that reads it. */
  if (walk->in_body &&
      (strcmp (name, "noscript") == 0 || strcmp (name, "template") == 0 || is_hidden (node)))
    {
      if (!walk->reveal)
        {
          walk->n_concealed++;
          return;
        }
      if (role == ELEMENT_INLINE)
        role = ELEMENT_BLOCK;
    }

  if (role == ELEMENT_BREAK)
    {
      if (walk->last_was_break)
        flush_block (walk);
      else if (walk->text->len > walk->block_start)
        {
          g_string_append_c (walk->text, '\n');
          walk->pending_space = FALSE;
          walk->last_was_break = TRUE;
        }
      return;
    }

  if (role == ELEMENT_BLOCK)
    {
      xmlNode *saved_node = walk->block_node;
      WinnowBlockFlags saved_flags = walk->flags;
      WinnowBlockKind saved_kind = walk->inherited_kind;
      gboolean saved_has_kind = walk->has_inherited_kind;
      gboolean is_pre = strcmp (name, "pre") == 0;
      WinnowBlockKind kind;

      flush_block (walk);
      walk->block_node = node;
      walk->flags |= flags_for_element (node, name);
      if (kind_for_element (name, &kind))
        {
          walk->inherited_kind = kind;
          walk->has_inherited_kind = TRUE;
        }
      if (is_pre)
        walk->pre_depth++;
      walk_children (walk, node);
      flush_block (walk);
      if (is_pre)
        walk->pre_depth--;
      walk->block_node = saved_node;
      walk->flags = saved_flags;
      walk->inherited_kind = saved_kind;
      walk->has_inherited_kind = saved_has_kind;
      return;
    }

  /* Inline: links count towards link density; controls mark forms. */
  if (strcmp (name, "a") == 0)
    {
      walk->link_depth++;
      walk_children (walk, node);
      walk->link_depth--;
      return;
    }
  if (strcmp (name, "input") == 0)
    walk->flags |= WINNOW_BLOCK_FLAG_IN_FORM;
  walk_children (walk, node);
}

static void
walk_children (Walk    *walk,
               xmlNode *parent)
{
  for (xmlNode *node = parent->children; node; node = node->next)
    {
      /* Checking a GCancellable is cheap, but not free: every 4096 nodes. */
      if ((++walk->visited & 4095) == 0 && g_cancellable_is_cancelled (walk->cancellable))
        return;
      switch (node->type)
        {
        case XML_ELEMENT_NODE:
          walk_element (walk, node);
          break;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (walk->in_body && node->content)
            append_text (walk, (const char *) node->content);
          break;
        default:
          break;
        }
    }
}

static void
set_string_metadata (WinnowDocument *document,
                     const char     *key,
                     const char     *value)
{
  g_autofree char *stripped = NULL;

  if (value == NULL)
    return;
  stripped = g_strstrip (g_strdup (value));
  if (*stripped)
    winnow_document_set_metadata (document, key, g_variant_new_string (stripped));
}

static void
set_language (WinnowDocument *document,
              xmlNode        *root,
              const char     *text,
              gsize           length)
{
  const char *lang = root ? get_attr (root, "lang") : NULL;

  if (lang == NULL && root)
    lang = get_attr (root, "xml:lang");
  if (lang && *lang)
    {
      g_autofree char *primary = g_ascii_strdown (lang, strcspn (lang, "-_ "));
      g_strstrip (primary);
      if (*primary && strlen (primary) <= 3)
        {
          winnow_document_set_metadata (document, WINNOW_META_LANGUAGE,
                                        g_variant_new_string (primary));
          return;
        }
    }
  lang = winnow_guess_language (text, length);
  if (lang)
    winnow_document_set_metadata (document, WINNOW_META_LANGUAGE, g_variant_new_string (lang));
}

typedef struct {
  gboolean too_deep;
} ParseErrors;

static void
on_parse_error (void        *user_data,
                xmlErrorPtr  error)
{
  ParseErrors *errors = user_data;

  if (error->message && strstr (error->message, "Excessive depth"))
    errors->too_deep = TRUE;
}

/* libxml2 must be initialised once before threads use it: two threads
 * creating their first parser dictionaries at once deadlock in libxml2
 * 2.9 (both wait in xmlDictCreate's random-seed lock). Called from the
 * reader's class_init, which GType runs once, before any reader exists. */
void
_winnow_html_reader_init (void)
{
  xmlInitParser ();
}

WinnowDocument *
_winnow_html_read (const char    *utf8,
                   gsize          length,
                   GCancellable  *cancellable,
                   GError       **error)
{
  htmlParserCtxtPtr ctxt;
  xmlDoc *tree;
  xmlNode *root;
  ParseErrors errors = { FALSE };
  Walk walk = { 0 };
  char *code_free;
  gsize code_free_length = 0;
  WinnowDocument *document;
  gsize text_length;
  char *text;

  if (length > G_MAXINT)
    {
      g_set_error (error, WINNOW_READER_ERROR, WINNOW_READER_ERROR_TOO_LARGE,
                   "The page is too large for the HTML parser");
      return NULL;
    }

  ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, WINNOW_READER_ERROR, WINNOW_READER_ERROR_PARSE,
                   "Could not create an HTML parser");
      return NULL;
    }
  code_free = _winnow_html_drop_code (utf8, length, &code_free_length);
  xmlSetStructuredErrorFunc (&errors, on_parse_error);
  /* The input is already UTF-8; no network, no noise, recover from errors. */
  tree = htmlCtxtReadMemory (ctxt,
                             code_free ? code_free : utf8,
                             (int) (code_free ? code_free_length : length),
                             NULL, "UTF-8",
                             HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                             HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                             HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC);
  xmlSetStructuredErrorFunc (NULL, NULL);
  htmlFreeParserCtxt (ctxt);
  g_clear_pointer (&code_free, g_free);

  if (errors.too_deep)
    {
      g_clear_pointer (&tree, xmlFreeDoc);
      g_set_error (error, WINNOW_READER_ERROR, WINNOW_READER_ERROR_PARSE,
                   "The page is nested too deeply (over %d levels)", 256);
      return NULL;
    }

  document = _winnow_document_new ("text/html", NULL, 0);
  walk.text = g_string_sized_new (length / 4 + 16);
  walk.blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) winnow_block_unref);
  walk.document = document;
  walk.cancellable = cancellable;
  walk.title = g_string_new (NULL);

  walk.collect_head = TRUE;

  root = tree ? xmlDocGetRootElement (tree) : NULL;
  if (root && root->type == XML_ELEMENT_NODE)
    {
      walk_element (&walk, root);
      flush_block (&walk);
    }

  /* Almost nothing visible, but content hidden: read the hidden too, when
   * that gives much more. Most pages never come here. */
  if (root && root->type == XML_ELEMENT_NODE &&
      walk.text->len < MIN_VISIBLE_TEXT && walk.n_concealed > 0 &&
      !g_cancellable_is_cancelled (cancellable))
    {
      Walk revealed = { 0 };

      revealed.text = g_string_sized_new (length / 4 + 16);
      revealed.blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) winnow_block_unref);
      revealed.document = document;
      revealed.cancellable = cancellable;
      revealed.title = walk.title;
      revealed.reveal = TRUE;
      walk_element (&revealed, root);
      flush_block (&revealed);
      if (revealed.text->len > 2 * walk.text->len)
        {
          g_string_free (walk.text, TRUE);
          g_ptr_array_unref (walk.blocks);
          walk.text = revealed.text;
          walk.blocks = revealed.blocks;
        }
      else
        {
          g_string_free (revealed.text, TRUE);
          g_ptr_array_unref (revealed.blocks);
        }
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_string_free (walk.text, TRUE);
      g_string_free (walk.title, TRUE);
      g_ptr_array_unref (walk.blocks);
      g_free (walk.canonical);
      g_clear_pointer (&tree, xmlFreeDoc);
      g_object_unref (document);
      return NULL;
    }

  /* Blocks are separated by one newline; drop the last. */
  if (walk.text->len > 0 && walk.text->str[walk.text->len - 1] == '\n')
    g_string_truncate (walk.text, walk.text->len - 1);
  text_length = walk.text->len;
  text = g_string_free (walk.text, FALSE);

  _winnow_document_take_text (document, text, text_length);
  _winnow_document_take_blocks (document, walk.blocks);
  _winnow_document_take_tree (document, tree);

  {
    const char *og_title = winnow_document_get_head_meta (document, "og:title");
    const char *og_url = winnow_document_get_head_meta (document, "og:url");

    set_string_metadata (document, WINNOW_META_TITLE,
                         og_title && *og_title ? og_title
                         : walk.title->len ? walk.title->str : NULL);
    set_string_metadata (document, WINNOW_META_URL,
                         walk.canonical && *walk.canonical ? walk.canonical : og_url);
    set_string_metadata (document, WINNOW_META_SITE_NAME,
                         winnow_document_get_head_meta (document, "og:site_name"));
    set_string_metadata (document, WINNOW_META_DESCRIPTION,
                         winnow_document_get_head_meta (document, "description"));
    if (winnow_document_get_metadata (document, WINNOW_META_DESCRIPTION) == NULL)
      set_string_metadata (document, WINNOW_META_DESCRIPTION,
                           winnow_document_get_head_meta (document, "og:description"));
  }
  g_string_free (walk.title, TRUE);
  g_free (walk.canonical);

  set_language (document, root, text, text_length);
  return document;
}
