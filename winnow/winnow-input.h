/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(__WINNOW_INSIDE__) && !defined(WINNOW_COMPILATION)
#error "Only <winnow/winnow.h> can be included directly."
#endif

#include <gio/gio.h>
#include "winnow-visibility.h"

G_BEGIN_DECLS

/**
 * WinnowInput:
 *
 * One input of a batch: a file, or bytes with a name. It is read on a
 * worker thread of the batch runner, so opening it costs the caller nothing.
 */
typedef struct _WinnowInput WinnowInput;

#define WINNOW_TYPE_INPUT (winnow_input_get_type ())

WINNOW_AVAILABLE_IN_ALL
GType        winnow_input_get_type        (void) G_GNUC_CONST;
WINNOW_AVAILABLE_IN_ALL
WinnowInput *winnow_input_new_for_file    (GFile       *file);
WINNOW_AVAILABLE_IN_ALL
WinnowInput *winnow_input_new_for_path    (const char  *path);
WINNOW_AVAILABLE_IN_ALL
WinnowInput *winnow_input_new_for_bytes   (GBytes      *bytes,
                                           const char  *name);
WINNOW_AVAILABLE_IN_ALL
WinnowInput *winnow_input_ref             (WinnowInput *input);
WINNOW_AVAILABLE_IN_ALL
void         winnow_input_unref           (WinnowInput *input);
WINNOW_AVAILABLE_IN_ALL
const char  *winnow_input_get_name        (WinnowInput *input);
WINNOW_AVAILABLE_IN_ALL
GFile       *winnow_input_get_file        (WinnowInput *input);
WINNOW_AVAILABLE_IN_ALL
GBytes      *winnow_input_get_bytes       (WinnowInput *input);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WinnowInput, winnow_input_unref)

G_END_DECLS
