/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <glib-object.h>
#include "winnow-visibility.h"

G_BEGIN_DECLS

/**
 * WinnowSpan:
 *
 * A labelled range of a document's source text (an entity, an author name,
 * a date), with the score and name of the filter that made it and an
 * optional normalised value. Offsets are UTF-8 byte offsets.
 */
typedef struct _WinnowSpan WinnowSpan;

#define WINNOW_TYPE_SPAN (winnow_span_get_type ())

WINNOW_AVAILABLE_IN_ALL
GType       winnow_span_get_type   (void) G_GNUC_CONST;
WINNOW_AVAILABLE_IN_ALL
WinnowSpan *winnow_span_new        (gsize       start,
                                    gsize       end,
                                    const char *label,
                                    double      score,
                                    const char *filter,
                                    const char *value);
WINNOW_AVAILABLE_IN_ALL
WinnowSpan *winnow_span_ref        (WinnowSpan *span);
WINNOW_AVAILABLE_IN_ALL
void        winnow_span_unref      (WinnowSpan *span);
WINNOW_AVAILABLE_IN_ALL
gsize       winnow_span_get_start  (const WinnowSpan *span);
WINNOW_AVAILABLE_IN_ALL
gsize       winnow_span_get_end    (const WinnowSpan *span);
WINNOW_AVAILABLE_IN_ALL
const char *winnow_span_get_label  (const WinnowSpan *span);
WINNOW_AVAILABLE_IN_ALL
double      winnow_span_get_score  (const WinnowSpan *span);
WINNOW_AVAILABLE_IN_ALL
const char *winnow_span_get_filter (const WinnowSpan *span);
WINNOW_AVAILABLE_IN_ALL
const char *winnow_span_get_value  (const WinnowSpan *span);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WinnowSpan, winnow_span_unref)

G_END_DECLS
