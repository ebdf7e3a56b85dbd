/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>
#include "winnow-document-private.h"
#include "winnow-reader.h"

G_BEGIN_DECLS

void            _winnow_html_reader_init (void);
WinnowDocument *_winnow_html_read (const char    *utf8,
                                   gsize          length,
                                   GCancellable  *cancellable,
                                   GError       **error);
WinnowDocument *_winnow_text_read (char          *utf8,
                                   gsize          length,
                                   WinnowTextMode mode);

G_END_DECLS
