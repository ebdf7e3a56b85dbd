/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @html without the bodies of its <script> (other than JSON data) and
 * <style> elements, or %NULL when it has none to drop. */
char *_winnow_html_drop_code (const char *html,
                              gsize       length,
                              gsize      *out_length);

G_END_DECLS
