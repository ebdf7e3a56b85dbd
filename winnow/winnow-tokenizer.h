/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <glib-object.h>
#include "winnow-visibility.h"

G_BEGIN_DECLS

/**
 * WinnowTokenFlags:
 * @WINNOW_TOKEN_FLAG_NONE: no flag
 * @WINNOW_TOKEN_FLAG_SENTENCE_START: the token begins a sentence
 * @WINNOW_TOKEN_FLAG_LINE_START: the token is the first on its line
 *
 * Facts about a token's position.
 */
typedef enum /*< flags >*/ {
  WINNOW_TOKEN_FLAG_NONE           = 0,
  WINNOW_TOKEN_FLAG_SENTENCE_START = 1 << 0,
  WINNOW_TOKEN_FLAG_LINE_START     = 1 << 1,
} WinnowTokenFlags;

/**
 * WinnowToken:
 * @start: byte offset of the token's first byte in the text
 * @end: byte offset just past its last byte
 * @flags: #WinnowTokenFlags
 *
 * A token of UTF-8 text, as byte offsets.
 */
typedef struct {
  guint32 start;
  guint32 end;
  guint32 flags;
} WinnowToken;

WINNOW_AVAILABLE_IN_ALL
GArray *winnow_tokenize (const char *text,
                         gssize      length);

G_END_DECLS
