/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "winnow-block-private.h"
#include "winnow-plugin.h"

G_DEFINE_BOXED_TYPE (WinnowBlock, winnow_block, winnow_block_ref, winnow_block_unref)

WinnowBlock *
winnow_block_new (WinnowBlockKind kind,
                  gsize           start,
                  gsize           end)
{
  WinnowBlock *block = g_new0 (WinnowBlock, 1);

  g_atomic_ref_count_init (&block->ref_count);
  block->kind = kind;
  block->start = start;
  block->end = end;
  block->label = WINNOW_BLOCK_LABEL_UNKNOWN;
  return block;
}

/**
 * winnow_block_ref:
 * @block: a #WinnowBlock
 *
 * Takes a reference.
 *
 * Returns: (transfer full): @block
 */
WinnowBlock *
winnow_block_ref (WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);
  g_atomic_ref_count_inc (&block->ref_count);
  return block;
}

/**
 * winnow_block_unref:
 * @block: (transfer full): a #WinnowBlock
 *
 * Drops a reference.
 */
void
winnow_block_unref (WinnowBlock *block)
{
  g_return_if_fail (block != NULL);
  if (!g_atomic_ref_count_dec (&block->ref_count))
    return;
  g_free (block->path);
  g_free (block->class_words);
  g_free (block->reason);
  g_free (block);
}

/**
 * winnow_block_get_index:
 * @block: a #WinnowBlock
 *
 * Returns: the position of the block in its document, from 0
 */
guint
winnow_block_get_index (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);
  return block->index;
}

/**
 * winnow_block_get_kind:
 * @block: a #WinnowBlock
 *
 * Returns: the kind of source structure the block was read from
 */
WinnowBlockKind
winnow_block_get_kind (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, WINNOW_BLOCK_KIND_PARAGRAPH);
  return block->kind;
}

/**
 * winnow_block_get_start:
 * @block: a #WinnowBlock
 *
 * Returns: the UTF-8 byte offset of the block's first byte in the source text
 */
gsize
winnow_block_get_start (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);
  return block->start;
}

/**
 * winnow_block_get_end:
 * @block: a #WinnowBlock
 *
 * Returns: the UTF-8 byte offset just past the block's last byte
 */
gsize
winnow_block_get_end (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);
  return block->end;
}

/**
 * winnow_block_get_heading_level:
 * @block: a #WinnowBlock
 *
 * Returns: 1 to 6 for a heading, 0 otherwise
 */
guint
winnow_block_get_heading_level (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);
  return block->heading_level;
}

/**
 * winnow_block_get_path:
 * @block: a #WinnowBlock
 *
 * The element path of an HTML block, such as `html>body>div>article>p`.
 *
 * Returns: (nullable): the path, or %NULL for plain-text blocks
 */
const char *
winnow_block_get_path (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);
  return block->path;
}

/**
 * winnow_block_get_class_words:
 * @block: a #WinnowBlock
 *
 * The lower-cased words of the `class` and `id` attributes of the block's
 * element and of its ancestors, nearest first, separated by spaces.
 *
 * Returns: (nullable): the words, or %NULL when there are none
 */
const char *
winnow_block_get_class_words (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);
  return block->class_words;
}

/**
 * winnow_block_get_link_length:
 * @block: a #WinnowBlock
 *
 * Returns: how many bytes of the block's text are inside links
 */
gsize
winnow_block_get_link_length (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);
  return block->link_length;
}

/**
 * winnow_block_get_depth:
 * @block: a #WinnowBlock
 *
 * Returns: the depth of the block's element in the HTML tree (`<html>` is 0),
 *   or 0 for plain-text blocks
 */
guint
winnow_block_get_depth (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);
  return block->depth;
}

/**
 * winnow_block_get_flags:
 * @block: a #WinnowBlock
 *
 * Returns: where the block sits in an HTML page
 */
WinnowBlockFlags
winnow_block_get_flags (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, WINNOW_BLOCK_FLAG_NONE);
  return block->flags;
}

/**
 * winnow_block_get_label:
 * @block: a #WinnowBlock
 *
 * Returns: the label a filter gave the block
 */
WinnowBlockLabel
winnow_block_get_label (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, WINNOW_BLOCK_LABEL_UNKNOWN);
  return block->label;
}

/**
 * winnow_block_get_score:
 * @block: a #WinnowBlock
 *
 * Returns: the confidence of the label, in [0, 1]
 */
double
winnow_block_get_score (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, 0.0);
  return block->score;
}

/**
 * winnow_block_get_reason:
 * @block: a #WinnowBlock
 *
 * Returns: (nullable): why the block has its label, in kebab case
 *   (`link-dense`, `breadcrumb`, …)
 */
const char *
winnow_block_get_reason (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);
  return block->reason;
}

/**
 * winnow_block_get_filter:
 * @block: a #WinnowBlock
 *
 * Returns: (nullable): the name of the filter that set the label
 */
const char *
winnow_block_get_filter (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);
  return block->filter;
}

/**
 * winnow_block_set_label:
 * @block: a #WinnowBlock
 * @label: the label
 * @score: its confidence, in [0, 1]
 * @reason: (nullable): why, in kebab case
 * @filter: (nullable): the name of the filter setting it
 *
 * Labels the block. Nothing is deleted: the block keeps its text, and a
 * later filter may label it again.
 */
void
winnow_block_set_label (WinnowBlock      *block,
                        WinnowBlockLabel  label,
                        double            score,
                        const char       *reason,
                        const char       *filter)
{
  g_return_if_fail (block != NULL);
  g_return_if_fail (label <= WINNOW_BLOCK_LABEL_BYLINE);

  block->label = label;
  block->score = CLAMP (score, 0.0, 1.0);
  g_free (block->reason);
  block->reason = g_strdup (reason);
  block->filter = filter ? g_intern_string (filter) : NULL;
}

/**
 * winnow_block_get_node: (skip)
 * @block: a #WinnowBlock
 *
 * The element of the HTML tree the block was read from; it belongs to the
 * document's tree (see winnow_document_get_html_tree()).
 *
 * Returns: (nullable): the element, or %NULL for plain-text blocks
 */
xmlNode *
winnow_block_get_node (const WinnowBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);
  return block->node;
}
