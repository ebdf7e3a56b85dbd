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
 * @WINNOW_TOKEN_FLAG_PARAGRAPH_START: the token follows a blank line (or
 *   is the first of the text)
 *
 * Facts about a token's position.
 */
typedef enum /*< flags >*/ {
  WINNOW_TOKEN_FLAG_NONE            = 0,
  WINNOW_TOKEN_FLAG_SENTENCE_START  = 1 << 0,
  WINNOW_TOKEN_FLAG_LINE_START      = 1 << 1,
  WINNOW_TOKEN_FLAG_PARAGRAPH_START = 1 << 2,
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

#define WINNOW_TYPE_TOKEN (winnow_token_get_type ())

WINNOW_AVAILABLE_IN_ALL
GType        winnow_token_get_type   (void) G_GNUC_CONST;
WINNOW_AVAILABLE_IN_ALL
WinnowToken *winnow_token_copy       (const WinnowToken *token);
WINNOW_AVAILABLE_IN_ALL
void         winnow_token_free       (WinnowToken       *token);

WINNOW_AVAILABLE_IN_ALL
GArray      *winnow_tokenize         (const char        *text,
                                      gssize             length);
WINNOW_AVAILABLE_IN_ALL
GArray      *winnow_split_sentences  (const char        *text,
                                      gssize             length);
WINNOW_AVAILABLE_IN_ALL
gboolean     winnow_is_abbreviation  (const char        *word,
                                      gssize             length);

G_END_DECLS
