/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the class and id words of an element say about what it holds:
 * the vocabulary every site's templates share (nav, footer, comments,
 * share, related, …), in families. A word matches a family's entry exactly,
 * or by prefix where the entry ends in '*'. */

#include "bp-private.h"

#include <string.h>

typedef struct {
  const char *word;
  BpHint      hint;
} HintWord;

static const HintWord hint_words[] = {
  { "nav*", BP_HINT_NAV }, { "menu*", BP_HINT_NAV }, { "topbar", BP_HINT_NAV },
  { "masthead", BP_HINT_NAV }, { "skip", BP_HINT_NAV }, { "toc", BP_HINT_NAV },
  { "dropdown", BP_HINT_NAV }, { "tabs", BP_HINT_NAV }, { "toolbar", BP_HINT_NAV },
  { "footer*", BP_HINT_FOOTER }, { "copyright", BP_HINT_FOOTER },
  { "colophon", BP_HINT_FOOTER }, { "foot", BP_HINT_FOOTER }, { "legal", BP_HINT_FOOTER },
  { "header*", BP_HINT_HEADER }, { "head", BP_HINT_HEADER }, { "hero", BP_HINT_HEADER },
  { "sidebar*", BP_HINT_SIDEBAR }, { "aside", BP_HINT_SIDEBAR },
  { "widget*", BP_HINT_SIDEBAR }, { "rail", BP_HINT_SIDEBAR },
  { "sidebox", BP_HINT_SIDEBAR }, { "secondary", BP_HINT_SIDEBAR },
  { "comment*", BP_HINT_COMMENT }, { "disqus*", BP_HINT_COMMENT },
  { "respond", BP_HINT_COMMENT }, { "reply", BP_HINT_COMMENT },
  { "replies", BP_HINT_COMMENT }, { "discussion", BP_HINT_COMMENT },
  { "share*", BP_HINT_SHARE }, { "social*", BP_HINT_SHARE }, { "sharing", BP_HINT_SHARE },
  { "addthis*", BP_HINT_SHARE }, { "sharethis*", BP_HINT_SHARE },
  { "facebook", BP_HINT_SHARE }, { "twitter", BP_HINT_SHARE }, { "tweet", BP_HINT_SHARE },
  { "pinterest", BP_HINT_SHARE }, { "whatsapp", BP_HINT_SHARE }, { "follow", BP_HINT_SHARE },
  { "related*", BP_HINT_RELATED }, { "recommend*", BP_HINT_RELATED },
  { "popular", BP_HINT_RELATED }, { "trending", BP_HINT_RELATED },
  { "teaser*", BP_HINT_RELATED }, { "outbrain*", BP_HINT_RELATED },
  { "taboola*", BP_HINT_RELATED }, { "readmore", BP_HINT_RELATED },
  { "more", BP_HINT_RELATED }, { "also", BP_HINT_RELATED }, { "promo*", BP_HINT_RELATED },
  { "ad", BP_HINT_AD }, { "ads", BP_HINT_AD }, { "advert*", BP_HINT_AD },
  { "sponsor*", BP_HINT_AD }, { "banner*", BP_HINT_AD }, { "dfp", BP_HINT_AD },
  { "gpt", BP_HINT_AD }, { "affiliate*", BP_HINT_AD }, { "adsense", BP_HINT_AD },
  { "adslot", BP_HINT_AD }, { "commercial", BP_HINT_AD },
  { "cookie*", BP_HINT_COOKIE }, { "consent*", BP_HINT_COOKIE }, { "gdpr", BP_HINT_COOKIE },
  { "cmp", BP_HINT_COOKIE }, { "privacy", BP_HINT_COOKIE },
  { "newsletter*", BP_HINT_SUBSCRIBE }, { "subscri*", BP_HINT_SUBSCRIBE },
  { "signup", BP_HINT_SUBSCRIBE }, { "login", BP_HINT_SUBSCRIBE },
  { "register", BP_HINT_SUBSCRIBE }, { "account", BP_HINT_SUBSCRIBE },
  { "paywall*", BP_HINT_SUBSCRIBE }, { "modal*", BP_HINT_SUBSCRIBE },
  { "popup*", BP_HINT_SUBSCRIBE }, { "overlay", BP_HINT_SUBSCRIBE },
  { "meta", BP_HINT_META }, { "byline*", BP_HINT_META }, { "author*", BP_HINT_META },
  { "date*", BP_HINT_META }, { "time", BP_HINT_META }, { "tags", BP_HINT_META },
  { "tag", BP_HINT_META }, { "categor*", BP_HINT_META }, { "posted", BP_HINT_META },
  { "published", BP_HINT_META }, { "dateline", BP_HINT_META }, { "info", BP_HINT_META },
  { "pagination*", BP_HINT_PAGER }, { "pager*", BP_HINT_PAGER }, { "paging", BP_HINT_PAGER },
  { "next", BP_HINT_PAGER }, { "prev", BP_HINT_PAGER }, { "previous", BP_HINT_PAGER },
  { "breadcrumb*", BP_HINT_BREADCRUMB }, { "crumb*", BP_HINT_BREADCRUMB },
  { "hidden", BP_HINT_HIDDEN }, { "sr", BP_HINT_HIDDEN }, { "visually", BP_HINT_HIDDEN },
  { "offscreen", BP_HINT_HIDDEN }, { "screen", BP_HINT_HIDDEN }, { "hide", BP_HINT_HIDDEN },
  { "article*", BP_HINT_CONTENT }, { "content*", BP_HINT_CONTENT },
  { "entry*", BP_HINT_CONTENT }, { "post", BP_HINT_CONTENT }, { "body", BP_HINT_CONTENT },
  { "text", BP_HINT_CONTENT }, { "story*", BP_HINT_CONTENT }, { "main", BP_HINT_CONTENT },
  { "prose", BP_HINT_CONTENT }, { "blog*", BP_HINT_CONTENT }, { "richtext", BP_HINT_CONTENT },
  { "markdown*", BP_HINT_CONTENT }, { "articlebody", BP_HINT_CONTENT },
  { "page", BP_HINT_CONTENT }, { "single", BP_HINT_CONTENT },
  { "title*", BP_HINT_TITLE }, { "headline*", BP_HINT_TITLE }, { "heading*", BP_HINT_TITLE },
  { "message*", BP_HINT_FORUM }, { "thread*", BP_HINT_FORUM }, { "topic*", BP_HINT_FORUM },
  { "answer*", BP_HINT_FORUM }, { "question*", BP_HINT_FORUM }, { "forum*", BP_HINT_FORUM },
  { "postbody", BP_HINT_FORUM }, { "bbcode*", BP_HINT_FORUM },
  { "product*", BP_HINT_PRODUCT }, { "description", BP_HINT_PRODUCT },
  { "price*", BP_HINT_PRODUCT }, { "detail*", BP_HINT_PRODUCT },
  { "review*", BP_HINT_REVIEWS }, { "testimonial*", BP_HINT_REVIEWS },
  { "rating*", BP_HINT_REVIEWS }, { "stars", BP_HINT_REVIEWS },
  { "bewertung*", BP_HINT_REVIEWS }, { "rezension*", BP_HINT_REVIEWS },
  { "avis", BP_HINT_REVIEWS },
  { "resena*", BP_HINT_REVIEWS }, { "recensi*", BP_HINT_REVIEWS },
  { "yotpo*", BP_HINT_REVIEWS }, { "trustpilot*", BP_HINT_REVIEWS },
  { "faq*", BP_HINT_QUESTIONS }, { "faqs", BP_HINT_QUESTIONS }, { "qa", BP_HINT_QUESTIONS },
  { "qna", BP_HINT_QUESTIONS }, { "qanda", BP_HINT_QUESTIONS },
  { "shipping*", BP_HINT_SHIPPING }, { "delivery*", BP_HINT_SHIPPING },
  { "returns", BP_HINT_SHIPPING }, { "warranty*", BP_HINT_SHIPPING },
  { "versand*", BP_HINT_SHIPPING }, { "lieferung*", BP_HINT_SHIPPING },
  { "livraison*", BP_HINT_SHIPPING }, { "envio*", BP_HINT_SHIPPING },
  { "spec*", BP_HINT_SPECS }, { "attribute*", BP_HINT_SPECS },
  { "datasheet*", BP_HINT_SPECS }, { "techspec*", BP_HINT_SPECS },
  { "bio", BP_HINT_BIO }, { "bios", BP_HINT_BIO }, { "biography", BP_HINT_BIO },
  { "authorbox", BP_HINT_BIO }, { "authorbio", BP_HINT_BIO }, { "aboutauthor", BP_HINT_BIO },
};

