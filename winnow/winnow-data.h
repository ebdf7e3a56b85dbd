/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <glib.h>
#include "winnow-visibility.h"

G_BEGIN_DECLS

WINNOW_AVAILABLE_IN_ALL
char       *winnow_find_data_file      (const char *relative_path);
WINNOW_AVAILABLE_IN_ALL
char      **winnow_get_data_dirs       (void);
WINNOW_AVAILABLE_IN_ALL
char      **winnow_get_plugin_dirs     (void);
WINNOW_AVAILABLE_IN_ALL
const char *winnow_guess_language      (const char *text,
                                        gssize      length);
WINNOW_AVAILABLE_IN_ALL
const char *winnow_get_version         (void);

G_END_DECLS
