/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <gio/gio.h>
#include "winnow-visibility.h"
#include "winnow-document.h"

G_BEGIN_DECLS

WINNOW_AVAILABLE_IN_ALL
WinnowDocument *winnow_extract (GBytes        *bytes,
                                const char    *content_type,
                                GCancellable  *cancellable,
                                GError       **error);

G_END_DECLS
