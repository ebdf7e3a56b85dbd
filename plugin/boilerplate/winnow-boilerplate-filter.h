/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <winnow/winnow.h>

G_BEGIN_DECLS

#define WINNOW_TYPE_BOILERPLATE_FILTER (winnow_boilerplate_filter_get_type ())

G_DECLARE_FINAL_TYPE (WinnowBoilerplateFilter, winnow_boilerplate_filter,
                      WINNOW, BOILERPLATE_FILTER, WinnowFilter)

G_END_DECLS
