/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <winnow/winnow.h>

G_BEGIN_DECLS

/**
 * WinnowBylineSources:
 * @WINNOW_BYLINE_SOURCES_JSON_LD: JSON-LD `author`, `datePublished`, `dateModified`
 * @WINNOW_BYLINE_SOURCES_META: `<meta>` tags of the head (author, article:published_time, ...)
 * @WINNOW_BYLINE_SOURCES_MARKUP: the HTML tree: rel=author, itemprop=author,
 *   byline/author classes, `<time datetime>`
 * @WINNOW_BYLINE_SOURCES_TEXT: the text: "By ..." lines, "Reporting by", "기자", dates
 * @WINNOW_BYLINE_SOURCES_URL: a date in the page's URL
 *
 * The kinds of evidence the byline filter may use.
 */
typedef enum /*< flags >*/ {
  WINNOW_BYLINE_SOURCES_JSON_LD = 1 << 0,
  WINNOW_BYLINE_SOURCES_META    = 1 << 1,
  WINNOW_BYLINE_SOURCES_MARKUP  = 1 << 2,
  WINNOW_BYLINE_SOURCES_TEXT    = 1 << 3,
  WINNOW_BYLINE_SOURCES_URL     = 1 << 4,
} WinnowBylineSources;

#define WINNOW_TYPE_BYLINE_SOURCES (winnow_byline_sources_get_type ())
GType winnow_byline_sources_get_type (void) G_GNUC_CONST;

#define WINNOW_TYPE_BYLINE_FILTER (winnow_byline_filter_get_type ())
G_DECLARE_FINAL_TYPE (WinnowBylineFilter, winnow_byline_filter,
                      WINNOW, BYLINE_FILTER, WinnowFilter)

G_END_DECLS
