/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <libxml/tree.h>
#include "winnow-block.h"

G_BEGIN_DECLS

struct _WinnowBlock
{
  gatomicrefcount   ref_count;
  guint             index;
  WinnowBlockKind   kind;
  guint             heading_level;
  gsize             start;
  gsize             end;
  char             *path;
  char             *class_words;
  gsize             link_length;
  guint             depth;
  WinnowBlockFlags  flags;
  xmlNode          *node;       /* owned by the document's tree */

  WinnowBlockLabel  label;
  double            score;
  char             *reason;
  const char       *filter;     /* interned */
};

WinnowBlock *winnow_block_new (WinnowBlockKind kind,
                               gsize           start,
                               gsize           end);

G_END_DECLS
