/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Filter names and the "did you mean" of error messages. */
gboolean _winnow_is_valid_filter_name (const char *name);
guint    _winnow_edit_distance        (const char *a,
                                       const char *b);
gboolean _winnow_is_likely_misspelling (const char *typed,
                                        guint       distance);

G_END_DECLS
