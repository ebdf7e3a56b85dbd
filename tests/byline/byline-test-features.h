/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The value of the scorer's feature @feature for the candidate named
 * @name when the byline filter reads @text (of MIME type @mime), from the
 * feature dump (WINNOW_BYLINE_FEATURES), or -1 when no candidate has
 * that name. */
double byline_test_feature (const char *mime,
                            const char *text,
                            const char *name,
                            const char *feature);

G_END_DECLS
