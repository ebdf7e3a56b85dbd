/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "winnow-pipeline.h"

G_BEGIN_DECLS

GPtrArray *_winnow_pipeline_parse (WinnowRegistry  *registry,
                                   const char      *description,
                                   GError         **error);
char      *_winnow_filter_to_description (WinnowFilter *filter);

G_END_DECLS
