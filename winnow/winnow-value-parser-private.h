/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

gboolean _winnow_value_from_string (GParamSpec  *pspec,
                                    const char  *string,
                                    GValue      *value,
                                    GError     **error);
char    *_winnow_value_to_string   (const GValue *value);

G_END_DECLS