static const char * const hint_reasons[BP_N_HINTS] = {
  [BP_HINT_NAV] = "navigation",
  [BP_HINT_FOOTER] = "footer",
  [BP_HINT_HEADER] = "page-header",
  [BP_HINT_SIDEBAR] = "sidebar",
  [BP_HINT_COMMENT] = "comment-widget",
  [BP_HINT_SHARE] = "share-widget",
  [BP_HINT_RELATED] = "related-links",
  [BP_HINT_AD] = "advertisement",
  [BP_HINT_COOKIE] = "cookie-banner",
  [BP_HINT_SUBSCRIBE] = "login-or-subscribe",
  [BP_HINT_META] = "metadata",
  [BP_HINT_PAGER] = "pagination",
  [BP_HINT_BREADCRUMB] = "breadcrumb",
  [BP_HINT_HIDDEN] = "hidden-text",
  [BP_HINT_CONTENT] = "content-container",
  [BP_HINT_TITLE] = "title",
  [BP_HINT_FORUM] = "forum-post",
  [BP_HINT_PRODUCT] = "product-details",
  [BP_HINT_REVIEWS] = "reviews",
  [BP_HINT_QUESTIONS] = "questions",
  [BP_HINT_SHIPPING] = "shipping-returns",
  [BP_HINT_SPECS] = "specifications",
  [BP_HINT_BIO] = "author-bio",
};

