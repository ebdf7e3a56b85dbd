/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <libxml/tree.h>
#include "winnow-document.h"
#include "winnow-block-private.h"

G_BEGIN_DECLS

/* What the readers use to build a document. */
WinnowDocument *_winnow_document_new            (const char     *content_type,
                                                 char           *text,
                                                 gsize           length);
void            _winnow_document_take_text      (WinnowDocument *self,
                                                 char           *text,
                                                 gsize           length);
void            _winnow_document_take_blocks    (WinnowDocument *self,
                                                 GPtrArray      *blocks);
void            _winnow_document_take_tree      (WinnowDocument *self,
                                                 xmlDoc         *tree);
void            _winnow_document_add_head_meta  (WinnowDocument *self,
                                                 const char     *name,
                                                 const char     *content);
void            _winnow_document_add_json_ld    (WinnowDocument *self,
                                                 const char     *text);

G_END_DECLS
