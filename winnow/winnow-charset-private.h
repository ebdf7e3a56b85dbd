/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *_winnow_utf8_repair         (const char  *data,
                                         gsize        length,
                                         gsize       *out_length);
char       *_winnow_sniff_html_charset  (const char  *data,
                                         gsize        length);
char       *_winnow_decode_to_utf8      (const char  *data,
                                         gsize        length,
                                         const char  *charset,
                                         gboolean     charset_from_caller,
                                         gboolean     is_html,
                                         gsize       *out_length,
                                         GError     **error);
gboolean    _winnow_html_is_plain_utf8  (const char  *data,
                                         gsize        length,
                                         const char  *caller_charset,
                                         gsize       *bom_length);
gboolean    _winnow_looks_like_html     (const char  *data,
                                         gsize        length);

G_END_DECLS