const char *
bp_hint_reason (BpHint hint)
{
  g_return_val_if_fail (hint < BP_N_HINTS, "unknown");
  return hint_reasons[hint];
}

static guint32
match_word (const char *word,
            gsize       len)
{
  /* the entries grouped by first letter, so a word is compared only with
   * the few that could match: this runs for every class word of a page */
  static guint16 order[G_N_ELEMENTS (hint_words)];
  static guint8 lengths[G_N_ELEMENTS (hint_words)];
  static BpWordIndex by_first = { .order = order, .lengths = lengths };
  static gsize ready;
  guint32 hints = 0;
  guchar first = (guchar) word[0];

  if (g_once_init_enter (&ready))
    {
      bp_word_index_build (&by_first, &hint_words[0].word, G_N_ELEMENTS (hint_words),
                           sizeof hint_words[0]);
      g_once_init_leave (&ready, 1);
    }

  for (guint k = by_first.starts[first]; k < by_first.starts[first + 1]; k++)
    {
      guint i = by_first.order[k];
      const char *w = hint_words[i].word;
      gsize wl = lengths[i];

      if (w[wl - 1] == '*')
        {
          if (len >= wl - 1 && memcmp (word, w, wl - 1) == 0)
            hints |= 1u << hint_words[i].hint;
        }
      else if (len == wl && memcmp (word, w, wl) == 0)
        hints |= 1u << hint_words[i].hint;
    }
  return hints;
}

static guint32
value_hints (const xmlChar *value)
{
  guint32 hints = 0;
  char word[48];
  gsize len = 0;

  for (const xmlChar *p = value; ; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (len < sizeof word - 1)
            word[len++] = *p >= 'A' && *p <= 'Z' ? *p + ('a' - 'A') : *p;
        }
      else
        {
          if (len > 0)
            hints |= match_word (word, len);
          len = 0;
          if (*p == '\0')
            break;
        }
    }
  return hints;
}

guint32
bp_class_hints (xmlNode *node)
{
  guint32 hints = 0;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return 0;
  /* the attribute values are read in place: no copies */
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;

      if ((strcmp (name, "class") == 0 || strcmp (name, "id") == 0)
          && attr->children != NULL && attr->children->type == XML_TEXT_NODE
          && attr->children->content != NULL)
        hints |= value_hints (attr->children->content);
    }
  return hints;
}
