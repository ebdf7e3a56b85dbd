/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *_winnow_mojibake_undo       (const char  *utf8,
                                         gsize        length,
                                         gsize       *out_length);

G_END_DECLS
