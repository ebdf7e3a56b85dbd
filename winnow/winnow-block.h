/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <glib-object.h>
#include "winnow-visibility.h"

G_BEGIN_DECLS

/**
 * WinnowBlockKind:
 * @WINNOW_BLOCK_KIND_PARAGRAPH: a paragraph, or loose text in a container
 * @WINNOW_BLOCK_KIND_HEADING: a heading (`<h1>`…`<h6>`); see winnow_block_get_heading_level()
 * @WINNOW_BLOCK_KIND_LIST_ITEM: a list item or definition term/description
 * @WINNOW_BLOCK_KIND_QUOTE: a block quotation
 * @WINNOW_BLOCK_KIND_PREFORMATTED: preformatted text; whitespace is kept
 * @WINNOW_BLOCK_KIND_TABLE_CELL: a table cell
 * @WINNOW_BLOCK_KIND_CAPTION: a figure or table caption
 * @WINNOW_BLOCK_KIND_LINE: a line of plain-text input
 *
 * What kind of source structure a block was read from.
 */
typedef enum {
  WINNOW_BLOCK_KIND_PARAGRAPH,
  WINNOW_BLOCK_KIND_HEADING,
  WINNOW_BLOCK_KIND_LIST_ITEM,
  WINNOW_BLOCK_KIND_QUOTE,
  WINNOW_BLOCK_KIND_PREFORMATTED,
  WINNOW_BLOCK_KIND_TABLE_CELL,
  WINNOW_BLOCK_KIND_CAPTION,
  WINNOW_BLOCK_KIND_LINE,
} WinnowBlockKind;

/**
 * WinnowBlockLabel:
 * @WINNOW_BLOCK_LABEL_UNKNOWN: no filter has labelled the block
 * @WINNOW_BLOCK_LABEL_CONTENT: part of the main content
 * @WINNOW_BLOCK_LABEL_BOILERPLATE: navigation, widgets, ads, footers and the like
 * @WINNOW_BLOCK_LABEL_TITLE: the headline of the document
 * @WINNOW_BLOCK_LABEL_BYLINE: the byline (authors, dates)
 *
 * What a filter decided a block is.
 */
typedef enum {
  WINNOW_BLOCK_LABEL_UNKNOWN,
  WINNOW_BLOCK_LABEL_CONTENT,
  WINNOW_BLOCK_LABEL_BOILERPLATE,
  WINNOW_BLOCK_LABEL_TITLE,
  WINNOW_BLOCK_LABEL_BYLINE,
} WinnowBlockLabel;

/**
 * WinnowBlockFlags:
 * @WINNOW_BLOCK_FLAG_NONE: no flag
 * @WINNOW_BLOCK_FLAG_IN_ARTICLE: inside `<article>`, `<main>`, `[role=main]` or `[itemprop=articleBody]`
 * @WINNOW_BLOCK_FLAG_IN_NAV: inside `<nav>`, `<header>`, `<footer>`, `<aside>` or `[role=navigation]`
 * @WINNOW_BLOCK_FLAG_IN_LIST: inside a list
 * @WINNOW_BLOCK_FLAG_IN_TABLE: inside a table
 * @WINNOW_BLOCK_FLAG_IN_FORM: inside a form, or containing form controls
 * @WINNOW_BLOCK_FLAG_IN_FIGURE: inside a `<figure>`
 *
 * Structural facts about where a block sits in an HTML page.
 */
typedef enum /*< flags >*/ {
  WINNOW_BLOCK_FLAG_NONE       = 0,
  WINNOW_BLOCK_FLAG_IN_ARTICLE = 1 << 0,
  WINNOW_BLOCK_FLAG_IN_NAV     = 1 << 1,
  WINNOW_BLOCK_FLAG_IN_LIST    = 1 << 2,
  WINNOW_BLOCK_FLAG_IN_TABLE   = 1 << 3,
  WINNOW_BLOCK_FLAG_IN_FORM    = 1 << 4,
  WINNOW_BLOCK_FLAG_IN_FIGURE  = 1 << 5,
} WinnowBlockFlags;

/**
 * WinnowBlock:
 *
 * A range of a document's source text that a reader produced: a paragraph,
 * heading, list item, line, … with the features the reader measured and the
 * label a filter gave it. Blocks are owned by their #WinnowDocument.
 */
typedef struct _WinnowBlock WinnowBlock;

#define WINNOW_TYPE_BLOCK (winnow_block_get_type ())

WINNOW_AVAILABLE_IN_ALL
GType            winnow_block_get_type          (void) G_GNUC_CONST;
WINNOW_AVAILABLE_IN_ALL
WinnowBlock     *winnow_block_ref               (WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
void             winnow_block_unref             (WinnowBlock *block);

WINNOW_AVAILABLE_IN_ALL
guint            winnow_block_get_index         (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
WinnowBlockKind  winnow_block_get_kind          (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
gsize            winnow_block_get_start         (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
gsize            winnow_block_get_end           (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
guint            winnow_block_get_heading_level (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
const char      *winnow_block_get_path          (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
const char      *winnow_block_get_class_words   (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
gsize            winnow_block_get_link_length   (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
guint            winnow_block_get_depth         (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
WinnowBlockFlags winnow_block_get_flags         (const WinnowBlock *block);

WINNOW_AVAILABLE_IN_ALL
WinnowBlockLabel winnow_block_get_label         (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
double           winnow_block_get_score         (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
const char      *winnow_block_get_reason        (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
const char      *winnow_block_get_filter        (const WinnowBlock *block);
WINNOW_AVAILABLE_IN_ALL
void             winnow_block_set_label         (WinnowBlock      *block,
                                                 WinnowBlockLabel  label,
                                                 double            score,
                                                 const char       *reason,
                                                 const char       *filter);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WinnowBlock, winnow_block_unref)

G_END_DECLS
