/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What kind of page a document says it is, in its own markup: the
 * schema.org types of its JSON-LD and its og:type. A product page's
 * content is its description and specs, a listing's is its items, a
 * forum's is its posts; the classifier learns these from the signals
 * here together with the block features. */

#include "bp-private.h"

#include <string.h>

typedef struct {
  const char *type;
  guint       kind;
} TypeKind;

/* Matched against the whole type name; "*" entries by suffix. */
static const TypeKind type_kinds[] = {
  { "Product", BP_PAGE_PRODUCT }, { "ProductGroup", BP_PAGE_PRODUCT },
  { "IndividualProduct", BP_PAGE_PRODUCT }, { "ProductModel", BP_PAGE_PRODUCT },
  { "Car", BP_PAGE_PRODUCT }, { "Book", BP_PAGE_PRODUCT },
  { "ItemList", BP_PAGE_LISTING }, { "CollectionPage", BP_PAGE_LISTING },
  { "SearchResultsPage", BP_PAGE_LISTING }, { "OfferCatalog", BP_PAGE_LISTING },
  { "DiscussionForumPosting", BP_PAGE_FORUM }, { "QAPage", BP_PAGE_FORUM },
  { "Question", BP_PAGE_FORUM }, { "SocialMediaPosting", BP_PAGE_FORUM },
  { "Article", BP_PAGE_ARTICLE }, { "NewsArticle", BP_PAGE_ARTICLE },
  { "BlogPosting", BP_PAGE_ARTICLE }, { "LiveBlogPosting", BP_PAGE_ARTICLE },
  { "Report", BP_PAGE_ARTICLE }, { "Recipe", BP_PAGE_ARTICLE },
  { "HowTo", BP_PAGE_ARTICLE }, { "*Article", BP_PAGE_ARTICLE },
  { "SoftwareApplication", BP_PAGE_SERVICE }, { "WebApplication", BP_PAGE_SERVICE },
  { "Service", BP_PAGE_SERVICE }, { "LocalBusiness", BP_PAGE_SERVICE },
  { "ProfessionalService", BP_PAGE_SERVICE }, { "FAQPage", BP_PAGE_SERVICE },
  { "Offer", BP_PAGE_OFFER }, { "AggregateOffer", BP_PAGE_OFFER },
};

static guint
kind_of_type (const char *type,
              gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_kinds); i++)
    {
      const char *t = type_kinds[i].type;
      gsize n = strlen (t);

      if (t[0] == '*')
        {
          if (length >= n - 1 && memcmp (type + length - (n - 1), t + 1, n - 1) == 0)
            return type_kinds[i].kind;
        }
      else if (length == n && memcmp (type, t, n) == 0)
        return type_kinds[i].kind;
    }
  return 0;
}

/* The kinds of every "@type" value of one JSON-LD script, strings and
 * arrays of strings, without a full JSON parse: only the values after
 * an "@type" key are read. Types may be written as URLs
 * ("http://schema.org/Product"), so the part after the last '/' counts. */
static guint
json_ld_kinds (const char *script)
{
  guint kinds = 0;
  const char *p = script;

  while ((p = strstr (p, "\"@type\"")) != NULL)
    {
      gboolean array = FALSE;

      p += strlen ("\"@type\"");
      while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ':')
        p++;
      if (*p == '[')
        {
          array = TRUE;
          p++;
        }
      for (;;)
        {
          const char *start, *end;

          while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ',')
            p++;
          if (*p != '"')
            break;
          start = ++p;
          end = strchr (start, '"');
          if (end == NULL)
            return kinds;
          for (const char *s = end; s > start; s--)
            if (s[-1] == '/' || s[-1] == ':')
              {
                start = s;
                break;
              }
          kinds |= kind_of_type (start, end - start);
          p = end + 1;
          if (!array)
            break;
        }
    }
  return kinds;
}

guint
bp_page_kind (WinnowDocument *document)
{
  const char * const *scripts = winnow_document_get_json_ld (document);
  const char *og_type = winnow_document_get_head_meta (document, "og:type");
  guint kinds = 0;

  for (guint i = 0; scripts != NULL && scripts[i] != NULL; i++)
    kinds |= json_ld_kinds (scripts[i]);
  if (og_type != NULL)
    {
      if (g_ascii_strncasecmp (og_type, "product", 7) == 0
          || g_ascii_strncasecmp (og_type, "og:product", 10) == 0)
        kinds |= BP_PAGE_PRODUCT;
      else if (g_ascii_strcasecmp (og_type, "article") == 0)
        kinds |= BP_PAGE_ARTICLE;
    }
  return kinds;
}
