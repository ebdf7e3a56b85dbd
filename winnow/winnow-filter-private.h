/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "winnow-filter.h"

G_BEGIN_DECLS

void          _winnow_filter_set_name          (WinnowFilter *self,
                                                const char   *name);
GMainContext *_winnow_filter_get_owner_context (WinnowFilter *self);
gboolean      _winnow_filter_is_owned_by_this_thread (WinnowFilter *self);

G_END_DECLS
