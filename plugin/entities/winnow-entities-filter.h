/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <winnow/winnow.h>

G_BEGIN_DECLS

#define WINNOW_TYPE_ENTITIES_FILTER (winnow_entities_filter_get_type ())

G_DECLARE_FINAL_TYPE (WinnowEntitiesFilter, winnow_entities_filter,
                      WINNOW, ENTITIES_FILTER, WinnowFilter)

G_END_DECLS
